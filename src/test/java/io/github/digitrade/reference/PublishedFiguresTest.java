package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedFiguresTest {

  private static TradeFlow cbec(int year, Vintage v) {
    return ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL).period(Period.ofYear(year))
        .vintage(v).asList().get(0);
  }

  @Test
  void test_growthOf_findsTheRatePrintedWithEachRelease() {
    // GACC preliminary 2021: 1.98 trillion yuan, up 15% (MOFCOM 2022-02-17)
    assertThat(PublishedFigures.growthOf(cbec(2021, Vintage.PRELIMINARY)))
        .hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("15"));
    // revised 2021: 1.92 trillion, up 18.6% (MOFCOM 2022-05-20)
    assertThat(PublishedFigures.growthOf(cbec(2021, Vintage.REVISED)))
        .hasValueSatisfying(f -> assertThat(f.printed()).isEqualTo("+18.6%"));
    // GACC 2020: 1.69 trillion, up 31.1%; revised 1.62 trillion, up 25.7%
    assertThat(PublishedFigures.growthOf(cbec(2020, Vintage.PRELIMINARY)).orElseThrow().value())
        .isEqualByComparingTo("31.1");
    assertThat(PublishedFigures.growthOf(cbec(2020, Vintage.REVISED)).orElseThrow().value())
        .isEqualByComparingTo("25.7");
    // 2022 final: 2.1 trillion, up 7.1%; imports 527.8 billion, down 0.8%
    assertThat(PublishedFigures.growthOf(cbec(2022, Vintage.FINAL)).orElseThrow().value())
        .isEqualByComparingTo("7.1");
    TradeFlow imports2022 = ChinaDigitalTrade.cbec().direction(FlowDirection.IMPORT)
        .period(Period.ofYear(2022)).asList().get(0);
    assertThat(PublishedFigures.growthOf(imports2022).orElseThrow().printed()).isEqualTo("-0.8%");
    // the 2018 level was cited without a rate
    assertThat(PublishedFigures.growthOf(
        ChinaDigitalTrade.cbec().period(Period.ofYear(2018)).asList().get(0))).isEmpty();
  }

  @Test
  void test_growthOf_ddsRateRefersToTheYuanLevel() {
    TradeFlows dds2024 = ChinaDigitalTrade.dds().period(Period.ofYear(2024))
        .filter(f -> f.source().orElseThrow().publisher().equals("MOFCOM"));
    TradeFlow cny = dds2024.filter(f -> f.value().currency().getCurrencyCode().equals("CNY"))
        .asList().get(0);
    TradeFlow usd = dds2024.filter(f -> f.value().currency().getCurrencyCode().equals("USD"))
        .asList().get(0);
    // 2.9 trillion yuan, up 6.5%, in the China Digital Trade Development Report 2025
    assertThat(PublishedFigures.growthOf(cny).orElseThrow().value()).isEqualByComparingTo("6.5");
    assertThat(PublishedFigures.growthOf(usd)).isEmpty();
  }

  private static BigDecimal revised(List<PublishedFigure> b, String period) {
    return b.stream().filter(f -> f.period().equals(Period.parse(period))
            && f.source().vintage() == Vintage.REVISED)
        .findFirst().orElseThrow().value();
  }

  @Test
  void test_servicesBop_safeServicesBalanceByReleaseKeptApart() {
    var b = PublishedFigures.of("services_bop");
    assertThat(b).hasSize(16);
    assertThat(b).allSatisfy(f -> {
      assertThat(f.product()).isEqualTo(ProductCode.ebops("S"));
      assertThat(f.measure()).isEqualTo(PublishedFigure.Measure.BALANCE);
      assertThat(f.value().signum()).isNegative();
    });
    // Q4 2025: preliminary release of 2026-02-13 printed -40.2, the revision of 2026-03-27 -48.5
    var q4 = b.stream().filter(f -> f.period().equals(Period.parse("2025-Q4"))).toList();
    assertThat(q4).extracting(f -> f.value().toPlainString()).containsExactly("-40.2", "-48.5");
    assertThat(q4).extracting(f -> f.source().vintage())
        .containsExactly(Vintage.PRELIMINARY, Vintage.REVISED);
    // Q2 and H1 2025 twice: preliminary (2025-08-08) -46.5 and -105.9, revised (2025-09-30)
    // -47.1 and -106.4. Within the revised release its Q1 is -106.4 - (-47.1) = -59.3, the
    // preliminary Q1 of 2025-05-09; within the preliminary one it is -105.9 - (-46.5) = -59.4
    BigDecimal h1 = revised(b, "2025-H1");
    BigDecimal q2 = revised(b, "2025-Q2");
    BigDecimal q1 = b.stream().filter(f -> f.period().equals(Period.parse("2025-Q1")))
        .findFirst().orElseThrow().value();
    assertThat(h1.subtract(q2)).isEqualByComparingTo(q1);
  }

  @Test
  void test_servicesHeadline_safeBalancesAsPublished() {
    assertThat(PublishedFigures.of("services_headline")).hasSize(8);
    PublishedFigure digital = PublishedFigures.of("services_headline").stream()
        .filter(f -> f.product().equals(ProductCode.custom("SAFE_DIGITAL_SERVICES"))
            && f.measure() == PublishedFigure.Measure.BALANCE)
        .findFirst().orElseThrow();
    // "about $33 billion in 2025, a more than 100 percent increase" (China Daily 2026-02-11)
    assertThat(digital.printed()).isEqualTo("about 33 USD bn");
    assertThat(digital.qualifier()).isEqualTo(PublishedFigure.Qualifier.ABOUT);
    assertThat(digital.source().publisher()).isEqualTo("SAFE");
    // SI 2024: surplus of US$24.8 billion, up 29% (SAFE deputy head Li Bin)
    assertThat(PublishedFigures.of("services_headline").get(0).toString())
        .isEqualTo("services_headline 2024 TOTAL EBOPS2010:SI 24.8 USD bn (SAFE, preliminary)");
    assertThat(PublishedFigures.all()).allSatisfy(f -> assertThat(f.status())
        .isEqualTo(Status.CONFIRMED));
    assertThat(PublishedFigures.of("no such dataset")).isEmpty();
  }

  @Test
  void test_qualifier_parse() {
    assertThat(PublishedFigure.Qualifier.parse("")).isEqualTo(PublishedFigure.Qualifier.EXACT);
    assertThat(PublishedFigure.Qualifier.parse("more than"))
        .isEqualTo(PublishedFigure.Qualifier.MORE_THAN);
    assertThatThrownBy(() -> PublishedFigure.Qualifier.parse("roughly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("qualifier = \"roughly\": expected empty, about, nearly or more than");
  }

  @Test
  void test_figure_rejectsBalanceWithoutCurrencyAndBlankDataset() {
    Source s = Source.of("SAFE", "t");
    assertThatThrownBy(() -> new PublishedFigure("x", Period.ofYear(2025), FlowDirection.TOTAL,
            ProductCode.ebops("SI"), Optional.empty(), PublishedFigure.Measure.BALANCE,
            PublishedFigure.Qualifier.EXACT, BigDecimal.ONE, s, Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published balance x 2025 EBOPS2010:SI: expected the currency of the balance");
    assertThatThrownBy(() -> new PublishedFigure(" ", Period.ofYear(2025), FlowDirection.TOTAL,
            ProductCode.ebops("SI"), Optional.of(Currency.getInstance("USD")),
            PublishedFigure.Measure.BALANCE, PublishedFigure.Qualifier.EXACT, BigDecimal.ONE, s,
            Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dataset");
  }
}
