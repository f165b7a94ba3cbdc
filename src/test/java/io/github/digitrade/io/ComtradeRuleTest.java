package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of Comtrade leaf-record rules that every Comtrade reader applies. */
class ComtradeRuleTest {

  @Test
  void theRulesCoverEveryKindInTheOrderOfTheKinds() {
    List<Aggregate> kinds = new ArrayList<>();
    for (ComtradeRule r : ComtradeRule.all()) {
      if (kinds.isEmpty() || kinds.get(kinds.size() - 1) != r.kind()) {
        kinds.add(r.kind());
      }
    }
    // COMMODITY_TOTAL has two rules (cmdCode TOTAL, aggrLevel 0): 9 rules, 8 kinds
    assertThat(ComtradeRule.all()).hasSize(9);
    assertThat(kinds).containsExactly(Aggregate.values());
  }

  @Test
  void eachRuleNamesBothHeaderGenerations() {
    ComtradeRule world = ComtradeRule.all().get(1);
    assertThat(world.kind()).isEqualTo(Aggregate.PARTNER_WORLD);
    assertThat(world.columns()).containsExactly("partnerCode", "Partner Code");
    assertThat(world.test()).isEqualTo(ComtradeRule.Test.ZEROS);
    ComtradeRule customs = ComtradeRule.all().get(6);
    assertThat(customs.columns()).containsExactly("customsCode", "Customs Proc. Code");
    assertThat(customs.code()).isEqualTo("C00");
    assertThat(ComtradeRule.all().get(8).columns()).containsExactly("mosCode");
  }

  @Test
  void legacyFlowCodesOneToFourAreImportsExportsReExportsReImports() {
    assertThat(ComtradeRule.legacyFlows()).containsExactly("M", "X", "RX", "RM");
    assertThat(ComtradeRule.LEGACY_FLOW_HEADER).isEqualTo(ComtradeFormat.LEGACY_FLOW);
  }

  @Test
  void aRuleWithoutColumnsIsRefused() {
    assertThatThrownBy(
            () ->
                new ComtradeRule(
                    Aggregate.SUPPLY_MODE, ImmutableList.of(), ComtradeRule.Test.ZEROS, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns of SUPPLY_MODE are empty: expected a header");
  }
}
