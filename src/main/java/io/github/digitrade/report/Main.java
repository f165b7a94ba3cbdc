package io.github.digitrade.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job: prints a brief on a trade data set and writes it as a self-contained HTML report
 * with charts.
 *
 * <p>With no arguments it works on the embedded sample data; with {@code --flows FILE --reporter
 * ISO3} on a user's file. Run {@code --help} for every option. A wrong option or an unreadable file
 * gives one line on standard error and a non-zero exit code, never a stack trace:
 *
 * <pre>{@code
 * ./mvnw -q compile exec:java
 * ./mvnw -q compile exec:java -Dexec.args="--flows data.csv --reporter CHN --year 2023"
 * ./mvnw -q compile exec:java -Dexec.args="--gravity-panel panel.csv --counterfactual no-borders --reference DEU"
 * }</pre>
 *
 * <p>Exit codes: 0 success, 1 the data could not be read, analysed or written, 2 a bad command
 * line.
 */
final class Main {

  /** Exit code for success. */
  static final int OK = 0;

  /** Exit code when the data cannot be read, analysed or the report cannot be written. */
  static final int FAILED = 1;

  /** Exit code for a bad command line. */
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the main job with the process's standard streams and exits with a non-zero status on
   * failure.
   *
   * @param args command-line arguments, see {@code --help}; not null
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the main job.
   *
   * @param args command-line arguments, not null
   * @param out where the brief and the help go
   * @param err where errors and progress go
   * @return the exit code: 0 success, 1 failure to read, analyse or write, 2 bad command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(List.of(args));
    } catch (Options.UsageException e) {
      err.println("digitrade: " + e.getMessage() + " (see --help)");
      return USAGE;
    }
    if (options.help()) {
      out.print(Options.USAGE);
      return OK;
    }
    if (options.flows().isPresent() && !options.briefOnly() && sameFile(options.flows().get(), options.out())) {
      err.println(
          "digitrade: --out "
              + options.out()
              + " is the --flows file: expected another file, since the report would replace the"
              + " data (see --help)");
      return USAGE;
    }
    if (options.counterfactual().isPresent() && !options.briefOnly()
        && sameFile(options.counterfactual().get().panel(), options.out())) {
      err.println("digitrade: --out " + options.out() + " is the --gravity-panel file: expected"
          + " another file, since the report would replace the data (see --help)");
      return USAGE;
    }
    Report report;
    try {
      if (options.flows().isPresent()) {
        Path file = options.flows().get();
        checkReadable(file);
        ProgressMeter progress =
            new ProgressMeter(
                err, file.getFileName().toString(), Files.size(file), options.quiet(), isGzip(file));
        report = FlowsBrief.of(file, options, progress);
      } else {
        report = SampleBrief.report();
      }
      if (options.counterfactual().isPresent()) {
        report = CounterfactualSection.append(
            report, CounterfactualSection.solve(options.counterfactual().get()));
      }
    } catch (IOException e) {
      err.println("digitrade: " + describe(e));
      return FAILED;
    } catch (RuntimeException e) {
      err.println("digitrade: " + oneLine(e));
      return FAILED;
    }
    if (!options.quiet()) {
      out.print(report.toText());
    }
    if (!options.briefOnly()) {
      Path target = options.out();
      try {
        report.writeHtml(target);
      } catch (IOException e) {
        err.println("digitrade: cannot write --out " + target + ": " + describeWrite(e));
        return FAILED;
      }
      if (!options.quiet()) {
        out.println();
        out.println("HTML report written to " + target.toAbsolutePath().normalize());
      }
    }
    return OK;
  }

  private static void checkReadable(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read --flows " + file + ": it is a directory, expected a file");
    }
    if (!Files.isReadable(file)) {
      throw new IOException("cannot read --flows " + file + ": permission denied");
    }
  }

  /** Whether a file starts with the gzip magic bytes. */
  private static boolean isGzip(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false; // a pipe must not lose its first bytes to this look
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Whether two paths name one file: the same path, or the same existing file under two names. */
  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static String describeWrite(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such directory " + Path.of(String.valueOf(n.getFile())).getParent();
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied (" + a.getFile() + ")";
    }
    return oneLine(e);
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "cannot read --flows " + n.getFile() + ": no such file";
    }
    return oneLine(e);
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
