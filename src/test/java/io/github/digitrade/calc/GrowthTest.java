package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrowthTest {

  @Test
  void test_yoy_handExample() {
    // (1920 − 1690)/1690 = 230/1690 = 0.136095
    assertThat(Growth.yoy(1690, 1920)).isCloseTo(0.136095, within(1e-6));
    assertThat(Growth.yoy(4, 0)).isEqualTo(-1.0);
    // series 100 → 110 → 99: +10%, −10%
    assertThat(Growth.yoy(new double[] {100, 110, 99})).containsExactly(0.1, -0.1);
  }

  @Test
  void test_yoy_zeroBaseIsUndefined() {
    assertThatThrownBy(() -> Growth.yoy(0, 5))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("year-on-year growth is undefined: previous value V(t−1) = 0");
    assertThatThrownBy(() -> Growth.yoy(new double[] {3, 0, 4}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("year-on-year growth is undefined: previous value series[1] = 0");
    assertThatThrownBy(() -> Growth.yoy(new double[] {3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series has 1 value: expected at least 2");
    assertThatThrownBy(() -> Growth.yoy(new double[] {3, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series[1] = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_cagr_nearlyTenTimesInFiveYears() {
    // "grew nearly 10 times in five years": 10^(1/5) − 1 = 1.584893 − 1 = 0.584893 ≈ 58.5%
    assertThat(Growth.cagr(1, 10, 5)).isCloseTo(0.585, within(0.0005));
    assertThat(Growth.cagr(1, 10, 5)).isCloseTo(0.584893, within(1e-6));
    // 100 → 121 over 2 years: √1.21 − 1 = 0.1
    assertThat(Growth.cagr(100, 121, 2)).isCloseTo(0.1, within(1e-15));
    // end 0 gives −1
    assertThat(Growth.cagr(100, 0, 3)).isEqualTo(-1.0);
  }

  @Test
  void test_cagr_badAndUndefined() {
    assertThatThrownBy(() -> Growth.cagr(0, 10, 5))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("CAGR is undefined: start value V0 = 0");
    assertThatThrownBy(() -> Growth.cagr(1, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods = 0.0: expected a finite number > 0");
    assertThatThrownBy(() -> Growth.cagr(1, 10, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods = Infinity: expected a finite number > 0");
    assertThatThrownBy(() -> Growth.cagr(-1, 10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Growth.cagr(1, Double.NaN, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end = NaN: expected a finite number ≥ 0");
  }

  @Test
  void test_leastSquares_handExamples() {
    // 100, 110, 121: ln V rises by ln 1.1 each period, so b = ln 1.1 and exp(b) − 1 = 0.1
    assertThat(Growth.leastSquares(new double[] {100, 110, 121})).isCloseTo(0.1, within(1e-14));
    // 2 points: same as CAGR over 1 period: 50 → 60 = 0.2
    assertThat(Growth.leastSquares(new double[] {50, 60})).isCloseTo(0.2, within(1e-14));
    // 1, 4, 2: ln = 0, 1.386294, 0.693147; t − t̄ = −1, 0, 1; b = (0.693147 − 0)/2 = 0.346574;
    // exp(b) − 1 = √2 − 1 = 0.414214
    assertThat(Growth.leastSquares(new double[] {1, 4, 2})).isCloseTo(Math.sqrt(2) - 1, within(1e-14));
  }

  @Test
  void test_leastSquares_zeroIsUndefined() {
    assertThatThrownBy(() -> Growth.leastSquares(new double[] {5, 0, 3}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("least-squares growth is undefined: series[1] = 0 and ln 0 is undefined");
    assertThatThrownBy(() -> Growth.leastSquares(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series has 0 values: expected at least 2");
  }

  @Test
  void test_multiple_andDoublingTime() {
    // 1690 → 16900 is a multiple of 10
    assertThat(Growth.multiple(1690, 16900)).isEqualTo(10.0);
    assertThatThrownBy(() -> Growth.multiple(0, 1))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("growth multiple is undefined: start value V0 = 0");
    // ln 2 / ln 1.07 = 0.693147/0.067659 = 10.2448 years
    assertThat(Growth.doublingTime(0.07)).isCloseTo(10.2448, within(1e-4));
    // 100% growth doubles in exactly one period
    assertThat(Growth.doublingTime(1.0)).isEqualTo(1.0);
  }

  @Test
  void test_doublingTime_badAndUndefined() {
    assertThatThrownBy(() -> Growth.doublingTime(0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "doubling time is undefined: growth rate g = 0 ≤ 0, so ln(1 + g) ≤ 0 and the value"
                + " never doubles");
    assertThatThrownBy(() -> Growth.doublingTime(-0.05))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "doubling time is undefined: growth rate g = -0.05 ≤ 0, so ln(1 + g) ≤ 0 and the value"
                + " never doubles");
    assertThatThrownBy(() -> Growth.doublingTime(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate = -1.0: expected a growth rate > −1");
    assertThatThrownBy(() -> Growth.doublingTime(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate = NaN: expected a finite number");
  }

  @Test
  void test_contributions_handExample() {
    // {60, 40} → {75, 35}: +15/100 and −5/100; total growth (110 − 100)/100 = 0.10
    double[] c = Growth.contributions(new double[] {60, 40}, new double[] {75, 35});
    assertThat(c).containsExactly(0.15, -0.05);
    assertThatThrownBy(() -> Growth.contributions(new double[] {0, 0}, new double[] {1, 1}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("contribution to growth is undefined: previous total V(t−1) = 0");
    assertThatThrownBy(() -> Growth.contributions(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("previous has 1 values and current has 2: expected the same length");
    assertThatThrownBy(() -> Growth.contributions(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("previous is empty: expected at least one value");
    assertThatThrownBy(() -> Growth.contributions(new double[] {1}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current[0] = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_percentagePoints_ddsShare() {
    // 30.6% → 44.5%: 100·(0.445 − 0.306) = +13.9 pp
    assertThat(Growth.percentagePoints(0.306, 0.445)).isCloseTo(13.9, within(1e-12));
    assertThat(Growth.percentagePoints(0.445, 0.306)).isCloseTo(-13.9, within(1e-12));
    assertThatThrownBy(() -> Growth.percentagePoints(30.6, 44.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("before = 30.6: expected a share from 0 to 1 (a fraction, not a percentage)");
    assertThatThrownBy(() -> Growth.percentagePoints(0.3, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after = -0.1: expected a share from 0 to 1 (a fraction, not a percentage)");
    assertThat(Growth.percentagePoints(0, 1)).isEqualTo(100.0);
  }

  @Test
  void test_rebase_handExample() {
    // {80, 100, 120} on period 0 = 100: 100, 125, 150
    assertThat(Growth.rebase(new double[] {80, 100, 120}, 0, IndexBase.HUNDRED))
        .containsExactly(100, 125, 150);
    // on period 1 = 1: 0.8, 1, 1.2
    assertThat(Growth.rebase(new double[] {80, 100, 120}, 1, IndexBase.ONE))
        .containsExactly(0.8, 1, 1.2);
    assertThat(Growth.rebase(new double[] {3, 7}, 1, IndexBase.HUNDRED)[1]).isEqualTo(100.0);
  }

  @Test
  void test_rebase_badBase() {
    assertThatThrownBy(() -> Growth.rebase(new double[] {1, 2}, 2, IndexBase.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("basePeriod = 2: expected a position from 0 to 1");
    assertThatThrownBy(() -> Growth.rebase(new double[] {1, 2}, -1, IndexBase.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("basePeriod = -1: expected a position from 0 to 1");
    assertThatThrownBy(() -> Growth.rebase(new double[] {0, 2}, 0, IndexBase.HUNDRED))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("index is undefined: base-period value series[0] = 0");
  }
}
