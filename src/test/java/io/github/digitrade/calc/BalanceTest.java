package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceTest {

  @Test
  void test_balance_surplusAndDeficit() {
    // 120 − 80 = 40 (surplus); 80 − 120 = −40 (deficit)
    assertThat(Balance.balance(120, 80)).isEqualTo(40.0);
    assertThat(Balance.balance(80, 120)).isEqualTo(-40.0);
  }

  @Test
  void test_balance_exactMoney() {
    // 3362.3 − 2689.7 = 672.6 exactly (0.1-steps that double arithmetic would blur)
    assertThat(Balance.balance(new BigDecimal("3362.3"), new BigDecimal("2689.7")))
        .isEqualTo(new BigDecimal("672.6"));
    assertThat(Balance.balance(new BigDecimal("0.1"), new BigDecimal("0.30")))
        .isEqualTo(new BigDecimal("-0.20"));
    assertThat(Balance.balance(BigDecimal.ZERO, new BigDecimal("2.5")))
        .isEqualTo(new BigDecimal("-2.5"));
    assertThatThrownBy(() -> Balance.balance(new BigDecimal("-1.5"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports = -1.5: expected an amount ≥ 0");
    assertThatThrownBy(() -> Balance.balance(BigDecimal.ONE, new BigDecimal("-2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports = -2: expected an amount ≥ 0");
  }

  @Test
  void test_normalisedBalance_handExamples() {
    // (120 − 80)/(120 + 80) = 40/200 = 0.2
    assertThat(Balance.normalisedBalance(120, 80)).isEqualTo(0.2);
    assertThat(Balance.normalisedBalance(0, 5)).isEqualTo(-1.0);
    assertThat(Balance.normalisedBalance(5, 0)).isEqualTo(1.0);
    assertThatThrownBy(() -> Balance.normalisedBalance(0, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("normalised trade balance is undefined: exports + imports X + M = 0");
  }

  @Test
  void test_coverage_handExamples() {
    // 120/80 = 1.5
    assertThat(Balance.coverage(120, 80)).isEqualTo(1.5);
    assertThat(Balance.coverage(0, 80)).isEqualTo(0.0);
    assertThatThrownBy(() -> Balance.coverage(3, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("coverage ratio is undefined: imports M = 0");
  }

  @Test
  void test_rejectsBadInput() {
    assertThatThrownBy(() -> Balance.balance(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Balance.normalisedBalance(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Balance.coverage(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports = Infinity: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Balance.coverage(1, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports = -0.5: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Balance.normalisedBalance(-3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports = -3.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Balance.balance(1, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports = -Infinity: expected a finite number ≥ 0");
  }
}
