package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import org.junit.jupiter.api.Test;

class DdsSelectionTest {

  private static TradeFlow export(ProductCode product, String usd) {
    return TradeFlow.of(
        Partner.of("CHN"),
        Partner.world(),
        Period.ofYear(2020),
        FlowDirection.EXPORT,
        product,
        DigitalNature.UNKNOWN,
        Money.of(usd, "USD"));
  }

  @Test
  void test_contains_productCodes() {
    assertThat(DdsDefinition.WTO_MOFCOM.contains(ProductCode.ebops("SI2"))).isTrue();
    assertThat(DdsDefinition.HANDBOOK_CORE.contains(ProductCode.ebops("SK2"))).isFalse();
    assertThat(DdsDefinition.WTO_MOFCOM.contains(ProductCode.ebops("SC"))).isFalse();
    // an HS heading is goods, whatever its digits
    assertThat(DdsDefinition.WTO_MOFCOM.contains(ProductCode.hs("8517"))).isFalse();
    assertThat(DdsDefinition.WTO_MOFCOM.contains(ProductCode.total())).isFalse();
  }

  @Test
  void test_select_sumsAggregatesNotTheirSubItems() {
    TradeFlows flows =
        TradeFlows.of(
            export(ProductCode.ebops("SI"), "100"),
            export(ProductCode.ebops("SI1"), "30"), // inside SI: not counted again
            export(ProductCode.ebops("SI2"), "70"), // inside SI: not counted again
            export(ProductCode.ebops("SJ"), "50"),
            export(ProductCode.ebops("SK2"), "5"), // only in the WTO/MOFCOM set
            export(ProductCode.ebops("SC"), "80"), // transport: not digitally deliverable
            export(ProductCode.hs("8517"), "900")); // goods
    // WTO/MOFCOM: SI 100 + SJ 50 + SK2 5 = 155
    assertThat(DdsDefinition.WTO_MOFCOM.select(flows).total()).isEqualTo(Money.of("155", "USD"));
    // Handbook core: SI 100 + SJ 50 = 150
    assertThat(DdsDefinition.HANDBOOK_CORE.select(flows).total()).isEqualTo(Money.of("150", "USD"));
  }

  @Test
  void test_select_subItemsCountWhenTheirAggregateIsAbsent() {
    TradeFlows flows =
        TradeFlows.of(export(ProductCode.ebops("SI1"), "30"), export(ProductCode.ebops("SI2"), "70"));
    // no SI row: SI1 30 + SI2 70 = 100
    assertThat(DdsDefinition.HANDBOOK_CORE.select(flows).total()).isEqualTo(Money.of("100", "USD"));
  }
}
