package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SumsTest {

  @Test
  void test_sum_emptyIsZero() {
    assertThat(Sums.sum(new double[0])).isZero();
  }

  @Test
  void test_sum_smallWholeNumbers() {
    // 1690 + 1920 + 2100 = 5710
    assertThat(Sums.sum(new double[] {1690, 1920, 2100})).isEqualTo(5710.0);
  }

  @Test
  void test_sum_recoversTermLostByPlainLoop() {
    // 1e100 + 1 - 1e100: a plain loop loses the 1 in the first addition; the compensation keeps it
    double[] xs = {1e100, 1.0, -1e100};
    double plain = 0;
    for (double x : xs) {
      plain += x;
    }
    assertThat(plain).isZero();
    assertThat(Sums.sum(xs)).isEqualTo(1.0);
  }

  @Test
  void test_sum_tenthsAddUpExactly() {
    // ten times 0.1: a plain loop gives 0.9999999999999999, the compensated sum rounds to 1.0
    double[] xs = new double[10];
    java.util.Arrays.fill(xs, 0.1);
    assertThat(Sums.sum(xs)).isEqualTo(1.0);
  }

  @Test
  void test_sum_range() {
    assertThat(Sums.sum(new double[] {5, 1, 2, 9}, 1, 3)).isEqualTo(3.0);
  }

  @Test
  void test_sum_rejectsNaNWithIndex() {
    assertThatThrownBy(() -> Sums.sum(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1] = NaN: expected a finite number");
  }

  @Test
  void test_sum_rejectsInfinity() {
    assertThatThrownBy(() -> Sums.sum(new double[] {Double.NEGATIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[0] = -Infinity: expected a finite number");
  }

  @Test
  void test_sum_rejectsRangeOutsideArray() {
    assertThatThrownBy(() -> Sums.sum(new double[2], 1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void test_additionError_isWhatTheAdditionLost() {
    // 1e16 + 1 rounds to 1e16 (doubles are 2 apart there): the error is the lost 1
    assertThat(Sums.additionError(1e16, 1.0, 1e16 + 1.0)).isEqualTo(1.0);
    // 0.1 + 0.2 rounds up to 0.30000000000000004, 2^-55 above the exact sum of the two doubles
    assertThat(Sums.additionError(0.1, 0.2, 0.1 + 0.2)).isEqualTo(-0x1.0p-55);
    // exact additions lose nothing
    assertThat(Sums.additionError(1.5, 2.25, 3.75)).isZero();
  }
}
