package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goodness of fit, the small-sample conventions of the variance, the degrees of freedom, the
 * recovered fixed effects and the report of what was dropped, on fits small enough to check by
 * hand.
 */
class FitStatisticsTest {

  /** Group a: x 1, 2, 3 → y 2, 4, 9; group b: x 1, 3 → y 0, 4 (EstimationTest's within example). */
  private static ModelFrame withinFrame() {
    return ModelFrame.builder()
        .number("y", new double[] {2, 4, 9, 0, 4})
        .number("x", new double[] {1, 2, 3, 1, 3})
        .factor("g", List.of("a", "a", "a", "b", "b"))
        .factor("h", List.of("u", "v", "v", "v", "v"))
        .factor("h3", List.of("p", "q", "r", "p", "q"))
        .factor("k3", List.of("p", "p", "q", "r", "r"))
        .factor("gh", List.of("a", "a", "a", "b", "b"))
        .build();
  }

  private static GravityFit olsWithin() {
    return GravityModel.ols("y").regressors("x").absorb("g").fit(withinFrame());
  }

  @Test
  void olsSquaredCorrelationIsTheR2() {
    // fitted 2.25, 5, 7.75, −0.75, 4.75: RSS 3.75, TSS around 3.8 = 44.8; with an intercept (here
    // in the fixed effects) the residuals are orthogonal to the fitted values and to the constant,
    // so cor(y, ŷ)² = R² = 1 − 3.75/44.8
    GravityFit fit = olsWithin();
    assertThat(fit.squaredCorrelation()).isCloseTo(1 - 3.75 / 44.8, within(1e-12));
    assertThat(fit.parameters()).isEqualTo(3);
  }

