package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Published results reproduced: fixest's gravity walkthrough on its {@code trade} data, Santos Silva
 * &amp; Tenreyro (2006) Table 3, and the WTO/UNCTAD guide's panel (Yotov et al. 2016); tighter
 * references from statsmodels with explicit dummies (reference/statsmodels_reference.csv).
 */
class GravityReproductionTest {

  private static ModelFrame trade;
  private static GravityFit ppml;
  private static GravityFit tight;

  @BeforeAll
  static void fit() {
    trade = Fixtures.trade();
    GravityModel m =
        GravityModel.ppml("Euros").regressors("log_dist").absorb("Origin", "Destination", "Product", "Year");
    ppml = m.fit(trade);
    tight = m.tolerance(1e-13).fixedEffectTolerance(1e-12).fit(trade);
  }

  private static double rel(double a, double b) {
    return Math.abs(a - b) / Math.abs(b);
  }

  @Test
  void tradePpmlMatchesFixestWalkthrough() {
    // fixest prints: -1.52787, SE by Origin 0.115678, two-way 0.130734, by Product 0.098294
    assertThat(ppml.coefficient("log_dist")).isCloseTo(-1.52787, within(5e-6));
    assertThat(ppml.standardError("log_dist", Vcov.cluster("Origin"))).isCloseTo(0.115678, within(5e-7));
    assertThat(ppml.standardError("log_dist", Vcov.cluster("Origin", "Destination")))
        .isCloseTo(0.130734, within(5e-7));
    assertThat(ppml.standardError("log_dist", Vcov.cluster("Product"))).isCloseTo(0.098294, within(5e-7));
    assertThat(ppml.adjustedPseudoR2()).isCloseTo(0.764032, within(5e-7));
    assertThat(ppml.squaredCorrelation()).isCloseTo(0.612021, within(5e-7));
    assertThat(ppml.logLikelihood()).isCloseTo(-7.025e11, within(5e7));
    assertThat(ppml.observations()).isEqualTo(38_325);
    // K = 1 + 15 + 14 + 19 + 9
    assertThat(ppml.parameters()).isEqualTo(58);
    assertThat(ppml.convergence().converged()).isTrue();
    assertThat(ppml.defaultVcov()).isEqualTo(Vcov.cluster("Origin"));
  }

  @Test
  void tradePpmlAgreesWithStatsmodelsDummiesToTightTolerance() {
    double b = Fixtures.reference("trade_ppml", "log_dist", "estimate");
    assertThat(rel(tight.coefficient("log_dist"), b)).isLessThan(1e-8);
    // statsmodels counts every dummy: G/(G-1) (n-1)/(n-K) with K = 58
    assertThat(rel(tight.standardError("log_dist", Vcov.cluster("Origin").convention(SmallSample.STATSMODELS)),
        Fixtures.reference("trade_ppml", "log_dist", "se_cluster_Origin_statsmodels"))).isLessThan(1e-6);
    assertThat(rel(tight.standardError("log_dist", Vcov.cluster("Product").convention(SmallSample.STATSMODELS)),
        Fixtures.reference("trade_ppml", "log_dist", "se_cluster_Product_statsmodels"))).isLessThan(1e-6);
    assertThat(rel(tight.standardError("log_dist", Vcov.iid().convention(SmallSample.STATSMODELS)),
        Fixtures.reference("trade_ppml", "log_dist", "se_iid_statsmodels"))).isLessThan(1e-6);
    assertThat(rel(tight.standardError("log_dist", Vcov.hetero().convention(SmallSample.STATSMODELS)),
        Fixtures.reference("trade_ppml", "log_dist", "se_hc0_statsmodels"))).isLessThan(1e-6);
    assertThat(rel(tight.logLikelihood(), Fixtures.reference("trade_ppml", "", "loglik"))).isLessThan(1e-10);
    assertThat(rel(tight.deviance(), Fixtures.reference("trade_ppml", "", "deviance"))).isLessThan(1e-8);
  }

