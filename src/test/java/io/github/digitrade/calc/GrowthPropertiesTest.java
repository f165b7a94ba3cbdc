package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class GrowthPropertiesTest {

  @Test
  void startTimesOnePlusCagrToTheTEqualsEnd() {
    qt().withExamples(1000)
        .forAll(Gens.positiveValue(), Gens.positiveValue(), doubles().between(0.25, 50))
        .checkAssert(
            (v0, vt, t) -> {
              double g = Growth.cagr(v0, vt, t);
              assertThat(v0 * Math.pow(1 + g, t)).isCloseTo(vt, within(1e-9 * vt));
            });
  }

  @Test
  void chainedYoyFactorsMultiplyToTheTotalMultiple() {
    qt().withExamples(1000)
        .forAll(lists().of(Gens.positiveValue()).ofSizeBetween(2, 30).map(Gens::toArray))
        .checkAssert(
            s -> {
              double product = 1;
              for (double g : Growth.yoy(s)) {
                product *= 1 + g;
              }
              double multiple = Growth.multiple(s[0], s[s.length - 1]);
              assertThat(product).isCloseTo(multiple, within(1e-9 * multiple));
            });
  }

  @Test
  void contributionsSumToTheAggregateGrowth() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> {
              double[] c = Growth.contributions(p[0], p[1]);
              double aggregate = Growth.yoy(Sums.sum(p[0]), Sums.sum(p[1]));
              assertThat(Sums.sum(c)).isCloseTo(aggregate, within(1e-9 * Math.max(1, Math.abs(aggregate))));
            });
  }

  @Test
  void leastSquaresGrowthOfAGeometricSeriesIsItsRate() {
    qt().withExamples(1000)
        .forAll(Gens.positiveValue(), doubles().between(-0.9, 3), doubles().between(2, 25))
        .checkAssert(
            (v0, g, n) -> {
              double[] s = new double[n.intValue()];
              for (int t = 0; t < s.length; t++) {
                s[t] = v0 * Math.pow(1 + g, t);
              }
              assertThat(Growth.leastSquares(s)).isCloseTo(g, within(1e-9 * Math.max(1, g)));
              assertThat(Growth.cagr(s[0], s[s.length - 1], s.length - 1))
                  .isCloseTo(g, within(1e-9 * Math.max(1, g)));
            });
  }

  @Test
  void rebasedSeriesIsTheBaseInTheBasePeriodAndKeepsRatios() {
    qt().withExamples(1000)
        .forAll(lists().of(Gens.positiveValue()).ofSizeBetween(1, 20).map(Gens::toArray))
        .checkAssert(
            s -> {
              int base = s.length / 2;
              double[] i = Growth.rebase(s, base, IndexBase.HUNDRED);
              assertThat(i[base]).isEqualTo(100.0);
              for (int t = 0; t < s.length; t++) {
                assertThat(i[t] / 100).isCloseTo(s[t] / s[base], within(1e-12 * (s[t] / s[base])));
              }
            });
  }
}
