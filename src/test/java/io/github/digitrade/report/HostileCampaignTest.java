package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.io.ColumnMapping;
import io.github.digitrade.io.FlowFormat;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.PeriodLabels;
import io.github.digitrade.io.ReadMode;
import io.github.digitrade.io.ReadReport;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reproducible hostile-but-fair campaign against the readers, the command line and the public
 * factories. Every case knows its right answer; its outcome is classified as a correct result, a
 * clear error (a message naming the file and line, or the option, or the argument) or a silent
 * wrong result (a wrong number, or garbage accepted without a word). The campaign passes when no
 * case is silently wrong; the counts are printed and written to {@code
 * target/hostile-campaign.txt}.
 */
class HostileCampaignTest {

  @TempDir Path dir;

  enum Outcome {
    CORRECT,
    CLEAR_ERROR,
    SILENT_WRONG
  }

  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private final Map<String, Integer> byFamily = new java.util.TreeMap<>();
  private final List<String> wrong = new ArrayList<>();

  private void record(String family, String name, Outcome o, String detail) {
    counts.merge(o, 1, Integer::sum);
    byFamily.merge(family, 1, Integer::sum);
    if (o == Outcome.SILENT_WRONG) {
      wrong.add(family + " / " + name + ": " + detail);
    }
  }

  // ---------------------------------------------------------------- generated tidy files

  private static final String[] COUNTRIES = {"CHN", "USA", "IDN", "DEU", "BRA", "VNM"};

  /** A data record and its value; values are multiples of 0.25, so every sum is exact. */
  private record Rec(String reporter, String partner, String product, String period, String dir,
      double value) {}

  private static List<Rec> records(Random rnd, int n) {
    List<Rec> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = rnd.nextInt(COUNTRIES.length);
      int p = (r + 1 + rnd.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
      out.add(
          new Rec(COUNTRIES[r], COUNTRIES[p], String.format(Locale.ROOT, "%04d", 101 + i),
              "2023", rnd.nextBoolean() ? "X" : "M", rnd.nextInt(400_000) / 4.0));
    }
    return out;
  }

  private static double sum(List<Rec> recs) {
    double s = 0;
    for (Rec r : recs) {
      s += r.value();
    }
    return s;
  }

  /** Writes records as tidy CSV with the hostile-but-valid options of a case. */
  private static String tidy(List<Rec> recs, Random rnd, boolean quote, boolean crlf, boolean bom,
      boolean blanks, boolean pad) {
    StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
    s.append("reporter,partner,product,period,direction,value").append(crlf ? "\r\n" : "\n");
    for (Rec r : recs) {
      String[] f = {r.reporter(), r.partner(), r.product(), r.period(), r.dir(),
          BigDecimal.valueOf(r.value()).toPlainString()};
      for (int i = 0; i < f.length; i++) {
        String v = pad && i < 5 ? " " + f[i] + " " : f[i];
        if (quote && rnd.nextBoolean()) {
          v = "\"" + v + "\"";
        }
        s.append(i == 0 ? "" : ",").append(v);
      }
      s.append(crlf && rnd.nextBoolean() ? "\r\n" : "\n");
      if (blanks && rnd.nextInt(8) == 0) {
        s.append("\n");
      }
    }
    return s.toString();
  }

