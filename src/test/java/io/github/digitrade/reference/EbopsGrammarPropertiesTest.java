package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One EBOPS 2010 grammar: the reference tables accept exactly the codes {@link ProductCode} does. */
class EbopsGrammarPropertiesTest {

  private static boolean productCodeAccepts(String code) {
    try {
      ProductCode.ebops(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean definitionAccepts(String code) {
    try {
      DdsDefinition.WTO_MOFCOM.contains(code);
      DdsDefinition.HANDBOOK_CORE.overlaps(code);
      DigitalServices.isWithin(code, "S");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void referenceTablesAndProductCodeAcceptTheSameCodes() {
    qt().withExamples(3000)
        .forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 9).map(s -> "S" + s))
        .checkAssert(code -> assertThat(definitionAccepts(code)).isEqualTo(productCodeAccepts(code)));
  }

  @Test
  void selectNeverThrowsForCodesProductCodeAccepts() {
    // the two codes the grammars used to disagree on, and ordinary ones
    for (String code : List.of("SOXX", "SJ2222", "SI1", "SK", "S")) {
      TradeFlow f =
          TradeFlow.of(
              Partner.of("CHN"),
              Partner.world(),
              Period.ofYear(2023),
              FlowDirection.EXPORT,
              ProductCode.ebops(code),
              DigitalNature.DIGITALLY_DELIVERED,
              Money.of("1", "USD"));
      assertThat(DdsDefinition.WTO_MOFCOM.select(TradeFlows.of(f)).asList()).hasSizeLessThan(2);
      assertThat(DdsDefinition.WTO_MOFCOM.contains(f.product())).isIn(true, false);
    }
    assertThat(DdsDefinition.WTO_MOFCOM.contains("SOXX")).isFalse();
    assertThatThrownBy(() -> DdsDefinition.WTO_MOFCOM.contains("SJ22222"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ebopsCode = \"SJ22222\": expected an EBOPS 2010 code such as SI or SK1 (S, up to 3"
                + " capital letters, up to 4 digits) for EBOPS2010");
  }
}
