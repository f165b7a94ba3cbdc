package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class ModelFrameTest {

  private static final String CSV =
      """
      exporter,importer,year,trade,DIST
      ARG,BRA,1986,10,100
      ARG,ARG,1986,50,10
      "BRA",ARG,1990,,2000
      """;

  @Test
  void readsNamedColumnsOfAWideCsv() {
    ModelFrame f = ModelFrame.parseCsv("t.csv", CSV, List.of("trade", "DIST"), List.of("exporter", "year"));
    assertThat(f.rows()).isEqualTo(3);
    assertThat(f.numberNames()).containsExactly("trade", "DIST");
    assertThat(f.factorNames()).containsExactly("exporter", "year");
    assertThat(f.number("DIST", 2)).isEqualTo(2000.0);
    assertThat(f.number("trade", 2)).isNaN();
    assertThat(f.label("exporter", 2)).isEqualTo("BRA");
    assertThat(f.factor("year").levels()).containsExactly("1986", "1990");
    assertThat(f.where(1)).isEqualTo("t.csv line 3");
    assertThat(f.toString()).isEqualTo(
        "ModelFrame[3 rows; numbers: trade, DIST; factors: exporter (2 levels), year (2 levels)]");
  }

  @Test
  void unknownColumnsAndBadNumbersNameTheFileLineAndColumn() {
    assertThatThrownBy(() -> ModelFrame.parseCsv("t.csv", CSV, List.of("GDP"), List.of()))
        .hasMessageContaining("t.csv line 1: no column \"GDP\"").hasMessageContaining("DIST");
    assertThatThrownBy(() -> ModelFrame.parseCsv("t.csv", "a,b\n1,x\n", List.of("b"), List.of()))
        .hasMessage("t.csv line 2: b = \"x\": expected a number");
    assertThatThrownBy(() -> ModelFrame.parseCsv("t.csv", "a,b\n1\n", List.of("a"), List.of()))
        .hasMessage("t.csv line 2: 1 fields: expected 2 as in the header");
    assertThatThrownBy(() -> ModelFrame.parseCsv("t.csv", "", List.of("a"), List.of()))
        .hasMessageContaining("empty");
    ModelFrame f = ModelFrame.parseCsv("t.csv", CSV, List.of("trade"), List.of("exporter"));
    assertThatThrownBy(() -> f.number("GDP", 0)).hasMessageContaining("no numeric column \"GDP\"");
    assertThatThrownBy(() -> f.factor("trade")).hasMessageContaining("trade is numeric");
    assertThatThrownBy(() -> f.column("exporter")).hasMessageContaining("exporter is a factor");
  }

  @Test
  void missingOrNegativeOutcomesAndMissingRegressorsNameRowAndColumn() {
    ModelFrame f = ModelFrame.parseCsv("t.csv", CSV, List.of("trade", "DIST"), List.of("exporter"));
    assertThatThrownBy(() -> GravityModel.ppml("trade").absorb("exporter").fit(f))
        .hasMessageStartingWith("t.csv line 4: trade = NaN: expected a value (it is missing)");
    ModelFrame neg = ModelFrame.builder().number("y", new double[] {1, -2}).number("x", new double[] {1, 2}).build();
    assertThatThrownBy(() -> GravityModel.ppml("y").regressors("x").fit(neg))
        .hasMessageStartingWith("row 1: y = -2.0: expected a non-negative outcome for PPML");
    ModelFrame inf = ModelFrame.builder().number("y", new double[] {1, 2}).number("x", new double[] {1, Double.POSITIVE_INFINITY}).build();
    assertThatThrownBy(() -> GravityModel.ppml("y").regressors("x").fit(inf))
        .hasMessageStartingWith("row 1: x = Infinity: expected a finite number");
    ModelFrame w = ModelFrame.builder().number("y", new double[] {1, 2}).number("w", new double[] {1, -1}).build();
    assertThatThrownBy(() -> GravityModel.ppml("y").weights("w").fit(w))
        .hasMessageStartingWith("row 1: w = -1.0: expected a finite, non-negative weight");
    assertThatThrownBy(() -> GravityModel.ppml("y").regressors("nope").fit(w))
        .hasMessageContaining("no numeric column \"nope\"");
  }

  @Test
  void columnsOfTheWrongLengthAreRefusedNamingBoth() {
    assertThatThrownBy(
            () -> ModelFrame.builder().number("y", new double[] {1, 2, 3}).factor("cluster", List.of("a", "b")).build())
        .hasMessage("column \"cluster\" has 2 rows: expected 3 as column \"y\" has");
    assertThatThrownBy(() -> ModelFrame.builder().number("y", new double[] {1}).number("y", new double[] {2}))
        .hasMessageContaining("already present");
    assertThatThrownBy(() -> ModelFrame.builder().build()).hasMessageContaining("no columns");
    ModelFrame f = ModelFrame.builder().number("y", new double[] {1, 2}).build();
    assertThatThrownBy(() -> f.withFactor(Factor.of("c", List.of("a", "b", "c"))))
        .hasMessageContaining("has 3 rows: expected 2");
  }

  @Test
  void logOfANonPositiveValueNamesTheRow() {
    ModelFrame f = ModelFrame.parseCsv("t.csv", "d\n5\n0\n", List.of("d"), List.of());
    assertThatThrownBy(() -> f.withLog("ld", "d"))
        .hasMessage("t.csv line 3: d = 0.0: expected a positive number to take log(d)");
    ModelFrame ok = ModelFrame.parseCsv("t.csv", "d\n1\n", List.of("d"), List.of()).withLog("ld", "d");
    assertThat(ok.number("ld", 0)).isEqualTo(0.0);
  }

  @Test
  void filtersKeepLinesAndFactors() {
    ModelFrame f = ModelFrame.parseCsv("t.csv", CSV, List.of("DIST"), List.of("exporter", "importer"));
    ModelFrame intl = f.filter(i -> !f.label("exporter", i).equals(f.label("importer", i)));
    assertThat(intl.rows()).isEqualTo(2);
    assertThat(intl.where(1)).isEqualTo("t.csv line 4");
    assertThat(intl.label("exporter", 1)).isEqualTo("BRA");
    ModelFrame far = f.where("DIST", d -> d >= 100);
    assertThat(far.rows()).isEqualTo(2);
    assertThat(far.column("DIST")).containsExactly(100, 2000);
  }

  @Test
  void interactionOfFactorsHasOneLevelPerCombinationThatOccurs() {
    Factor e = Factor.of("exporter", List.of("ARG", "BRA", "ARG", "ARG"));
    Factor t = Factor.of("year", List.of("1986", "1986", "1990", "1986"));
    Factor et = Factor.interact("exporter_year", e, t);
    // (ARG,1986), (BRA,1986), (ARG,1990): 3 levels; rows 0 and 3 share one
    assertThat(et.levelCount()).isEqualTo(3);
    assertThat(et.code(0)).isEqualTo(et.code(3));
    assertThat(et.level(et.code(2))).isEqualTo("ARG×1990");
    assertThat(et.levels()).containsExactly("ARG×1986", "BRA×1986", "ARG×1990");
    assertThat(et.toString()).isEqualTo("Factor[exporter_year: 4 rows, 3 levels]");
    assertThatThrownBy(() -> Factor.interact("x", e, Factor.of("y", List.of("a"))))
        .hasMessageContaining("expected the same length");
    assertThatThrownBy(() -> Factor.ofCodes("f", new int[] {0, 2}, List.of("a", "b")))
        .hasMessage("factor f row 1: code 2: expected 0 to 1");
    assertThatThrownBy(() -> Factor.ofCodes("f", new int[] {0}, List.of("a", "a")))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> Factor.of(" ", List.of())).hasMessageContaining("non-blank");
    assertThat(Factor.ofCodes("f", new int[] {1, 0}, List.of("a", "b")).named("g").level(1)).isEqualTo("b");
  }

  @Test
  void interactionCodesAreEqualExactlyWhenBothParentsAre() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 5)).ofSize(30), lists().of(integers().between(0, 4)).ofSize(30))
        .checkAssert(
            (a, b) -> {
              Factor fa = Factor.of("a", a.stream().map(String::valueOf).toList());
              Factor fb = Factor.of("b", b.stream().map(String::valueOf).toList());
              Factor ab = Factor.interact("ab", fa, fb);
              for (int i = 0; i < 30; i++) {
                for (int j = 0; j < 30; j++) {
                  boolean same = a.get(i).equals(a.get(j)) && b.get(i).equals(b.get(j));
                  assertThat(ab.code(i) == ab.code(j)).isEqualTo(same);
                }
                assertThat(ab.level(ab.code(i))).isEqualTo(a.get(i) + "×" + b.get(i));
              }
            });
  }

  @Test
  void interactionOfManyLevelsNumbersCellsAsTheSmallCase() {
    // 5,000 × 5,000 = 25,000,000 possible cells, above the 2^24 of the dense table: the cells that
    // occur are numbered in order of first appearance all the same
    List<String> levels = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      levels.add("L" + i);
    }
    int[] ac = {4999, 0, 4999, 7, 0};
    int[] bc = {1, 4998, 1, 7, 4998};
    Factor a = Factor.ofCodes("a", ac, levels);
    Factor b = Factor.ofCodes("b", bc, levels);
    Factor ab = Factor.interact("ab", a, b);
    assertThat(ab.levelCount()).isEqualTo(3);
    assertThat(new int[] {ab.code(0), ab.code(1), ab.code(2), ab.code(3), ab.code(4)})
        .containsExactly(0, 1, 0, 2, 1);
    assertThat(ab.levels()).containsExactly("L4999×L1", "L0×L4998", "L7×L7");
  }

  @Test
  void readsSignedNumbersMissingValuesAndQuotedFieldsStraightFromTheBytes(@TempDir Path dir)
      throws IOException {
    Path p = dir.resolve("p.csv");
    Files.writeString(
        p, "y,x,id\n1,-0.693147,A\n\"2\",NA,\"B\"\n3,,A\n4, -1.5e-3 ,B\n5,+2,\" A\"\n");
    ModelFrame f = ModelFrame.readCsv(p, List.of("y", "x"), List.of("id"));
    assertThat(f.column("y")).containsExactly(1, 2, 3, 4, 5);
    // ln(0.5) as written, NA and empty are missing, spaces around a number are ignored
    assertThat(f.column("x")).containsExactly(-0.693147, Double.NaN, Double.NaN, -0.0015, 2.0);
    // a quoted label is the same level as the unquoted one; a label with a space is another
    assertThat(f.factor("id").levels()).containsExactly("A", "B", " A");
    assertThat(f.label("id", 2)).isEqualTo("A");
    assertThat(f.where(3)).isEqualTo("p.csv line 5");
  }

  @Test
  void numbersReadFromAFileAreExactlyParseDoubleOfTheirText() {
    qt().withExamples(300)
        .forAll(lists().of(integers().all()).ofSizeBetween(1, 20), integers().between(-20, 20))
        .checkAssert(
            (ints, scale) -> {
              StringBuilder csv = new StringBuilder("x\n");
              double[] expected = new double[ints.size()];
              for (int i = 0; i < ints.size(); i++) {
                String text = ints.get(i) + "e" + scale;
                csv.append(text).append('\n');
                expected[i] = Double.parseDouble(text);
              }
              ModelFrame f = ModelFrame.parseCsv("q.csv", csv.toString(), List.of("x"), List.of());
              assertThat(f.column("x")).containsExactly(expected);
            });
  }

  @Test
  void invalidUtf8AndStrayQuotesNameTheLine(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("bad.csv");
    byte[] head = "y,id\n1,A\n2,".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = Arrays.copyOf(head, head.length + 2);
    bad[head.length] = (byte) 0xC3; // the first byte of a two-byte sequence, cut by the line end
    bad[head.length + 1] = '\n';
    Files.write(p, bad);
    assertThatThrownBy(() -> ModelFrame.readCsv(p, List.of("y"), List.of("id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv line 3, column 2: invalid UTF-8");
    assertThatThrownBy(() -> ModelFrame.parseCsv("q.csv", "y,id\n1,A\"B\n", List.of("y"), List.of("id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q.csv line 2: stray quote");
    assertThatThrownBy(() -> ModelFrame.parseCsv("q.csv", "y\n1\n1.5.2\n", List.of("y"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q.csv line 3: y = \"1.5.2\": expected a number");
  }

  @Test
  void aGzipFileCutInItsSecondMemberIsAnErrorNotFewerRows(@TempDir Path dir) throws IOException {
    // two members of two rows each; the second is cut 10 bytes in, inside its 10-byte header +
    // deflate data: a lenient gzip reader would return the first member's rows alone
    byte[] first = gzip("y,x,id\n1,2,a\n3,4,b\n");
    byte[] second = gzip("5,6,c\n7,8,d\n");
    Path whole = dir.resolve("whole.csv.gz");
    Files.write(whole, concat(first, second));
    assertThat(ModelFrame.readCsv(whole, List.of("y", "x"), List.of("id")).rows()).isEqualTo(4);
    Path cut = dir.resolve("cut.csv.gz");
    Files.write(cut, concat(first, Arrays.copyOf(second, 10)));
    assertThatThrownBy(() -> ModelFrame.readCsv(cut, List.of("y", "x"), List.of("id")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cut.csv.gz");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