  private static byte[] gzip(byte[] data, int members) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int step = Math.max(1, data.length / members);
    try {
      for (int m = 0; m < members; m++) {
        int from = m * step;
        int to = m == members - 1 ? data.length : Math.min(data.length, from + step);
        try (GZIPOutputStream z = new GZIPOutputStream(new NonClosing(out))) {
          z.write(data, from, to - from);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static ReadResult read(FlowReader reader, byte[] data) throws IOException {
    return reader.read(new ByteArrayInputStream(data), "f.csv");
  }

  /** Whether an error names the source and a line ({@code f.csv:12:}). */
  private static boolean namesFileAndLine(Throwable e) {
    String m = e.getMessage();
    return e instanceof FlowFormatException && m != null && m.matches("(?s)f\\.csv:\\d+: .+");
  }

  /**
   * Reads a file whose right table has {@code rows} rows and the exact sum {@code total}; an error
   * is clear when it names file and line.
   */
  private void expectTable(String family, String name, FlowReader reader, byte[] data, int rows,
      double total) {
    try {
      ReadResult r = read(reader, data);
      ReadReport rep = r.report();
      boolean ok =
          rep.rowsRead() == rep.rowsKept() + rep.excludedRows() + rep.skippedRows()
              && r.table().size() == rows
              && r.table().total() == total;
      record(family, name, ok ? Outcome.CORRECT : Outcome.SILENT_WRONG,
          "rows " + r.table().size() + " (expected " + rows + "), total " + r.table().total()
              + " (expected " + total + "), " + rep);
    } catch (IOException | RuntimeException e) {
      // a file that is right must be read: an error here is a false alarm, counted as wrong
      record(family, name, Outcome.SILENT_WRONG, "refused a good file: " + e);
    }
  }

  /** Reads a file that must be refused with a message naming file and line. */
  private void expectError(String family, String name, FlowReader reader, byte[] data) {
    try {
      ReadResult r = read(reader, data);
      record(family, name, Outcome.SILENT_WRONG, "accepted: " + r.report());
    } catch (IOException | RuntimeException e) {
      record(family, name, namesFileAndLine(e) ? Outcome.CLEAR_ERROR : Outcome.SILENT_WRONG,
          "unclear error: " + e);
    }
  }

  @Test
  void campaign() throws IOException {
    Random rnd = new Random(20231201L);
    validFiles(rnd);
    damagedFiles(rnd);
    gzipDamage(rnd);
    overflow();
    comtrade(rnd);
    commandLine();
    factories();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String summary =
        String.format(Locale.ROOT,
            "hostile campaign: %d cases, %d correct, %d clear errors, %d silent wrong; by family %s",
            total, counts.getOrDefault(Outcome.CORRECT, 0),
            counts.getOrDefault(Outcome.CLEAR_ERROR, 0),
            counts.getOrDefault(Outcome.SILENT_WRONG, 0), byFamily);
    System.out.println(summary);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("hostile-campaign.txt"),
          summary + "\n" + String.join("\n", wrong) + "\n");
    }
    assertThat(wrong).as(summary).isEmpty();
    assertThat(total).isGreaterThan(500);
  }

  /** Quotes, CR/LF mixes, BOM, blank lines, padding and gzip members: all must read exactly. */
  private void validFiles(Random rnd) {
    for (int c = 0; c < 120; c++) {
      List<Rec> recs = records(rnd, 1 + rnd.nextInt(60));
      boolean quote = rnd.nextBoolean();
      boolean crlf = rnd.nextBoolean();
      boolean bom = rnd.nextBoolean();
      boolean blanks = rnd.nextBoolean();
      boolean pad = rnd.nextBoolean();
      byte[] data = tidy(recs, rnd, quote, crlf, bom, blanks, pad).getBytes(StandardCharsets.UTF_8);
      int members = rnd.nextInt(4);
      if (members > 0) {
        data = gzip(data, members);
      }
      String name = "valid " + c + (quote ? " quoted" : "") + (crlf ? " crlf" : "")
          + (bom ? " bom" : "") + (members > 0 ? " gzip×" + members : "");
      ReadMode mode = rnd.nextBoolean() ? ReadMode.STRICT : ReadMode.LENIENT;
      expectTable("valid files", name, FlowReader.tidy().withMode(mode), data, recs.size(),
          sum(recs));
    }
    // a header-only file is an empty table, not an error
    expectTable("valid files", "header only", FlowReader.tidy(),
        "reporter,partner,product,period,direction,value\n".getBytes(StandardCharsets.UTF_8), 0,
        0.0);
  }

  /** One damaged record in a good file: strict refuses naming it, lenient skips exactly it. */
  private void damagedFiles(Random rnd) {
    String[][] damages = {
      {"lookalike nbsp", "reporter", "CHN\u00a0"},
      {"lookalike zero-width", "partner", "U\u200bSA"},
      {"extra bom in label", "reporter", "\uFEFFCHN"},
      {"ideographic space", "product", "01\u300001"},
      {"negative", "value", "-5"},
      {"nan", "value", "NaN"},
      {"na", "value", "NA"},
      {"infinite", "value", "1e400"},
      {"comma decimal", "value", "12,5"},
      {"empty value", "value", ""},
      {"blank label", "reporter", "  "},
      {"fiscal year", "period", "FY2023"},
      {"five-digit period", "period", "20231"},
      {"month 13", "period", "2023-13"},
      {"extra field", "direction", "X,9"},
      {"invalid utf-8", "partner", "\u0000BAD"},
    };
    String[] columns = {"reporter", "partner", "product", "period", "direction", "value"};
    for (String[] d : damages) {
      for (int c = 0; c < 6; c++) {
        List<Rec> recs = records(rnd, 2 + rnd.nextInt(30));
        int bad = rnd.nextInt(recs.size());
        String text = tidy(recs, rnd, false, rnd.nextBoolean(), false, false, false);
        String[] lines = text.split("\n", -1);
        String[] fields = lines[bad + 1].replace("\r", "").split(",", -1);
        int col = java.util.Arrays.asList(columns).indexOf(d[1]);
        fields[col] = d[2];
        lines[bad + 1] = String.join(",", fields);
        byte[] data = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (d[0].equals("invalid utf-8")) {
          // a lone continuation byte in place of the NUL
          for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
              data[i] = (byte) 0x80;
            }
          }
        }
        String name = d[0] + " " + c;
        expectError("damaged records", name + " strict", FlowReader.tidy(), data);
        List<Rec> good = new ArrayList<>(recs);
        good.remove(bad);
        expectTable("damaged records", name + " lenient",
            FlowReader.tidy().withMode(ReadMode.LENIENT), data, good.size(), sum(good));
      }
    }
    // an unbalanced quote, a period of another frequency, a duplicate key under REJECT
    for (int c = 0; c < 10; c++) {
      List<Rec> recs = records(rnd, 3 + rnd.nextInt(20));
      String text = tidy(recs, rnd, false, false, false, false, false);
      int at = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
      expectError("damaged records", "unbalanced quote " + c, FlowReader.tidy(),
          (text.substring(0, at) + "\"" + text.substring(at)).getBytes(StandardCharsets.UTF_8));
      for (String sub : new String[] {"2023-Q1", "202301", "2023-H2"}) {
        String mixed = text + "CHN,USA,0001," + sub + ",X,1\n";
        for (ReadMode mode : ReadMode.values()) {
          expectError("mixed periods", sub + " " + c + " " + mode,
              FlowReader.tidy().withMode(mode), mixed.getBytes(StandardCharsets.UTF_8));
        }
      }
      String dup = text + text.substring(text.indexOf('\n') + 1, at);
      try {
        read(FlowReader.tidy().withDuplicates(io.github.digitrade.calc.DuplicatePolicy.REJECT),
            dup.getBytes(StandardCharsets.UTF_8));
        record("damaged records", "duplicate " + c, Outcome.SILENT_WRONG, "accepted a duplicate");
      } catch (IOException | RuntimeException e) {
        record("damaged records", "duplicate " + c,
            e.getMessage() != null && e.getMessage().startsWith("f.csv")
                ? Outcome.CLEAR_ERROR : Outcome.SILENT_WRONG, String.valueOf(e));
      }
    }
    expectError("damaged records", "empty file", FlowReader.tidy(), new byte[0]);
    expectError("damaged records", "bom only", FlowReader.tidy(),
        "\uFEFF".getBytes(StandardCharsets.UTF_8));
    expectError("damaged records", "double bom header", FlowReader.tidy(),
        "\uFEFF\uFEFFreporter,partner,product,period,direction,value\nCHN,USA,1,2023,X,1\n"
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Two gzip members, the second cut at every length up to 70 bytes, and garbage after one. */
  private void gzipDamage(Random rnd) {
    List<Rec> a = records(rnd, 20);
    List<Rec> b = records(rnd, 20);
    byte[] first = gzip(tidy(a, rnd, false, false, false, false, false)
        .getBytes(StandardCharsets.UTF_8), 1);
    StringBuilder tail = new StringBuilder();
    for (Rec r : b) {
      tail.append(r.reporter()).append(',').append(r.partner()).append(',').append(r.product())
          .append(',').append(r.period()).append(',').append(r.dir()).append(',')
          .append(BigDecimal.valueOf(r.value()).toPlainString()).append('\n');
    }
    byte[] second = gzip(tail.toString().getBytes(StandardCharsets.UTF_8), 1);
    for (int cut = 0; cut <= Math.min(70, second.length); cut++) {
      byte[] data = new byte[first.length + cut];
      System.arraycopy(first, 0, data, 0, first.length);
      System.arraycopy(second, 0, data, first.length, cut);
      if (cut == 0) {
        expectTable("gzip damage", "no second member", FlowReader.tidy(), data, 20, sum(a));
      } else {
        for (ReadMode mode : ReadMode.values()) {
          expectError("gzip damage", "second member cut at " + cut + " " + mode,
              FlowReader.tidy().withMode(mode), data);
        }
      }
    }
    List<Rec> both = new ArrayList<>(a);
    both.addAll(b);
    byte[] whole = new byte[first.length + second.length];
    System.arraycopy(first, 0, whole, 0, first.length);
    System.arraycopy(second, 0, whole, first.length, second.length);
    expectTable("gzip damage", "two whole members", FlowReader.tidy(), whole, 40, sum(both));
    for (String garbage : new String[] {"x", "garbage\n", "\u0000\u0000\u0000\u0000", "\u001f"}) {
      byte[] g = garbage.getBytes(StandardCharsets.UTF_8);
      byte[] data = new byte[first.length + g.length];
      System.arraycopy(first, 0, data, 0, first.length);
      System.arraycopy(g, 0, data, first.length, g.length);
      expectError("gzip damage", "garbage after a member " + g.length, FlowReader.tidy(), data);
    }
    // a byte flipped anywhere: either the same table (a header field nobody checks) or an error
    for (int i = 0; i < 60; i++) {
      byte[] data = first.clone();
      int at = rnd.nextInt(data.length);
      data[at] ^= (byte) (1 << rnd.nextInt(8));
      try {
        ReadResult r = read(FlowReader.tidy(), data);
        boolean same = r.table().size() == 20 && r.table().total() == sum(a);
        record("gzip damage", "flip " + at, same ? Outcome.CORRECT : Outcome.SILENT_WRONG,
            "flip at " + at + ": " + r.report());
      } catch (IOException | RuntimeException e) {
        record("gzip damage", "flip " + at,
            namesFileAndLine(e) ? Outcome.CLEAR_ERROR : Outcome.SILENT_WRONG, String.valueOf(e));
      }
    }
  }

  /** Two rows of 1e308 overflow a double: the sum must say so, never return NaN or infinity. */
  private void overflow() throws IOException {
    for (String v : new String[] {"1e308", "1.7976931348623157e308", "9e307"}) {
      String text = "reporter,partner,product,period,direction,value\nCHN,USA,1,2023,X," + v
          + "\nCHN,IDN,1,2023,X," + v + "\nCHN,BRA,1,2023,X," + v + "\n";
      FlowTable t = read(FlowReader.tidy(), text.getBytes(StandardCharsets.UTF_8)).table();
      List<Runnable> sums = List.of(t::total, () -> t.sum(Dimension.REPORTER),
          () -> t.exports().sum(Dimension.PRODUCT));
      int i = 0;
      for (Runnable s : sums) {
        String name = v + " sum " + i++;
        try {
          s.run();
          record("overflow", name, Outcome.SILENT_WRONG, "returned a number");
        } catch (ArithmeticException e) {
          record("overflow", name,
              String.valueOf(e.getMessage()).contains("overflow") ? Outcome.CLEAR_ERROR
                  : Outcome.SILENT_WRONG, String.valueOf(e));
        }
      }
    }
  }

  /** Comtrade files of both generations: leaf records plus aggregates and breakdowns. */
  private void comtrade(Random rnd) throws IOException {
    for (int c = 0; c < 40; c++) {
      boolean legacy = c % 2 == 1;
      StringBuilder s = new StringBuilder(legacy
          ? "Year,Period,Aggregate Level,Is Leaf Code,Trade Flow Code,Reporter Code,Partner Code,"
              + "2nd Partner Code,Customs Proc. Code,Mode of Transport Code,Commodity Code,"
              + "Trade Value (US$)\n"
          : "freqCode,period,reporterCode,flowCode,partnerCode,partner2Code,cmdCode,aggrLevel,"
              + "isLeaf,customsCode,mosCode,motCode,primaryValue,isAggregate\n");
      int[] codes = {156, 842, 360, 276, 76};
      double leaf = 0;
      int leaves = 0;
      int aggregates = 0;
      for (int i = 0; i < 5 + rnd.nextInt(30); i++) {
        int r = codes[rnd.nextInt(codes.length)];
        int p = codes[rnd.nextInt(codes.length)];
        double v = rnd.nextInt(100_000) / 4.0;
        String cmd = String.format(Locale.ROOT, "%06d", 10121 + i);
        int kind = rnd.nextInt(8); // 0..2 leaf, 3 World, 4 TOTAL, 5 not leaf, 6 transport, 7 customs
        String partner = kind == 3 ? "0" : Integer.toString(p);
        String product = kind == 4 ? "TOTAL" : kind == 5 ? cmd.substring(0, 4) : cmd;
        String level = kind == 4 ? "0" : kind == 5 ? "4" : "6";
        String isLeaf = kind == 4 || kind == 5 ? (legacy ? "0" : "False") : (legacy ? "1" : "True");
        String mot = kind == 6 ? "2" : legacy ? "" : "0";
        String customs = kind == 7 ? "C03" : legacy ? "" : "C00";
        if (kind <= 2) {
          leaf += v;
          leaves++;
        } else {
          aggregates++;
        }
        String value = BigDecimal.valueOf(v).toPlainString();
        if (legacy) {
          s.append("2016,2016,").append(level).append(',').append(isLeaf).append(",2,").append(r)
              .append(',').append(partner).append(",,").append(customs).append(',').append(mot)
              .append(',').append(product).append(',').append(value).append('\n');
        } else {
          s.append("A,2023,").append(r).append(",X,").append(partner).append(",0,")
              .append(product).append(',').append(level).append(',').append(isLeaf).append(',')
              .append(customs).append(",0,").append(mot).append(',').append(value).append(',')
              .append(kind <= 2 ? "False" : "True").append('\n');
        }
      }
      byte[] data = s.toString().getBytes(StandardCharsets.UTF_8);
      String name = (legacy ? "legacy " : "current ") + c;
      expectTable("comtrade aggregates", name, FlowReader.comtrade(), data, leaves, leaf);
      ReadResult r = read(FlowReader.comtrade().withAggregates(), data);
      long apart = r.aggregates().stream().mapToLong(a -> a.table().size()).sum();
      record("comtrade aggregates", name + " apart",
          r.report().excludedRows() == aggregates && apart == aggregates ? Outcome.CORRECT
              : Outcome.SILENT_WRONG, r.report() + ", " + r.aggregates());
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " "),
        err.toString(StandardCharsets.UTF_8));
  }

