package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigitalTradeTest {

  @Test
  void test_ddsShare_china2020() {
    // MOFCOM 2020, US$ bn: 294.76 / 661.72 = 0.445445 → 44.5%
    double share = DigitalTrade.ddsShare(294.76, 661.72);
    assertThat(share).isCloseTo(0.445445, within(1e-6));
    assertThat(Math.round(share * 1000) / 10.0).isEqualTo(44.5);
  }

  @Test
  void test_ddsShare_badAndUndefined() {
    assertThatThrownBy(() -> DigitalTrade.ddsShare(700, 661.72))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dds = 700.0: expected a number ≤ totalServices = 661.72");
    assertThatThrownBy(() -> DigitalTrade.ddsShare(0, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("DDS share is undefined: total services trade = 0");
    assertThatThrownBy(() -> DigitalTrade.ddsShare(-1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dds = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_ddsTotal_sumsItems() {
    // SF 10 + SG 40 + SH 30 + SI 80 + SJ 120 + SK1 14.76 = 294.76
    assertThat(DigitalTrade.ddsTotal(new double[] {10, 40, 30, 80, 120, 14.76}))
        .isCloseTo(294.76, within(1e-12));
    assertThat(DigitalTrade.ddsTotal(new double[0])).isZero();
    assertThatThrownBy(() -> DigitalTrade.ddsTotal(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("itemValues[1] = -1.0: expected a finite number ≥ 0");
  }

  @Test
  void test_sharesByNature() {
    LabeledVector v =
        LabeledVector.of(
            List.of("DIGITALLY_ORDERED", "DIGITALLY_DELIVERED", "BOTH", "NEITHER"),
            new double[] {20, 50, 10, 20});
    // 20/100, 50/100, 10/100, 20/100
    LabeledVector s = DigitalTrade.sharesByNature(v);
    assertThat(s.toArray()).containsExactly(0.2, 0.5, 0.1, 0.2);
    assertThat(s.labels()).isEqualTo(v.labels());
    assertThat(s.toArray()).containsExactly(Shares.shares(v.toArray()));
    LabeledVector zero = LabeledVector.of(List.of("BOTH"), new double[] {0});
    assertThatThrownBy(() -> DigitalTrade.sharesByNature(zero))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("shares by nature are undefined: total of valuesByNature = 0");
  }
}
