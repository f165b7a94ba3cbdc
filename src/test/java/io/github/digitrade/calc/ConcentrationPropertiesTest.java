package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConcentrationPropertiesTest {

  private static final double EPS = 1e-12;

  @Test
  void hhiIsBetweenOneOverNAndOne() {
    qt().withExamples(1000)
        .forAll(Gens.values(30))
        .checkAssert(
            x -> {
              double h = Concentration.hhi(x);
              assertThat(h).isBetween(1.0 / x.length - EPS, 1.0 + EPS);
            });
  }

  @Test
  void hhiIsInvariantToScaling() {
    qt().withExamples(1000)
        .forAll(Gens.values(30), Gens.positiveValue().map(f -> f / 1e6))
        .checkAssert(
            (x, factor) -> {
              double[] y = x.clone();
              for (int i = 0; i < y.length; i++) {
                y[i] *= factor;
              }
              assertThat(Concentration.hhi(y)).isCloseTo(Concentration.hhi(x), within(EPS));
            });
  }

  @Test
  void hhiIsInvariantToOrder() {
    qt().withExamples(1000)
        .forAll(Gens.values(30), integers().all())
        .checkAssert(
            (x, seed) -> {
              List<Double> l = new ArrayList<>();
              for (double v : x) {
                l.add(v);
              }
              Collections.shuffle(l, new Random(seed));
              assertThat(Concentration.hhi(Gens.toArray(l)))
                  .isCloseTo(Concentration.hhi(x), within(EPS));
            });
  }

  @Test
  void hhiByRowEqualsHhiOfEachRowBitForBit() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6))
        .checkAssert(
            m -> {
              LabeledVector h = Concentration.hhiByRow(m);
              for (String r : m.rowLabels()) {
                double[] row = m.row(r).toArray();
                if (Sums.sum(row) == 0) {
                  assertThat(h.contains(r)).isFalse();
                  assertThat(h.excluded()).extracting(Exclusion::label).contains(r);
                } else {
                  assertThat(h.get(r)).isEqualTo(Concentration.hhi(row));
                }
              }
            });
  }

  @Test
  void concentrationRatioIsNonDecreasingInK() {
    qt().withExamples(1000)
        .forAll(Gens.values(20))
        .checkAssert(
            x -> {
              double previous = 0;
              for (int k = 1; k <= x.length + 1; k++) {
                double cr = Concentration.concentrationRatio(x, k);
                assertThat(cr).isGreaterThanOrEqualTo(previous);
                previous = cr;
              }
              assertThat(previous).isCloseTo(1.0, within(EPS));
            });
  }

  @Test
  void theilIsNonNegativeAndZeroExactlyForEqualValues() {
    qt().withExamples(1000)
        .forAll(lists().of(integers().between(1, 1000)).ofSizeBetween(1, 20))
        .checkAssert(
            l -> {
              double[] x = l.stream().mapToDouble(Integer::doubleValue).toArray();
              boolean uniform = l.stream().distinct().count() == 1;
              for (TheilConvention c : TheilConvention.values()) {
                double t = Concentration.theil(x, c);
                assertThat(t).isGreaterThanOrEqualTo(0.0);
                if (uniform) {
                  assertThat(t).isLessThanOrEqualTo(EPS);
                } else {
                  assertThat(t).isGreaterThan(1e-9);
                }
              }
            });
  }

  @Test
  void theilWithZerosIsNonNegativeForBothConventions() {
    qt().withExamples(1000)
        .forAll(Gens.values(20))
        .checkAssert(
            x -> {
              assertThat(Concentration.theil(x, TheilConvention.ALL_LINES)).isGreaterThanOrEqualTo(0);
              assertThat(Concentration.theil(x, TheilConvention.POSITIVE_LINES))
                  .isGreaterThanOrEqualTo(0);
              assertThat(Concentration.theil(x, TheilConvention.ALL_LINES))
                  .isLessThanOrEqualTo(Math.log(x.length) + EPS);
            });
  }

  @Test
  void entropyIsBetweenZeroAndLogN() {
    qt().withExamples(1000)
        .forAll(Gens.values(20))
        .checkAssert(
            x -> assertThat(Concentration.entropy(x)).isBetween(0.0, Math.log(x.length) + EPS));
  }

  @Test
  void normalisedIndicesAreBetweenZeroAndOne() {
    qt().withExamples(1000)
        .forAll(Gens.values(2, 20).assuming(x -> Arrays2.positives(x) > 1))
        .checkAssert(
            x -> {
              assertThat(Concentration.normalisedHhi(x)).isBetween(-EPS, 1 + EPS);
              assertThat(Concentration.unctadConcentration(x, x.length + 5)).isBetween(-EPS, 1 + EPS);
            });
  }

  @Test
  void unctadDiversificationIsBetweenZeroAndOne() {
    qt().withExamples(1000)
        .forAll(Gens.pairs(20))
        .checkAssert(
            p -> assertThat(Concentration.unctadDiversification(p[0], p[1])).isBetween(0.0, 1 + EPS));
  }

  /** Small array helpers for assumptions. */
  static final class Arrays2 {
    private Arrays2() {}

    static int positives(double[] x) {
      int n = 0;
      for (double v : x) {
        if (v > 0) {
          n++;
        }
      }
      return n;
    }
  }
}
