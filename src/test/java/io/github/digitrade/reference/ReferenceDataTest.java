package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.Conversion;
import io.github.digitrade.model.CustomsMode;
import io.github.digitrade.model.ExchangeRates;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.RatePeriod;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void test_exchangeRateSamples_publishedFigures() {
    ExchangeRates r = ExchangeRateSamples.cnyPerUsd();
    assertThat(r.all()).hasSize(10);
    assertThat(r.rate(USD, CNY, Period.ofYear(2021))).isEqualByComparingTo("6.4515");
    assertThat(r.all().get(7).status()).isEqualTo(Status.CONFIRMED); // 2022, SAFE
    assertThat(r.all().get(6).status()).isEqualTo(Status.UNVERIFIED); // 2021, from memory
    Money cbec2021 = Money.of("1980", "CNY");
    // 1980 / 6.4515 = 306.905... ≈ 306.9 bn USD
    assertThat(Conversion.convert(cbec2021, USD, Period.ofYear(2021), r, RoundingMode.HALF_EVEN)
            .rounded(1, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 306.9"));
    // 1980 / 6.8976 = 287.056... : the quoted "287.0 bn" is this figure cut to one decimal
    Money at2020 =
        Conversion.convert(cbec2021, USD, Period.ofYear(2021), RatePeriod.explicit(Period.ofYear(2020)),
            r, RoundingMode.HALF_EVEN);
    assertThat(at2020.rounded(1, RoundingMode.DOWN)).isEqualTo(Money.parse("USD 287"));
    assertThatThrownBy(() -> r.rate(CNY, USD, Period.ofYear(2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CNY→USD rate for 2025: rates exist for 2015–2024");
  }

  @Test
  void test_chinaDigitalTrade_cbecVintagesSideBySide() {
    TradeFlows y2021 =
        ChinaDigitalTrade.cbec().period(Period.ofYear(2021)).direction(FlowDirection.TOTAL);
    assertThat(y2021.vintage(Vintage.PRELIMINARY).total()).isEqualTo(Money.parse("CNY 1980"));
    assertThat(y2021.vintage(Vintage.REVISED).total()).isEqualTo(Money.parse("CNY 1920"));
    // exports 2020-2024: 1120 (2020) + 1530 (2022) + 979.9 (2024-H1) = 3629.9
    TradeFlows exports =
        ChinaDigitalTrade.cbec()
            .direction(FlowDirection.EXPORT)
            .periodBetween(Period.ofYear(2020), Period.ofYear(2024));
    assertThat(exports.size()).isEqualTo(3);
    assertThat(exports.total()).isEqualTo(Money.parse("CNY 3629.9"));
    assertThat(ChinaDigitalTrade.cbec().period(Period.ofYear(2019)).isEmpty()).isTrue();
    assertThat(ChinaDigitalTrade.cbec().period(Period.ofHalf(2024, 1)).size()).isEqualTo(3);
    TradeFlow prelim2024 =
        ChinaDigitalTrade.cbec().period(Period.ofYear(2024)).vintage(Vintage.PRELIMINARY)
            .asList().get(0);
    assertThat(prelim2024.status()).contains(Status.UNVERIFIED);
    for (TradeFlow f : ChinaDigitalTrade.all()) {
      assertThat(f.source()).isPresent();
      assertThat(f.status()).isPresent();
      assertThat(f.reporter()).isEqualTo(Partner.of("CHN"));
      assertThat(f.partner()).isEqualTo(Partner.world());
    }
    assertThat(ChinaDigitalTrade.all().size())
        .isEqualTo(ChinaDigitalTrade.cbec().size() + ChinaDigitalTrade.dds().size()
            + ChinaDigitalTrade.servicesTrade().size());
    assertThat(ChinaDigitalTrade.cbec().asList().get(4).toString())
        .isEqualTo("CHN→WLD 2020 TOTAL TOTAL CNY 1690 [digitally ordered] (GACC, preliminary)");
  }

  @Test
  void test_chinaDigitalTrade_ddsShare2020() {
    Money dds = ChinaDigitalTrade.dds(USD).period(Period.ofYear(2020)).total();
    Money services = ChinaDigitalTrade.servicesTrade().period(Period.ofYear(2020)).total();
    // 294.76 / 661.72 = 0.44545... = 44.5%
    BigDecimal share = dds.amount().divide(services.amount(), 3, RoundingMode.HALF_EVEN);
    assertThat(share).isEqualByComparingTo("0.445");
    assertThat(ChinaDigitalTrade.dds(CNY).size()).isEqualTo(3);
  }

  @Test
  void test_customsModes() {
    assertThat(CustomsModes.all()).hasSize(7);
    assertThat(CustomsModes.cbec()).extracting(CustomsMode::code)
        .containsExactly("9610", "1210", "1239", "9710", "9810");
    CustomsMode m = CustomsModes.of("9610");
    assertThat(m.effectiveDate()).contains(LocalDate.of(2014, 2, 10));
    assertThat(m.allows(FlowDirection.IMPORT)).isTrue();
    assertThat(CustomsModes.of("1239").allows(FlowDirection.EXPORT)).isFalse();
    assertThat(CustomsModes.of("0110").status()).isEqualTo(Status.UNVERIFIED);
    assertThat(CustomsModes.of("0110").cbec()).isFalse();
    assertThat(CustomsModes.of("1039").announcementDate()).isEmpty();
    assertThatThrownBy(() -> CustomsModes.of("9999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "code = \"9999\": expected one of [9610, 1210, 1239, 9710, 9810, 0110, 1039]");
  }

  @Test
  void test_partnerGroups_aseanAndRcep() {
    assertThat(PartnerGroups.asean().membersOn(LocalDate.of(2026, 1, 1))).hasSize(11);
    assertThat(PartnerGroups.asean().membersOn(LocalDate.of(2024, 1, 1))).hasSize(10);
    assertThat(PartnerGroups.asean().asOf()).isEqualTo(LocalDate.of(2025, 10, 26));
    assertThat(PartnerGroups.rcep().membersOn(LocalDate.of(2022, 1, 1))).hasSize(10);
    assertThat(PartnerGroups.rcep().membersOn(LocalDate.of(2024, 1, 1))).hasSize(14);
    assertThat(PartnerGroups.rcep().everMembers()).doesNotContain(Partner.of("MMR"));
    assertThat(PartnerGroups.rcep().isMember(Partner.of("KOR"), LocalDate.of(2022, 1, 15)))
        .isFalse();
    assertThat(PartnerGroups.all()).hasSize(2);
    assertThatThrownBy(() -> PartnerGroups.of("EU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"EU\": expected one of [ASEAN, RCEP]");
  }
}
