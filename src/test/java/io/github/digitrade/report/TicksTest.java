package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void of_cbecRange_givesStepsOf1000() {
    // range 0..2710 over 6 ticks: raw step 2710 / 5 = 542 = 5.42 x 10^2; 5.42 > 5, so the step is
    // 10 x 10^2 = 1,000 and the ticks are 0, 1000, 2000, 3000
    Ticks t = Ticks.of(0, 2710, 6);
    assertThat(t.values()).containsExactly(0.0, 1000.0, 2000.0, 3000.0);
    assertThat(t.decimals()).isZero();
    assertThat(t.label(2000)).isEqualTo("2,000");
  }

  @Test
  void of_fractionRange_usesTwoPointFive() {
    // 0..0.44 over 5 ticks: raw 0.11 = 1.1 x 10^-1 -> nice 2 x 10^-1 = 0.2; 0, 0.2, 0.4, 0.6
    Ticks t = Ticks.of(0, 0.44, 5);
    assertThat(t.step()).isEqualTo(0.2);
    assertThat(t.values()).hasSize(4);
    assertThat(t.label(t.values().get(1))).isEqualTo("0.2");
    // 0..9 over 5 ticks: raw 2.25 -> nice 2.5; ticks 0, 2.5, 5, 7.5, 10 shown with one decimal
    Ticks q = Ticks.of(0, 9, 5);
    assertThat(q.values()).containsExactly(0.0, 2.5, 5.0, 7.5, 10.0);
    assertThat(q.label(2.5)).isEqualTo("2.5");
  }

  @Test
  void of_negativeRange_includesBothEnds() {
    // -35..120: raw 155/5 = 31 = 3.1 x 10 -> 5 x 10 = 50; -50, 0, 50, 100, 150
    Ticks t = Ticks.of(-35, 120, 6);
    assertThat(t.values()).containsExactly(-50.0, 0.0, 50.0, 100.0, 150.0);
  }

  @Test
  void of_singleValue_padsAroundIt() {
    Ticks zero = Ticks.of(0, 0, 5);
    assertThat(zero.min()).isLessThanOrEqualTo(-1);
    assertThat(zero.max()).isGreaterThanOrEqualTo(1);
    Ticks seven = Ticks.of(7, 7, 5);
    assertThat(seven.min()).isLessThan(7);
    assertThat(seven.max()).isGreaterThan(7);
  }

  @Test
  void label_scalesLargeValues() {
    // billions: 0..3.2e9, step 1e9 -> "1 bn"
    Ticks t = Ticks.of(0, 3.2e9, 5);
    assertThat(t.label(1e9)).isEqualTo("1 bn");
    assertThat(t.label(0)).isEqualTo("0");
    Ticks k = Ticks.of(0, 45_000, 5);
    assertThat(k.label(20_000)).isEqualTo("20 k");
  }

  @Test
  void of_badInput_isRejectedWithMessage() {
    assertThatThrownBy(() -> Ticks.of(Double.NaN, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("axis range [NaN, 1.0]: expected finite bounds");
    assertThatThrownBy(() -> Ticks.of(2, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("axis range [2.0, 1.0]: expected lo <= hi");
    assertThatThrownBy(() -> Ticks.of(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target = 1: expected 2 to 20 ticks");
    assertThatThrownBy(() -> Ticks.of(-Double.MAX_VALUE, Double.MAX_VALUE, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("axis range [")
        .hasMessageContaining("expected a span below");
  }
}
