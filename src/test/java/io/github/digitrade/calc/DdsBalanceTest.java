package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.reference.ChinaServicesTrade;
import io.github.digitrade.reference.DdsDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdsBalanceTest {

  private static final Currency USD = Currency.getInstance("USD");

  private static TradeFlow flow(String code, FlowDirection d, String value) {
    return TradeFlow.of(Partner.of("CHN"), Partner.world(), Period.ofYear(2025), d,
        ProductCode.ebops(code), DigitalNature.UNKNOWN, Money.of(value, "USD"));
  }

  @Test
  void test_ddsBalance_safeApril2026UnderWtoMofcom() {
    TradeFlows m = ChinaServicesTrade.bopItems().period(Period.parse("2026-04"));
    // exports 0.3 + 0.5 + 1.2 + 9.6 + 11.3 + 0.4 = 23.3; imports 1.2 + 0.4 + 4.8 + 4.1 + 11.0
    // + 0.5 = 22.0; balance 1.3
    assertThat(DigitalTrade.ddsBalance(m, DdsDefinition.WTO_MOFCOM, USD))
        .isEqualTo(Money.parse("USD 1.3"));
    assertThat(DigitalTrade.uncovered(m, DdsDefinition.WTO_MOFCOM)).isEmpty();
    // SAFE gives SK but not its audiovisual part SK1
    assertThat(DigitalTrade.uncovered(m, DdsDefinition.HANDBOOK_CORE)).containsExactly("SK1");
    assertThatThrownBy(() -> DigitalTrade.ddsBalance(m, DdsDefinition.HANDBOOK_CORE, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HANDBOOK_CORE needs [SK1], which the flows do not hold");
  }

  @Test
  void test_uncovered_subItemsDoNotCoverTheirParent() {
    TradeFlows f = TradeFlows.copyOf(List.of(flow("SF", FlowDirection.EXPORT, "1"),
        flow("SI1", FlowDirection.EXPORT, "1"), flow("SK1", FlowDirection.EXPORT, "1")));
    // SI1 alone does not cover SI (SI2, SI3 may be missing); SG, SH, SJ are absent
    assertThat(DigitalTrade.uncovered(f, DdsDefinition.HANDBOOK_CORE))
        .containsExactly("SG", "SH", "SI", "SJ");
    // an in-definition parent covers its codes: S is not inside either definition
    TradeFlows total = TradeFlows.copyOf(List.of(flow("S", FlowDirection.EXPORT, "9")));
    assertThat(DigitalTrade.uncovered(total, DdsDefinition.WTO_MOFCOM)).hasSize(6);
  }

  @Test
  void ddsBalanceIsExportTotalMinusImportTotal() {
    String[] codes = {"SF", "SG", "SH", "SI", "SJ", "SK"};
    qt().forAll(integers().between(0, 10_000), integers().between(0, 10_000))
        .checkAssert((x, m) -> {
          List<TradeFlow> flows = new ArrayList<>();
          BigDecimal bx = BigDecimal.ZERO;
          BigDecimal bm = BigDecimal.ZERO;
          for (int i = 0; i < codes.length; i++) {
            BigDecimal vx = BigDecimal.valueOf(x + i, 1);
            BigDecimal vm = BigDecimal.valueOf(m + 2L * i, 1);
            flows.add(flow(codes[i], FlowDirection.EXPORT, vx.toPlainString()));
            flows.add(flow(codes[i], FlowDirection.IMPORT, vm.toPlainString()));
            bx = bx.add(vx);
            bm = bm.add(vm);
          }
          // items outside the definition never count
          flows.add(flow("SC", FlowDirection.IMPORT, "99.9"));
          Money b = DigitalTrade.ddsBalance(TradeFlows.copyOf(flows), DdsDefinition.WTO_MOFCOM,
              USD);
          assertThat(b.amount()).isEqualByComparingTo(bx.subtract(bm));
        });
  }
}
