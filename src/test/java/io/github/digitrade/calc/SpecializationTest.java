package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecializationTest {

  /**
   * Two exporters and three products; ATA exports nothing and nobody exports 0101.
   *
   * <pre>
   *        8517  1511  0101  | X_c
   * CHN      90    10     0  | 100
   * IDN       5    45     0  |  50
   * ATA       0     0     0  |   0
   * X_p      95    55     0  | X_w = 150
   * </pre>
   */
  private static LabeledMatrix exports() {
    return LabeledMatrix.of(
        List.of("CHN", "IDN", "ATA"),
        List.of("8517", "1511", "0101"),
        new double[] {90, 10, 0, 5, 45, 0, 0, 0, 0});
  }

  @Test
  void test_rca_handExample() {
    LabeledMatrix rca = Specialization.rca(exports());
    // CHN 8517: (90/100)/(95/150) = 0.9/0.633333 = 1.421053
    assertThat(rca.get("CHN", "8517")).isCloseTo(1.421053, within(1e-6));
    // CHN 1511: (10/100)/(55/150) = 0.1/0.366667 = 0.272727
    assertThat(rca.get("CHN", "1511")).isCloseTo(0.272727, within(1e-6));
    // IDN 8517: (5/50)/(95/150) = 0.157895
    assertThat(rca.get("IDN", "8517")).isCloseTo(0.157895, within(1e-6));
    // IDN 1511: (45/50)/(55/150) = 2.454545
    assertThat(rca.get("IDN", "1511")).isCloseTo(2.454545, within(1e-6));
    assertThat(rca.rowLabels()).containsExactly("CHN", "IDN");
    assertThat(rca.columnLabels()).containsExactly("8517", "1511");
  }

  @Test
  void test_rca_listsExclusionsWithReasons() {
    assertThat(Specialization.rca(exports()).excluded())
        .containsExactly(
            new Exclusion(
                Exclusion.Axis.ROW, "ATA", "RCA is undefined: total exports of the country X_c = 0"),
            new Exclusion(
                Exclusion.Axis.COLUMN,
                "0101",
                "RCA is undefined: world exports of the product X_p = 0"));
  }

  @Test
  void test_rca_matrixAgreesWithScalarBitForBit() {
    LabeledMatrix rca = Specialization.rca(exports());
    assertThat(rca.get("IDN", "1511")).isEqualTo(Specialization.rca(45, 50, 55, 150));
    assertThat(rca.get("CHN", "8517")).isEqualTo(Specialization.rca(90, 100, 95, 150));
  }

  @Test
  void test_rca_carriesInputExclusions() {
    Exclusion e = new Exclusion(Exclusion.Axis.ROW, "TWN", "not reported");
    LabeledMatrix x =
        LabeledMatrix.of(List.of("A", "B"), List.of("p", "q"), new double[] {1, 1, 1, 3}, List.of(e));
    assertThat(Specialization.rca(x).excluded()).containsExactly(e);
    assertThat(Specialization.presence(Specialization.rca(x)).excluded()).containsExactly(e);
  }

  @Test
  void test_rca_scalarUndefined() {
    assertThatThrownBy(() -> Specialization.rca(0, 0, 5, 10))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("RCA is undefined: total exports of the country X_c = 0");
    assertThatThrownBy(() -> Specialization.rca(0, 5, 0, 10))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("RCA is undefined: world exports of the product X_p = 0");
    assertThatThrownBy(() -> Specialization.rca(0, 5, 5, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("RCA is undefined: world exports X_w = 0");
  }

  @Test
  void test_rca_rejectsBadInput() {
    assertThatThrownBy(() -> Specialization.rca(-1, 5, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("countryProduct = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Specialization.rca(1, Double.NaN, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Specialization.rca(1, 5, Double.POSITIVE_INFINITY, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product = Infinity: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Specialization.rca(1, 5, 5, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("world = -0.5: expected a finite number ≥ 0");
    LabeledMatrix bad = LabeledMatrix.of(List.of("A"), List.of("p"), new double[] {-3});
    assertThatThrownBy(() -> Specialization.rca(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports at (A, p) = -3.0: expected a finite number ≥ 0");
  }

  @Test
  void test_rca_allZeroMatrixExcludesEverything() {
    LabeledMatrix z = LabeledMatrix.of(List.of("A"), List.of("p"), new double[] {0});
    LabeledMatrix rca = Specialization.rca(z);
    assertThat(rca.rowCount()).isZero();
    assertThat(rca.columnCount()).isZero();
    assertThat(rca.excluded()).hasSize(2);
  }

  @Test
  void test_presence_thresholdOneAndOther() {
    LabeledMatrix rca = Specialization.rca(exports());
    LabeledMatrix p = Specialization.presence(rca);
    // CHN: 1.42 ≥ 1, 0.27 < 1; IDN: 0.16 < 1, 2.45 ≥ 1
    assertThat(p.toArray()).containsExactly(1, 0, 0, 1);
    assertThat(p.excluded()).isEqualTo(rca.excluded());
    // threshold 0.2: CHN 1511 (0.27) now counts
    assertThat(Specialization.presence(rca, 0.2).toArray()).containsExactly(1, 1, 0, 1);
    // exactly at the threshold counts as present
    LabeledMatrix one = LabeledMatrix.of(List.of("A"), List.of("p", "q"), new double[] {1.0, 0.999});
    assertThat(Specialization.presence(one).toArray()).containsExactly(1, 0);
  }

  @Test
  void test_presence_rejectsBadThreshold() {
    LabeledMatrix rca = Specialization.rca(exports());
    assertThatThrownBy(() -> Specialization.presence(rca, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Specialization.presence(rca, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold = NaN: expected a finite number ≥ 0");
  }

  @Test
  void test_symmetricRca_handExamples() {
    // (3 − 1)/(3 + 1) = 0.5; (0 − 1)/(0 + 1) = −1; (1 − 1)/(1 + 1) = 0
    assertThat(Specialization.symmetricRca(3)).isEqualTo(0.5);
    assertThat(Specialization.symmetricRca(0)).isEqualTo(-1.0);
    assertThat(Specialization.symmetricRca(1)).isEqualTo(0.0);
    LabeledMatrix rca = Specialization.rca(exports());
    LabeledMatrix s = Specialization.symmetricRca(rca);
    assertThat(s.get("IDN", "1511")).isEqualTo(Specialization.symmetricRca(rca.get("IDN", "1511")));
    assertThat(s.excluded()).isEqualTo(rca.excluded());
    assertThatThrownBy(() -> Specialization.symmetricRca(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rca = -0.1: expected a finite number ≥ 0");
  }

  @Test
  void test_rcaOfCountryAgainstWorld_agreesWithMatrixBitForBit() {
    LabeledVector chn = LabeledVector.of(List.of("8517", "1511"), new double[] {90, 10});
    LabeledVector world =
        LabeledVector.of(List.of("8517", "1511", "0101"), new double[] {95, 55, 0});
    LabeledVector rca = Specialization.rca(chn, world);
    // 8517: (90/100)/(95/150) = 1.421053
    assertThat(rca.get("8517")).isEqualTo(Specialization.rca(exports()).get("CHN", "8517"));
    assertThat(rca.get("1511")).isEqualTo(Specialization.rca(exports()).get("CHN", "1511"));
    assertThat(rca.excluded())
        .containsExactly(
            new Exclusion(
                Exclusion.Axis.ITEM, "0101", "RCA is undefined: world exports of the product X_p = 0"));
    // a product the country does not export has RCA 0
    LabeledVector only = LabeledVector.of(List.of("8517"), new double[] {90});
    assertThat(Specialization.rca(only, world).get("1511")).isEqualTo(0.0);
  }

  @Test
  void test_rcaOfCountryAgainstWorld_badInput() {
    LabeledVector world = LabeledVector.of(List.of("8517"), new double[] {95});
    assertThatThrownBy(
            () -> Specialization.rca(LabeledVector.of(List.of("1511"), new double[] {1}), world))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "world has no value for product 1511: expected the world aggregate to include every"
                + " product of the country");
    assertThatThrownBy(
            () -> Specialization.rca(LabeledVector.of(List.of("8517"), new double[] {96}), world))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "country at 8517 = 96.0 exceeds world = 95.0: expected the world aggregate to include"
                + " the country");
    assertThatThrownBy(
            () -> Specialization.rca(LabeledVector.of(List.of("8517"), new double[] {0}), world))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("RCA is undefined: total exports of the country X_c = 0");
    assertThatThrownBy(
            () -> Specialization.rca(LabeledVector.of(List.of("8517"), new double[] {-1}), world))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country at 8517 = -1.0: expected a finite number ≥ 0");
  }
}