  @Test
  void fixestAndStatsmodelsConventionsDifferByTheirDegreesOfFreedom() {
    int n = 38_325;
    // iid: fixest multiplies the variance by (n-1)/(n-K), K = 58
    double iidF = tight.standardError("log_dist", Vcov.iid());
    double iidS = tight.standardError("log_dist", Vcov.iid().convention(SmallSample.STATSMODELS));
    assertThat(iidF / iidS).isCloseTo(Math.sqrt((n - 1.0) / (n - 58)), within(1e-12));
    // gravity notes: 1.926420e-06 (fixest) vs 1.924991e-06 (statsmodels)
    assertThat(iidF).isCloseTo(1.926420e-06, within(5e-12));
    // cluster by Origin: Origin is nested, K' = 58 - 14 = 44 against K = 58
    double cF = tight.standardError("log_dist", Vcov.cluster("Origin"));
    double cS = tight.standardError("log_dist", Vcov.cluster("Origin").convention(SmallSample.STATSMODELS));
    assertThat(cF / cS).isCloseTo(Math.sqrt((n - 58.0) / (n - 44)), within(1e-12));
    assertThat(cS).isCloseTo(0.1156993, within(5e-8));
    // raw: no factor at all; G = 15 clusters
    double raw = tight.standardError("log_dist", Vcov.cluster("Origin").convention(SmallSample.NONE));
    assertThat(cF / raw).isCloseTo(Math.sqrt(15.0 / 14 * (n - 1.0) / (n - 44)), within(1e-12));
    // hetero: n/(n-K)
    double hF = tight.standardError("log_dist", Vcov.hetero());
    double hN = tight.standardError("log_dist", Vcov.hetero().convention(SmallSample.NONE));
    assertThat(hF / hN).isCloseTo(Math.sqrt(n / (n - 58.0)), within(1e-12));
    // two-way: both Origin and Destination nested, K' = 58 - 28 = 30; min(G) = 15
    double tw = tight.standardError("log_dist", Vcov.cluster("Origin", "Destination"));
    double twRaw = tight.standardError("log_dist", Vcov.cluster("Origin", "Destination").convention(SmallSample.NONE));
    assertThat(tw / twRaw).isCloseTo(Math.sqrt(15.0 / 14 * (n - 1.0) / (n - 30)), within(1e-12));
  }

  @Test
  void tradeOlsOfLogEurosMatchesFixest() {
    GravityFit ols =
        GravityModel.ols("log_euros").regressors("log_dist").absorb("Origin", "Destination", "Product", "Year")
            .fit(trade.withLog("log_euros", "Euros"));
    // fixest: -2.170 (0.1714 two-way)
    assertThat(ols.coefficient("log_dist")).isCloseTo(-2.170, within(5e-4));
    assertThat(ols.standardError("log_dist", Vcov.cluster("Origin", "Destination"))).isCloseTo(0.1714, within(5e-5));
    assertThat(ols.r2()).isBetween(0.0, 1.0);
    assertThat(ols.withinR2()).isBetween(0.0, ols.r2());
  }

  @Test
  void santosSilvaTenreyroTable3() {
    ModelFrame s = Fixtures.sst();
    String[] regs = Fixtures.SST_REGRESSORS.toArray(new String[0]);
    GravityModel m = GravityModel.ppml("trade").regressors(regs).tolerance(1e-13);
    GravityFit all = m.fit(s);
    GravityFit pos = m.fit(s.where("trade", t -> t > 0));
    assertThat(all.observations()).isEqualTo(18_360);
    assertThat(pos.observations()).isEqualTo(9_613);
    // published to 3 decimals: ldist -0.784 / -0.776, lypex 0.732 / 0.721, robust SEs 0.055, 0.027
    assertThat(all.coefficient("ldist")).isCloseTo(-0.784, within(5e-4));
    assertThat(pos.coefficient("ldist")).isCloseTo(-0.776, within(5e-4));
    assertThat(all.coefficient("lypex")).isCloseTo(0.732, within(5e-4));
    assertThat(pos.coefficient("lypex")).isCloseTo(0.721, within(5e-4));
    Vcov hc0 = Vcov.hetero().convention(SmallSample.STATSMODELS);
    assertThat(all.standardError("ldist", hc0)).isCloseTo(0.055, within(5e-4));
    assertThat(all.standardError("lypex", hc0)).isCloseTo(0.027, within(5e-4));
    for (String t : all.coefficientNames()) {
      assertThat(rel(all.coefficient(t), Fixtures.reference("sst_all", t, "estimate"))).as(t).isLessThan(1e-8);
      assertThat(rel(pos.coefficient(t), Fixtures.reference("sst_positive", t, "estimate"))).as(t).isLessThan(1e-8);
      assertThat(rel(all.standardError(t, hc0), Fixtures.reference("sst_all", t, "se_hc0_statsmodels")))
          .as(t).isLessThan(1e-6);
    }
    assertThat(all.coefficientNames().get(0)).isEqualTo("(Intercept)");
  }

