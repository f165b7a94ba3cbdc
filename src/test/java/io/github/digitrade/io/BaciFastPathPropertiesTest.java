package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BACI fast path (header exactly {@code t,i,j,k,v,q}: blocks of bytes parsed on their own, in
 * parallel on a file of more than one block) and the general path (the same bytes with the last
 * header renamed to {@code qty}, every record through the CSV scanner) give the same table and the
 * same errors on generated files with hostile lines: quotes, CRLF, blank and long lines, exponents,
 * unknown or oversized codes, gzip, and block boundaries falling anywhere in a line.
 *
 * <p>Not generated: a quote left open to the end of its line (a line break inside a quoted field, or
 * an unbalanced quote). The fast path parses each line on its own (a block may start inside such a
 * field), so it reports each of those lines as malformed where the general path reads the field
 * across the lines; {@link BaciBlock} documents this.
 */
class BaciFastPathPropertiesTest {

  @TempDir Path dir;

  private static final Map<Integer, String> CODES = Map.of(4, "AFG", 8, "ALB", 12, "DZA", 999, "ZZZ");

  /** One line, normal most of the time, of a hostile kind otherwise. */
  private static String line(SplittableRandom r, boolean hostile) {
    String year = r.nextInt(10) == 0 ? "20" + r.nextInt(10) + r.nextInt(10) : "2022";
    int[] countries = {4, 8, 12, 999};
    String i = Integer.toString(countries[r.nextInt(4)]);
    String j = Integer.toString(countries[r.nextInt(4)]);
    // half the products from a pool of 50, which later blocks of a file then already know
    String k = String.format("%06d", r.nextBoolean() ? r.nextInt(1_000_000) : 10_000 + r.nextInt(50));
    String v = r.nextInt(1_000_000) + "." + String.format("%03d", r.nextInt(1000));
    String q = r.nextInt(1000) + "." + r.nextInt(1000);
    String end = "\n";
    switch (hostile ? r.nextInt(40) : 40) {
      case 0 -> k = "\"" + k + "\"";
      case 1 -> end = "\r\n";
      case 2 -> {
        return "\n";
      }
      case 3 -> v = "1.5e" + r.nextInt(5);
      case 4 -> v = "-" + v;
      case 5 -> v = "NA";
      case 6 -> v = "";
      case 7 -> v = "." + r.nextInt(100);
      case 8 -> v = r.nextInt(100) + ".";
      case 9 -> v = "12345678901234567.25";
      case 10 -> v = Long.toString(r.nextLong(1L << 50));
      case 11 -> i = "1000";
      case 12 -> j = "7";
      case 13 -> k = "1234567";
      case 14 -> k = "12a456";
      case 15 -> q = "x".repeat(200 + r.nextInt(400));
      case 16 -> q = "\"a,b\"";
      case 17 -> q = "\"two lines\"";
      case 18 -> q = q + ",extra";
      case 19 -> year = "";
      case 20 -> k = "\"" + k + "\"x";
      case 21 -> year = "2022" + "0".repeat(r.nextInt(8));
      case 22 -> v = "0".repeat(r.nextInt(30)) + v;
      case 23 -> v = v + "0".repeat(r.nextInt(25));
      case 24 -> q = "NA";
      case 25 -> q = "";
      case 26 -> i = "\"" + i + "\"";
      default -> {
        // a normal line
      }
    }
    return year + "," + i + "," + j + "," + k + "," + v + "," + q + end;
  }

  private static byte[] file(String header, long seed, int lines) {
    return file(header, seed, lines, true);
  }

