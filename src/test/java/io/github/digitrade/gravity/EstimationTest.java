package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-checkable fits, invariants of the estimators, and the convergence report. */
class EstimationTest {

  @Test
  void ppmlWithOnlyAnInterceptFitsTheLogOfTheMean() {
    // y = 1, 2, 6: mean 3, so the intercept is log 3 = 1.0986 and every fitted mean is 3
    ModelFrame f = ModelFrame.builder().number("y", new double[] {1, 2, 6}).build();
    GravityFit fit = GravityModel.ppml("y").tolerance(1e-14).fit(f);
    assertThat(fit.coefficient("(Intercept)")).isCloseTo(Math.log(3), within(1e-12));
    assertThat(fit.fitted()).containsExactly(new double[] {3, 3, 3}, within(1e-10));
    // deviance 2 Σ y log(y/3) = 2 (log(1/3) + 2 log(2/3) + 6 log 2)
    double dev = 2 * (Math.log(1 / 3.0) + 2 * Math.log(2 / 3.0) + 6 * Math.log(2));
    assertThat(fit.deviance()).isCloseTo(dev, within(1e-10));
    // log-likelihood Σ y log 3 − 3 − ln y! = 9 log 3 − 9 − ln(1·2·720)
    assertThat(fit.logLikelihood()).isCloseTo(9 * Math.log(3) - 9 - Math.log(1440), within(1e-10));
    assertThat(fit.pseudoR2()).isCloseTo(0, within(1e-12));
  }

