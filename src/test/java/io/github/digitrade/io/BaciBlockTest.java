package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BaciBlockTest {

  /** The bytes of a text and the {@link BaciBlock#SLACK} bytes the parser may load past them. */
  private static byte[] withSlack(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return Arrays.copyOf(b, b.length + BaciBlock.SLACK);
  }

  /** A block of a text's lines, parsed: the years, exporters and importers in runs. */
  private static BaciBlock localized(String text) {
    return new BaciBlock(withSlack(text), 4).parse(0, text.length());
  }

  /** A block of a text's lines, parsed, with every row's year, exporter and importer. */
  private static BaciBlock parse(String text) {
    BaciBlock blk = localized(text);
    blk.delocalize();
    return blk;
  }

  @Test
  void linesThatRepeatTheYearExporterAndImporterKeepTheirNumbers() {
    BaciBlock b =
        parse(
            "2022,4,8,020748,3224.823,806.206\n"
                + "2022,4,8,021339,61685.481,15421.370\n"
                // the same first eight bytes, a longer importer: not the same prefix
                + "2022,4,81,021339,1.5,1\n"
                + "2022,4,81,21339,2,\n"
                // shorter than the prefix before it
                + "2022,4\n"
                + "2022,4,81,\"030111\",0.25,NA\n"
                + "2023,4,81,030111,7.,x\n");
    assertThat(b.rows).isEqualTo(6);
    assertThat(b.slowCount).isEqualTo(1);
    assertThat(b.slowLine[0]).isEqualTo(4);
    assertThat(Arrays.copyOf(b.year, 6)).containsExactly(2022, 2022, 2022, 2022, 2022, 2023);
    assertThat(Arrays.copyOf(b.exporter, 6)).containsExactly(4, 4, 4, 4, 4, 4);
    assertThat(Arrays.copyOf(b.importer, 6)).containsExactly(8, 8, 81, 81, 81, 81);
    // no product known to the block: each entry is ~number, and every row is unresolved
    assertThat(Arrays.stream(b.product, 0, 6).map(p -> ~p).toArray())
        .containsExactly(20748, 21339, 21339, 21339, 30111, 30111);
    assertThat(b.unresolved).isEqualTo(6);
    // 3224823 / 10^3, 61685481 / 10^3, 15 / 10, 2, 25 / 10^2, 7
    assertThat(Arrays.copyOf(b.value, 6)).containsExactly(3224.823, 61685.481, 1.5, 2.0, 0.25, 7.0);
  }

  @Test
  void linesOnBothSidesOfEveryChunkOfSixtyFourLinesKeepTheirPlaces() {
    // 200 lines, parsed 64 at a time: the refused lines sit at the first and last line of a
    // chunk and beside them (lines 0, 63, 64, 65, 127, 128 and 199), each refused by a different
    // field (the prefix, the product, the value, a comma in the quantity), and one ends the block
    StringBuilder text = new StringBuilder();
    int[] refused = {0, 63, 64, 65, 127, 128, 199};
    String[] bad = {
      "2022,x,8,020748,1.000,1\n",
      "2022,4,8,0207x8,1.000,1\n",
      "2022,4,8,020748,1.0x0,1\n",
      "2022,4,8,020748,1.000,1,5\n",
      "2022,4,8,020748,,1\n",
      "2022,4,8,020748,1.000,\"1\"\n",
      "2022,4,8\n"
    };
    int next = 0;
    for (int line = 0; line < 200; line++) {
      if (next < refused.length && refused[next] == line) {
        text.append(bad[next++]);
      } else {
        // the line's number as its value: 1.000, 2.000, ...
        text.append("2022,4,8,020748,").append(line).append(".000,1\n");
      }
    }
    BaciBlock b = localized(text.toString());
    assertThat(b.lines).isEqualTo(200);
    assertThat(b.rows).isEqualTo(193);
    assertThat(b.slowCount).isEqualTo(7);
    assertThat(Arrays.copyOf(b.slowLine, 7)).containsExactly(refused);
    for (int r = 0; r < b.rows; r++) {
      // each fast row's value is its line's number, and lineOf finds that line
      assertThat(b.value[r]).isEqualTo((double) b.lineOf(r));
    }
    assertThat(b.runs).isEqualTo(1);
  }

  @Test
  void theFastRowsComeInRunsOfOneYearExporterAndImporter() {
    String text =
        "2022,4,8,020748,1.000,1\n"
            + "2022,4,8,020749,2.000,1\n"
            // a new importer: a new run at row 2
            + "2022,4,81,020748,3.000,1\n"
            // a prefix read, then the line refused: no run begins without a row, and the run of
            // 4 and 81 goes on at the next line
            + "2022,4,82,x,1,1\n"
            + "2022,4,81,020750,4.000,1\n"
            + "2023,4,81,020750,5.000,1\n"
            // the last line refused after its prefix: no run is left without a row
            + "2023,5,8,x\n";
    BaciBlock b = localized(text);
    assertThat(b.rows).isEqualTo(5);
    assertThat(b.slowCount).isEqualTo(2);
    assertThat(b.runs).isEqualTo(3);
    assertThat(Arrays.copyOf(b.runStart, 3)).containsExactly(0, 2, 4);
    int[] years = new int[3];
    int[] exporters = new int[3];
    int[] importers = new int[3];
    for (int r = 0; r < 3; r++) {
      years[r] = b.years.key(b.runYear[r]);
      exporters[r] = b.exporters.key(b.runExporter[r]);
      importers[r] = b.importers.key(b.runImporter[r]);
    }
    assertThat(years).containsExactly(2022, 2022, 2023);
    assertThat(exporters).containsExactly(4, 4, 4);
    assertThat(importers).containsExactly(8, 81, 81);
    // row by row, from the runs
    b.delocalize();
    assertThat(Arrays.copyOf(b.year, 5)).containsExactly(2022, 2022, 2022, 2022, 2023);
    assertThat(Arrays.copyOf(b.importer, 5)).containsExactly(8, 8, 81, 81, 81);
    // reused for other bytes: no run is left over
    String one = "2024,9,9,010101,1.000,1\n";
    b.reuse(withSlack(one)).parse(0, one.length());
    assertThat(b.runs).isEqualTo(1);
    assertThat(b.years.key(b.runYear[0])).isEqualTo(2024);
  }

  @Test
  void theLineEndIsFoundAtEveryByteOfTheQuantitysWords() {
    // quantities of 0 to 17 bytes: the line feed at each of the eight bytes of a word, in the
    // first, second and third word read
    StringBuilder text = new StringBuilder();
    for (int n = 0; n <= 17; n++) {
      text.append("2022,4,8,020748,").append(n + 1).append(".5,").append("7".repeat(n)).append('\n');
    }
    text.append("2022,4,8,020748,1.5,12,5\n");
    BaciBlock b = parse(text.toString());
    assertThat(b.rows).isEqualTo(18);
    assertThat(b.lines).isEqualTo(19);
    // 1.5, 2.5, ..., 18.5: each value is that of its own line
    for (int n = 0; n <= 17; n++) {
      assertThat(b.value[n]).isEqualTo(n + 1.5);
    }
    // a comma in the quantity: the general path
    assertThat(b.slowCount).isEqualTo(1);
    assertThat(b.slowLine[0]).isEqualTo(18);
  }

  @Test
  void sixDigitProductsAndThreeDigitFractionsAndTheirNeighbours() {
    // six digits and three decimals (the form of a BACI line) take the comparisons; the lines
    // around them, one byte longer or shorter, take the counts, with the same numbers
    BaciBlock b =
        parse(
            "2022,4,8,020748,3224.823,806.206\n"
                + "2022,4,8,20748,3224.82,1\n"
                + "2022,4,8,020748,.823,1\n"
                + "2022,4,8,020748,3224.8231,1\n"
                + "2022,4,8,020748,12345678.823,1\n"
                // seven digits, six digits and a quote, three decimals and an exponent: the general
                // path (refused or read there)
                + "2022,4,8,0207481,1.000,1\n"
                + "2022,4,8,020748\",1.000,1\n"
                + "2022,4,8,020748,1.000e3,1\n");
    assertThat(b.rows).isEqualTo(5);
    assertThat(b.slowCount).isEqualTo(3);
    assertThat(Arrays.stream(b.product, 0, 5).map(p -> ~p).toArray())
        .containsExactly(20748, 20748, 20748, 20748, 20748);
    // 3224823 / 10^3, 322482 / 10^2, 823 / 10^3, 32248231 / 10^4, 12345678823 / 10^3
    assertThat(Arrays.copyOf(b.value, 5))
        .containsExactly(3224.823, 3224.82, 0.823, 3224.8231, 12345678.823);
  }

  @Test
  void threeDecimalsAfterZeroToSevenDigitsGiveTheSameValue() {
    // up to five digits before the point, the digits and the three decimals are converted as one
    // number (".500" is 500, "12345.678" is 12345678); six and seven digits as two (123456 · 1000
    // + 789); either way the thousandths divided by 10^3 once
    BaciBlock b =
        parse(
            """
            2022,4,8,1,.500,1
            2022,4,8,2,0.001,1
            2022,4,8,3,12.345,1
            2022,4,8,4,1234.567,1
            2022,4,8,5,12345.678,1
            2022,4,8,6,123456.789,1
            2022,4,8,7,1234567.890,1
            2022,4,8,8,00000.010,1
            """);
    assertThat(b.rows).isEqualTo(8);
    assertThat(Arrays.copyOf(b.value, 8))
        .containsExactly(
            500 / 1e3, 1 / 1e3, 12345 / 1e3, 1234567 / 1e3, 12345678 / 1e3, 123456789 / 1e3,
            1234567890 / 1e3, 10 / 1e3);
  }

  @Test
  void valuesWithEightDigitsOrMoreInAPartAreReadDigitByDigit() {
    BaciBlock b =
        parse(
            "2022,4,8,1,12345678.5,1\n"
                + "2022,4,8,2,0.12345678,1\n"
                // fifteen significant digits after sixteen leading zeros
                + "2022,4,8,3,0000000000000000123456789012345,1\n"
                // sixteen significant digits: the general path
                + "2022,4,8,4,1234567890123456,1\n");
    assertThat(b.rows).isEqualTo(3);
    assertThat(Arrays.copyOf(b.value, 3)).containsExactly(12345678.5, 0.12345678, 123456789012345.0);
    assertThat(b.slowCount).isEqualTo(1);
  }

  @Test
  void aRangeWithoutTheSlackAfterItIsRefused() {
    byte[] b = "2022,4,8,1,1,1\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> new BaciBlock(b, 1).parse(0, b.length))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 64 bytes after the range");
  }

  @Test
  void productsKnownToTheReaderAreWrittenAsTheirCodes() {
    byte[] text =
        """
        2022,4,8,020748,1,1
        2022,4,8,021339,2,1
        2022,4,8,999999,3,1
        """
            .getBytes(StandardCharsets.US_ASCII);
    BaciBlock blk = new BaciBlock(Arrays.copyOf(text, text.length + BaciBlock.SLACK), 4);
    int[] known = new int[1_000_000];
    Arrays.fill(known, -1);
    known[20748] = 7;
    known[999999] = 0;
    blk.knownProducts = known;
    blk.parse(0, text.length);
    // 020748 and 999999 are known (codes 7 and 0); 021339 is not: ~21339
    assertThat(Arrays.copyOf(blk.product, 3)).containsExactly(7, ~21339, 0);
    assertThat(blk.unresolved).isEqualTo(1);
    // reused for other bytes, the block forgets its count
    assertThat(blk.reuse(blk.bytes).unresolved).isZero();
  }
}