  /** A command line that must succeed and print {@code expected}. */
  private void cliOk(String name, String expected, String... args) {
    Run r = run(args);
    record("command line", name,
        r.code() == 0 && r.out().contains(expected) ? Outcome.CORRECT : Outcome.SILENT_WRONG,
        r.code() + " " + r.out() + r.err());
  }

  /** A command line that must fail with a message naming {@code named}. */
  private void cliError(String name, String named, String... args) {
    Run r = run(args);
    boolean clear = r.code() != 0 && r.err().startsWith("digitrade: ") && r.err().contains(named);
    record("command line", name, clear ? Outcome.CLEAR_ERROR : Outcome.SILENT_WRONG,
        r.code() + " out=" + r.out() + " err=" + r.err());
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private void commandLine() throws IOException {
    String h = "reporter,partner,product,period,direction,value\n";
    Path good = write("good.csv", h + "CHN,USA,1,2023,X,60\nCHN,IDN,2,2023,X,40\n"
        + "USA,CHN,1,2023,X,30\nIDN,CHN,2,2023,X,5\nCHN,USA,1,2023,M,30\n");
    cliOk("good", "China exported 100 and imported 30 in 2023", "--flows", good.toString(),
        "--reporter", "CHN", "--brief-only");
    cliOk("year given", "China exported 100", "--flows", good.toString(), "--reporter", "CHN",
        "--year", "2023", "--brief-only");
    Path gz = dir.resolve("good.csv.gz");
    Files.write(gz, gzip(Files.readAllBytes(good), 2));
    cliOk("gzip two members", "China exported 100", "--flows", gz.toString(), "--reporter", "CHN",
        "--brief-only");
    Path imports = write("imports.csv", h + "CHN,USA,1,2023,M,1000\n");
    cliError("imports only", "direction", "--flows", imports.toString(), "--reporter", "CHN",
        "--brief-only");
    Path mixed = write("mixed.csv", h + "CHN,USA,1,2023,X,100\nCHN,USA,1,2023-Q1,X,25\n");
    cliError("mixed periods", "mixed.csv:3", "--flows", mixed.toString(), "--reporter", "CHN",
        "--year", "2023", "--brief-only");
    Path fy = write("fy.csv", h + "CHN,USA,1,FY2023,X,100\n");
    cliError("fiscal year", "FY2023", "--flows", fy.toString(), "--reporter", "CHN",
        "--brief-only");
    Path empty = write("empty.csv", h);
    cliError("header only", "no data rows", "--flows", empty.toString(), "--reporter", "CHN",
        "--brief-only");
    cliError("missing file", "nope.csv", "--flows", dir.resolve("nope.csv").toString(),
        "--reporter", "CHN", "--brief-only");
    cliError("directory", dir.toString(), "--flows", dir.toString(), "--reporter", "CHN",
        "--brief-only");
    cliError("out is flows", "--out", "--flows", good.toString(), "--reporter", "CHN", "--out",
        good.toString());
    cliError("unknown format", "parquet", "--flows", good.toString(), "--format", "parquet",
        "--reporter", "CHN");
    cliError("year absent", "--year 2019", "--flows", good.toString(), "--reporter", "CHN",
        "--year", "2019", "--brief-only");
    cliError("reporter absent", "--reporter FRA", "--flows", good.toString(), "--reporter",
        "FRA", "--brief-only");
    cliError("bad year", "--year", "--flows", good.toString(), "--reporter", "CHN", "--year",
        "20x3", "--brief-only");
    cliError("unknown option", "--colour", "--flows", good.toString(), "--colour");
    Path nbsp = write("nbsp.csv", h + "CHN,USA,1,2023,X,60\nCHN\u00a0,IDN,2,2023,X,40\n");
    cliError("lookalike reporter", "nbsp.csv:3", "--flows", nbsp.toString(), "--reporter", "CHN",
        "--brief-only");
    Path over = write("over.csv", h + "CHN,USA,1,2023,X,1e308\nCHN,IDN,2,2023,X,1e308\n");
    cliError("overflow", "overflow", "--flows", over.toString(), "--reporter", "CHN",
        "--brief-only");
    Path cut = dir.resolve("cut.csv.gz");
    byte[] z = Files.readAllBytes(gz);
    Files.write(cut, java.util.Arrays.copyOf(z, z.length - 5));
    cliError("cut gzip", "cut.csv.gz", "--flows", cut.toString(), "--reporter", "CHN",
        "--brief-only");
    Path comtrade = write("comtrade.csv",
        """
        freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,aggrLevel,isLeaf,motCode,primaryValue
        A,2023,156,X,842,851712,6,1,0,60
        A,2023,156,X,360,010121,6,1,0,40
        A,2023,156,X,0,851712,6,1,0,60
        A,2023,156,X,0,TOTAL,0,0,0,100
        A,2023,156,X,842,TOTAL,0,0,0,60
        A,2023,156,X,842,851712,6,1,1,60
        A,2023,842,X,156,851712,6,1,0,30
        A,2023,360,X,156,010121,6,1,0,5
        A,2023,156,M,842,851712,6,1,0,30
        """);
    cliOk("comtrade aggregates", "China exported USD 100 and imported USD 30", "--flows",
        comtrade.toString(), "--format", "comtrade", "--reporter", "CHN", "--brief-only");
    Path world = write("world.csv",
        """
        period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
        2023,156,X,0,TOTAL,100
        """);
    cliError("comtrade world only", "aggregates", "--flows", world.toString(), "--format",
        "comtrade", "--reporter", "CHN", "--brief-only");
    Path legacy = write("legacy.csv",
        """
        Year,Period,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)
        2016,2016,2,156,842,851712,70
        2016,2016,2,842,156,851712,20
        2016,2016,2,360,156,010121,20
        2016,2016,1,156,842,851712,5
        """);
    cliOk("comtrade legacy flow codes", "China exported USD 70 and imported USD 5", "--flows",
        legacy.toString(), "--format", "comtrade", "--reporter", "CHN", "--brief-only");
    Path baci = write("baci.csv",
        """
        t,i,j,k,v,q
        2022,156,842,10121,60,1
        2022,156,360,10122,40,1
        2022,842,156,10121,30,1
        """);
    cliOk("baci", "China exported USD 100 thousand", "--flows", baci.toString(), "--format", "baci",
        "--reporter", "CHN", "--brief-only");
  }

  /** A factory call that must be refused with a message naming the argument or its value. */
  private void refuses(String family, String name, String named, Runnable call) {
    try {
      call.run();
      record(family, name, Outcome.SILENT_WRONG, "accepted");
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      String m = String.valueOf(e.getMessage());
      record(family, name, m.contains(named) ? Outcome.CLEAR_ERROR : Outcome.SILENT_WRONG,
          "message " + m + " does not name " + named);
    } catch (RuntimeException e) {
      record(family, name, Outcome.SILENT_WRONG, "undocumented " + e);
    }
  }

  @SuppressWarnings("NullAway") // passing null is the point of some cases
  private void factories() {
    String[] badPeriods = {"", " ", "2023-13", "2023-00", "2023-Q0", "2023-Q5", "2023-H3",
        "0999", "10000", "FY2023", "2023/01", "2023-1", "23", "２０２３", "2023-Q1 ", " 2023",
        "2023-W01", "2023M01", "Q1-2023", "2023--01", "2023-", "-2023", "2023-012", "NaN"};
    for (String p : badPeriods) {
      refuses("factories", "Period.parse " + p, "\"" + p + "\"", () -> Period.parse(p));
      if (PeriodLabels.frequency(p).isEmpty()) {
        refuses("factories", "PeriodLabels.year " + p, "\"" + p + "\"", () -> PeriodLabels.year(p));
      }
    }
    String[] badPartners = {"", " ", "XY", "ABCD", "usa ", "1000", "-1", "U S", "ÜSA", "12a",
        "ZZZ", "QQQ", "U\u200bSA", "CHN\u00a0", "\uFEFFCHN"};
    for (String p : badPartners) {
      refuses("factories", "Partner.parse " + p, "\"" + p + "\"", () -> Partner.parse(p));
    }
    String[] badCustom = {"", " ", "\u2003", "CBEC\u3000X", "A B", "\t", "X\u00a0", "\u200b"};
    for (String c : badCustom) {
      refuses("factories", "ProductCode.custom " + c, "code", () -> ProductCode.custom(c));
    }
    String[] badAmounts = {"", "1e5", "1,000", "NaN", "Infinity", "--1", "1.2.3", " 1", "0x10",
        "1" + "0".repeat(400)};
    for (String a : badAmounts) {
      refuses("factories", "Money.of " + a.length(), "amount", () -> Money.of(a, "CNY"));
    }
    refuses("factories", "Money.of huge scale", "1E-2147483647",
        () -> Money.of(new BigDecimal("1E-2147483647"), java.util.Currency.getInstance("CNY")));
    refuses("factories", "Money.of huge exponent", "1E+1000000",
        () -> Money.of(new BigDecimal("1E+1000000"), java.util.Currency.getInstance("CNY")));
    refuses("factories", "Money.of bad currency", "XYZ", () -> Money.of("1", "XYZ"));
    for (String f : new String[] {"parquet", "", "csv", "tidy2", "BACI "}) {
      if (!f.strip().equalsIgnoreCase("baci")) {
        refuses("factories", "FlowFormat.named " + f, "\"" + f + "\"", () -> FlowFormat.named(f));
      }
    }
    refuses("factories", "column blank", "header", () -> ColumnMapping.builder()
        .column(Dimension.REPORTER, " "));
    refuses("factories", "column none", "headers", () -> ColumnMapping.builder()
        .column(Dimension.REPORTER));
    refuses("factories", "constant blank", "constant", () -> ColumnMapping.builder()
        .constant(Dimension.PERIOD, ""));
    refuses("factories", "mapping incomplete", "not mapped", () -> ColumnMapping.builder()
        .column(Dimension.REPORTER, "r").build());
    refuses("factories", "country code 1000", "1000",
        () -> FlowReader.baci().withCountryCodes(Map.of(1000, "X")));
    refuses("factories", "country code -1", "-1",
        () -> FlowReader.baci().withCountryCodes(Map.of(-1, "X")));
    refuses("factories", "country label blank", "label",
        () -> FlowReader.baci().withCountryCodes(Map.of(4, " ")));
    refuses("factories", "reader of null", "format", () -> FlowReader.of(null));
    refuses("factories", "mode null", "mode", () -> FlowReader.tidy().withMode(null));
    refuses("factories", "progress null", "listener",
        () -> FlowReader.tidy().withProgress(null));
    refuses("factories", "duplicates null", "policy",
        () -> FlowReader.tidy().withDuplicates(null));
    refuses("factories", "frequency null", "label", () -> PeriodLabels.frequency(null));
    refuses("factories", "read null source", "source", () -> {
      try {
        FlowReader.tidy().read(new ByteArrayInputStream(new byte[0]), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    refuses("factories", "report kept above read", "rowsKept",
        () -> new ReadReport("f", 1, 2, List.of()));
    refuses("factories", "report negative excluded", "excluded",
        () -> new ReadReport("f", 5, 1, List.of(),
            Map.of(io.github.digitrade.io.Aggregate.PARTNER_WORLD, -1L)));
  }

}
