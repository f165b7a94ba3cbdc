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
import io.github.digitrade.model.RateBasis;
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
    // the SAFE-published central-parity averages of 2022 and 2023, and the NBS communiqué's
    // average of 2020 under its own basis
    assertThat(r.all()).hasSize(3);
    assertThat(r.stored(USD, CNY, Period.ofYear(2020)).orElseThrow().basis())
        .isEqualTo(RateBasis.OTHER);
    assertThat(r.rate(USD, CNY, Period.ofYear(2020))).isEqualByComparingTo("6.8974");
    assertThat(r.stored(USD, CNY, Period.ofYear(2023)).orElseThrow().basis())
        .isEqualTo(RateBasis.CENTRAL_PARITY_AVERAGE);
    assertThat(r.rate(USD, CNY, Period.ofYear(2022))).isEqualByComparingTo("6.7261");
    assertThat(r.rate(USD, CNY, Period.ofYear(2023))).isEqualByComparingTo("7.0467");
    assertThat(r.all()).allSatisfy(x -> assertThat(x.status()).isEqualTo(Status.CONFIRMED));
    Money cbec2023 = Money.of("2380", "CNY");
    // 2380 / 7.0467 = 337.747... -> USD 337.75 at the dollar's 2 decimals
    assertThat(Conversion.convert(cbec2023, USD, Period.ofYear(2023), r, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 337.75"));
    // 2380 / 6.7261 = 353.845... only when the 2022 rate is asked for by name
    Money at2022 =
        Conversion.convert(cbec2023, USD, Period.ofYear(2023), RatePeriod.explicit(Period.ofYear(2022)),
            r, RoundingMode.HALF_EVEN);
    assertThat(at2022).isEqualTo(Money.parse("USD 353.85"));
    assertThatThrownBy(() -> r.rate(CNY, USD, Period.ofYear(2021)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no CNY→USD rate for 2021");
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
    // the 2024 preliminary figure is not embedded: no source for it was read
    assertThat(ChinaDigitalTrade.cbec().period(Period.ofYear(2024)).vintage(Vintage.PRELIMINARY)
        .isEmpty()).isTrue();
    for (TradeFlow f : ChinaDigitalTrade.all()) {
      assertThat(f.source()).isPresent();
      assertThat(f.status()).contains(Status.CONFIRMED);
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
    assertThat(CustomsModes.of("0110").status()).isEqualTo(Status.CONFIRMED);
    assertThat(CustomsModes.all()).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.CONFIRMED));
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
    // Indonesia's entry-into-force date is not embedded: 10 + KOR + MYS + PHL = 13
    assertThat(PartnerGroups.rcep().membersOn(LocalDate.of(2024, 1, 1))).hasSize(13);
    assertThat(PartnerGroups.rcep().everMembers()).doesNotContain(Partner.of("IDN"));
    assertThat(PartnerGroups.rcep().isMember(Partner.of("MYS"), LocalDate.of(2022, 3, 18)))
        .isTrue();
    assertThat(PartnerGroups.rcep().isMember(Partner.of("MYS"), LocalDate.of(2022, 3, 17)))
        .isFalse();
    assertThat(PartnerGroups.asean().memberships())
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.CONFIRMED));
    assertThat(PartnerGroups.rcep().everMembers()).doesNotContain(Partner.of("MMR"));
    assertThat(PartnerGroups.rcep().isMember(Partner.of("KOR"), LocalDate.of(2022, 1, 15)))
        .isFalse();
    assertThat(PartnerGroups.all()).hasSize(2);
    assertThatThrownBy(() -> PartnerGroups.of("EU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code = \"EU\": expected one of [ASEAN, RCEP]");
  }
}
