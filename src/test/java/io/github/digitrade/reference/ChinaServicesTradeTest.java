package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChinaServicesTradeTest {

  private static Money value(TradeFlows flows, String period, FlowDirection d, String code) {
    // equality, not TradeFlows.product: that would take S together with all its items
    ProductCode p = ProductCode.parse(code);
    return flows.period(Period.parse(period)).direction(d).filter(f -> f.product().equals(p))
        .total();
  }

  @Test
  void test_bopItems_pinnedToSafeTables() {
    TradeFlows items = ChinaServicesTrade.bopItems();
    // SAFE April 2026 (亿美元): SI credit 96, debit -41; SJ credit 113, debit -110
    assertThat(value(items, "2026-04", FlowDirection.EXPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 9.6"));
    assertThat(value(items, "2026-04", FlowDirection.IMPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 4.1"));
    assertThat(value(items, "2026-04", FlowDirection.IMPORT, "EBOPS2010:SJ"))
        .isEqualTo(Money.parse("USD 11.0"));
    // SAFE June 2025 (100 million USD): services credit 340, debit -485; SI 58 and -34
    assertThat(value(items, "2025-06", FlowDirection.EXPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 34.0"));
    assertThat(value(items, "2025-06", FlowDirection.IMPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 48.5"));
    assertThat(value(items, "2025-06", FlowDirection.EXPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 5.8"));
    // 13 codes (S and SA-SL) for April 2026, 12 for June 2025 (no SL line read), both directions
    assertThat(items.period(Period.parse("2026-04")).size()).isEqualTo(26);
    assertThat(items.period(Period.parse("2025-06")).size()).isEqualTo(24);
  }

  @Test
  void test_bopItems_pinnedToTheFurtherSafeMonthlyTables() {
    TradeFlows items = ChinaServicesTrade.bopItems();
    // January 2020 (100 million USD): services credit 167, debit -389; SI 22 and -18; SA debit
    // printed as 0
    assertThat(value(items, "2020-01", FlowDirection.EXPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 16.7"));
    assertThat(value(items, "2020-01", FlowDirection.IMPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 38.9"));
    assertThat(value(items, "2020-01", FlowDirection.EXPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 2.2"));
    assertThat(value(items, "2020-01", FlowDirection.IMPORT, "EBOPS2010:SA"))
        .isEqualTo(Money.parse("USD 0.0"));
    // October 2022: SI credit 40, debit -27; SJ credit 71, debit -34
    assertThat(value(items, "2022-10", FlowDirection.EXPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 4.0"));
    assertThat(value(items, "2022-10", FlowDirection.IMPORT, "EBOPS2010:SJ"))
        .isEqualTo(Money.parse("USD 3.4"));
    // September 2023: services credit 246, debit -478; SF debit -23
    assertThat(value(items, "2023-09", FlowDirection.IMPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 47.8"));
    assertThat(value(items, "2023-09", FlowDirection.IMPORT, "EBOPS2010:SF"))
        .isEqualTo(Money.parse("USD 2.3"));
    // August 2025: SH credit 22, debit -36; SI credit 50, debit -32
    assertThat(value(items, "2025-08", FlowDirection.EXPORT, "EBOPS2010:SH"))
        .isEqualTo(Money.parse("USD 2.2"));
    assertThat(value(items, "2025-08", FlowDirection.IMPORT, "EBOPS2010:SI"))
        .isEqualTo(Money.parse("USD 3.2"));
    // codes read: S and SA-SJ (11) for January 2020, S and SA-SK (12) for the others
    assertThat(items.period(Period.parse("2020-01")).size()).isEqualTo(22);
    assertThat(items.period(Period.parse("2022-10")).size()).isEqualTo(24);
    assertThat(items.period(Period.parse("2023-09")).size()).isEqualTo(24);
    assertThat(items.period(Period.parse("2025-08")).size()).isEqualTo(24);
  }

  @Test
  void test_bopTotals_agreeWithTheBalanceSafePrinted() {
    TradeFlows q1 = ChinaServicesTrade.bopTotals().period(Period.parse("2025-Q1"));
    // overview table (亿美元): 1.A.b 服务 贷方 1001, 借方 -1595, 差额 -593
    BigDecimal x = value(q1, "2025-Q1", FlowDirection.EXPORT, "EBOPS2010:S").amount();
    BigDecimal m = value(q1, "2025-Q1", FlowDirection.IMPORT, "EBOPS2010:S").amount();
    assertThat(x).isEqualByComparingTo("100.1");
    assertThat(m).isEqualByComparingTo("159.5");
    // 100.1 - 159.5 = -59.4 against the printed -59.3: credit and debit round to 0.1 each
    PublishedFigure printed = PublishedFigures.of("services_bop").stream()
        .filter(f -> f.period().equals(Period.parse("2025-Q1"))).findFirst().orElseThrow();
    assertThat(x.subtract(m).subtract(printed.value()).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void test_bopItems_itemsAddUpToTheTotalWithinRounding() {
    TradeFlows m = ChinaServicesTrade.bopItems().period(Period.parse("2026-04"));
    for (FlowDirection d : new FlowDirection[] {FlowDirection.EXPORT, FlowDirection.IMPORT}) {
      BigDecimal items = m.direction(d)
          .filter(f -> !f.product().equals(ProductCode.ebops("S"))).total().amount();
      BigDecimal total = m.direction(d).filter(f -> f.product().equals(ProductCode.ebops("S")))
          .total().amount();
      // exports: 1.1+1.2+7.8+6.1+1.2+0.3+0.5+1.2+9.6+11.3+0.4+0.1 = 40.8 = total;
      // imports add to 55.7 against the printed 55.6: each item rounds to 0.1
      assertThat(items.subtract(total).abs()).isLessThanOrEqualTo(new BigDecimal("0.1"));
    }
  }

  @Test
  void test_unctadDds_pinnedToTheDataset() {
    TradeFlows u = ChinaServicesTrade.unctadDds();
    // UNCTAD_DE_DIG_SERVTRADE_ANN_EXP CHN 2015 = 91104.0 (USD millions)
    assertThat(value(u, "2015", FlowDirection.EXPORT, "CUSTOM:DDS"))
        .isEqualTo(Money.parse("USD 91.104"));
    // ... _IMP CHN 2023 = 171318.0
    assertThat(value(u, "2023", FlowDirection.IMPORT, "CUSTOM:DDS"))
        .isEqualTo(Money.parse("USD 171.318"));
    assertThat(u.size()).isEqualTo(18);
    assertThat(u.asList()).allSatisfy(f -> assertThat(f.source().orElseThrow().publisher())
        .isEqualTo("UNCTAD"));
  }

  @Test
  void test_unctadServices_pinnedToTheDatasetAndGivingUnctadsOwnShare() {
    TradeFlows s = ChinaServicesTrade.unctadServices();
    // US.TradeServCatTotal CHN SERVICES_EXPORTS 2015 = 218633.994, IMPORTS 2024 = 610564.772
    assertThat(value(s, "2015", FlowDirection.EXPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 218.633994"));
    assertThat(value(s, "2024", FlowDirection.IMPORT, "EBOPS2010:S"))
        .isEqualTo(Money.parse("USD 610.564772"));
    assertThat(s.size()).isEqualTo(20);
    // 2015: (91.104 + 82.985) / (218.633994 + 435.540657) = 174.089 / 654.174651 = 0.2661
    BigDecimal dds = ChinaServicesTrade.unctadDds().period(Period.ofYear(2015)).total().amount();
    BigDecimal all = s.period(Period.ofYear(2015)).total().amount();
    assertThat(dds.doubleValue() / all.doubleValue()).isCloseTo(0.2661, within(0.0001));
    // UNCTAD's 2020 services total, 661.716 bn, is MOFCOM's 661.72 rounded
    assertThat(s.period(Period.ofYear(2020)).total().amount())
        .isEqualByComparingTo("661.716492");
  }

  @Test
  void test_all_everyFlowIsChinaWithTheWorldConfirmed() {
    TradeFlows all = ChinaServicesTrade.all();
    // 50 flows of June 2025 and April 2026, 94 of four further SAFE months (22 + 24 + 24 + 24),
    // 2 of SAFE's first quarter of 2025, 18 UNCTAD DDS and 20 UNCTAD services flows
    assertThat(all.size()).isEqualTo(50 + 94 + 2 + 18 + 20);
    for (TradeFlow f : all) {
      assertThat(f.reporter()).isEqualTo(Partner.of("CHN"));
      assertThat(f.partner()).isEqualTo(Partner.world());
      assertThat(f.status()).contains(Status.CONFIRMED);
      assertThat(f.value().amount().signum()).isGreaterThanOrEqualTo(0);
    }
  }
}
