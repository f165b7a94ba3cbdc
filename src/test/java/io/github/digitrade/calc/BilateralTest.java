package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BilateralTest {

  @Test
  void test_tradeIntensity_bothConventions() {
    // (20/100)/(50/1000) = 0.2/0.05 = 4
    assertThat(Bilateral.tradeIntensity(20, 100, 50, 1000)).isCloseTo(4.0, within(1e-15));
    assertThat(Bilateral.tradeIntensity(20, 100, 50, 1000, 80, WorldImports.INCLUDING_REPORTER))
        .isEqualTo(Bilateral.tradeIntensity(20, 100, 50, 1000));
    // excluding the reporter's imports 80: 0.2/(50/920) = 3.68
    assertThat(Bilateral.tradeIntensity(20, 100, 50, 1000, 80, WorldImports.EXCLUDING_REPORTER))
        .isCloseTo(3.68, within(1e-12));
  }

  @Test
  void test_tradeIntensity_undefinedAndBad() {
    assertThatThrownBy(() -> Bilateral.tradeIntensity(0, 0, 50, 1000))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("trade intensity is undefined: total exports of the reporter X_i = 0");
    assertThatThrownBy(() -> Bilateral.tradeIntensity(0, 10, 0, 1000))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("trade intensity is undefined: total imports of the partner M_j = 0");
    assertThatThrownBy(() -> Bilateral.tradeIntensity(0, 10, 5, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("trade intensity is undefined: world imports M_w = 0");
    assertThatThrownBy(
            () -> Bilateral.tradeIntensity(1, 10, 5, 100, 100, WorldImports.EXCLUDING_REPORTER))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "trade intensity is undefined: world imports excluding the reporter M_w − M_i = 0");
    assertThatThrownBy(
            () -> Bilateral.tradeIntensity(1, 10, 5, 100, 101, WorldImports.INCLUDING_REPORTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporterImports = 101.0: expected a number ≤ worldImports = 100.0");
    assertThatThrownBy(() -> Bilateral.tradeIntensity(-1, 10, 5, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exportsToPartner = -1.0: expected a finite number ≥ 0");
  }

  /**
   * Exports (reporters × partners) and total imports of every economy.
   *
   * <pre>
   *        USA   JPN   ATA  | X_i
   * CHN     30    10     0  |  40
   * KOR      5    15     0  |  20
   * PRK      0     0     0  |   0
   * imports: USA 300, JPN 100, ATA 0, CHN 150, KOR 50 → M_w = 600
   * </pre>
   */
  private static LabeledMatrix exports() {
    return LabeledMatrix.of(
        List.of("CHN", "KOR", "PRK"),
        List.of("USA", "JPN", "ATA"),
        new double[] {30, 10, 0, 5, 15, 0, 0, 0, 0});
  }

  private static LabeledVector imports() {
    return LabeledVector.of(
        List.of("USA", "JPN", "ATA", "CHN", "KOR"), new double[] {300, 100, 0, 150, 50});
  }

  @Test
  void test_tradeIntensityMatrix_handExampleAndExclusions() {
    LabeledMatrix t = Bilateral.tradeIntensity(exports(), imports());
    // CHN→USA: (30/40)/(300/600) = 0.75/0.5 = 1.5; CHN→JPN: (10/40)/(100/600) = 0.25/0.1667 = 1.5
    assertThat(t.get("CHN", "USA")).isCloseTo(1.5, within(1e-15));
    assertThat(t.get("CHN", "JPN")).isCloseTo(1.5, within(1e-12));
    // KOR→JPN: (15/20)/(100/600) = 4.5
    assertThat(t.get("KOR", "JPN")).isCloseTo(4.5, within(1e-12));
    assertThat(t.get("KOR", "JPN")).isEqualTo(Bilateral.tradeIntensity(15, 20, 100, 600));
    assertThat(t.excluded())
        .containsExactly(
            new Exclusion(
                Exclusion.Axis.COLUMN,
                "ATA",
                "trade intensity is undefined: total imports of the partner M_j = 0"),
            new Exclusion(
                Exclusion.Axis.ROW,
                "PRK",
                "trade intensity is undefined: total exports of the reporter X_i = 0"));
  }

  @Test
  void test_tradeIntensityMatrix_excludingReporter() {
    LabeledMatrix x =
        LabeledMatrix.of(List.of("CHN", "KOR"), List.of("USA", "JPN"), new double[] {30, 10, 5, 15});
    LabeledMatrix t = Bilateral.tradeIntensity(x, imports(), WorldImports.EXCLUDING_REPORTER);
    // CHN→USA: 0.75/(300/(600 − 150)) = 0.75/0.6667 = 1.125
    assertThat(t.get("CHN", "USA")).isCloseTo(1.125, within(1e-12));
    assertThat(t.get("CHN", "USA"))
        .isEqualTo(
            Bilateral.tradeIntensity(30, 40, 300, 600, 150, WorldImports.EXCLUDING_REPORTER));
    LabeledMatrix alone =
        LabeledMatrix.of(List.of("USA"), List.of("JPN"), new double[] {5});
    LabeledVector onlyUsa = LabeledVector.of(List.of("USA", "JPN"), new double[] {300, 0});
    assertThat(Bilateral.tradeIntensity(alone, onlyUsa, WorldImports.EXCLUDING_REPORTER).excluded())
        .extracting(Exclusion::toString)
        .containsExactly(
            "COLUMN JPN: trade intensity is undefined: total imports of the partner M_j = 0",
            "ROW USA: trade intensity is undefined: world imports excluding the reporter"
                + " M_w − M_i = 0");
  }

  @Test
  void test_tradeIntensityMatrix_missingImports() {
    LabeledVector partial = LabeledVector.of(List.of("USA", "JPN", "ATA"), new double[] {1, 1, 1});
    assertThatThrownBy(
            () -> Bilateral.tradeIntensity(exports(), partial, WorldImports.EXCLUDING_REPORTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports has no value for reporter CHN: expected total imports of every reporter");
    LabeledVector noJapan = LabeledVector.of(List.of("USA"), new double[] {1});
    assertThatThrownBy(() -> Bilateral.tradeIntensity(exports(), noJapan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports has no value for partner JPN: expected total imports of every partner");
    LabeledVector negative = LabeledVector.of(List.of("USA"), new double[] {-1});
    assertThatThrownBy(() -> Bilateral.tradeIntensity(exports(), negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports at USA = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_complementarity_handExample() {
    // x = {0.6, 0.4}, m = {0.3, 0.7}: 100·(1 − (0.3 + 0.3)/2) = 70
    assertThat(Bilateral.complementarity(new double[] {60, 40}, new double[] {30, 70}))
        .isCloseTo(70.0, within(1e-12));
    // no common product: 0; identical structure: 100
    assertThat(Bilateral.complementarity(new double[] {1, 0}, new double[] {0, 1})).isEqualTo(0.0);
    assertThat(Bilateral.complementarity(new double[] {1, 3}, new double[] {2, 6}))
        .isCloseTo(100.0, within(1e-12));
    assertThatThrownBy(() -> Bilateral.complementarity(new double[] {1, 3}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exportsOfI has 2 values and importsOfJ has 1: expected the same length");
    assertThatThrownBy(() -> Bilateral.complementarity(new double[] {1, 3}, new double[] {0, 0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("trade complementarity index is undefined: total of importsOfJ = 0");
  }

  @Test
  void test_complementarity_labelledPairAlignsProducts() {
    LabeledVector x = LabeledVector.of(List.of("8517", "1511"), new double[] {60, 40});
    LabeledVector m = LabeledVector.of(List.of("1511", "8517", "2701"), new double[] {50, 30, 20});
    // aligned over 8517, 1511, 2701: x = {60, 40, 0}, m = {30, 50, 20}
    assertThat(Bilateral.complementarity(x, m))
        .isEqualTo(Bilateral.complementarity(new double[] {60, 40, 0}, new double[] {30, 50, 20}));
    // shares x {0.6, 0.4, 0}, m {0.3, 0.5, 0.2}: 100·(1 − (0.3 + 0.1 + 0.2)/2) = 70
    assertThat(Bilateral.complementarity(x, m)).isCloseTo(70.0, within(1e-12));
  }

  @Test
  void test_exportSimilarity_handExampleAndMatrix() {
    // 100·(min(0.6, 0.3) + min(0.4, 0.7)) = 100·0.7 = 70
    assertThat(Bilateral.exportSimilarity(new double[] {60, 40}, new double[] {30, 70}))
        .isCloseTo(70.0, within(1e-12));
    LabeledMatrix x =
        LabeledMatrix.of(
            List.of("CHN", "VNM", "ATA"), List.of("8517", "6110"), new double[] {60, 40, 30, 70, 0, 0});
    LabeledMatrix s = Bilateral.exportSimilarity(x);
    assertThat(s.rowLabels()).containsExactly("CHN", "VNM");
    assertThat(s.columnLabels()).containsExactly("CHN", "VNM");
    assertThat(s.get("CHN", "VNM"))
        .isEqualTo(s.get("VNM", "CHN"))
        .isEqualTo(Bilateral.exportSimilarity(new double[] {60, 40}, new double[] {30, 70}));
    assertThat(s.get("CHN", "CHN")).isCloseTo(100.0, within(1e-12));
    assertThat(s.excluded())
        .extracting(Exclusion::toString)
        .containsExactly(
            "ROW ATA: export similarity index is undefined: total exports = 0",
            "COLUMN ATA: export similarity index is undefined: total exports = 0");
    assertThatThrownBy(() -> Bilateral.exportSimilarity(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a has 1 values and b has 2: expected the same length");
  }

  @Test
  void test_mirrorAsymmetry_handExample() {
    // (95 − 105)/((95 + 105)/2) = −10/100 = −0.1
    assertThat(Bilateral.mirrorAsymmetry(95, 105)).isEqualTo(-0.1);
    assertThat(Bilateral.mirrorAsymmetry(10, 0)).isEqualTo(2.0);
    // sums that overflow are halved first: (MAX − MAX/2)/(0.75·MAX) = 2/3
    assertThat(Bilateral.mirrorAsymmetry(Double.MAX_VALUE, Double.MAX_VALUE / 2))
        .isCloseTo(2.0 / 3, within(1e-15));
    assertThatThrownBy(() -> Bilateral.mirrorAsymmetry(0, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("mirror asymmetry is undefined: both reported values X_ij and M_ji = 0");
    assertThatThrownBy(() -> Bilateral.mirrorAsymmetry(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mirrorImports = -1.0: expected a finite number ≥ 0");
  }
}