  /** A file of random lines, about one in three hostile if {@code hostile}, else none. */
  private static byte[] file(String header, long seed, int lines, boolean hostile) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder(lines * 40).append(header).append('\n');
    for (int n = 0; n < lines; n++) {
      s.append(line(r, hostile));
    }
    if (r.nextBoolean()) {
      // the last line without its line end
      s.setLength(s.length() - 1);
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A read's whole outcome: every row by its labels and value, the report, or the failure. */
  private static List<String> outcome(Reading read) {
    List<String> out = new ArrayList<>();
    try {
      ReadResult r = read.run();
      FlowTable t = r.table();
      for (int row = 0; row < t.size(); row++) {
        StringBuilder s = new StringBuilder();
        for (Dimension d : Dimension.values()) {
          s.append(t.label(d, row)).append(' ');
        }
        out.add(s.append(Double.doubleToRawLongBits(t.value(row))).toString());
      }
      out.add("read " + r.report().rowsRead() + " kept " + r.report().rowsKept());
      // the codes too: each label numbered at its first row, on both paths
      for (Dimension d : Dimension.values()) {
        out.add(d + " " + t.labels(d));
      }
      for (RowError e : r.report().errors()) {
        out.add(normalised(e));
      }
    } catch (FlowFormatException e) {
      out.add("failed " + normalised(e.error()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The error with the name of the last column (never read by either path) made the same. */
  private static String normalised(RowError e) {
    return new RowError(
            e.source(),
            e.line(),
            e.column(),
            e.columnName().equals("qty") ? "q" : e.columnName(),
            e.text(),
            e.message())
        .toString();
  }

  interface Reading {
    ReadResult run() throws IOException;
  }

  private static FlowReader reader(ReadMode mode) {
    return FlowReader.baci().withCountryCodes(CODES).withMode(mode);
  }

  @Test
  void fastPathAndGeneralPathGiveTheSameTableAndErrorsOnHostileStreams() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (ReadMode mode : ReadMode.values()) {
                byte[] fast = file("t,i,j,k,v,q", seed, 300);
                byte[] general = file("t,i,j,k,v,qty", seed, 300);
                FlowReader reader = reader(mode);
                List<String> expected =
                    outcome(() -> reader.read(new ByteArrayInputStream(general), "b.csv"));
                assertThat(outcome(() -> reader.read(new ByteArrayInputStream(fast), "b.csv")))
                    .isEqualTo(expected);
                assertThat(
                        outcome(
                            () -> reader.read(new ByteArrayInputStream(gzip(fast)), "b.csv")))
                    .isEqualTo(expected);
              }
            });
  }

  @Test
  void cleanParallelBlocksNumberEveryLabelAtItsFirstRowAsTheGeneralPath() throws IOException {
    // no hostile line: every block is added from its block-local codes, and its products either
    // already known to the parsers or numbered by the reader; the labels must be numbered in the
    // order of their first rows, as row by row
    for (long seed = 1; seed <= 3; seed++) {
      byte[] fast = file("t,i,j,k,v,q", seed, 170_000, false);
      byte[] general = file("t,i,j,k,v,qty", seed, 170_000, false);
      assertThat(fast.length).isGreaterThan(BaciRows.BLOCK + (1 << 20));
      Path f = Files.write(dir.resolve("b.csv"), fast);
      Path g = Files.write(dir.resolve("g.csv"), general);
      FlowReader reader = reader(ReadMode.STRICT);
      List<String> expected = outcome(() -> reader.read(g));
      List<String> actual = outcome(() -> reader.read(f));
      assertThat(actual.size()).isGreaterThan(170_000);
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void fastPathInParallelBlocksGivesTheGeneralPathsTableAndErrors() throws IOException {
    // about 6 MiB: three 2 MiB blocks, so the file is parsed in parallel and the block
    // boundary falls inside some line, of any kind
    for (long seed = 1; seed <= 3; seed++) {
      byte[] fast = file("t,i,j,k,v,q", seed, 170_000);
      byte[] general = file("t,i,j,k,v,qty", seed, 170_000);
      assertThat(fast.length).isGreaterThan(BaciRows.BLOCK + (1 << 20));
      Path f = Files.write(dir.resolve("b.csv"), fast);
      Path g = Files.write(dir.resolve("g.csv"), general);
      FlowReader reader = reader(ReadMode.LENIENT);
      List<String> expected = outcome(() -> reader.read(g));
      List<String> actual = outcome(() -> reader.read(f));
      assertThat(actual.size()).isGreaterThan(100_000);
      // the sources differ by file name only
      assertThat(actual).isEqualTo(expected.stream().map(s -> s.replace("g.csv", "b.csv")).toList());
    }
  }

  @Test
  void aStrictReadStopsAtTheSameFirstErrorOnBothPaths() throws IOException {
    byte[] fast = file("t,i,j,k,v,q", 7, 170_000);
    byte[] general = file("t,i,j,k,v,qty", 7, 170_000);
    Path f = Files.write(dir.resolve("b.csv"), fast);
    Path g = Files.write(dir.resolve("b2.csv"), general);
    FlowReader reader = reader(ReadMode.STRICT);
    FlowFormatException onFast = catchThrowableOfType(FlowFormatException.class, () -> reader.read(f));
    FlowFormatException onGeneral =
        catchThrowableOfType(FlowFormatException.class, () -> reader.read(g));
    assertThat(onFast).isNotNull();
    assertThat(onGeneral).isNotNull();
    assertThat(normalised(onFast.error()).replace("b.csv", "X"))
        .isEqualTo(normalised(onGeneral.error()).replace("b2.csv", "X"));
  }
}