  @Test
  void ppmlWithOneFixedEffectFitsTheGroupMeans() {
    // groups a: 1, 3 (mean 2), b: 4, 0, 8 (mean 4); x is constant within... no regressor
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 3, 4, 0, 8})
        .factor("g", List.of("a", "a", "b", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").absorb("g").fit(f);
    assertThat(fit.fitted()).containsExactly(new double[] {2, 2, 4, 4, 4}, within(1e-9));
    assertThat(fit.fixedEffects("g").get("a")).isCloseTo(Math.log(2), within(1e-9));
    assertThat(fit.fixedEffects("g").get("b")).isCloseTo(Math.log(4), within(1e-9));
    assertThat(fit.coefficientNames()).isEmpty();
  }

  @Test
  void ppmlWithALargeNegativeOffsetRecoversTheExactModel() {
    // y = exp(off + 0.5·x + α_g) exactly, with offsets near −10 (as ln t of trade costs): the fit
    // must converge and recover β = 0.5 and the fitted values y, whatever the offset's scale
    int n = 40;
    double[] x = new double[n];
    double[] off = new double[n];
    double[] y = new double[n];
    String[] g = new String[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i % 7) - 3;
      off[i] = -12 + 0.1 * i;
      g[i] = "g" + (i % 4);
      y[i] = Math.exp(off[i] + 0.5 * x[i] + (i % 4) * 0.3) * 1e6;
    }
    ModelFrame f = ModelFrame.builder()
        .number("y", y).number("x", x).number("off", off).factor("g", List.of(g)).build();
    GravityFit fit = GravityModel.ppml("y").regressors("x").absorb("g").offset("off").fit(f);
    assertThat(fit.coefficient("x")).isCloseTo(0.5, within(1e-8));
    for (int i = 0; i < n; i++) {
      assertThat(fit.fitted()[i]).isCloseTo(y[i], within(1e-6 * y[i]));
    }
  }

  @Test
  void olsWithOneFixedEffectIsTheWithinRegression() {
    // group a: x 1, 2, 3 → y 2, 4, 9; group b: x 1, 3 → y 0, 4
    // within deviations: a x −1,0,1 y −3,−1,4; b x −1,1 y −2,2
    // β = Σ x̃ỹ / Σ x̃² = (3 + 0 + 4 + 2 + 2) / (1 + 0 + 1 + 1 + 1) = 11/4 = 2.75
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {2, 4, 9, 0, 4})
        .number("x", new double[] {1, 2, 3, 1, 3})
        .factor("g", List.of("a", "a", "a", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ols("y").regressors("x").absorb("g").fit(f);
    assertThat(fit.coefficient("x")).isCloseTo(2.75, within(1e-12));
    // fitted: a: 5 + 2.75(x − 2) → 2.25, 5, 7.75; b: 2 + 2.75(x − 2) → −0.75, 4.75
    assertThat(fit.fitted()).containsExactly(new double[] {2.25, 5, 7.75, -0.75, 4.75}, within(1e-12));
    // residuals −0.25, −1, 1.25, 0.75, −0.75: RSS = 0.0625 + 1 + 1.5625 + 0.5625 + 0.5625 = 3.75
    // within TSS = 9 + 1 + 16 + 4 + 4 = 34 → within R² = 1 − 3.75/34
    assertThat(fit.withinR2()).isCloseTo(1 - 3.75 / 34, within(1e-12));
    // TSS around 3.8: 3.24 + 0.04 + 27.04 + 14.44 + 0.04 = 44.8 → R² = 1 − 3.75/44.8
    assertThat(fit.r2()).isCloseTo(1 - 3.75 / 44.8, within(1e-12));
    // iid: σ² = RSS/(n − K) = 3.75/(5 − 3), Var β = σ² / Σ x̃² = 1.875/4
    assertThat(fit.standardError("x", Vcov.iid())).isCloseTo(Math.sqrt(1.875 / 4), within(1e-12));
    // hetero HC0: Σ x̃² e² / (Σ x̃²)² = (0.0625 + 0 + 1.5625 + 0.5625 + 0.5625)/16 = 2.75/16
    assertThat(fit.standardError("x", Vcov.hetero().convention(SmallSample.NONE)))
        .isCloseTo(Math.sqrt(2.75 / 16), within(1e-12));
    // fixest hetero: × n/(n − K) = 5/2
    assertThat(fit.standardError("x", Vcov.hetero())).isCloseTo(Math.sqrt(2.75 / 16 * 2.5), within(1e-12));
    // cluster by g: S_a = Σ x̃e = 0.25 + 0 + 1.25 = 1.5, S_b = −0.75 − 0.75 = −1.5: meat 4.5
    // raw = 4.5 / 16; fixest: g is nested in the cluster, K' = 3 − 1 = 2 → × 2/1 × 4/3
    assertThat(fit.standardError("x", Vcov.cluster("g").convention(SmallSample.NONE)))
        .isCloseTo(Math.sqrt(4.5 / 16), within(1e-12));
    assertThat(fit.standardError("x", Vcov.cluster("g"))).isCloseTo(Math.sqrt(4.5 / 16 * 2 * 4 / 3.0), within(1e-12));
    assertThat(fit.fixedEffects("g").get("a")).isCloseTo(5 - 2.75 * 2, within(1e-12));
  }

  @Test
  void weightsOfTwoEqualDuplicatingARow() {
    ModelFrame dup = ModelFrame.builder()
        .number("y", new double[] {1, 5, 5, 2, 7})
        .number("x", new double[] {0, 1, 1, 2, 3})
        .build();
    ModelFrame w = ModelFrame.builder()
        .number("y", new double[] {1, 5, 2, 7, 3})
        .number("x", new double[] {0, 1, 2, 3, 9})
        .number("w", new double[] {1, 2, 1, 1, 0})
        .build();
    GravityFit a = GravityModel.ppml("y").regressors("x").tolerance(1e-14).fit(dup);
    GravityFit b = GravityModel.ppml("y").regressors("x").weights("w").tolerance(1e-14).fit(w);
    assertThat(b.coefficient("x")).isCloseTo(a.coefficient("x"), within(1e-10));
    assertThat(b.dropped()).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(Dropped.Reason.ZERO_WEIGHT);
      assertThat(d.row()).isEqualTo(4);
    });
  }

  @Test
  void anOffsetWithCoefficientOneIsTheSameAsMovingItIntoTheOutcomeScale() {
    // log E[y] = b x + off: scaling y by e^c is the same as an offset of c for the intercept
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9})
        .number("x", new double[] {0, 1, 2, 3})
        .number("off", new double[] {0.5, 0.5, 0.5, 0.5})
        .build();
    GravityFit plain = GravityModel.ppml("y").regressors("x").tolerance(1e-14).fit(f);
    GravityFit off = GravityModel.ppml("y").regressors("x").offset("off").tolerance(1e-14).fit(f);
    assertThat(off.coefficient("x")).isCloseTo(plain.coefficient("x"), within(1e-10));
    assertThat(off.coefficient("(Intercept)")).isCloseTo(plain.coefficient("(Intercept)") - 0.5, within(1e-10));
  }

  @Test
  void collinearRegressorsAreDroppedAndNamed() {
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9, 3})
        .number("x", new double[] {0, 1, 2, 3, 1})
        .number("x2", new double[] {0, 2, 4, 6, 2})
        .number("gconst", new double[] {1, 1, 2, 2, 2})
        .factor("g", List.of("a", "a", "b", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").regressors("x", "x2", "gconst").absorb("g").fit(f);
    assertThat(fit.coefficientNames()).containsExactly("x");
    assertThat(fit.droppedRegressors()).extracting(DroppedRegressor::name).containsExactly("x2", "gconst");
    assertThatThrownBy(() -> fit.coefficient("x2")).hasMessageContaining("dropped");
    assertThat(fit.report()).contains("regressor x2 dropped: collinear");
  }

  @Test
  void aFitThatCannotConvergeSaysSoWithTheLastChanges() {
    ModelFrame f = Fixtures.trade();
    GravityModel m = GravityModel.ppml("Euros").regressors("log_dist").absorb("Origin", "Destination").maxIterations(2);
    assertThatThrownBy(() -> m.fit(f))
        .isInstanceOf(NotConvergedException.class)
        .hasMessageContaining("NOT CONVERGED after 2 iterations (deviance change")
        .hasMessageContaining("allowNonConvergence()")
        .satisfies(e -> assertThat(((NotConvergedException) e).fit().convergence().devianceChange()).isGreaterThan(1e-8));
    GravityFit last = m.allowNonConvergence().fit(f);
    assertThat(last.convergence().converged()).isFalse();
    assertThat(last.convergence().iterations()).isEqualTo(2);
    assertThat(last.convergence().coefficientChange()).isPositive();
    assertThat(last.toString()).contains("NOT CONVERGED").contains("Converged").contains("NO");
    // too few sweeps for three fixed effects: the projections do not converge, and the fit says so
    GravityModel sweeps = GravityModel.ppml("Euros").regressors("log_dist")
        .absorb("Origin", "Destination", "Product").maxFixedEffectIterations(1).fixedEffectTolerance(1e-14);
    assertThatThrownBy(() -> sweeps.fit(f)).isInstanceOf(NotConvergedException.class);
  }

  @Test
  void ironsTuckAndPlainSweepsReachTheSameFit() {
    ModelFrame f = Fixtures.trade();
    GravityModel m = GravityModel.ppml("Euros").regressors("log_dist")
        .absorb("Origin", "Destination", "Product", "Year").tolerance(1e-12).fixedEffectTolerance(1e-11);
    double it = m.fit(f).coefficient("log_dist");
    double plain = m.acceleration(Acceleration.NONE).fit(f).coefficient("log_dist");
    assertThat(plain).isCloseTo(it, within(1e-9));
  }

  @Test
  void settingsAreValidated() {
    GravityModel m = GravityModel.ppml("y");
    assertThatThrownBy(() -> m.tolerance(0)).hasMessage("tolerance = 0.0: expected a positive number");
    assertThatThrownBy(() -> m.fixedEffectTolerance(-1)).hasMessageContaining("fixedEffectTolerance = -1.0");
    assertThatThrownBy(() -> m.maxIterations(0)).hasMessage("maxIterations = 0: expected at least 1");
    assertThatThrownBy(() -> m.maxFixedEffectIterations(0)).hasMessageContaining("maxFixedEffectIterations");
    assertThatThrownBy(() -> m.collinearityTolerance(1)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> m.regressors("a", "a")).hasMessageContaining("distinct");
    assertThat(GravityModel.ols("ly").regressors("a", "b").absorb("e", "i").weights("w").offset("o").toString())
        .isEqualTo("OLS ly ~ a + b | e + i, weights = w, offset = o");
    assertThat(m.toString()).isEqualTo("PPML y ~ 1");
    assertThat(m.weightColumn()).isEmpty();
    assertThat(m.estimator()).isEqualTo(Estimator.PPML);
  }

  private static ModelFrame panel(long seed, int countries, int years) {
    Random r = new Random(seed);
    int n = countries * countries * years;
    double[] y = new double[n];
    double[] x = new double[n];
    String[] e = new String[n];
    String[] im = new String[n];
    String[] t = new String[n];
    double[] oe = new double[countries];
    double[] oi = new double[countries];
    for (int c = 0; c < countries; c++) {
      oe[c] = r.nextGaussian();
      oi[c] = r.nextGaussian();
    }
    int k = 0;
    for (int a = 0; a < countries; a++) {
      for (int b = 0; b < countries; b++) {
        for (int s = 0; s < years; s++) {
          x[k] = r.nextGaussian();
          double mu = Math.exp(1 + oe[a] + oi[b] - 0.7 * x[k] + 0.1 * s);
          y[k] = Math.floor(mu * (0.5 + r.nextDouble()));
          e[k] = "e" + a;
          im[k] = "i" + b;
          t[k] = "t" + s;
          k++;
        }
      }
    }
    return ModelFrame.builder().number("y", y).number("x", x)
        .factor("e", List.of(e)).factor("i", List.of(im)).factor("t", List.of(t)).build();
  }

  @Test
  void scoresVanishAtTheFitInEveryFixedEffectLevel() {
    qt().withExamples(15)
        .forAll(integers().between(0, 10_000), integers().between(3, 6))
        .checkAssert((seed, countries) -> {
          ModelFrame f = panel(seed, countries, 3);
          GravityFit fit;
          try {
            fit = GravityModel.ppml("y").regressors("x").absorb("e", "i", "t")
                .tolerance(1e-13).fixedEffectTolerance(1e-12).fit(f);
          } catch (IllegalArgumentException | ArithmeticException ex) {
            return;
          }
          int[] rows = fit.rows();
          double[] mu = fit.fitted();
          // Poisson first-order conditions: Σ_i∈g (y − μ) = 0 for every level, Σ x (y − μ) = 0
          for (String fe : List.of("e", "i", "t")) {
            Factor fac = f.factor(fe);
            double[] s = new double[fac.levelCount()];
            double[] tot = new double[fac.levelCount()];
            for (int j = 0; j < rows.length; j++) {
              s[fac.code(rows[j])] += f.number("y", rows[j]) - mu[j];
              tot[fac.code(rows[j])] += f.number("y", rows[j]) + 1;
            }
            for (int g = 0; g < s.length; g++) {
              assertThat(Math.abs(s[g])).isLessThanOrEqualTo(1e-6 * tot[g] + 1e-9);
            }
          }
          double sx = 0;
          double scale = 0;
          for (int j = 0; j < rows.length; j++) {
            sx += f.number("x", rows[j]) * (f.number("y", rows[j]) - mu[j]);
            scale += Math.abs(f.number("x", rows[j])) * (f.number("y", rows[j]) + 1);
          }
          assertThat(Math.abs(sx)).isLessThanOrEqualTo(1e-6 * scale);
        });
  }

  @Test
  void scalingTheOutcomeLeavesTheSlopeUnchanged() {
    qt().withExamples(10)
        .forAll(integers().between(0, 10_000), doubles().between(0.001, 1000))
        .checkAssert((seed, c) -> {
          ModelFrame f = panel(seed, 4, 2);
          double[] y = f.column("y");
          for (int i = 0; i < y.length; i++) {
            y[i] *= c;
          }
          ModelFrame g = f.withNumber("cy", y);
          GravityModel m = GravityModel.ppml("y").regressors("x").absorb("e", "i").tolerance(1e-13).fixedEffectTolerance(1e-12);
          double b1 = m.fit(f).coefficient("x");
          GravityModel m2 = GravityModel.ppml("cy").regressors("x").absorb("e", "i").tolerance(1e-13).fixedEffectTolerance(1e-12);
          assertThat(m2.fit(g).coefficient("x")).isCloseTo(b1, within(1e-7));
        });
  }

  @Test
  void demeanedVariablesAreOrthogonalToEveryLevel() {
    qt().withExamples(50)
        .forAll(lists().of(doubles().between(-100, 100)).ofSize(24), integers().between(0, 1))
        .checkAssert((v, accel) -> {
          int n = 24;
          int[] a = new int[n];
          int[] b = new int[n];
          int[] c = new int[n];
          double[] w = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = i % 4;
            b[i] = (i / 4) % 3;
            c[i] = (i * 7) % 5;
            w[i] = 0.5 + (i % 3);
          }
          Absorber abs = new Absorber(n, new int[][] {a, b, c}, new int[] {4, 3, 5},
              accel == 0 ? Acceleration.NONE : Acceleration.IRONS_TUCK, 1e-13, 100_000);
          abs.setWeights(w);
          double[] x = v.stream().mapToDouble(Double::doubleValue).toArray();
          double[] r = new double[n];
          assertThat(abs.demean(x, r, new double[abs.totalLevels()])).isTrue();
          for (int[] codes : new int[][] {a, b, c}) {
            double[] s = new double[5];
            for (int i = 0; i < n; i++) {
              s[codes[i]] += w[i] * r[i];
            }
            for (double sg : s) {
              assertThat(Math.abs(sg)).isLessThan(1e-8);
            }
          }
        });
  }

  @Test
  void conjugateGradientSolvesTheFixedEffectNormalEquations() {
    // y on two crossed factors with no regressor: the two-way OLS fit of a 2 × 2 table
    // y = (1, 2, 3, 5) over a = (0, 0, 1, 1), b = (0, 1, 0, 1): the additive fit leaves the
    // interaction residuals e = (1 − 2 − 3 + 5)/4 · (1, −1, −1, 1) = (0.25, −0.25, −0.25, 0.25), so
    // the fitted values y − e are (0.75, 2.25, 3.25, 4.75)
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 2, 3, 5})
        .number("x", new double[] {0, 1, 3, 7})
        .factor("a", List.of("a0", "a0", "a1", "a1"))
        .factor("b", List.of("b0", "b1", "b0", "b1"))
        .build();
    GravityModel m = GravityModel.ols("y").absorb("a", "b").fixedEffectTolerance(1e-14)
        .acceleration(Acceleration.CONJUGATE_GRADIENT);
    GravityFit fit = m.fit(f);
    assertThat(fit.fitted()).containsExactly(new double[] {0.75, 2.25, 3.25, 4.75}, within(1e-12));
    // with a regressor the same coefficient as the alternating projections
    GravityFit cg = m.regressors("x").fit(f);
    GravityFit ap = m.regressors("x").acceleration(Acceleration.IRONS_TUCK).fit(f);
    assertThat(cg.coefficient("x")).isCloseTo(ap.coefficient("x"), within(1e-10));
    // one step is not enough on three dimensions: the fit says it did not converge
    ModelFrame g = f.withFactor(Factor.of("c", List.of("c0", "c1", "c1", "c0")));
    GravityModel one = GravityModel.ols("y").regressors("x").absorb("a", "b", "c").maxFixedEffectIterations(1)
        .acceleration(Acceleration.CONJUGATE_GRADIENT);
    assertThatThrownBy(() -> one.fit(g)).isInstanceOf(NotConvergedException.class);
  }
}
