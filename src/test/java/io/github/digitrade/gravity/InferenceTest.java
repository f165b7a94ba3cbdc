package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class InferenceTest {

  @Test
  void normalDistributionAtKnownPoints() {
    // erfc(1) = 0.157299207050285..., erfc(3) = 2.20904969985854e-5 (A&S table 7.1)
    assertThat(Distributions.erfc(1)).isCloseTo(0.15729920705028513, within(1e-15));
    assertThat(Distributions.erfc(3)).isCloseTo(2.209049699858544e-5, within(1e-19));
    assertThat(Distributions.erfc(0)).isEqualTo(1.0);
    assertThat(Distributions.erfc(-1)).isCloseTo(2 - 0.15729920705028513, within(1e-15));
    assertThat(Distributions.erfc(30)).isEqualTo(0.0);
    assertThat(Distributions.erfc(Double.NaN)).isNaN();
    assertThat(Distributions.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(Distributions.twoSidedP(1.959963984540054)).isCloseTo(0.05, within(1e-14));
    assertThat(Distributions.normalCdf(0)).isEqualTo(0.5);
    assertThatThrownBy(() -> Distributions.normalQuantile(1)).hasMessageContaining("strictly between");
  }

  @Test
  void logGammaAtKnownPoints() {
    assertThat(Distributions.lnGamma(1)).isCloseTo(0, within(1e-13));
    assertThat(Distributions.lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    assertThat(Distributions.lnGamma(11)).isCloseTo(Math.log(3628800), within(1e-13));
    // ln(10^7!) = 151180965.48756957 (Python math.lgamma(1e7 + 1))
    assertThat(Distributions.lnGamma(1e7 + 1)).isCloseTo(151180965.48756957, within(1e-6));
    assertThatThrownBy(() -> Distributions.lnGamma(0)).hasMessageContaining("positive");
  }

  @Test
  void logGammaSatisfiesTheRecurrence() {
    qt().forAll(doubles().between(0.01, 1e6))
        .checkAssert(x -> assertThat(Distributions.lnGamma(x + 1) - Distributions.lnGamma(x))
            .isCloseTo(Math.log(x), within(1e-12 * Math.max(1, Math.abs(Distributions.lnGamma(x + 1))))));
  }

  @Test
  void erfcIsContinuousWhereTheTwoFormulasMeet() {
    // the series loses relative accuracy near its end (1 − erf): still better than 1e-11 relative
    double e = Distributions.erfc(2.5);
    assertThat(Distributions.erfc(2.5 - 1e-12)).isCloseTo(e, within(1e-11 * e));
    assertThat(e).isCloseTo(4.069520174449590e-4, within(1e-11 * e));
  }

  @Test
  void tableRowsHoldEstimateStandardErrorZPAndInterval() {
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {2, 4, 9, 0, 4})
        .number("x", new double[] {1, 2, 3, 1, 3})
        .factor("g", List.of("a", "a", "a", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ols("y").regressors("x").absorb("g").fit(f);
    CoefficientTable t = fit.table(Vcov.iid(), 0.9);
    CoefficientTable.Row r = t.row("x");
    double se = Math.sqrt(1.875 / 4);
    assertThat(r.estimate()).isCloseTo(2.75, within(1e-12));
    assertThat(r.stdError()).isCloseTo(se, within(1e-12));
    assertThat(r.z()).isCloseTo(2.75 / se, within(1e-10));
    // OLS statistics are t with n − K = 5 − (1 + 2) = 2 degrees of freedom (fixest's feols), and
    // with 2 degrees of freedom P(|T| ≥ t) = 1 − t / √(2 + t²)
    double tStat = 2.75 / se;
    assertThat(t.degreesOfFreedom()).isEqualTo(2.0);
    assertThat(t.normal()).isFalse();
    assertThat(r.p()).isCloseTo(1 - tStat / Math.sqrt(2 + tStat * tStat), within(1e-14));
    // 90%: ± t_{0.95, 2} se, t_{0.95, 2} = √(2) · 0.9 / √(1 − 0.81) = 2.919985580353726
    double q = Math.sqrt(2) * 0.9 / Math.sqrt(1 - 0.81);
    assertThat(q).isCloseTo(2.919985580353726, within(1e-14));
    assertThat(r.lower()).isCloseTo(2.75 - q * se, within(1e-10));
    assertThat(r.upper()).isCloseTo(2.75 + q * se, within(1e-10));
    assertThat(t.toString()).contains("Standard errors: IID, fixest; t with 2 degrees of freedom")
        .contains("t value").contains("Pr(>|t|)").contains("5.0 %").contains("95.0 %");
    assertThat(t.toCsv()).startsWith("term,estimate,std_error,z,p,ci_low,ci_high\nx,2.75,");
    assertThatThrownBy(() -> t.row("z")).hasMessageContaining("no coefficient \"z\"");
    assertThatThrownBy(() -> fit.table(Vcov.iid(), 1.0)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> fit.vcov(Vcov.cluster("nope"))).hasMessageContaining("no factor column \"nope\"");
    assertThatThrownBy(fit::deviance).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void studentTAtKnownPoints() {
    // 1 degree of freedom is the Cauchy distribution: P(|T| ≥ t) = 1 − (2/π) atan(t)
    for (double t : new double[] {0.1, 1, 3, 50}) {
      assertThat(Distributions.twoSidedT(t, 1)).isCloseTo(1 - 2 / Math.PI * Math.atan(t), within(1e-14));
      assertThat(Distributions.twoSidedT(-t, 1)).isCloseTo(1 - 2 / Math.PI * Math.atan(t), within(1e-14));
    }
    // its quantile is tan(π (p − 1/2)): the 97.5% point is tan(0.475 π) = 12.706204736174698
    assertThat(Distributions.tQuantile(0.975, 1)).isCloseTo(12.706204736174698, within(1e-10));
    assertThat(Distributions.tQuantile(0.025, 1)).isCloseTo(-12.706204736174698, within(1e-10));
    assertThat(Distributions.tQuantile(0.5, 7)).isEqualTo(0.0);
    // the t_{0.975, 14} of a two-way clustered OLS on 15 × 15 clusters: 2.1447866879169273 (R qt)
    assertThat(Distributions.tQuantile(0.975, 14)).isCloseTo(2.1447866879169273, within(1e-12));
    // infinite degrees of freedom are the normal
    assertThat(Distributions.twoSidedT(1.959963984540054, Double.POSITIVE_INFINITY)).isCloseTo(0.05, within(1e-14));
    assertThat(Distributions.tQuantile(0.975, Double.POSITIVE_INFINITY)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(Distributions.twoSidedT(0, 5)).isEqualTo(1.0);
    assertThat(Distributions.twoSidedT(Double.POSITIVE_INFINITY, 5)).isEqualTo(0.0);
    assertThat(Distributions.twoSidedT(Double.NaN, 5)).isNaN();
    // I_x(1, 1) = x, I_x(a, 1) = x^a
    assertThat(Distributions.regularizedBeta(0.3, 1, 1)).isCloseTo(0.3, within(1e-13));
    assertThat(Distributions.regularizedBeta(0.3, 2.5, 1)).isCloseTo(Math.pow(0.3, 2.5), within(1e-13));
    assertThat(Distributions.regularizedBeta(0, 2, 3)).isEqualTo(0.0);
    assertThat(Distributions.regularizedBeta(1, 2, 3)).isEqualTo(1.0);
    assertThatThrownBy(() -> Distributions.regularizedBeta(1.5, 2, 3)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> Distributions.twoSidedT(1, 0)).hasMessageContaining("degrees of freedom");
    assertThatThrownBy(() -> Distributions.tQuantile(0, 3)).hasMessageContaining("strictly between");
  }

  @Test
  void tQuantileInvertsTheTailProbability() {
    qt().forAll(doubles().between(0.51, 0.9999), doubles().between(1, 500))
        .checkAssert((p, df) -> assertThat(Distributions.twoSidedT(Distributions.tQuantile(p, df), df) / 2)
            .isCloseTo(1 - p, within(1e-12)));
  }

  @Test
  void tTailsAreHeavierThanTheNormalsAndApproachIt() {
    qt().forAll(doubles().between(0.1, 6), doubles().between(1, 1000))
        .checkAssert((t, df) -> {
          assertThat(Distributions.twoSidedT(t, df)).isGreaterThanOrEqualTo(Distributions.twoSidedP(t) - 1e-15);
          assertThat(Distributions.twoSidedT(t, df)).isGreaterThanOrEqualTo(Distributions.twoSidedT(t, df * 2) - 1e-15);
        });
    // at 1e6 degrees of freedom within 1e-6 of the normal
    assertThat(Distributions.twoSidedT(2, 1e6)).isCloseTo(Distributions.twoSidedP(2), within(1e-6));
  }

  @Test
  void olsDegreesOfFreedomFollowFixest() {
    ModelFrame f = negativeTwoWayFrame();
    GravityFit ols = GravityModel.ols("y").regressors("x").fit(f);
    // n − K = 8 − 2 under iid and hetero; G_min − 1 = 2 − 1 when clustered by A, B or both
    assertThat(ols.degreesOfFreedom(Vcov.iid())).isEqualTo(6.0);
    assertThat(ols.degreesOfFreedom(Vcov.hetero())).isEqualTo(6.0);
    assertThat(ols.degreesOfFreedom(Vcov.cluster("A"))).isEqualTo(1.0);
    assertThat(ols.degreesOfFreedom(Vcov.cluster("A", "B"))).isEqualTo(1.0);
    CoefficientTable c = ols.table(Vcov.cluster("A"));
    double t = c.row("x").z();
    assertThat(c.row("x").p()).isCloseTo(1 - 2 / Math.PI * Math.atan(Math.abs(t)), within(1e-14));
    // PPML statistics are z (normal), as fixest's fepois prints them
    GravityFit pp = GravityModel.ppml("y").regressors("x").fit(f);
    assertThat(pp.degreesOfFreedom(Vcov.cluster("A"))).isInfinite();
    assertThat(pp.table(Vcov.iid()).normal()).isTrue();
    assertThat(pp.table(Vcov.iid()).toString()).contains("z value");
    assertThatThrownBy(() -> ols.degreesOfFreedom(Vcov.cluster("nope"))).hasMessageContaining("nope");
    assertThatThrownBy(() -> new CoefficientTable(c.rows(), c.vcov(), 0.95, 0))
        .hasMessageContaining("degreesOfFreedom = 0.0");
    assertThat(new CoefficientTable(c.rows(), c.vcov(), 0.95).normal()).isTrue();
  }

  /**
   * Eight observations in 2 × 2 crossed clusters whose two-way clustered variance of the OLS fit
   * {@code y ~ x} has a negative eigenvalue.
   */
  static ModelFrame negativeTwoWayFrame() {
    return ModelFrame.builder()
        .number("y", new double[] {9, 7, 3, 1, 8, 7, 2, 6})
        .number("x", new double[] {1, 4, 1, 1, 0, 3, 0, 0})
        .factor("A", List.of("a0", "a1", "a0", "a1", "a0", "a1", "a0", "a1"))
        .factor("B", List.of("b0", "b0", "b1", "b1", "b0", "b0", "b1", "b1"))
        .build();
  }

  @Test
  void twoWayVarianceWithANegativeEigenvalueIsClampedToZero() {
    GravityFit fit = GravityModel.ols("y").regressors("x").fit(negativeTwoWayFrame());
    Vcov raw = Vcov.cluster("A", "B").repairNonPositive(false);
    double[][] v = fit.vcov(raw);
    // V_A + V_B − V_AB: the variance of x is negative
    assertThat(v[1][1]).isNegative();
    assertThat(fit.vcovRepaired(raw)).isFalse();
    // the eigenvalues of [[a, b], [b, d]] are m ± r with m = (a + d)/2, r = √(((a − d)/2)² + b²);
    // the repaired matrix keeps only λ₁ = m + r: λ₁ u u' with u ∝ (b, λ₁ − a)
    double a = v[0][0];
    double b = v[0][1];
    double d = v[1][1];
    double m = (a + d) / 2;
    double r = Math.sqrt((a - d) * (a - d) / 4 + b * b);
    assertThat(m - r).isNegative();
    assertThat(m + r).isPositive();
    double l1 = m + r;
    double u0 = b;
    double u1 = l1 - a;
    double norm = u0 * u0 + u1 * u1;
    Vcov fixedSpec = Vcov.cluster("A", "B");
    double[][] w = fit.vcov(fixedSpec);
    assertThat(fit.vcovRepaired(fixedSpec)).isTrue();
    assertThat(w[0][0]).isCloseTo(l1 * u0 * u0 / norm, within(1e-12 * l1));
    assertThat(w[0][1]).isCloseTo(l1 * u0 * u1 / norm, within(1e-12 * l1));
    assertThat(w[1][0]).isCloseTo(w[0][1], within(1e-15 * l1));
    assertThat(w[1][1]).isCloseTo(l1 * u1 * u1 / norm, within(1e-12 * l1));
    assertThat(w[1][1]).isGreaterThanOrEqualTo(0.0);
    assertThat(fit.standardError("x", fixedSpec)).isCloseTo(Math.sqrt(w[1][1]), within(1e-15));
    // a one-way variance is never touched
    assertThat(fit.vcovRepaired(Vcov.cluster("A"))).isFalse();
    assertThat(raw.toString()).isEqualTo("Clustered (A & B), fixest, not repaired");
    assertThat(raw).isNotEqualTo(fixedSpec);
    assertThat(raw.repairsNonPositive()).isFalse();
    assertThat(fixedSpec.repairsNonPositive()).isTrue();
    assertThat(raw.convention(SmallSample.NONE).repairsNonPositive()).isFalse();
  }

  @Test
  void eigenDecompositionReconstructsSymmetricMatrices() {
    qt().forAll(lists().of(doubles().between(-5, 5)).ofSize(6))
        .checkAssert(e -> {
          double p = e.get(0);
          double q = e.get(1);
          double r = e.get(2);
          double s = e.get(3);
          double t = e.get(4);
          double u = e.get(5);
          double[][] a = {{p, q, r}, {q, s, t}, {r, t, u}};
          double[][] vec = new double[3][3];
          double[] lambda = io.github.digitrade.internal.Jacobi.eigen(a, vec);
          for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
              double back = 0;
              double ortho = 0;
              for (int k = 0; k < 3; k++) {
                back += vec[i][k] * lambda[k] * vec[j][k];
                ortho += vec[k][i] * vec[k][j];
              }
              assertThat(back).isCloseTo(a[i][j], within(1e-9));
              assertThat(ortho).isCloseTo(i == j ? 1 : 0, within(1e-12));
            }
          }
        });
  }

  @Test
  void clampingLeavesPositiveSemiDefiniteMatricesAloneAndMakesOthersSo() {
    qt().forAll(lists().of(doubles().between(-5, 5)).ofSize(6))
        .checkAssert(e -> {
          double p = e.get(0);
          double q = e.get(1);
          double r = e.get(2);
          double s = e.get(3);
          double t = e.get(4);
          double u = e.get(5);
          // G G' is positive semi-definite; G G' − c I has negative eigenvalues for c large
          double[][] g = {{p, q, r}, {0, s, t}, {0, 0, u}};
          double[][] a = new double[3][3];
          for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
              for (int k = 0; k < 3; k++) {
                a[i][j] += g[i][k] * g[j][k];
              }
            }
          }
          double[][] vec = new double[3][3];
          double min = java.util.Arrays.stream(io.github.digitrade.internal.Jacobi.eigen(a, vec)).min().orElseThrow();
          double[][] c = Dense.clampNegativeEigenvalues(a);
          if (min >= 0) {
            assertThat(c).isNull();
          }
          double[][] shifted = new double[3][];
          for (int i = 0; i < 3; i++) {
            shifted[i] = a[i].clone();
            shifted[i][i] -= 100;
          }
          double[][] fixedM = Dense.clampNegativeEigenvalues(shifted);
          assertThat(fixedM).isNotNull();
          for (double l : io.github.digitrade.internal.Jacobi.eigen(java.util.Objects.requireNonNull(fixedM), vec)) {
            assertThat(l).isGreaterThan(-1e-9);
          }
        });
  }

  @Test
  void vcovSpecificationsAreValidatedAndNamed() {
    assertThatThrownBy(() -> Vcov.cluster()).hasMessageContaining("one or two");
    assertThatThrownBy(() -> Vcov.cluster("a", "b", "c")).hasMessageContaining("one or two");
    assertThatThrownBy(() -> Vcov.cluster("a", "a")).hasMessageContaining("distinct");
    assertThatThrownBy(() -> Vcov.cluster("a", "b").convention(SmallSample.STATSMODELS))
        .hasMessageContaining("two-way clustering has no statsmodels convention");
    assertThat(Vcov.cluster("o", "d").toString()).isEqualTo("Clustered (o & d), fixest");
    assertThat(Vcov.hetero().convention(SmallSample.NONE).toString()).isEqualTo("Heteroskedasticity-robust, none");
    assertThat(Vcov.iid()).isEqualTo(Vcov.iid()).hasSameHashCodeAs(Vcov.iid()).isNotEqualTo(Vcov.hetero());
    assertThat(Vcov.cluster("a").clusters()).containsExactly("a");
    assertThat(Vcov.hetero().kind()).isEqualTo(Vcov.Kind.HETERO);
    assertThat(Vcov.iid().smallSample()).isEqualTo(SmallSample.FIXEST);
  }
}
