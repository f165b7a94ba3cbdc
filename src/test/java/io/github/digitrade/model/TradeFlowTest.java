package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeFlowTest {

  static final Partner CHN = Partner.of("CHN");
  static final Partner USA = Partner.of("USA");

  static TradeFlow.Builder base() {
    return bare().partner(Partner.world()).direction(FlowDirection.EXPORT)
        .value(Money.of("1120", "CNY"));
  }

  static TradeFlow.Builder bare() {
    return TradeFlow.builder()
        .reporter(CHN)
        .period(Period.ofYear(2020))
        .product(ProductCode.total())
        .digitalNature(DigitalNature.DIGITALLY_ORDERED);
  }

  static CustomsMode b2bExport() {
    return b2bExport("9710");
  }

  static CustomsMode b2bExport(String code) {
    return CustomsMode.builder()
        .code(code)
        .nameZh("跨境电子商务企业对企业直接出口")
        .shortNameZh("跨境电商B2B直接出口")
        .nameEn("Cross-border e-commerce B2B direct export")
        .model("B2B")
        .addDirections(FlowDirection.EXPORT)
        .legalBasis("GACC Announcement 2020 No.75")
        .effectiveDate(LocalDate.of(2020, 7, 1))
        .scope("pilot")
        .cbec(true)
        .source(Source.of("GACC", "Announcement 2020 No.75"))
        .status(Status.CONFIRMED)
        .build();
  }

  @Test
  void test_toString_oneLine() {
    TradeFlow f =
        base().source(Source.of("GACC", "2020 trade", Vintage.PRELIMINARY)).build();
    assertThat(f.toString())
        .isEqualTo("CHN→WLD 2020 EXPORT TOTAL CNY 1120 [digitally ordered] (GACC, preliminary)");
    TradeFlow g =
        base()
            .customsMode(b2bExport())
            .platformId("alibaba")
            .quantity(new BigDecimal("12.50"))
            .unit("t")
            .status(Status.UNVERIFIED)
            .build();
    assertThat(g.toString())
        .isEqualTo(
            "CHN→WLD 2020 EXPORT TOTAL CNY 1120 [digitally ordered] mode 9710 via alibaba 12.5 t"
                + " {unverified}");
    assertThat(g.quantity()).contains(new BigDecimal("12.5"));
    assertThat(g).isEqualTo(base().customsMode(b2bExport()).platformId("alibaba")
        .quantity(new BigDecimal("12.5")).unit("t").status(Status.UNVERIFIED).build());
  }

  @Test
  void test_of_commonCase() {
    TradeFlow f =
        TradeFlow.of(CHN, USA, Period.parse("2021-Q3"), FlowDirection.IMPORT, ProductCode.hs("0101"),
            DigitalNature.UNKNOWN, Money.of("5", "USD"));
    assertThat(f.customsMode()).isEmpty();
    assertThat(f.toString()).isEqualTo("CHN→USA 2021-Q3 IMPORT HS:0101 USD 5 [unknown]");
    assertThat(b2bExport().allows(FlowDirection.EXPORT)).isTrue();
    assertThat(b2bExport().toString()).isEqualTo("9710 Cross-border e-commerce B2B direct export");
  }

  @Test
  void test_reporterEqualsPartner() {
    assertThatThrownBy(() -> bare().partner(CHN).direction(FlowDirection.EXPORT).value(Money.of("1", "CNY")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner = CHN: expected a partner other than the reporter CHN");
  }

  @Test
  void test_negativeValue() {
    assertThatThrownBy(() -> bare().partner(Partner.world()).direction(FlowDirection.EXPORT).value(Money.of("-1", "CNY")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = CNY -1: expected a non-negative amount");
  }

  @Test
  void test_quantityAndUnit() {
    assertThatThrownBy(() -> base().quantity(new BigDecimal("-2")).unit("kg").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity = -2: expected a non-negative number");
    assertThatThrownBy(() -> base().quantity(BigDecimal.TEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit = empty: expected a unit for quantity 10");
    assertThatThrownBy(() -> base().unit("kg").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity = empty: expected a quantity for unit kg");
    assertThatThrownBy(() -> base().quantity(BigDecimal.ONE).unit(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit = \" \": expected a non-blank text");
  }

  @Test
  void test_blankPlatformAndWrongModeDirection() {
    assertThatThrownBy(() -> base().platformId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("platformId = \"\": expected a non-blank text");
    assertThatThrownBy(
            () -> bare().partner(Partner.world()).direction(FlowDirection.IMPORT)
                .value(Money.of("1", "CNY")).customsMode(b2bExport()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customsMode = 9710: expected a direction in [EXPORT] but the flow is IMPORT");
  }

  @Test
  void test_customsMode_checks() {
    assertThatThrownBy(() -> b2bExport("971"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"971\": expected four digits");
  }
}
