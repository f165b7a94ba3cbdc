package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LSMR absorption ({@link Acceleration#LSMR}): hand-checked, against the default, properties. */
class LsmrAbsorptionTest {

  private static double rel(double a, double b) {
    return Math.abs(a - b) / Math.abs(b);
  }

  @Test
  void lsmrSolvesTheTwoWayTableByHand() {
    // y = (1, 2, 3, 5) over a = (0, 0, 1, 1), b = (0, 1, 0, 1): the additive two-way fit leaves the
    // interaction residuals e = (1 − 2 − 3 + 5)/4 · (1, −1, −1, 1) = (0.25, −0.25, −0.25, 0.25),
    // so the fitted values y − e are (0.75, 2.25, 3.25, 4.75)
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 2, 3, 5})
        .number("x", new double[] {0, 1, 3, 7})
        .factor("a", List.of("a0", "a0", "a1", "a1"))
        .factor("b", List.of("b0", "b1", "b0", "b1"))
        .build();
    GravityModel m = GravityModel.ols("y").absorb("a", "b").fixedEffectTolerance(1e-14)
        .acceleration(Acceleration.LSMR);
    assertThat(m.fit(f).fitted()).containsExactly(new double[] {0.75, 2.25, 3.25, 4.75}, within(1e-12));
    // x projected the same way: e_x = (0 − 1 − 3 + 7)/4 · (1, −1, −1, 1) = 0.75 · (1, −1, −1, 1);
    // the OLS slope of y on x within is Σ e_x e_y / Σ e_x² = (4 · 0.75 · 0.25) / (4 · 0.5625) = 1/3
    GravityFit lsmr = m.regressors("x").fit(f);
    assertThat(lsmr.coefficient("x")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(lsmr.coefficient("x"))
        .isCloseTo(m.regressors("x").acceleration(Acceleration.IRONS_TUCK).fit(f).coefficient("x"), within(1e-10));
  }

  @Test
  void lsmrCountsTwoPassesPerDimensionAndStep() {
    // from α = 0 on the additive 2 × 2 table v = (1, 2, 3, 4) over a = (0, 0, 1, 1), b = (0, 1, 0, 1):
    // the residual at the start (1 pass), the first scatter A'u (Q = 2 passes), per step one fused
    // gather and scatter (2Q = 4 passes), and the residual at the end (1 pass)
    int[] a = {0, 0, 1, 1};
    int[] b = {0, 1, 0, 1};
    Absorber ls = new Absorber(4, new int[][] {a, b}, new int[] {2, 2}, Acceleration.LSMR, 1e-12, 100);
    double[] r = new double[4];
    double[] alpha = new double[4];
    assertThat(ls.demean(new double[] {1, 2, 3, 4}, r, alpha)).isTrue();
    assertThat(r).containsExactly(new double[] {0, 0, 0, 0}, within(1e-12));
    for (int i = 0; i < 4; i++) {
      assertThat(alpha[a[i]] + alpha[2 + b[i]]).isCloseTo(i + 1, within(1e-12));
    }
    int steps = ls.lastIterations();
    assertThat(steps).isBetween(1, 4);
    assertThat(ls.maxIterationsUsed()).isEqualTo(steps);
    assertThat(ls.passes()).isEqualTo(1 + 2 + 4L * steps + 1);
    // a second projection adds its own passes: a variable orthogonal to both factors takes no step
    // (β₁ > 0 but A'u₁ = 0), 1 + 2 + 1 passes
    assertThat(ls.demean(new double[] {1, -1, -1, 1}, r, new double[4])).isTrue();
    assertThat(ls.lastIterations()).isZero();
    assertThat(r).containsExactly(1, -1, -1, 1);
    assertThat(ls.passes()).isEqualTo(1 + 2 + 4L * steps + 1 + 4);
  }

  @Test
  void lsmrThatRunsOutOfStepsSaysSo() {
    // three crossed factors on 4 rows: one LSMR step cannot solve the normal equations
    ModelFrame g = ModelFrame.builder()
        .number("y", new double[] {1, 2, 3, 5})
        .number("x", new double[] {0, 1, 3, 7})
        .factor("a", List.of("a0", "a0", "a1", "a1"))
        .factor("b", List.of("b0", "b1", "b0", "b1"))
        .factor("c", List.of("c0", "c1", "c1", "c0"))
        .build();
    GravityModel one = GravityModel.ols("y").regressors("x").absorb("a", "b", "c").maxFixedEffectIterations(1)
        .acceleration(Acceleration.LSMR);
    assertThatThrownBy(() -> one.fit(g)).isInstanceOf(NotConvergedException.class);
    // allowed to return, the result says so
    Convergence c = one.allowNonConvergence().fit(g).convergence();
    assertThat(c.converged()).isFalse();
    assertThat(c.fixedEffectIterations()).isEqualTo(1);
    assertThat(c.toString()).startsWith("NOT CONVERGED");
  }

  @Test
  void lsmrAgreesWithTheDefaultOnTradeAndTheRtaModel() {
    ModelFrame trade = Fixtures.trade();
    GravityModel m = GravityModel.ppml("Euros").regressors("log_dist").absorb("Origin", "Destination", "Product", "Year")
        .tolerance(1e-13).fixedEffectTolerance(1e-12);
    GravityFit it = m.fit(trade);
    GravityFit ls = m.acceleration(Acceleration.LSMR).fit(trade);
    assertThat(ls.convergence().converged()).isTrue();
    assertThat(rel(ls.coefficient("log_dist"), it.coefficient("log_dist"))).isLessThan(1e-9);
    assertThat(rel(ls.standardError("log_dist", Vcov.cluster("Origin")), it.standardError("log_dist", Vcov.cluster("Origin"))))
        .isLessThan(1e-7);
    assertThat(rel(ls.logLikelihood(), it.logLikelihood())).isLessThan(1e-12);
    // the guide's RTA model at the default tolerances: the Stata log's .5571853
    GravityFit rta = GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair_id")
        .acceleration(Acceleration.LSMR).fit(Fixtures.agtpa());
    assertThat(rta.convergence().converged()).isTrue();
    assertThat(rta.coefficient("RTA")).isCloseTo(0.5571853, within(5e-7));
    assertThat(rta.convergence().rowPasses()).isPositive();
  }

  @Test
  void lsmrResidualsAreOrthogonalToEveryLevel() {
    qt().withExamples(50)
        .forAll(lists().of(doubles().between(-100, 100)).ofSize(24), integers().between(0, 1))
        .checkAssert((vals, weighted) -> {
          int n = 24;
          int[] a = new int[n];
          int[] b = new int[n];
          int[] c = new int[n];
          double[] w = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = i % 4;
            b[i] = (i / 4) % 3;
            c[i] = (i * 7) % 5;
            w[i] = weighted == 0 ? 1 : 0.5 + (i % 3);
          }
          Absorber abs = new Absorber(n, new int[][] {a, b, c}, new int[] {4, 3, 5}, Acceleration.LSMR, 1e-13, 10_000);
          abs.setWeights(w);
          double[] x = vals.stream().mapToDouble(Double::doubleValue).toArray();
          double[] r = new double[n];
          double[] alpha = new double[abs.totalLevels()];
          assertThat(abs.demean(x, r, alpha)).isTrue();
          for (int[] codes : new int[][] {a, b, c}) {
            double[] s = new double[5];
            for (int i = 0; i < n; i++) {
              s[codes[i]] += w[i] * r[i];
            }
            for (double sg : s) {
              assertThat(Math.abs(sg)).isLessThan(1e-7);
            }
          }
          // and the same residuals as the alternating projections: the projection is unique
          Absorber ap = new Absorber(n, new int[][] {a, b, c}, new int[] {4, 3, 5}, Acceleration.IRONS_TUCK, 1e-13, 100_000);
          ap.setWeights(w);
          double[] r2 = new double[n];
          assertThat(ap.demean(x, r2, new double[ap.totalLevels()])).isTrue();
          for (int i = 0; i < n; i++) {
            assertThat(r[i]).isCloseTo(r2[i], within(1e-7));
          }
        });
  }

  @Test
  void warmStartedLsmrFromTheSolutionStopsAtOnce() {
    qt().withExamples(30)
        .forAll(lists().of(doubles().between(-10, 10)).ofSize(30))
        .checkAssert(vals -> {
          int n = 30;
          int[] a = new int[n];
          int[] b = new int[n];
          for (int i = 0; i < n; i++) {
            a[i] = i % 5;
            b[i] = (i * 3 + i / 5) % 4;
          }
          Absorber abs = new Absorber(n, new int[][] {a, b}, new int[] {5, 4}, Acceleration.LSMR, 1e-10, 10_000);
          double[] x = vals.stream().mapToDouble(Double::doubleValue).toArray();
          double[] r = new double[n];
          double[] alpha = new double[abs.totalLevels()];
          assertThat(abs.demean(x, r, alpha)).isTrue();
          int cold = abs.lastIterations();
          double[] r2 = new double[n];
          assertThat(abs.demean(x, r2, alpha)).isTrue();
          // from the solution the first step moves nothing beyond the tolerance
          assertThat(abs.lastIterations()).isLessThanOrEqualTo(Math.max(1, cold)).isLessThanOrEqualTo(2);
          for (int i = 0; i < n; i++) {
            assertThat(r2[i]).isCloseTo(r[i], within(1e-8));
          }
        });
  }
}
