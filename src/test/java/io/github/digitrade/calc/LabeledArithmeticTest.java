package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabeledArithmeticTest {

  private static final LabeledVector X =
      LabeledVector.of(
          List.of("USA", "CHN", "DEU"),
          new double[] {30, 50, 20},
          List.of(new Exclusion(Exclusion.Axis.ITEM, "ATA", "total exports are zero")));
  private static final LabeledVector GDP =
      LabeledVector.of(List.of("CHN", "DEU", "USA"), new double[] {100, 40, 0});

  @Test
  void sortedTopAndFilterKeepExclusions() {
    assertThat(X.sorted().labels()).containsExactly("CHN", "USA", "DEU");
    assertThat(X.sortedByLabel().labels()).containsExactly("CHN", "DEU", "USA");
    assertThat(X.top(2).toArray()).containsExactly(50, 30);
    assertThat(X.filter(l -> !l.equals("USA")).labels()).containsExactly("CHN", "DEU");
    assertThat(X.filter(l -> false).excluded()).isEqualTo(X.excluded());
  }

  @Test
  void elementWiseOperationsAlignLabels() {
    LabeledVector y = LabeledVector.of(List.of("DEU", "USA", "CHN"), new double[] {2, 3, 5});
    // by label, not by position: USA 30 + 3, CHN 50 + 5, DEU 20 + 2
    assertThat(X.plus(y).asMap()).containsExactly(
        Map.entry("USA", 33.0), Map.entry("CHN", 55.0), Map.entry("DEU", 22.0));
    assertThat(X.minus(y).toArray()).containsExactly(27, 45, 18);
    assertThat(X.times(y).toArray()).containsExactly(90, 250, 40);
    assertThat(X.dividedBy(y).toArray()).containsExactly(10, 10, 10);
    assertThat(X.plus(y).excluded()).isEqualTo(X.excluded());
  }

  @Test
  void aZeroDivisorIsExcludedNotInfinite() {
    // USA's GDP is zero: 30/0 is undefined, so USA is excluded with the reason
    LabeledVector r = X.dividedBy(GDP);
    assertThat(r.asMap()).containsExactly(Map.entry("CHN", 0.5), Map.entry("DEU", 0.5));
    assertThat(r.excluded())
        .contains(new Exclusion(Exclusion.Axis.ITEM, "USA", "the divisor is zero"));
  }

  @Test
  void aMissingLabelIsAnErrorUnlessTheCallerSaysHow() {
    LabeledVector two = LabeledVector.of(List.of("CHN", "USA"), new double[] {1, 2});
    assertThatThrownBy(() -> X.plus(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "plus: label DEU is not in the other vector: expected the same labels on both sides,"
                + " or say how to treat a missing one (MissingLabels.EXCLUDE or ZERO)");
    assertThat(X.plus(two, MissingLabels.ZERO).asMap())
        .containsExactly(Map.entry("USA", 32.0), Map.entry("CHN", 51.0), Map.entry("DEU", 20.0));
    LabeledVector ex = X.plus(two, MissingLabels.EXCLUDE);
    assertThat(ex.labels()).containsExactly("USA", "CHN");
    assertThat(ex.excluded()).extracting(Exclusion::label).containsExactly("ATA", "DEU");
  }

  @Test
  void joinWithAMacroVectorByLabel() {
    LabeledVector pop = LabeledVector.of(List.of("DEU", "CHN", "IND"), new double[] {84, 1410, 1430});
    LabeledMatrix j = X.join("exports", pop, "population");
    assertThat(j.rowLabels()).containsExactly("CHN", "DEU");
    assertThat(j.columnLabels()).containsExactly("exports", "population");
    assertThat(j.get("DEU", "population")).isEqualTo(84);
    assertThat(j.excluded())
        .extracting(Exclusion::label)
        .containsExactlyInAnyOrder("USA", "IND", "ATA");
  }

  @Test
  void matrixOperationsAlignRowsAndColumns() {
    LabeledMatrix a =
        LabeledMatrix.of(List.of("CHN", "IDN"), List.of("1511", "8517"), new double[] {1, 9, 4, 1});
    LabeledMatrix b =
        LabeledMatrix.of(List.of("IDN", "CHN"), List.of("8517", "1511"), new double[] {1, 4, 3, 1});
    // CHN 1511: 1 + 1; CHN 8517: 9 + 3; IDN 1511: 4 + 4; IDN 8517: 1 + 1
    assertThat(a.plus(b).toArray()).containsExactly(2, 12, 8, 2);
    assertThat(a.dividedBy(b).get("CHN", "8517")).isEqualTo(3);
    assertThat(a.sortedBy("1511").rowLabels()).containsExactly("IDN", "CHN");
    assertThat(a.top(1, "8517").rowLabels()).containsExactly("CHN");
    assertThat(a.filterColumns("8517"::equals).toArray()).containsExactly(9, 1);
    assertThat(a.filterRows("IDN"::equals).toArray()).containsExactly(4, 1);
    LabeledMatrix c = LabeledMatrix.of(List.of("CHN"), List.of("1511"), new double[] {0});
    assertThatThrownBy(() -> a.minus(c)).hasMessageStartingWith("minus: row IDN is not in");
    LabeledMatrix q = a.dividedBy(c, MissingLabels.EXCLUDE);
    assertThat(q.rowCount()).isZero();
    assertThat(q.excluded())
        .contains(new Exclusion(Exclusion.Axis.ROW, "CHN", "the divisor is zero at column 1511"));
  }

  @Test
  void csvRoundTripsValuesAndExclusionsExactly() throws IOException {
    LabeledVector v =
        LabeledVector.of(
            List.of("CHN", "a, \"quoted\" label"),
            new double[] {0.1 + 0.2, -1e-300},
            List.of(new Exclusion(Exclusion.Axis.ROW, "ATA", "total exports are zero")));
    StringBuilder s = new StringBuilder();
    v.writeCsv(s);
    assertThat(s.toString())
        .startsWith("label,value,axis,reason\nCHN,0.30000000000000004,,\n\"a, \"\"quoted\"\" label\"");
    assertThat(LabeledVector.parseCsv("v.csv", s.toString())).isEqualTo(v);
    LabeledMatrix m =
        LabeledMatrix.of(
            List.of("CHN", "IDN"),
            List.of("1511", "8517"),
            new double[] {1, 9, 4, 1},
            List.of(new Exclusion(Exclusion.Axis.COLUMN, "0101", "no exporter")));
    StringBuilder ms = new StringBuilder();
    m.writeCsv(ms);
    assertThat(LabeledMatrix.parseCsv("m.csv", ms.toString())).isEqualTo(m);
    VectorSeries vs = VectorSeries.of(Map.of("2022", v));
    StringBuilder vss = new StringBuilder();
    vs.writeCsv(vss);
    assertThat(VectorSeries.parseCsv("s.csv", vss.toString())).isEqualTo(vs);
    MatrixSeries mx = MatrixSeries.of(Map.of("2023", m));
    StringBuilder mxs = new StringBuilder();
    mx.writeCsv(mxs);
    assertThat(MatrixSeries.parseCsv("s.csv", mxs.toString())).isEqualTo(mx);
  }

  @Test
  void badCsvNamesTheLine() {
    assertThatThrownBy(() -> LabeledVector.parseCsv("v.csv", "label,value,axis,reason\nCHN,x,,\n"))
        .hasMessageContaining("v.csv line 2")
        .hasMessageContaining("a finite decimal number");
    assertThatThrownBy(() -> LabeledVector.parseCsv("v.csv", "a,b\n1,2\n"))
        .hasMessage("v.csv line 1: header a,b: expected label,value,axis,reason");
    assertThatThrownBy(
            () -> LabeledMatrix.parseCsv("m.csv", "row,column,value,axis,reason\nA,x,1,,\nB,y,2,,\n"))
        .hasMessageContaining("no value for (A, y)");
  }

  @Test
  void hhiNormalisedOverAllLinesCountsTheZeroLines() {
    // {50, 30, 20, 0}: HHI = 0.25 + 0.09 + 0.04 = 0.38
    // positive lines n = 3: (0.38 − 1/3)/(2/3) = 0.07; all lines n = 4: (0.38 − 0.25)/0.75
    double[] x = {50, 30, 20, 0};
    assertThat(Concentration.normalisedHhi(x, HhiConvention.POSITIVE_LINES))
        .isCloseTo(0.07, within(1e-15))
        .isEqualTo(Concentration.normalisedHhi(x));
    assertThat(Concentration.normalisedHhi(x, HhiConvention.ALL_LINES))
        .isCloseTo(0.13 / 0.75, within(1e-15));
    assertThatThrownBy(() -> Concentration.normalisedHhi(new double[] {5}, HhiConvention.ALL_LINES))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("normalised HHI is undefined: n = 1 line (1 − 1/n = 0)");
    LabeledMatrix m =
        LabeledMatrix.of(List.of("CHN", "IDN"), List.of("a", "b"), new double[] {1, 0, 1, 1});
    // CHN {1, 0}: all lines n = 2 gives (1 − 0.5)/0.5 = 1; positive lines n = 1 is undefined
    assertThat(Concentration.normalisedHhiByRow(m, HhiConvention.ALL_LINES).get("CHN")).isEqualTo(1);
    assertThat(Concentration.normalisedHhiByRow(m, HhiConvention.POSITIVE_LINES).excluded())
        .extracting(Exclusion::label)
        .containsExactly("CHN");
  }
}