  @Test
  void guideTraditionalGravityOnInternationalFlows() {
    ModelFrame f = Fixtures.agtpa();
    ModelFrame intl = f.filter(i -> !f.label("exporter", i).equals(f.label("importer", i)));
    GravityFit fit =
        GravityModel.ppml("trade").regressors("ln_DIST", "CNTG", "LANG", "CLNY")
            .absorb("exp_year", "imp_year").fit(intl);
    // Yotov et al. (2016), chapter 1: -0.841, 0.437, 0.247, -0.222
    assertThat(fit.coefficient("ln_DIST")).isCloseTo(-0.841, within(5e-4));
    assertThat(fit.coefficient("CNTG")).isCloseTo(0.437, within(5e-4));
    assertThat(fit.coefficient("LANG")).isCloseTo(0.247, within(5e-4));
    assertThat(fit.coefficient("CLNY")).isCloseTo(-0.222, within(5e-4));
  }

  @Test
  void guideRtaEffectWithPairFixedEffects() {
    ModelFrame f = Fixtures.agtpa();
    GravityFit fit =
        GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair_id").fit(f);
    // the guide's Stata log: RTA .5571853, 28,482 observations, 84 observations and 7 pair effects
    // dropped for all-zero outcomes, pseudo log-likelihood -1379642.5
    assertThat(fit.coefficient("RTA")).isCloseTo(0.5571853, within(5e-7));
    assertThat(fit.observations()).isEqualTo(28_482);
    assertThat(fit.dropped()).hasSize(84).allMatch(d -> d.reason() == Dropped.Reason.FIXED_EFFECT_ALL_ZERO);
    assertThat(fit.droppedLevels()).hasSize(7).allMatch(l -> l.factor().equals("pair_id"));
    assertThat(fit.droppedLevels().stream().mapToInt(DroppedLevel::observations).sum()).isEqualTo(84);
    assertThat(fit.logLikelihood()).isCloseTo(-1379642.5, within(0.05));
    // pair_id is one id per unordered pair: 69 · 68 / 2 + 69 domestic pairs = 2,415
    assertThat(f.factor("pair_id").levelCount()).isEqualTo(2_415);
    assertThat(fit.fixedEffects("pair_id")).hasSize(2_415 - 7);
    assertThat(fit.convergence().converged()).isTrue();
    assertThat(fit.coefficient("RTA")).isCloseTo(0.557, withinPercentage(0.1));
  }

  @Test
  void conjugateGradientAbsorptionGivesTheSameFit() {
    GravityFit cg = GravityModel.ppml("Euros").regressors("log_dist").absorb("Origin", "Destination", "Product", "Year")
        .acceleration(Acceleration.CONJUGATE_GRADIENT).tolerance(1e-13).fixedEffectTolerance(1e-12).fit(trade);
    assertThat(rel(cg.coefficient("log_dist"), tight.coefficient("log_dist"))).isLessThan(1e-9);
    assertThat(rel(cg.standardError("log_dist", Vcov.cluster("Origin")), tight.standardError("log_dist", Vcov.cluster("Origin"))))
        .isLessThan(1e-7);
    assertThat(rel(cg.logLikelihood(), tight.logLikelihood())).isLessThan(1e-12);
    assertThat(cg.convergence().converged()).isTrue();
    // the guide's RTA model at the default tolerances: the Stata log's .5571853
    GravityFit rta = GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair_id")
        .acceleration(Acceleration.CONJUGATE_GRADIENT).fit(Fixtures.agtpa());
    assertThat(rta.coefficient("RTA")).isCloseTo(0.5571853, within(5e-7));
  }
}
