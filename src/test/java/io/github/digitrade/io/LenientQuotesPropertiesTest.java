package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Lenient reading around quotes: over generated files with good records (quoted labels, quoted line
 * breaks, escaped quotes), bad records (an unbalanced quote, text after a closing quote, a wrong
 * number of fields, a negative value), LF, CRLF and CR line ends and one to three gzip members,
 * every data record is either kept or counted as skipped, and the table's exact sum is the sum of
 * the good records.
 */
class LenientQuotesPropertiesTest {

  private static final String HEADER = "reporter,partner,product,period,direction,value";
  private static final List<String> LABELS =
      List.of("CHN", "\"Korea, Rep.\"", "\"A\nB\"", "\"C\r\nD\"", "\"say \"\"hi\"\"\"", " VNM ");
  private static final List<String> ENDS = List.of("\n", "\r\n", "\r");

  /** One generated file and what a correct lenient reader must report for it. */
  private static final class Case {
    final byte[] bytes;
    final long good;
    final long bad;
    final double sum;
    final String text;

    Case(byte[] bytes, long good, long bad, double sum, String text) {
      this.bytes = bytes;
      this.good = good;
      this.bad = bad;
      this.sum = sum;
      this.text = text;
    }
  }

  private static Case generate(List<Integer> seeds, int split) {
    StringBuilder sb = new StringBuilder(HEADER).append(ENDS.get(split % 3));
    long good = 0;
    long bad = 0;
    double sum = 0;
    for (int seed : seeds) {
      int kind = seed % 10;
      int value = (seed / 10) % 1000;
      String label = LABELS.get((seed / 10_000) % LABELS.size());
      String end = ENDS.get((seed / 100_000) % 3);
      switch (kind) {
        case 0 -> sb.append("CHN,\"USA,1,2022,X,").append(value); // unbalanced quote
        case 1 -> sb.append("\"CHN\"x,USA,1,2022,X,").append(value); // text after a quote
        case 2 -> sb.append(label).append(",USA,1,2022,X"); // five fields
        case 3 -> sb.append(label).append(",USA,1,2022,X,-").append(value + 1); // negative
        default -> {
          sb.append(label).append(",USA,\"0101\",2022,X,").append(value);
          good++;
          sum += value;
        }
      }
      if (kind <= 3) {
        bad++;
      }
      sb.append(end);
    }
    String text = sb.toString();
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    int members = split % 4; // 0: plain, 1 to 3 gzip members split anywhere
    byte[] bytes = members == 0 ? plain : members(plain, members, split);
    return new Case(bytes, good, bad, sum, text);
  }

  private static byte[] members(byte[] plain, int members, int split) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int from = 0;
    for (int m = 1; m <= members; m++) {
      int to = m == members ? plain.length : Math.min(plain.length, from + (split >>> 3) % 97 + m);
      try (GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out))) {
        gz.write(Arrays.copyOfRange(plain, from, to));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      from = to;
    }
    return out.toByteArray();
  }

  /** Keeps the shared output open when one member's stream is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(ByteArrayOutputStream out) {
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

  @Test
  void rowsKeptPlusRowsSkippedEqualDataRecordsAndTheSumIsTheGoodRecordsSum() {
    qt().withExamples(400)
        .forAll(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 30),
            integers().between(0, 1 << 20))
        .checkAssert(
            (seeds, split) -> {
              Case c = generate(seeds, split);
              ReadResult r;
              try {
                r =
                    FlowReader.tidy()
                        .withMode(ReadMode.LENIENT)
                        .read(new ByteArrayInputStream(c.bytes), "gen.csv");
              } catch (IOException e) {
                throw new UncheckedIOException(c.text, e);
              }
              assertThat(r.report().rowsKept()).as(c.text).isEqualTo(c.good);
              assertThat(r.report().skippedRows()).as(c.text).isEqualTo(c.bad);
              assertThat(r.report().rowsRead()).as(c.text).isEqualTo(c.good + c.bad);
              assertThat(r.table().total()).as(c.text).isEqualTo(c.sum);
            });
  }

  private static ReadResult lenient(String text) throws IOException {
    return FlowReader.tidy()
        .withMode(ReadMode.LENIENT)
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "big.csv");
  }

  @Test
  void aQuotedFieldOverTheLimitWithLineBreaksIsOneSkippedRecord() throws IOException {
    // 10 MB of "x,1,2,3,4,5" lines inside one quoted field: one record, over the 8 MiB limit
    String inner = "CHN,USA,1,2022,X,9\n".repeat(10_000_000 / 19);
    String text =
        HEADER
            + "\nCHN,USA,1,2022,X,1\n\""
            + inner
            + "\",USA,1,2022,X,5\nCHN,USA,2,2022,X,2\nCHN,USA,3,2022,X,4\n";
    ReadResult r = lenient(text);
    // 1 + 2 + 4: the rows around the field; none is made up from the text inside the quotes
    assertThat(r.table().total()).isEqualTo(7.0);
    assertThat(r.report().rowsKept()).isEqualTo(3);
    assertThat(r.report().skippedRows()).isEqualTo(1);
    assertThat(r.report().errors().get(0).toString())
        .contains("record longer than 8388608 bytes skipped, lines 3 to " + (3 + 10_000_000 / 19));
  }

  @Test
  void anUnbalancedQuoteLosesOnlyItsOwnLine() throws IOException {
    String text =
        HEADER
            + "\nCHN,\"USA,1,2022,X,100\nCHN,USA,1,2022,X,1\nCHN,USA,2,2022,X,2\n\"VNM\",USA,3,2022,X,4\n";
    ReadResult r = lenient(text);
    assertThat(r.report().rowsKept()).isEqualTo(3);
    assertThat(r.report().skippedRows()).isEqualTo(1);
    assertThat(r.table().total()).isEqualTo(7.0);
  }
}
