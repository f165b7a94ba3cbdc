package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

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
    assertThat(r.p()).isCloseTo(Distributions.twoSidedP(2.75 / se), within(1e-15));
    // 90%: ± 1.6448536269514722 se
    assertThat(r.lower()).isCloseTo(2.75 - 1.6448536269514722 * se, within(1e-10));
    assertThat(r.upper()).isCloseTo(2.75 + 1.6448536269514722 * se, within(1e-10));
    assertThat(t.toString()).contains("Standard errors: IID, fixest").contains("5.0 %").contains("95.0 %");
    assertThat(t.toCsv()).startsWith("term,estimate,std_error,z,p,ci_low,ci_high\nx,2.75,");
    assertThatThrownBy(() -> t.row("z")).hasMessageContaining("no coefficient \"z\"");
    assertThatThrownBy(() -> fit.table(Vcov.iid(), 1.0)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> fit.vcov(Vcov.cluster("nope"))).hasMessageContaining("no factor column \"nope\"");
    assertThatThrownBy(fit::deviance).isInstanceOf(IllegalStateException.class);
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