  @Test
  void ppmlGoodnessOfFitOfTheGroupMeans() {
    // y = 1, 3 | 4, 0, 8 in groups a | b: μ = 2, 2, 4, 4, 4, K = 2 (two levels, no regressor)
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 3, 4, 0, 8})
        .factor("g", List.of("a", "a", "b", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").absorb("g").tolerance(1e-14).fit(f);
    // ℓ = Σ y log μ − μ − ln y! = (1 + 3) ln 2 + (4 + 8) ln 4 − 16 − ln(3! 4! 8!) = 28 ln 2 − 16 − ln 5806080
    double lnFact = Math.log(6.0 * 24 * 40320);
    double ll = 28 * Math.log(2) - 16 - lnFact;
    // ℓ₀ at the mean 16/5 = 3.2: 16 ln 3.2 − 16 − ln 5806080
    double ll0 = 16 * Math.log(3.2) - 16 - lnFact;
    assertThat(fit.logLikelihood()).isCloseTo(ll, within(1e-9));
    assertThat(fit.nullLogLikelihood()).isCloseTo(ll0, within(1e-9));
    assertThat(fit.pseudoR2()).isCloseTo(1 - ll / ll0, within(1e-11));
    assertThat(fit.parameters()).isEqualTo(2);
    assertThat(fit.adjustedPseudoR2()).isCloseTo(1 - (ll - 2) / ll0, within(1e-11));
    // deviance 2 Σ y log(y/μ) − (y − μ) = 2 (ln ½ + 3 ln 1.5 + 0 + 8 ln 2) (the y − μ sum to 0 in each group)
    assertThat(fit.deviance()).isCloseTo(2 * (Math.log(0.5) + 3 * Math.log(1.5) + 8 * Math.log(2)), within(1e-9));
    // squared correlation: y − 3.2 = (−2.2, −0.2, 0.8, −3.2, 4.8), μ − 3.2 = (−1.2, −1.2, 0.8, 0.8, 0.8)
    // Σ ab = 2.64 + 0.24 + 0.64 − 2.56 + 3.84 = 4.8, Σ a² = 38.8, Σ b² = 4.8 → 4.8² / (38.8 · 4.8)
    assertThat(fit.squaredCorrelation()).isCloseTo(4.8 / 38.8, within(1e-11));
    assertThat(fit.droppedLevels()).isEmpty();
    // the quantities of the other estimator are refused
    assertThatThrownBy(fit::r2).isInstanceOf(IllegalStateException.class).hasMessageContaining("R²");
    assertThatThrownBy(fit::withinR2).isInstanceOf(IllegalStateException.class).hasMessageContaining("within R²");
    GravityFit ols = olsWithin();
    assertThatThrownBy(ols::logLikelihood).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the log-likelihood is defined for PPML fits");
    assertThatThrownBy(ols::nullLogLikelihood).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the null log-likelihood");
    assertThatThrownBy(ols::pseudoR2).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void weightsOfTwoGiveTheLikelihoodAndDevianceOfADuplicatedRow() {
    // the same rows as EstimationTest's weighting example, with fixed effects this time
    ModelFrame dup = ModelFrame.builder()
        .number("y", new double[] {1, 5, 5, 2, 7, 4})
        .number("x", new double[] {0, 1, 1, 2, 3, 1})
        .factor("g", List.of("a", "a", "a", "b", "b", "b"))
        .factor("id", List.of("r0", "r1", "r1", "r2", "r3", "r4"))
        .build();
    ModelFrame w = ModelFrame.builder()
        .number("y", new double[] {1, 5, 2, 7, 4})
        .number("x", new double[] {0, 1, 2, 3, 1})
        .number("w", new double[] {1, 2, 1, 1, 1})
        .factor("g", List.of("a", "a", "b", "b", "b"))
        .factor("id", List.of("r0", "r1", "r2", "r3", "r4"))
        .build();
    GravityModel m = GravityModel.ppml("y").regressors("x").absorb("g").tolerance(1e-14).fixedEffectTolerance(1e-14);
    GravityFit a = m.fit(dup);
    GravityFit b = m.weights("w").fit(w);
    assertThat(b.coefficient("x")).isCloseTo(a.coefficient("x"), within(1e-10));
    assertThat(b.logLikelihood()).isCloseTo(a.logLikelihood(), within(1e-10));
    assertThat(b.nullLogLikelihood()).isCloseTo(a.nullLogLikelihood(), within(1e-10));
    assertThat(b.deviance()).isCloseTo(a.deviance(), within(1e-10));
    // the information X̃'WX̃ and, clustered by the original row, the scores of the two copies sum to
    // the weighted score: the uncorrected variances agree
    Vcov iid = Vcov.iid().convention(SmallSample.NONE);
    Vcov byRow = Vcov.cluster("id").convention(SmallSample.NONE);
    assertThat(b.vcov(iid)[0][0]).isCloseTo(a.vcov(iid)[0][0], within(1e-10));
    assertThat(b.vcov(byRow)[0][0]).isCloseTo(a.vcov(byRow)[0][0], within(1e-10));
    // OLS: the weighted RSS and TSS are those of the duplicated rows, so R² and within R² agree
    GravityModel o = GravityModel.ols("y").regressors("x").absorb("g");
    GravityFit oa = o.fit(dup);
    GravityFit ob = o.weights("w").fit(w);
    assertThat(ob.coefficient("x")).isCloseTo(oa.coefficient("x"), within(1e-12));
    assertThat(ob.r2()).isCloseTo(oa.r2(), within(1e-12));
    assertThat(ob.withinR2()).isCloseTo(oa.withinR2(), within(1e-12));
    assertThat(ob.vcov(byRow)[0][0]).isCloseTo(oa.vcov(byRow)[0][0], within(1e-12));
    assertThat(ob.fixedEffects("g").get("b")).isCloseTo(oa.fixedEffects("g").get("b"), within(1e-12));
  }

  @Test
  void smallSampleConventionsScaleTheRawVarianceByTheirDocumentedFactors() {
    GravityFit fit = olsWithin();
    // n = 5, K = 3 (x and the two levels of g)
    double raw = fit.vcov(Vcov.iid().convention(SmallSample.NONE))[0][0];
    // iid without correction: σ² = RSS/n = 3.75/5 over Σ x̃² = 4
    assertThat(raw).isCloseTo(0.75 / 4, within(1e-14));
    assertThat(fit.vcov(Vcov.iid())[0][0]).isCloseTo(3.75 / 2 / 4, within(1e-14));
    // one-way statsmodels: G/(G − 1) · (n − 1)/(n − K) = 2 · 4/2 = 4, counting every dummy
    double cl = fit.vcov(Vcov.cluster("g").convention(SmallSample.NONE))[0][0];
    assertThat(cl).isCloseTo(4.5 / 16, within(1e-14));
    assertThat(fit.vcov(Vcov.cluster("g").convention(SmallSample.STATSMODELS))[0][0]).isCloseTo(cl * 4, within(1e-14));
    // h is u, v, v | v, v: g's level a spans both clusters, so g is not nested in h and fixest
    // keeps K' = K = 3: 2/1 · 4/2 = 4
    double h = fit.vcov(Vcov.cluster("h").convention(SmallSample.NONE))[0][0];
    assertThat(fit.vcov(Vcov.cluster("h"))[0][0]).isCloseTo(h * 4, within(1e-14));
    // gh repeats g: nested, K' = 3 − 1 = 2: 2/1 · 4/3
    double gh = fit.vcov(Vcov.cluster("gh").convention(SmallSample.NONE))[0][0];
    assertThat(fit.vcov(Vcov.cluster("gh"))[0][0]).isCloseTo(gh * 2 * 4 / 3.0, within(1e-14));
    // two-way (g, h): G_min = 2, g nested in g: K' = 2, × 2/1 · 4/3 on the (repaired) raw sum
    double two = fit.vcov(Vcov.cluster("g", "h").convention(SmallSample.NONE))[0][0];
    assertThat(two).isPositive();
    assertThat(fit.vcov(Vcov.cluster("g", "h"))[0][0]).isCloseTo(two * 2 * 4 / 3.0, within(1e-14));
    // three clusters: one-way by h3, 3/2 · 4/2 = 3; two-way (h3, k3), G_min = 3: 3/2 · 4/2 = 3
    double h3 = fit.vcov(Vcov.cluster("h3").convention(SmallSample.NONE))[0][0];
    assertThat(fit.vcov(Vcov.cluster("h3"))[0][0]).isCloseTo(h3 * 3, within(1e-14));
    double hk = fit.vcov(Vcov.cluster("h3", "k3").convention(SmallSample.NONE))[0][0];
    assertThat(hk).isPositive();
    assertThat(fit.vcov(Vcov.cluster("h3", "k3"))[0][0]).isCloseTo(hk * 3, within(1e-14));
    // t statistics: n − K = 2 under iid; G − 1 = 2 clustered by the three levels of h3
    assertThat(fit.degreesOfFreedom(Vcov.iid())).isEqualTo(2.0);
    assertThat(fit.degreesOfFreedom(Vcov.cluster("h3"))).isEqualTo(2.0);
    assertThat(fit.degreesOfFreedom(Vcov.cluster("h3", "g"))).isEqualTo(1.0);
  }

  @Test
  void ppmlConventionsScaleTheInverseInformation() {
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9, 3, 5})
        .number("x", new double[] {0, 1, 2, 3, 1, 2})
        .build();
    GravityFit fit = GravityModel.ppml("y").regressors("x").tolerance(1e-14).fit(f);
    // n = 6, K = 2: fixest's iid × (n − 1)/(n − K) = 5/4, hetero × n/(n − K) = 6/4; statsmodels none
    double iid = fit.vcov(Vcov.iid().convention(SmallSample.NONE))[1][1];
    assertThat(fit.vcov(Vcov.iid())[1][1]).isCloseTo(iid * 5 / 4, within(1e-15));
    assertThat(fit.vcov(Vcov.iid().convention(SmallSample.STATSMODELS))[1][1]).isEqualTo(iid);
    double het = fit.vcov(Vcov.hetero().convention(SmallSample.NONE))[1][1];
    assertThat(fit.vcov(Vcov.hetero())[1][1]).isCloseTo(het * 6 / 4, within(1e-15));
    assertThat(fit.vcov(Vcov.hetero().convention(SmallSample.STATSMODELS))[1][1]).isEqualTo(het);
  }

  @Test
  void heteroskedasticityRobustVarianceOfALineByHand() {
    // y = 1, 2, 4 on x = 0, 1, 2: β = 1.5, intercept 5/6, residuals 1/6, −1/3, 1/6
    // X'X = [[3, 3], [3, 5]], inverse 1/6 [[5, −3], [−3, 3]]
    // meat Σ e² x x' = [[1/6, 1/6], [1/6, 2/9]]; B M B = 1/36 [[7/6, −1/2], [−1/2, 1/2]]
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 2, 4})
        .number("x", new double[] {0, 1, 2})
        .build();
    GravityFit fit = GravityModel.ols("y").regressors("x").fit(f);
    assertThat(fit.coefficients()).containsExactly(new double[] {5 / 6.0, 1.5}, within(1e-14));
    double[][] v = fit.vcov(Vcov.hetero().convention(SmallSample.NONE));
    assertThat(v[0][0]).isCloseTo(7 / 216.0, within(1e-15));
    assertThat(v[0][1]).isCloseTo(-1 / 72.0, within(1e-15));
    assertThat(v[1][0]).isCloseTo(-1 / 72.0, within(1e-15));
    assertThat(v[1][1]).isCloseTo(1 / 72.0, within(1e-15));
  }

  @Test
  void confidenceLevelsOutsideTheOpenUnitIntervalAreRefused() {
    GravityFit fit = olsWithin();
    assertThatThrownBy(() -> fit.table(Vcov.iid(), 0.0)).hasMessage("level = 0.0: expected a number between 0 and 1");
    assertThatThrownBy(() -> fit.table(Vcov.iid(), 1.0)).hasMessage("level = 1.0: expected a number between 0 and 1");
  }

  @Test
  void effectsOfTwoDimensionsAreNormalisedOnTheFirstLevelOfTheSecond() {
    // y = α_a + γ_b exactly: a0: 1, 2; a1: 3, 4 over b0, b1 → α = (1, 3), γ = (0, 1)
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 2, 3, 4, 2})
        .number("x", new double[] {0, 0, 0, 0, 1})
        .factor("a", List.of("a0", "a0", "a1", "a1", "a0"))
        .factor("b", List.of("b0", "b1", "b0", "b1", "b0"))
        .build();
    GravityFit ols = GravityModel.ols("y").absorb("a", "b").fixedEffectTolerance(1e-14).fit(f.filter(i -> i < 4));
    assertThat(ols.fixedEffects("a")).containsOnlyKeys("a0", "a1");
    assertThat(ols.fixedEffects("a").get("a0")).isCloseTo(1, within(1e-12));
    assertThat(ols.fixedEffects("a").get("a1")).isCloseTo(3, within(1e-12));
    assertThat(ols.fixedEffects("b").get("b0")).isEqualTo(0.0);
    assertThat(ols.fixedEffects("b").get("b1")).isCloseTo(1, within(1e-12));
    // K = Σ G − (Q − 1) = 2 + 2 − 1 = 3, plus one coefficient with x (row 4: y = 1 + 0 + β·1 = 2, β = 1)
    assertThat(ols.parameters()).isEqualTo(3);
    GravityFit withX = GravityModel.ols("y").regressors("x").absorb("a", "b").fixedEffectTolerance(1e-14).fit(f);
    assertThat(withX.parameters()).isEqualTo(4);
    assertThat(withX.coefficient("x")).isCloseTo(1, within(1e-10));
    // PPML: y = exp(off + α_a + γ_b) with α = (0, 1), γ = (0, 0.5): the effects leave the offset out
    double[] off = {0.5, 0.25, -0.5, 1};
    int[] ai = {0, 0, 1, 1};
    int[] bi = {0, 1, 0, 1};
    double[] y = new double[4];
    for (int i = 0; i < 4; i++) {
      y[i] = Math.exp(off[i] + ai[i] + 0.5 * bi[i]);
    }
    ModelFrame p = ModelFrame.builder().number("y", y).number("off", off)
        .factor("a", List.of("a0", "a0", "a1", "a1")).factor("b", List.of("b0", "b1", "b0", "b1")).build();
    GravityFit pp = GravityModel.ppml("y").absorb("a", "b").offset("off").tolerance(1e-14)
        .fixedEffectTolerance(1e-14).fit(p);
    assertThat(pp.parameters()).isEqualTo(3);
    assertThat(pp.fixedEffects("a").get("a0")).isCloseTo(0, within(1e-9));
    assertThat(pp.fixedEffects("a").get("a1")).isCloseTo(1, within(1e-9));
    assertThat(pp.fixedEffects("b").get("b0")).isEqualTo(0.0);
    assertThat(pp.fixedEffects("b").get("b1")).isCloseTo(0.5, within(1e-9));
    assertThat(pp.fitted()).containsExactly(y, within(1e-9));
  }

  @Test
  void theReportCountsEveryReasonApart() {
    // row 0: the only row of level c, a zero: dropped with its level (fixed-effect check)
    // row 1: y = 0 with x = −1 where every positive outcome has x = 0: separated by x (simplex)
    // row 5: weight 0
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 0, 2, 3, 1, 3, 4})
        .number("x", new double[] {0, -1, 0, 0, 0, 0, 0})
        .number("w", new double[] {1, 1, 1, 1, 1, 0, 1})
        .factor("g", List.of("c", "a", "a", "a", "b", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").regressors("x").absorb("g").weights("w").fit(f);
    assertThat(fit.report()).isEqualTo(
        "3 observations dropped: 1 in 1 fixed-effect levels with only zero outcomes, 1 separated by the"
            + " regressors (simplex), 1 with zero weight\n"
            + "regressor x dropped: collinear with the fixed effects on the 4 observations used\n");
    assertThat(fit.droppedLevels()).containsExactly(new DroppedLevel("g", "c", 1));
    assertThat(fit.dropped()).extracting(Dropped::reason).containsExactly(
        Dropped.Reason.ZERO_WEIGHT, Dropped.Reason.FIXED_EFFECT_ALL_ZERO, Dropped.Reason.SEPARATED_BY_REGRESSORS);
    // the ReLU check alone finds the zeros of level c as separated (by the fixed effect)
    GravityFit relu = GravityModel.ppml("y").absorb("g").separation(SeparationCheck.RELU).fit(f.filter(i -> i != 1));
    assertThat(relu.report()).isEqualTo("1 observation dropped: 1 separated (ReLU)\n");
    assertThat(relu.dropped()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo(Dropped.Reason.SEPARATED));
    assertThat(relu.droppedLevels()).isEmpty();
    // only zero weights
    GravityFit zw = GravityModel.ppml("y").absorb("g").weights("w").separation().fit(f.filter(i -> i > 1));
    assertThat(zw.report()).isEqualTo("1 observation dropped: 1 with zero weight\n");
    // nothing dropped
    assertThat(GravityModel.ppml("y").absorb("g").fit(f.filter(i -> i > 1)).report()).isEqualTo("0 observations dropped\n");
  }

  @Test
  void olsHasNoSeparationChecks() {
    // the zeros of level c and the zero that x separates are ordinary OLS observations
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 0, 2, 3, 1, 3})
        .number("x", new double[] {0, -1, 0, 0, 1, 0})
        .factor("g", List.of("c", "a", "a", "a", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ols("y").regressors("x").absorb("g").fit(f);
    assertThat(fit.dropped()).isEmpty();
    assertThat(fit.observations()).isEqualTo(6);
    GravityFit noFe = GravityModel.ols("y").regressors("x").fit(f);
    assertThat(noFe.dropped()).isEmpty();
  }

  @Test
  void aRegressorCollinearWithTheFixedEffectsAloneSaysSo() {
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9, 3})
        .number("x", new double[] {0, 1, 2, 3, 1})
        .number("gconst", new double[] {1, 1, 2, 2, 2})
        .factor("g", List.of("a", "a", "b", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").regressors("gconst", "x").absorb("g").fit(f);
    assertThat(fit.droppedRegressors()).containsExactly(
        new DroppedRegressor("gconst", "collinear with the fixed effects on the 5 observations used"));
    assertThat(fit.coefficientNames()).containsExactly("x");
  }

  @Test
  void theDevianceKeepsSmallTermsNextToALargeOne() {
    // y = 0 gives the term μ: 2 (1e17 + 16 · 1) = 2e17 + 32 exactly, where a plain sum loses the
    // sixteen ones (the spacing of doubles near 1e17 is 16)
    double[] mu = new double[17];
    java.util.Arrays.fill(mu, 1.0);
    mu[0] = 1e17;
    assertThat(Estimation.deviance(new double[17], mu, null)).isEqualTo(2e17 + 32);
    // with weights: the weight multiplies the term
    double[] w = new double[17];
    java.util.Arrays.fill(w, 2.0);
    assertThat(Estimation.deviance(new double[17], mu, w)).isEqualTo(4e17 + 64);
    // y log(y/μ) − (y − μ) at y = 2, μ = 1: 2 ln 2 − 1
    assertThat(Estimation.deviance(new double[] {2}, new double[] {1}, null)).isCloseTo(2 * (2 * Math.log(2) - 1), within(1e-15));
  }
  /**
   * 25,000 exporter–importer rows (100 × 250) with a regressor and a deterministic spread around
   * the model; {@code copies} = 2 repeats every row in place.
   */
  private static ModelFrame largePanel(int copies) {
    int n = 100 * 250 * copies;
    double[] y = new double[n];
    double[] x = new double[n];
    String[] e = new String[n];
    String[] im = new String[n];
    int r = 0;
    for (int a = 0; a < 100; a++) {
      for (int b = 0; b < 250; b++) {
        double xi = Math.sin(a * 0.7 + b * 1.3);
        double mu = Math.exp(1 + 0.01 * a - 0.004 * b - 0.5 * xi);
        double yi = mu * (1 + 0.3 * Math.cos(a * 2.1 + b * 0.37));
        for (int c = 0; c < copies; c++) {
          y[r] = yi;
          x[r] = xi;
          e[r] = "e" + a;
          im[r] = "i" + b;
          r++;
        }
      }
    }
    return ModelFrame.builder().number("y", y).number("x", x).number("two", fill(n, 2.0))
        .factor("e", List.of(e)).factor("i", List.of(im)).build();
  }

  private static double[] fill(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  @Test
  void aLargeSampleProjectedInParallelGivesTheFitOfItsWeightedHalf() {
    // 50,000 rows (every row twice) take the parallel projections, 25,000 rows of weight 2 the
    // sequential ones: the same estimate, and about the same work in the convergence report
    GravityModel m = GravityModel.ppml("y").regressors("x").absorb("e", "i").tolerance(1e-10).fixedEffectTolerance(1e-9);
    GravityFit dup = m.fit(largePanel(2));
    GravityFit half = m.weights("two").fit(largePanel(1));
    assertThat(dup.observations()).isEqualTo(2 * half.observations()).isGreaterThanOrEqualTo(Estimation.PARALLEL_ROWS);
    assertThat(dup.coefficient("x")).isCloseTo(half.coefficient("x"), within(1e-8));
    assertThat(dup.convergence().converged()).isTrue();
    assertThat(dup.convergence().iterations()).isEqualTo(half.convergence().iterations());
    double ratio = (double) dup.convergence().rowPasses() / half.convergence().rowPasses();
    assertThat(ratio).isBetween(0.9, 1.1);
    assertThat(dup.convergence().fixedEffectIterations())
        .isBetween(half.convergence().fixedEffectIterations() - 2, half.convergence().fixedEffectIterations() + 2);
  }
  @Test
  void theReportOfOneIrlsStepHoldsItsChanges() {
    // one step from β = 0 and the start μ = (y + ȳ)/2: the coefficient change is |β₁|/(0.1 + |β₁|)
    // and the deviance change |D₁ − D₀|/(0.1 + D₁), D₀ the deviance at the start
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9, 3, 5})
        .number("x", new double[] {0, 1, 2, 3, 1, 2})
        .build();
    GravityFit one = GravityModel.ppml("y").regressors("x").maxIterations(1).allowNonConvergence().fit(f);
    Convergence c = one.convergence();
    assertThat(c.converged()).isFalse();
    assertThat(c.iterations()).isEqualTo(1);
    double change = 0;
    for (double b : one.coefficients()) {
      change = Math.max(change, Math.abs(b) / (0.1 + Math.abs(b)));
    }
    assertThat(c.coefficientChange()).isCloseTo(change, within(1e-15));
    double[] y = f.column("y");
    double mean = 24 / 6.0;
    double[] start = new double[6];
    for (int i = 0; i < 6; i++) {
      start[i] = 0.5 * (y[i] + mean);
    }
    double d0 = Estimation.deviance(y, start, null);
    assertThat(c.devianceChange()).isCloseTo(Math.abs(one.deviance() - d0) / (0.1 + one.deviance()), within(1e-15));
    assertThat(c.tolerance()).isEqualTo(1e-8);
    assertThat(c.fixedEffectTolerance()).isEqualTo(1e-6);
    // OLS takes one step and reports no changes
    Convergence ols = GravityModel.ols("y").regressors("x").fit(f).convergence();
    assertThat(ols).isEqualTo(new Convergence(true, 1, 0, 0, 0, 0, 0, 1e-6));
  }
}
