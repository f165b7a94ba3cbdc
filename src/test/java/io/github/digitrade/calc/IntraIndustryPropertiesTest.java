package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class IntraIndustryPropertiesTest {

  @Test
  void grubelLloydIsBetweenZeroAndOneAndSymmetricInExportsAndImports() {
    qt().withExamples(1000)
        .forAll(Gens.tradeValue(), Gens.tradeValue())
        .assuming((x, m) -> x + m > 0)
        .checkAssert(
            (x, m) -> {
              double gl = IntraIndustry.grubelLloyd(x, m);
              assertThat(gl).isBetween(0.0, 1.0);
              assertThat(IntraIndustry.grubelLloyd(m, x)).isEqualTo(gl);
            });
  }

  @Test
  void aggregateAndAdjustedGrubelLloydAreBetweenZeroAndOneAndSymmetric() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> {
              double a = IntraIndustry.aggregate(p[0], p[1]);
              assertThat(a).isBetween(0.0, 1.0);
              assertThat(IntraIndustry.aggregate(p[1], p[0])).isEqualTo(a);
              double adj = IntraIndustry.imbalanceAdjusted(p[0], p[1]);
              assertThat(adj).isBetween(0.0, 1.0);
              assertThat(adj).isGreaterThanOrEqualTo(a - 1e-12);
            });
  }

  @Test
  void aggregateIsTheTradeWeightedMeanOfProductIndices() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> {
              double[] x = p[0];
              double[] m = p[1];
              double[] gross = new double[x.length];
              for (int k = 0; k < x.length; k++) {
                gross[k] = x[k] + m[k];
              }
              double total = Sums.sum(gross);
              double[] weighted = new double[x.length];
              for (int k = 0; k < x.length; k++) {
                weighted[k] = gross[k] == 0 ? 0 : gross[k] / total * IntraIndustry.grubelLloyd(x[k], m[k]);
              }
              assertThat(Sums.sum(weighted)).isCloseTo(IntraIndustry.aggregate(x, m), within(1e-12));
            });
  }
}
