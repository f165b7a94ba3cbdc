package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import io.github.digitrade.reference.PublishedFigures;
import org.junit.jupiter.api.Test;

class ReleaseGrowthTest {

  private static final Source REVISED = Source.of("MOFCOM", "survey 2022", Vintage.REVISED);
  private static final Source PRELIM = Source.of("GACC", "January 2022", Vintage.PRELIMINARY);

  private static TradeFlow flow(Period p, String cny, Source s) {
    return TradeFlow.builder()
        .reporter(Partner.of("CHN"))
        .partner(Partner.world())
        .period(p)
        .direction(FlowDirection.TOTAL)
        .product(ProductCode.total())
        .digitalNature(DigitalNature.DIGITALLY_ORDERED)
        .value(Money.of(cny, "CNY"))
        .source(s)
        .build();
  }

  @Test
  void test_yoyWithinRelease_handExample() {
    // 1620 -> 1920: 300 / 1620 = 0.185185...
    double g = Growth.yoyWithinRelease(flow(Period.ofYear(2020), "1620", REVISED),
        flow(Period.ofYear(2021), "1920", REVISED));
    assertThat(g).isCloseTo(300.0 / 1620, within(1e-12));
  }

  @Test
  void test_yoyWithinRelease_embeddedRevisedGenerationAgreesWithThePublishedRate() {
    TradeFlow r2020 = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL)
        .period(Period.ofYear(2020)).vintage(Vintage.REVISED).asList().get(0);
    TradeFlow r2021 = ChinaDigitalTrade.cbec().direction(FlowDirection.TOTAL)
        .period(Period.ofYear(2021)).vintage(Vintage.REVISED).asList().get(0);
    double computed = Growth.yoyWithinRelease(r2020, r2021);
    double published = PublishedFigures.growthOf(r2021).orElseThrow().value().doubleValue() / 100;
    // 0.1852 against the published 0.186: the levels are rounded to 10 billion yuan
    assertThat(computed).isCloseTo(published, within(0.005));
  }

  @Test
  void test_yoyWithinRelease_refusesMixedReleasesNamingBoth() {
    assertThatThrownBy(() -> Growth.yoyWithinRelease(flow(Period.ofYear(2020), "1690", PRELIM),
            flow(Period.ofYear(2021), "1920", REVISED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("growth 2020 → 2021 would mix releases: 2020 from GACC: January"
            + " 2022")
        .hasMessageContaining("2021 from MOFCOM: survey 2022");
  }

  @Test
  void test_yoyWithinRelease_refusesPeriodsNotOneYearApartAndOtherProducts() {
    assertThatThrownBy(() -> Growth.yoyWithinRelease(flow(Period.ofYear(2019), "1", REVISED),
            flow(Period.ofYear(2021), "2", REVISED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods 2019 and 2021: expected the same period one year apart");
    assertThatThrownBy(() -> Growth.yoyWithinRelease(flow(Period.ofHalf(2020, 1), "1", REVISED),
            flow(Period.ofYear(2021), "2", REVISED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods 2020-H1 and 2021: expected the same period one year apart");
    TradeFlow exports = TradeFlow.builder().reporter(Partner.of("CHN")).partner(Partner.world())
        .period(Period.ofYear(2021)).direction(FlowDirection.EXPORT).product(ProductCode.total())
        .digitalNature(DigitalNature.DIGITALLY_ORDERED).value(Money.of("2", "CNY")).source(REVISED)
        .build();
    assertThatThrownBy(() -> Growth.yoyWithinRelease(flow(Period.ofYear(2020), "1", REVISED),
            exports))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected the same reporter, partner, direction, product and"
            + " currency");
    assertThatThrownBy(() -> Growth.yoyWithinRelease(flow(Period.ofYear(2020), "0", REVISED),
            flow(Period.ofYear(2021), "2", REVISED)))
        .isInstanceOf(UndefinedIndicatorException.class);
  }

  @Test
  void withinReleaseGrowthEqualsPlainYoyOfTheValues() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(0, 1_000_000),
            integers().between(2001, 2030))
        .checkAssert((a, b, y) -> assertThat(Growth.yoyWithinRelease(
                flow(Period.ofYear(y - 1), String.valueOf(a), REVISED),
                flow(Period.ofYear(y), String.valueOf(b), REVISED)))
            .isEqualTo(Growth.yoy(a, b)));
  }
}
