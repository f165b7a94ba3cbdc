package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

  private static final double[] X = {50, 30, 20};

  private static LabeledMatrix panel() {
    return LabeledMatrix.of(
        List.of("CHN", "ATA", "IDN", "MNG"),
        List.of("8517", "1511", "2701"),
        new double[] {
          50, 30, 20, // CHN
          0, 0, 0, // ATA: no exports
          1, 7, 3, // IDN
          0, 0, 9 // MNG: one product only
        });
  }

  @Test
  void test_hhi_handExample() {
    // shares 0.5, 0.3, 0.2: 0.25 + 0.09 + 0.04 = 0.38
    assertThat(Concentration.hhi(X)).isCloseTo(0.38, within(1e-15));
  }

  @Test
  void test_hhi_oneItemIsOneAndEqualItemsAreOneOverN() {
    assertThat(Concentration.hhi(new double[] {0, 7, 0})).isEqualTo(1.0);
    // four equal values: 4 × 0.25² = 0.25
    assertThat(Concentration.hhi(new double[] {3, 3, 3, 3})).isEqualTo(0.25);
  }

  @Test
  void test_hhiByRow_excludesZeroRowsAndAgreesWithScalarBitForBit() {
    LabeledMatrix m = panel();
    LabeledVector h = Concentration.hhiByRow(m);
    assertThat(h.labels()).containsExactly("CHN", "IDN", "MNG");
    for (String c : h.labels()) {
      assertThat(h.get(c)).isEqualTo(Concentration.hhi(m.row(c).toArray()));
    }
    assertThat(h.get("MNG")).isEqualTo(1.0);
    assertThat(h.excluded())
        .containsExactly(
            new Exclusion(
                Exclusion.Axis.ROW, "ATA", "HHI is undefined: total of values = 0"));
  }

  @Test
  void test_hhi_rejectsNegativeNaNEmpty() {
    assertThatThrownBy(() -> Concentration.hhi(new double[] {1, -2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] = -2.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Concentration.hhi(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0] = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Concentration.hhi(new double[] {1, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] = Infinity: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Concentration.hhi(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values is empty: expected at least one value");
  }

  @Test
  void test_hhi_allZeroIsUndefined() {
    assertThatThrownBy(() -> Concentration.hhi(new double[] {0, 0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("HHI is undefined: total of values = 0");
  }

  @Test
  void test_hhiByRow_rejectsNegativeCellNamingIt() {
    LabeledMatrix m = LabeledMatrix.of(List.of("CHN"), List.of("8517", "1511"), new double[] {1, -1});
    assertThatThrownBy(() -> Concentration.hhiByRow(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values at (CHN, 1511) = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_normalisedHhi_handExample() {
    // (0.38 − 1/3)/(1 − 1/3) = 0.04667/0.66667 = 0.07
    assertThat(Concentration.normalisedHhi(X)).isCloseTo(0.07, within(1e-15));
    // zeros do not count in n: {50, 30, 20, 0} gives the same
    assertThat(Concentration.normalisedHhi(new double[] {50, 30, 20, 0}))
        .isEqualTo(Concentration.normalisedHhi(X));
    assertThat(Concentration.normalisedHhi(new double[] {2, 2})).isEqualTo(0.0);
  }

  @Test
  void test_normalisedHhi_singlePositiveIsUndefinedAndExcludedByRow() {
    assertThatThrownBy(() -> Concentration.normalisedHhi(new double[] {0, 9}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("normalised HHI is undefined: only n = 1 value is positive (1 − 1/n = 0)");
    LabeledVector v = Concentration.normalisedHhiByRow(panel());
    assertThat(v.labels()).containsExactly("CHN", "IDN");
    assertThat(v.get("CHN")).isEqualTo(Concentration.normalisedHhi(X));
    assertThat(v.excluded()).extracting(Exclusion::label).containsExactly("ATA", "MNG");
    assertThat(v.excluded().get(1).reason())
        .isEqualTo("normalised HHI is undefined: only n = 1 value is positive (1 − 1/n = 0)");
  }

  @Test
  void test_unctadConcentration_handExample() {
    // n = 4 lines: (√0.38 − √0.25)/(1 − √0.25) = (0.616441 − 0.5)/0.5 = 0.232883
    assertThat(Concentration.unctadConcentration(X, 4)).isCloseTo(0.232883, within(1e-6));
    // one line with everything out of n: (1 − √(1/n))/(1 − √(1/n)) = 1
    assertThat(Concentration.unctadConcentration(new double[] {5}, 261)).isCloseTo(1.0, within(1e-15));
    // equal values over all n lines: 0
    assertThat(Concentration.unctadConcentration(new double[] {1, 1, 1, 1}, 4)).isEqualTo(0.0);
  }

  @Test
  void test_unctadConcentration_badLines() {
    assertThatThrownBy(() -> Concentration.unctadConcentration(X, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("productLines = 2: expected at least the number of values, 3");
    assertThatThrownBy(() -> Concentration.unctadConcentration(new double[] {4}, 1))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("UNCTAD concentration index is undefined: productLines n = 1 (1 − √(1/n) = 0)");
  }

  @Test
  void test_concentrationRatio_handExample() {
    // sorted shares 0.5, 0.3, 0.2: CR1 = 0.5, CR2 = 0.8, CR3 = 1
    assertThat(Concentration.concentrationRatio(X, 1)).isEqualTo(0.5);
    assertThat(Concentration.concentrationRatio(new double[] {20, 30, 50}, 2)).isEqualTo(0.8);
    assertThat(Concentration.concentrationRatio(X, 3)).isEqualTo(1.0);
    assertThat(Concentration.concentrationRatio(X, 10)).isEqualTo(1.0);
  }

  @Test
  void test_concentrationRatio_badK() {
    assertThatThrownBy(() -> Concentration.concentrationRatio(X, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k = 0: expected an integer ≥ 1");
    assertThatThrownBy(() -> Concentration.concentrationRatioByRow(panel(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k = -1: expected an integer ≥ 1");
    assertThatThrownBy(() -> Concentration.concentrationRatio(new double[2], 1))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("CR_k is undefined: total of values = 0");
  }

  @Test
  void test_theil_bothConventions() {
    // {3, 1, 0}: shares 0.75, 0.25, 0
    // all lines, n = 3: 0.75·ln(2.25) + 0.25·ln(0.75) = 0.608198 − 0.071921 = 0.536277
    assertThat(Concentration.theil(new double[] {3, 1, 0}, TheilConvention.ALL_LINES))
        .isCloseTo(0.536277, within(1e-6));
    assertThat(Concentration.theil(new double[] {3, 1, 0}))
        .isEqualTo(Concentration.theil(new double[] {3, 1, 0}, TheilConvention.ALL_LINES));
    // positive lines, n = 2: 0.75·ln(1.5) + 0.25·ln(0.5) = 0.304099 − 0.173287 = 0.130812
    assertThat(Concentration.theil(new double[] {3, 1, 0}, TheilConvention.POSITIVE_LINES))
        .isCloseTo(0.130812, within(1e-6));
    // one line out of n with everything: ln n
    assertThat(Concentration.theil(new double[] {0, 0, 5, 0})).isCloseTo(Math.log(4), within(1e-15));
    assertThat(Concentration.theil(new double[] {7, 7, 7})).isEqualTo(0.0);
  }

  @Test
  void test_theil_undefinedAndByRow() {
    assertThatThrownBy(() -> Concentration.theil(new double[] {0}, TheilConvention.POSITIVE_LINES))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("Theil index is undefined: total of values = 0");
    LabeledVector t = Concentration.theilByRow(panel(), TheilConvention.POSITIVE_LINES);
    assertThat(t.get("IDN"))
        .isEqualTo(Concentration.theil(new double[] {1, 7, 3}, TheilConvention.POSITIVE_LINES));
    assertThat(t.get("MNG")).isEqualTo(0.0);
    assertThat(Concentration.theilByRow(panel(), TheilConvention.ALL_LINES).get("MNG"))
        .isCloseTo(Math.log(3), within(1e-15));
  }

  @Test
  void test_entropy_handExample() {
    // −(0.5 ln 0.5 + 0.3 ln 0.3 + 0.2 ln 0.2) = 0.346574 + 0.361192 + 0.321888 = 1.029653
    assertThat(Concentration.entropy(X)).isCloseTo(1.029653, within(1e-6));
    assertThat(Concentration.entropy(new double[] {0, 4})).isEqualTo(0.0);
    assertThat(Concentration.entropy(new double[] {1, 1})).isCloseTo(Math.log(2), within(1e-15));
    LabeledVector e = Concentration.entropyByRow(panel());
    assertThat(e.get("CHN")).isEqualTo(Concentration.entropy(X));
    assertThat(e.excluded()).extracting(Exclusion::label).containsExactly("ATA");
    assertThatThrownBy(() -> Concentration.entropy(new double[] {0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("entropy is undefined: total of values = 0");
  }

  @Test
  void test_concentrationRatioByRow_agreesWithScalar() {
    LabeledVector cr = Concentration.concentrationRatioByRow(panel(), 2);
    assertThat(cr.get("IDN")).isEqualTo(Concentration.concentrationRatio(new double[] {1, 7, 3}, 2));
    // IDN: (7 + 3)/11
    assertThat(cr.get("IDN")).isCloseTo(10.0 / 11, within(1e-15));
  }

  @Test
  void test_unctadDiversification_handExample() {
    // (|0.8 − 0.5| + |0.2 − 0.5|)/2 = 0.3
    assertThat(Concentration.unctadDiversification(new double[] {80, 20}, new double[] {50, 50}))
        .isCloseTo(0.3, within(1e-15));
    assertThat(Concentration.unctadDiversification(new double[] {1, 2}, new double[] {10, 20}))
        .isCloseTo(0.0, within(1e-16));
    assertThatThrownBy(
            () -> Concentration.unctadDiversification(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country has 2 values and world has 1: expected the same length");
    assertThatThrownBy(
            () -> Concentration.unctadDiversification(new double[] {1}, new double[] {0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("UNCTAD diversification index is undefined: total of world = 0");
  }

  @Test
  void hhiIsTheCompensatedSumOfTheSquaredSharesBitForBit() {
    // the formula spelt out with arrays: shares v/Σv, their squares, and Sums.sum of those
    qt().withExamples(2000)
        .forAll(
            lists()
                .of(doubles().between(0, 1e6).mix(doubles().between(0, 1e-9), 20).mix(
                    doubles().between(1e14, 1e17), 10))
                .ofSizeBetween(1, 40))
        .assuming(list -> list.stream().anyMatch(x -> x > 0))
        .checkAssert(
            list -> {
              double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
              double total = Sums.sum(v);
              double[] squares = new double[v.length];
              for (int i = 0; i < v.length; i++) {
                squares[i] = (v[i] / total) * (v[i] / total);
              }
              assertThat(Double.doubleToRawLongBits(Concentration.hhi(v)))
                  .isEqualTo(Double.doubleToRawLongBits(Sums.sum(squares)));
              LabeledMatrix m =
                  LabeledMatrix.of(List.of("A", "B"), labels(v.length), twice(v));
              LabeledVector h = Concentration.hhiByRow(m);
              assertThat(h.toArray()).containsExactly(Sums.sum(squares), Sums.sum(squares));
            });
  }

  private static List<String> labels(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
  }

  private static double[] twice(double[] v) {
    double[] out = new double[2 * v.length];
    System.arraycopy(v, 0, out, 0, v.length);
    System.arraycopy(v, 0, out, v.length, v.length);
    return out;
  }
}
