package io.github.digitrade.docs;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs JShell source (a {@code .jsh} script or a docs example) snippet by snippet in one JShell
 * session with the test class path, and reports the first snippet that is rejected, refers to
 * something undefined or throws, with its origin and line.
 */
final class JShellRunner implements AutoCloseable {

  private final JShell shell;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private int snippets;

  JShellRunner() {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    shell = JShell.builder().executionEngine("local").out(out).err(out).build();
    for (String entry :
        Splitter.on(File.pathSeparatorChar)
            .omitEmptyStrings()
            .split(System.getProperty("java.class.path"))) {
      shell.addToClasspath(entry);
    }
  }

  /** Returns how many snippets ran so far. */
  int snippets() {
    return snippets;
  }

  /** Returns what the snippets printed through JShell's streams. */
  String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs source, snippet by snippet, reading it line by line as the {@code jshell} tool reads a
   * script: a snippet ends where the lines read so far form a complete statement, declaration or
   * expression, so semicolons are optional at line ends. Lines that start with {@code /} outside a
   * snippet are JShell commands (such as {@code /exit}) and are skipped.
   *
   * @param source the code
   * @param origin where it comes from, for messages, e.g. {@code docs/tour.jsh}
   * @param firstLine the line number of the first line of {@code source} in its origin
   * @return the values of the expression snippets, in order
   * @throws AssertionError naming the origin, line and snippet on the first failure
   */
  List<String> run(String source, String origin, int firstLine) {
    List<String> values = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> lines = Splitter.on('\n').splitToList(source.replace("\r\n", "\n"));
    String buffer = "";
    int start = firstLine;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      if (buffer.isBlank()) {
        start = firstLine + i;
        if (t.startsWith("/") && !t.startsWith("//") && !t.startsWith("/*")) {
          continue;
        }
      }
      buffer = buffer + line + "\n";
      while (true) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          buffer = "";
          break;
        }
        if (!info.completeness().isComplete()) {
          break;
        }
        values.addAll(eval(info.source(), origin, start));
        buffer = info.remaining();
        start = firstLine + i;
        if (buffer.isBlank()) {
          buffer = "";
          break;
        }
      }
    }
    if (!buffer.isBlank()) {
      throw new AssertionError(
          origin + " line " + start + ": incomplete snippet at the end:\n" + buffer.strip());
    }
    return values;
  }

  /**
   * Runs Java source, such as a {@code ```java} block of a page, as a sequence of complete
   * statements and declarations: as in a Java file, statements end with a semicolon, so a fluent
   * call chain may span several lines.
   *
   * @param source the code
   * @param origin where it comes from, for messages, e.g. {@code docs/guide.md}
   * @param firstLine the line number of the first line of {@code source} in its origin
   * @return the values of the expression snippets, in order
   * @throws AssertionError naming the origin, line and snippet on the first failure
   */
  List<String> runJava(String source, String origin, int firstLine) {
    List<String> values = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    int line = firstLine;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      int skipped = 0;
      while (skipped < remaining.length() && Character.isWhitespace(remaining.charAt(skipped))) {
        if (remaining.charAt(skipped) == '\n') {
          line++;
        }
        skipped++;
      }
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        throw new AssertionError(
            origin + " line " + line + ": incomplete snippet at the end:\n" + remaining.strip());
      }
      values.addAll(eval(info.source(), origin, line));
      String consumed =
          remaining.substring(skipped, remaining.length() - info.remaining().length());
      line += (int) consumed.chars().filter(c -> c == '\n').count();
      remaining = info.remaining();
    }
    return values;
  }

  private List<String> eval(String snippet, String origin, int line) {
    snippets++;
    List<String> values = new ArrayList<>();
    for (SnippetEvent e : shell.eval(snippet)) {
      if (e.causeSnippet() != null) {
        continue; // an update of an earlier snippet, not this one
      }
      String where = origin + " line " + line + ": ";
      Snippet.Status status = e.status();
      if (status == Snippet.Status.REJECTED) {
        throw new AssertionError(
            where + "snippet rejected:\n" + snippet.strip() + "\n" + diagnostics(e.snippet()));
      }
      if (status == Snippet.Status.RECOVERABLE_DEFINED
          || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        throw new AssertionError(
            where + "snippet refers to something undefined:\n" + snippet.strip() + "\n"
                + shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet())
                    .collect(Collectors.joining(", ")));
      }
      JShellException ex = e.exception();
      if (ex != null) {
        String type = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.toString();
        throw new AssertionError(
            where + "snippet threw " + type + ": " + ex.getMessage() + "\n" + snippet.strip(), ex);
      }
      if (e.value() != null) {
        values.add(e.value());
      }
    }
    return values;
  }

  private String diagnostics(Snippet s) {
    String d =
        shell.diagnostics(s).map(x -> x.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    return d.isEmpty() ? "(no diagnostics)" : d;
  }

  @Override
  public void close() {
    shell.close();
  }
}
