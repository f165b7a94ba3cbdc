package io.github.digitrade.gravity.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.digitrade.gravity.Factor;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CounterfactualTest {

  private static final List<String> FOUR = List.of("AAA", "BBB", "CCC", "DDD");

  /**
   * A square cross-section of four countries on a line at 1, 2, 4 and 7 (distance |x_i − x_j|,
   * 0.5 within a country), trade {@code 100·exp(−ln d − 1.5·border) · s_i · s_j} times noise.
   */
  static ModelFrame square(long seed, boolean duplicateLast) {
    double[] at = {1, 2, 4, 7};
    double[] size = {1, 2, 3, 5};
    Random rnd = new Random(seed);
    List<String> ex = new ArrayList<>();
    List<String> im = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    List<Double> d = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    int n = FOUR.size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double dist = i == j ? 0.5 : Math.abs(at[i] - at[j]);
        double border = i == j ? 0 : 1;
        ex.add(FOUR.get(i));
        im.add(FOUR.get(j));
        d.add(Math.log(dist));
        b.add(border);
        t.add(100 * Math.exp(-Math.log(dist) - 1.5 * border) * size[i] * size[j]
            * Math.exp(0.2 * rnd.nextGaussian()));
      }
    }
    if (duplicateLast) {
      ex.add(FOUR.get(n - 1));
      im.add(FOUR.get(n - 1));
      d.add(Math.log(0.5));
      b.add(0.0);
      t.add(1.0);
    }
    return ModelFrame.builder()
        .factor("exporter", ex)
        .factor("importer", im)
        .number("trade", t.stream().mapToDouble(Double::doubleValue).toArray())
        .number("ln_DIST", d.stream().mapToDouble(Double::doubleValue).toArray())
        .number("BRDR", b.stream().mapToDouble(Double::doubleValue).toArray())
        .build();
  }

  static GravityFit fit(ModelFrame f) {
    return GravityModel.ppml("trade").regressors("ln_DIST", "BRDR").absorb("exporter", "importer")
        .fit(f);
  }

  static Counterfactual noBorders(long seed) {
    ModelFrame f = square(seed, false);
    return Counterfactual.of(fit(f), f).set("BRDR", 0, Pairs.international()).reference("AAA");
  }

  @Test
  void structuralFitWithoutTradeCostsIsTheIndependenceModel() {
    // y = [[4, 1], [2, 3]]: outputs 5, 5; expenditures 6, 4; total 10. With no offset the PPML fit
    // of exporter and importer effects is μ_ij = Y_i·E_j / 10 = [[3, 2], [3, 2]].
    // Reference country 0: χ_0 = 0, so exp π_0 = μ_00 = 3, exp π_1 = μ_10 = 3 and
    // exp χ_1 = μ_01 / exp π_0 = 2/3.
    Structural s = Structural.fitMargins(2, new double[] {5, 5}, new double[] {6, 4}, new double[4], 0);
    assertThat(s.mu).containsExactly(new double[] {3, 2, 3, 2}, within(1e-10));
    assertThat(s.pi).containsExactly(new double[] {Math.log(3), Math.log(3)}, within(1e-10));
    assertThat(s.chi).containsExactly(new double[] {0, Math.log(2.0 / 3)}, within(1e-10));
    assertThat(s.report.converged()).isTrue();
  }

  @Test
  void structuralFitMatchesEveryMarginUnderAnyOffset() {
    qt().withExamples(200)
        .forAll(integers().between(2, 6), longs().all())
        .checkAssert(
            (n, seed) -> {
              Random rnd = new Random(seed);
              double[] y = new double[n * n];
              double[] o = new double[n * n];
              for (int p = 0; p < n * n; p++) {
                y[p] = rnd.nextInt(4) == 0 && p / n != p % n ? 0 : Math.exp(3 * rnd.nextGaussian());
                o[p] = 2 * rnd.nextGaussian();
              }
              double[] rows = new double[n];
              double[] cols = new double[n];
              for (int p = 0; p < n * n; p++) {
                rows[p / n] += y[p];
                cols[p % n] += y[p];
              }
              Structural s = Structural.fitMargins(n, rows, cols, o, n - 1);
              assertThat(s.report.converged()).isTrue();
              assertThat(s.chi[n - 1]).isZero();
              for (int i = 0; i < n; i++) {
                double yr = 0;
                double mr = 0;
                double yc = 0;
                double mc = 0;
                for (int j = 0; j < n; j++) {
                  yr += y[i * n + j];
                  mr += s.mu[i * n + j];
                  yc += y[j * n + i];
                  mc += s.mu[j * n + i];
                }
                assertThat(mr / yr).isCloseTo(1, within(1e-11));
                assertThat(mc / yc).isCloseTo(1, within(1e-11));
              }
            });
  }

  @Test
  void stageFitOfTheDataEqualsTheMarginSolverOnItsMargins() {
    qt().withExamples(40)
        .forAll(integers().between(2, 6), longs().all())
        .checkAssert(
            (n, seed) -> {
              Random rnd = new Random(seed);
              List<String> ex = new ArrayList<>();
              List<String> im = new ArrayList<>();
              double[] y = new double[n * n];
              double[] o = new double[n * n];
              for (int p = 0; p < n * n; p++) {
                ex.add("C" + p / n);
                im.add("C" + p % n);
                y[p] = rnd.nextInt(4) == 0 && p / n != p % n ? 0 : Math.exp(3 * rnd.nextGaussian());
                o[p] = 2 * rnd.nextGaussian();
              }
              ModelFrame f = ModelFrame.builder().number("trade", y)
                  .factor(Factor.of("exporter", ex)).factor(Factor.of("importer", im)).build();
              CrossSection cs = CrossSection.of(f, "trade", "exporter", "importer", null, Double.NaN);
              StageFit g = StageFit.fit(cs, StageFit.frame(cs), o, 0);
              double[] rows = new double[n];
              double[] cols = new double[n];
              for (int p = 0; p < n * n; p++) {
                rows[p / n] += cs.trade[p];
                cols[p % n] += cs.trade[p];
              }
              Structural s = Structural.fitMargins(n, rows, cols, o, 0);
              assertThat(g.convergence.converged()).isTrue();
              assertThat(g.chi[0]).isZero();
              // the estimator stops on the relative deviance change, |ΔD| / (0.1 + D) ≤ 1e-10.
              // What that bounds is the fit's distance to the optimum in the Poisson information
              // metric, Σ (μ − μ*)² / μ*, which is D(μ) − D(μ*) to second order: at most 1e-8 of
              // (0.1 + D) for a convergence that removes at least 1 % of the error a step. A cell
              // with a tiny mean can be further off in relative terms (n = 2, seed 569: a flow of
              // 1.26 fitted 8.5e-7, 1.4e-6 relative apart, in a distance of 1.3e-12 against a
              // deviance of 37); the guide's data agree to 1e-11 (GuideApplicationsTest)
              double deviance = g.deviance;
              double distance = 0;
              double effectsDistance = 0;
              for (int p = 0; p < n * n; p++) {
                double d = g.mu[p] - s.mu[p];
                distance += d * d / s.mu[p];
                // the margin solver's means are its effects and the offsets, μ = exp(π_i + χ_j +
                // o), by construction, to the rounding of effects of up to ±20
                assertThat(s.mu[p] / Math.exp(s.pi[p / n] + s.chi[p % n] + o[p]))
                    .isCloseTo(1, within(1e-9));
                // the stage fit's effects are recovered by a demeaning weighted by the means, so a
                // cell pulls on them with its mean: they reproduce the means in the same metric,
                // not cell by cell (n = 3, seed -748: a mean of 7.5e-11 is 7.4e-9 relative off,
                // 5.5e-19 absolute)
                double e = g.mu[p] - Math.exp(g.pi[p / n] + g.chi[p % n] + o[p]);
                effectsDistance += e * e / g.mu[p];
              }
              assertThat(distance).isLessThanOrEqualTo(1e-8 * (0.1 + deviance));
              // the demeaning stops at a relative change of 1e-12 (StageFit.FIXED_EFFECT_TOLERANCE);
              // 6,000 draws (n = 2 to 6) gave at most 5e-23 of (0.1 + D)
              assertThat(effectsDistance).isLessThanOrEqualTo(1e-16 * (0.1 + deviance));
            });
  }

  @Test
  void noChangeLeavesEveryStageAtTheBaseline() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ModelFrame f = square(seed, false);
              CounterfactualResult r = Counterfactual.of(fit(f), f).reference("BBB").solve();
              for (String c : FOUR) {
                for (Measure m : Measure.values()) {
                  assertThat(r.percentChange(Stage.CONDITIONAL, m, c)).isCloseTo(0, within(1e-8));
                  assertThat(r.percentChange(Stage.FULL, m, c)).isCloseTo(0, within(1e-6));
                }
              }
              assertThat(r.changedPairs()).isZero();
            });
  }

  @Test
  void fullEquilibriumClearsMarketsAndKeepsTheReferenceResistance() {
    qt().withExamples(10)
        .forAll(longs().all(), doubles().between(1.5, 12))
        .checkAssert(
            (seed, sigma) -> {
              CounterfactualResult r = noBorders(seed).sigma(sigma).solve();
              GuideApplicationsTest.assertEquilibrium(r);
              assertThat(r.sigma()).isEqualTo(sigma);
            });
  }

  @Test
  void removingTheBorderRaisesExportsAndLowersTheOutwardResistanceEverywhere() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              CounterfactualResult r = noBorders(seed).solve();
              for (String c : FOUR) {
                assertThat(r.percentChange(Stage.CONDITIONAL, Measure.EXPORTS, c)).isPositive();
                assertThat(r.percentChange(Stage.FULL, Measure.EXPORTS, c)).isPositive();
                assertThat(r.percentChange(Stage.CONDITIONAL, Measure.OUTWARD_RESISTANCE, c))
                    .isNegative();
              }
              assertThat(r.changedPairs()).isEqualTo(12);
              // conditional stage: output, expenditure and prices are held
              CountryOutcome b = r.outcome(Stage.BASELINE, "CCC");
              CountryOutcome c = r.outcome(Stage.CONDITIONAL, "CCC");
              assertThat(c.output()).isEqualTo(b.output());
              assertThat(c.expenditure()).isEqualTo(b.expenditure());
              assertThat(c.price()).isEqualTo(1);
            });
  }

  @Test
  void changesApplyOnlyToTheSelectedPairs() {
    ModelFrame f = square(7, false);
    CounterfactualResult r =
        Counterfactual.of(fit(f), f).set("BRDR", 0, Pairs.of("AAA", "BBB")).reference("AAA").solve();
    assertThat(r.changedPairs()).isEqualTo(1);
    // AAA → BBB becomes cheaper: its conditional trade rises, BBB → AAA's need not
    assertThat(r.pair("AAA", "BBB").percentChange(Stage.CONDITIONAL)).isPositive();
    CounterfactualResult both =
        Counterfactual.of(fit(f), f)
            .set("BRDR", 0, Pairs.between(List.of("AAA"), List.of("BBB", "CCC")))
            .reference("AAA")
            .solve();
    assertThat(both.changedPairs()).isEqualTo(4);
    CounterfactualResult among =
        Counterfactual.of(fit(f), f).set("BRDR", 0, Pairs.among("AAA", "BBB", "CCC"))
            .set("BRDR", 1, Pairs.of("AAA", "BBB")).reference("AAA").solve();
    assertThat(among.changedPairs()).isEqualTo(6);
    assertThat(among.pair("AAA", "BBB").percentChange(Stage.CONDITIONAL))
        .isLessThan(among.pair("BBB", "AAA").percentChange(Stage.CONDITIONAL));
    assertThat(among.pair("AAA", "AAA").percentChange(Stage.BASELINE)).isZero();
  }

  @Test
  void guideIterationStopsAtItsRule() {
    CounterfactualResult r = noBorders(3).fullEndowment(FullEndowment.GUIDE).solve();
    assertThat(r.iterations().tolerance()).isEqualTo(0.01);
    assertThat(r.iterations().converged()).isTrue();
    assertThat(r.iterations().priceChange()).isLessThanOrEqualTo(0.01);
    assertThat(r.description()).endsWith("guide iteration");
    CounterfactualResult tight =
        noBorders(3).fullEndowment(FullEndowment.GUIDE).tolerance(1e-3).solve();
    assertThat(tight.iterations().iterations()).isGreaterThanOrEqualTo(r.iterations().iterations());
  }

  @Test
  void nonConvergenceIsReportedNotHidden() {
    CounterfactualResult r = noBorders(3).maxIterations(1).tolerance(1e-15).solve();
    assertThat(r.iterations().converged()).isFalse();
    assertThat(r.iterations().iterations()).isEqualTo(1);
    assertThat(r.iterations().toString()).startsWith("NOT CONVERGED after 1 iteration ");
    assertThat(r.toString()).contains("full endowment: NOT CONVERGED");
  }

  @Test
  void printsATableAndWritesCsv() {
    CounterfactualResult r = noBorders(5).solve();
    String text = r.toString();
    assertThat(text).startsWith("Counterfactual: BRDR = 0 on all international pairs, sigma 7,"
        + " reference AAA\n");
    assertThat(text).contains("trade costs: 12 pairs changed\n");
    assertThat(text).containsPattern("full endowment: converged after \\d+ iterations");
    assertThat(text).contains("country  exports CDL exports FULL");
    assertThat(text.lines().filter(l -> l.startsWith("CCC ")).count()).isEqualTo(1);
    StringWriter w = new StringWriter();
    r.writeCsv(w);
    List<String> lines = w.toString().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("country,exports_baseline,output_baseline,"
        + "expenditure_baseline,exports_conditional_pct,exports_full_pct,");
    assertThat(com.google.common.base.Splitter.on(',').splitToList(lines.get(0))).hasSize(15);
    assertThat(lines.get(3)).startsWith("CCC,");
    List<String> cells = com.google.common.base.Splitter.on(',').splitToList(lines.get(3));
    double rgdp = Double.parseDouble(cells.get(14));
    assertThat(rgdp).isEqualTo(r.percentChange(Stage.FULL, Measure.REAL_GDP, "CCC"));
    StringWriter p = new StringWriter();
    r.writePairsCsv(p);
    List<String> pl = p.toString().lines().toList();
    assertThat(pl).hasSize(17);
    assertThat(pl.get(2)).startsWith("AAA,BBB,");
    assertThat(r.pairs()).hasSize(16);
    assertThat(r.countries()).containsExactlyElementsOf(FOUR);
    assertThat(r.reference()).isEqualTo("AAA");
    assertThat(r.estimatedPairs()).isEqualTo(16);
    assertThat(r.filledPairs()).isZero();
    assertThat(r.baselineFit().converged()).isTrue();
    assertThat(r.conditionalFit().toString()).startsWith("converged after ");
    assertThat(r.fullFit().converged()).isTrue();
    assertThat(r.stage(Stage.FULL)).hasSize(4);
    assertThat(noBorders(5).toString())
        .isEqualTo("Counterfactual[BRDR = 0 on all international pairs, sigma 7, reference AAA,"
            + " tolerance 0.00000001]");
  }

  @Test
  void refusesAnUnknownCountry() {
    ModelFrame f = square(1, false);
    Counterfactual c = Counterfactual.of(fit(f), f).reference("AAA");
    assertThatThrownBy(() -> c.set("BRDR", 0, Pairs.of("AAA", "XYZ")).solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country \"XYZ\"")
        .hasMessageContaining("[AAA, BBB, CCC, DDD]");
    CounterfactualResult r = c.solve();
    assertThatThrownBy(() -> r.outcome(Stage.FULL, "XYZ"))
        .hasMessageContaining("unknown country \"XYZ\"");
    assertThatThrownBy(() -> r.pair("AAA", "XYZ")).hasMessageContaining("no pair AAA → XYZ");
  }

  @Test
  void refusesAChangeOnPairsNotInTheData() {
    ModelFrame f = square(1, false);
    Counterfactual c = Counterfactual.of(fit(f), f).reference("AAA");
    assertThatThrownBy(() -> c.set("BRDR", 0, Pairs.among("QQQ", "YYY")).solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country \"QQQ\"");
    assertThatThrownBy(() -> c.set("RTA", 0, Pairs.international()).solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"RTA\" is not a regressor of the baseline fit")
        .hasMessageContaining("[ln_DIST, BRDR]");
    // a panel year whose cross-section lacks the pairs
    assertThatThrownBy(() -> c.year("ln_DIST", 99).solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ln_DIST = 99 has no rows");
    assertThatThrownBy(() -> Pairs.of("AAA", "AAA")).hasMessageContaining("two different");
    assertThatThrownBy(() -> Pairs.among("AAA")).hasMessageContaining("at least two distinct");
    assertThatThrownBy(() -> Pairs.between(List.of(), List.of("AAA")))
        .hasMessageContaining("first is empty");
    assertThatThrownBy(() -> Pairs.among("AAA", " ")).hasMessageContaining("blank country code");
  }

  @Test
  void refusesSigmaAtMostOne() {
    Counterfactual c = noBorders(1);
    for (double s : new double[] {1, 0.5, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> c.sigma(s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sigma = " + s)
          .hasMessageContaining("greater than 1");
    }
  }

  @Test
  void refusesAMissingReferenceCountry() {
    ModelFrame f = square(1, false);
    Counterfactual c = Counterfactual.of(fit(f), f).set("BRDR", 0, Pairs.international());
    assertThatThrownBy(c::solve)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no reference country");
    assertThatThrownBy(() -> c.reference("DEU").solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference country \"DEU\" is not in the data")
        .hasMessageContaining("[AAA, BBB, CCC, DDD]");
  }

  @Test
  void refusesACrossSectionThatIsNotSquare() {
    ModelFrame dup = square(1, true);
    GravityFit fit = fit(square(1, false));
    assertThatThrownBy(() -> Counterfactual.of(fit, dup).reference("AAA").solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a second flow DDD → DDD")
        .hasMessageContaining("choose a year of the panel");
    ModelFrame f = square(1, false);
    ModelFrame holed = f.filter(r -> r != 1);
    assertThatThrownBy(() -> Counterfactual.of(fit, holed).reference("AAA").solve())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no flow AAA → BBB")
        .hasMessageContaining("16 ordered pairs")
        .hasMessageContaining("(a pair without trade is a 0)");
  }

  @Test
  void refusesBadSettings() {
    Counterfactual c = noBorders(1);
    assertThatThrownBy(() -> c.tolerance(0)).hasMessageContaining("tolerance = 0.0");
    assertThatThrownBy(() -> c.tolerance(Double.NaN)).hasMessageContaining("positive");
    assertThatThrownBy(() -> c.maxIterations(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> c.set("BRDR", Double.NaN, Pairs.international()))
        .hasMessageContaining("expected a finite value");
    assertThatThrownBy(() -> Counterfactual.of(fit(square(1, false)), square(1, false))
            .countries("exporter", "nope").reference("AAA").solve())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
