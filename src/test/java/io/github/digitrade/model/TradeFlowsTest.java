package io.github.digitrade.model;

import io.github.digitrade.calc.Conversion;
import io.github.digitrade.calc.Bilateral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeFlowsTest {

  static final Partner CHN = Partner.of("CHN");
  static final Partner USA = Partner.of("USA");
  static final Partner VNM = Partner.of("VNM");
  static final Partner TLS = Partner.of("TLS");

  static TradeFlow flow(Partner r, Partner p, String period, FlowDirection d, String value) {
    return TradeFlow.of(r, p, Period.parse(period), d, ProductCode.hs("0101"),
        DigitalNature.DIGITALLY_ORDERED, Money.parse(value));
  }

  static final TradeFlows FLOWS =
      TradeFlows.of(
          flow(CHN, USA, "2021", FlowDirection.EXPORT, "USD 500"),
          flow(USA, CHN, "2021", FlowDirection.IMPORT, "USD 540"),
          flow(CHN, VNM, "2021", FlowDirection.EXPORT, "USD 100.25"),
          flow(CHN, TLS, "2021", FlowDirection.EXPORT, "USD 1"),
          flow(CHN, USA, "2022-Q1", FlowDirection.EXPORT, "USD 130"));

  @Test
  void test_filters_andTotals() {
    // 500 + 100.25 + 1 + 130 = 731.25
    assertThat(FLOWS.reporter(CHN).total()).isEqualTo(Money.parse("USD 731.25"));
    assertThat(FLOWS.partner(USA).size()).isEqualTo(2);
    assertThat(FLOWS.direction(FlowDirection.IMPORT).total()).isEqualTo(Money.parse("USD 540"));
    assertThat(FLOWS.periodBetween(Period.ofYear(2022), Period.ofYear(2022)).total())
        .isEqualTo(Money.parse("USD 130"));
    assertThat(FLOWS.period(Period.ofYear(2021)).size()).isEqualTo(4);
    assertThat(FLOWS.classification(Classification.HS).size()).isEqualTo(5);
    assertThat(FLOWS.classification(Classification.SITC).isEmpty()).isTrue();
    assertThat(FLOWS.product(ProductCode.hs("01")).size()).isEqualTo(5);
    assertThat(FLOWS.digitalNature(DigitalNature.NOT_DIGITAL).total(Currency.getInstance("USD")))
        .isEqualTo(Money.parse("USD 0"));
    assertThat(FLOWS.customsMode("9610").isEmpty()).isTrue();
    assertThat(FLOWS.platform("alibaba").isEmpty()).isTrue();
    assertThat(FLOWS.vintage(Vintage.REVISED).isEmpty()).isTrue();
    assertThat(FLOWS.stream().count()).isEqualTo(5);
    assertThat(FLOWS.asList()).hasSize(5);
    assertThat(FLOWS.iterator().next().partner()).isEqualTo(USA);
  }

  @Test
  void test_partnerIn_groupAsOfDate() {
    PartnerGroup g =
        PartnerGroup.builder()
            .code("SEA")
            .name("Example")
            .source(Source.of("me", "list"))
            .asOf(LocalDate.of(2025, 10, 26))
            .addMemberships(Membership.of(VNM, LocalDate.of(1995, 7, 28)))
            .addMemberships(Membership.of(TLS, LocalDate.of(2025, 10, 26)))
            .build();
    // 2024: Viet Nam only -> 100.25; 2026: Viet Nam and Timor-Leste -> 101.25
    assertThat(FLOWS.partnerIn(g, LocalDate.of(2024, 1, 1)).total())
        .isEqualTo(Money.parse("USD 100.25"));
    assertThat(FLOWS.partnerIn(g, LocalDate.of(2026, 1, 1)).total())
        .isEqualTo(Money.parse("USD 101.25"));
  }

  @Test
  void test_totalsBy_andMirror() {
    assertThat(FLOWS.totalsBy(TradeFlow::period))
        .containsExactly(
            java.util.Map.entry(Period.ofYear(2021), Money.parse("USD 1141.25")),
            java.util.Map.entry(Period.parse("2022-Q1"), Money.parse("USD 130")));
    MirrorPair p = FLOWS.mirror(CHN, USA, Period.ofYear(2021), ProductCode.hs("0101"));
    assertThat(p.exportReported()).contains(Money.parse("USD 500"));
    assertThat(p.importReported()).contains(Money.parse("USD 540"));
    assertThat(p.gap()).contains(Money.parse("USD -40"));
    // (500 - 540) / ((500 + 540) / 2) = -40 / 520 = -0.0769...
    assertThat(Bilateral.mirrorAsymmetry(p)).isCloseTo(-40.0 / 520.0, within(1e-15));
    assertThat(p.toString()).isEqualTo("exports reported USD 500, imports reported USD 540");
    MirrorPair q = FLOWS.mirror(CHN, VNM, Period.ofYear(2021), ProductCode.hs("0101"));
    assertThat(q.importReported()).isEmpty();
    assertThat(q.gap()).isEmpty();
    assertThat(q.toString()).isEqualTo("exports reported USD 100.25, imports reported none");
    assertThat(q).isEqualTo(MirrorPair.of(Money.parse("USD 100.25"), null));
    assertThat(q.hashCode()).isEqualTo(MirrorPair.of(Money.parse("USD 100.25"), null).hashCode());
  }

  @Test
  void test_total_mixedCurrenciesAndEmpty() {
    TradeFlows mixed =
        TradeFlows.copyOf(
            List.of(flow(CHN, USA, "2021", FlowDirection.EXPORT, "USD 1"),
                flow(CHN, VNM, "2021", FlowDirection.EXPORT, "CNY 2")));
    String msg =
        "total: USD and CNY: expected one currency; convert with ExchangeRates or filter to one"
            + " currency first";
    assertThatThrownBy(mixed::total).isInstanceOf(IllegalArgumentException.class).hasMessage(msg);
    assertThatThrownBy(() -> mixed.totalsBy(TradeFlow::reporter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(msg.replace("total:", "totalsBy:"));
    assertThat(mixed.totalsByCurrency()).hasSize(2);
    assertThat(mixed.totalsBy(TradeFlow::partner)).hasSize(2);
    assertThatThrownBy(() -> TradeFlows.empty().total())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "flows = []: expected at least one flow to know the currency; use total(Currency)");
    assertThatThrownBy(() -> FLOWS.periodBetween(Period.ofYear(2022), Period.ofYear(2021)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to = 2021: expected a period that does not end before from = 2022");
  }

  @Test
  void test_equalsAndToString() {
    assertThat(TradeFlows.copyOf(FLOWS)).isEqualTo(FLOWS);
    assertThat(TradeFlows.copyOf(FLOWS).hashCode()).isEqualTo(FLOWS.hashCode());
    assertThat(TradeFlows.of()).isSameAs(TradeFlows.empty());
    assertThat(FLOWS.toString()).startsWith("TradeFlows[5 flows]\n  CHN→USA 2021 EXPORT HS:0101");
    List<TradeFlow> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(flow(CHN, USA, "2021", FlowDirection.EXPORT, "USD " + i));
    }
    assertThat(TradeFlows.copyOf(many).toString()).endsWith("\n  ...");
  }
}
