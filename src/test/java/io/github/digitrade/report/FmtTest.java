package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {

  @Test
  void fixed_groupsThousandsWithoutLocale() {
    assertThat(Fmt.fixed(1234567.891, 2)).isEqualTo("1,234,567.89");
    assertThat(Fmt.fixed(-0.04, 1)).isEqualTo("0.0");
    assertThat(Fmt.fixed(-12.5, 0)).isEqualTo("-12");
  }

  @Test
  void compact_keepsFourSignificantDigits() {
    assertThat(Fmt.compact(1690)).isEqualTo("1,690");
    assertThat(Fmt.compact(294.76)).isEqualTo("294.8");
    assertThat(Fmt.compact(0.44544)).isEqualTo("0.4454");
    assertThat(Fmt.compact(0)).isEqualTo("0");
    // 2,712,345 / 1e6 = 2.712345 -> 2.712 M
    assertThat(Fmt.compact(2_712_345)).isEqualTo("2.712 M");
    assertThat(Fmt.compact(-45_000)).isEqualTo("-45 k");
    assertThat(Fmt.compact(3.2e12)).isEqualTo("3,200 bn");
  }

  @Test
  void percent_andGrowth_showOneDecimal() {
    // 294.76 / 661.72 = 0.44545 -> 44.5%
    assertThat(Fmt.percent(294.76 / 661.72)).isEqualTo("44.5%");
    assertThat(Fmt.growth(0.311)).isEqualTo("+31.1%");
    assertThat(Fmt.growth(-0.05)).isEqualTo("-5.0%");
    assertThat(Fmt.growth(0)).isEqualTo("0.0%");
  }

  @Test
  void coord_roundsToTenths() {
    assertThat(Fmt.coord(12.04)).isEqualTo("12");
    assertThat(Fmt.coord(12.06)).isEqualTo("12.1");
    assertThat(Fmt.coord(-0.26)).isEqualTo("-0.3");
  }
}
