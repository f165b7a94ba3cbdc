package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Weidner–Zylkin variance correction ({@link BiasCorrectedVariance}). */
class BiasCorrectedVarianceTest {

  private static final GravityModel THREE_WAY = GravityModel.ppml("y").regressors("x")
      .absorb("exp_year", "imp_year", "pair").tolerance(1e-13).fixedEffectTolerance(1e-12);

  private static BiasCorrectedVariance of(GravityFit fit) {
    return BiasCorrectedVariance.threeWay(fit, "exporter", "importer", "year");
  }

  @Test
  void generalisedInverseOfASingularMatrixByHand() {
    // A = [[2, 2, 0], [2, 2, 0], [0, 0, 4]]: column 1 repeats column 0, so the kept block is
    // rows/columns {0, 2} = diag(2, 4) with inverse diag(1/2, 1/4), zero elsewhere
    double[][] a = {{2, 2, 0}, {2, 2, 0}, {0, 0, 4}};
    double[][] g = Dense.generalisedInverse(a);
    assertThat(g[0]).containsExactly(new double[] {0.5, 0, 0}, within(1e-15));
    assertThat(g[1]).containsExactly(new double[] {0, 0, 0}, within(1e-15));
    assertThat(g[2]).containsExactly(new double[] {0, 0, 0.25}, within(1e-15));
    // a regular 2 × 2: [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8
    double[][] r = Dense.generalisedInverse(new double[][] {{4, 2}, {2, 3}});
    assertThat(r[0]).containsExactly(new double[] {0.375, -0.25}, within(1e-15));
    assertThat(r[1]).containsExactly(new double[] {-0.25, 0.5}, within(1e-15));
  }

  @Test
  void generalisedInverseSatisfiesAGAEqualsA() {
    qt().withExamples(50).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Random rnd = new Random(seed);
      // A = B B' with B 6 × 3: rank 3 out of 6
      double[][] b = new double[6][3];
      for (double[] row : b) {
        for (int j = 0; j < 3; j++) {
          row[j] = rnd.nextGaussian();
        }
      }
      double[][] a = new double[6][6];
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
          for (int c = 0; c < 3; c++) {
            a[i][j] += b[i][c] * b[j][c];
          }
        }
      }
      double[][] g = Dense.generalisedInverse(a);
      double[][] aga = mul(mul(a, g), a);
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
          assertThat(aga[i][j]).isCloseTo(a[i][j], within(1e-8 * (1 + Math.abs(a[i][j]))));
          assertThat(g[i][j]).isCloseTo(g[j][i], within(1e-9 * (1 + Math.abs(g[i][j]))));
        }
      }
    });
  }

  private static double[][] mul(double[][] a, double[][] b) {
    int m = a.length;
    double[][] c = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int t = 0; t < m; t++) {
        for (int j = 0; j < m; j++) {
          c[i][j] += a[i][t] * b[t][j];
        }
      }
    }
    return c;
  }

  @Test
  void leverageCountsTheParametersBeyondThePairEffects() {
    // a balanced panel of I = J = 4 countries (all 16 pairs, domestic included) over T = 3 periods:
    // the exporter-period, importer-period and pair dummies span 1 + (I−1) + (J−1) + (T−1)
    // + (I−1)(J−1) + (I−1)(T−1) + (J−1)(T−1) = 1 + 3 + 3 + 2 + 9 + 6 + 6 = 30 dimensions, of which
    // the IJ = 16 pair effects take 16; the leverage beyond them is K + 30 − 16 = 1 + 14 = 15,
    // that is K + (T − 1)(I + J − 1) = 1 + 2 · 7
    BiasCorrectedVariance v = of(THREE_WAY.fit(BiasCorrectionTest.panel(4, 3, 5, 1)));
    assertThat(v.leverage()).isCloseTo(15, within(1e-8));
    assertThat(v.pairs()).isEqualTo(16);
    // I = J = 6, T = 2: 1 + 1 · 11 = 12
    assertThat(of(THREE_WAY.fit(BiasCorrectionTest.panel(6, 2, 9, 1))).leverage()).isCloseTo(12, within(1e-8));
  }

  @Test
  void agreesWithTheFullHatMatrixOfExplicitDummies() {
    // the same correction by another route: Z = [x, exporter-year, importer-year and pair dummies]
    // (48 rows, 41 columns), the weighted hat matrix P' = ΛZ(Z'ΛZ)⁺Z', and for each pair the block
    // of P' less the pair's own projection ϑ1': Ω̂ = Σ_p x̃_p' (I − P̃'_pp)⁻¹ Ŝ_p Ŝ_p' x̃_p
    ModelFrame f = BiasCorrectionTest.panel(4, 3, 5, 1);
    GravityFit fit = THREE_WAY.fit(f);
    int[] rows = fit.rows();
    int n = rows.length;
    double[] lambda = fit.fitted();
    String[] dims = {"exp_year", "imp_year", "pair"};
    List<String> columns = new ArrayList<>();
    for (String d : dims) {
      for (int r : rows) {
        String c = d + "=" + f.label(d, r);
        if (!columns.contains(c)) {
          columns.add(c);
        }
      }
    }
    int fe = columns.size();
    double[][] z = new double[n][fe + 1];
    double[] x = new double[n];
    double[] y = new double[n];
    for (int a = 0; a < n; a++) {
      x[a] = f.number("x", rows[a]);
      y[a] = f.number("y", rows[a]);
      z[a][0] = x[a];
      for (String d : dims) {
        z[a][1 + columns.indexOf(d + "=" + f.label(d, rows[a]))] = 1;
      }
    }
    double[][] g = BiasCorrection.pseudoInverse(weightedGram(z, lambda, fe + 1, 0));
    // x̃ = x − D(D'ΛD)⁺D'Λx over the dummy columns alone
    double[][] gd = BiasCorrection.pseudoInverse(weightedGram(z, lambda, fe + 1, 1));
    double[] dlx = new double[fe];
    for (int a = 0; a < n; a++) {
      for (int c = 0; c < fe; c++) {
        dlx[c] += z[a][1 + c] * lambda[a] * x[a];
      }
    }
    double[] xt = new double[n];
    double xlx = 0;
    for (int a = 0; a < n; a++) {
      double fitx = 0;
      for (int c = 0; c < fe; c++) {
        for (int d = 0; d < fe; d++) {
          fitx += z[a][1 + c] * gd[c][d] * dlx[d];
        }
      }
      xt[a] = x[a] - fitx;
      xlx += lambda[a] * xt[a] * xt[a];
    }
    double omega = 0;
    int pairs = 0;
    for (String p : columns) {
      if (!p.startsWith("pair=")) {
        continue;
      }
      pairs++;
      List<Integer> in = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        if (p.equals("pair=" + f.label("pair", rows[a]))) {
          in.add(a);
        }
      }
      int m = in.size();
      double sl = 0;
      for (int a : in) {
        sl += lambda[a];
      }
      double[][] lhs = new double[m][m];
      double[] score = new double[m];
      for (int u = 0; u < m; u++) {
        int a = in.get(u);
        score[u] = y[a] - lambda[a];
        for (int v = 0; v < m; v++) {
          int b = in.get(v);
          double h = 0;
          for (int c = 0; c <= fe; c++) {
            for (int d = 0; d <= fe; d++) {
              h += z[a][c] * g[c][d] * z[b][d];
            }
          }
          lhs[u][v] = (u == v ? 1 : 0) - (lambda[a] * h - lambda[a] / sl);
        }
      }
      double[] sol = gauss(lhs, score);
      double xz = 0;
      double xs = 0;
      for (int u = 0; u < m; u++) {
        xz += xt[in.get(u)] * sol[u];
        xs += xt[in.get(u)] * score[u];
      }
      omega += xz * xs;
    }
    double expected = pairs / (pairs - 1.0) * omega / (xlx * xlx);
    assertThat(pairs).isEqualTo(16);
    assertThat(of(fit).vcov()[0][0]).isCloseTo(expected, within(1e-7 * expected));
    assertThat(of(fit).uncorrectedVcov()[0][0]).isNotCloseTo(expected, within(1e-3 * expected));
  }

  @Test
  void theGuidesRtaModelWithDirectedPairs() {
    // 69 countries, 6 periods (1986, 1990, …, 2006), 4,706 of the 69² = 4,761 directed pairs in the
    // sample: the leverage is K + (T − 1)(I + J − 1) = 1 + 5 · 137 = 686, as on a balanced panel,
    // because the 55 missing pairs take no exporter-period or importer-period level with them
    ModelFrame directed = Fixtures.agtpa().withInteraction("pair", "exporter", "importer");
    GravityFit fit = GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair").fit(directed);
    BiasCorrectedVariance v = of(fit);
    assertThat(v.pairs()).isEqualTo(4_706);
    assertThat(v.leverage()).isCloseTo(686, within(1e-6));
    // the pair-clustered standard error 0.0815 (fixest's factor gives 0.0827) becomes 0.1204
    assertThat(v.uncorrectedStandardError("RTA")).isCloseTo(0.0814975, within(5e-7));
    assertThat(v.standardError("RTA")).isCloseTo(0.1203844, within(5e-7));
  }

  /** Σ λ z z' over the columns from {@code from} on. */
  private static double[][] weightedGram(double[][] z, double[] lambda, int cols, int from) {
    int k = cols - from;
    double[][] out = new double[k][k];
    for (int a = 0; a < z.length; a++) {
      for (int c = 0; c < k; c++) {
        for (int d = 0; d < k; d++) {
          out[c][d] += lambda[a] * z[a][from + c] * z[a][from + d];
        }
      }
    }
    return out;
  }

  private static double[] gauss(double[][] a0, double[] b0) {
    int m = b0.length;
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < m; c++) {
      int piv = c;
      for (int i = c + 1; i < m; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
          piv = i;
        }
      }
      double[] t = a[piv];
      a[piv] = a[c];
      a[c] = t;
      double tb = b[piv];
      b[piv] = b[c];
      b[c] = tb;
      for (int i = c + 1; i < m; i++) {
        double q = a[i][c] / a[c][c];
        for (int j = c; j < m; j++) {
          a[i][j] -= q * a[c][j];
        }
        b[i] -= q * b[c];
      }
    }
    double[] out = new double[m];
    for (int c = m - 1; c >= 0; c--) {
      double s = b[c];
      for (int j = c + 1; j < m; j++) {
        s -= a[c][j] * out[j];
      }
      out[c] = s / a[c][c];
    }
    return out;
  }

  @Test
  void uncorrectedPartIsThePairClusteredSandwichTimesGOverGMinusOne() {
    ModelFrame f = BiasCorrectionTest.panel(7, 3, 21, 1);
    GravityFit fit = THREE_WAY.fit(f);
    BiasCorrectedVariance v = of(fit);
    double raw = fit.vcov(Vcov.cluster("pair").convention(SmallSample.NONE))[0][0];
    // G = 49 pairs: the factor 49/48
    assertThat(v.uncorrectedVcov()[0][0]).isCloseTo(raw * 49 / 48, within(1e-12 * raw));
    assertThat(v.uncorrectedStandardError("x")).isCloseTo(Math.sqrt(raw * 49 / 48), within(1e-12));
    // the correction makes the standard error larger here, by less than a half
    double ratio = v.standardError("x") / v.uncorrectedStandardError("x");
    assertThat(ratio).isGreaterThan(1.0).isLessThan(1.5);
    assertThat(v.toString()).startsWith(
        "Weidner–Zylkin variance correction (three-way PPML, clustered by pair, 49 pairs)\nx: standard error ");
  }

  @Test
  void theCorrectedVarianceDoesNotDependOnTheUnitOfTrade() {
    qt().withExamples(5).forAll(longs().between(1, 10_000), doubles().between(1e-3, 1e4)).checkAssert((seed, c) -> {
      BiasCorrectedVariance a = of(THREE_WAY.fit(BiasCorrectionTest.panel(5, 3, seed, 1)));
      BiasCorrectedVariance b = of(THREE_WAY.fit(BiasCorrectionTest.panel(5, 3, seed, c)));
      assertThat(b.standardError("x")).isCloseTo(a.standardError("x"), within(1e-6 * a.standardError("x")));
    });
  }

  @Test
  void exchangingExportersAndImportersLeavesTheVarianceUnchanged() {
    qt().withExamples(5).forAll(longs().between(1, 10_000)).checkAssert(seed -> {
      GravityFit fit = THREE_WAY.fit(BiasCorrectionTest.panel(5, 3, seed, 1));
      BiasCorrectedVariance a = of(fit);
      BiasCorrectedVariance b = BiasCorrectedVariance.threeWay(fit, "importer", "exporter", "year");
      assertThat(b.standardError("x")).isCloseTo(a.standardError("x"), within(1e-9 * a.standardError("x")));
      assertThat(b.leverage()).isCloseTo(a.leverage(), within(1e-8));
    });
  }

  @Test
  void scalingARegressorScalesItsStandardErrorInversely() {
    ModelFrame f = BiasCorrectionTest.panel(5, 3, 17, 1);
    double[] x = f.column("x");
    double[] x10 = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x10[i] = 10 * x[i];
    }
    GravityFit one = THREE_WAY.fit(f);
    GravityFit ten = THREE_WAY.regressors("x10").fit(f.withNumber("x10", x10));
    double se = of(one).standardError("x");
    assertThat(BiasCorrectedVariance.threeWay(ten, "exporter", "importer", "year").standardError("x10"))
        .isCloseTo(se / 10, within(1e-7 * se));
  }

  @Test
  void correctedVarianceTracksTheSamplingVarianceInSimulations() {
    // counts on a fixed three-way design, N = 8 countries, T = 3 periods, 400 draws: the variance
    // of β̂ over the draws against the average uncorrected and corrected variances. Measured, Poisson
    // counts: 0.00197 against 0.00128 uncorrected (−35 %) and 0.00180 corrected (−8 %);
    // overdispersed counts: 0.0302 against 0.0198 (−35 %) and 0.0310 (+3 %). With 400 draws the
    // variance itself is known to about ±7 %
    double[] poisson = simulate(0, 400);
    String what = String.format(java.util.Locale.ROOT, "Poisson: variance %.6f, uncorrected %.6f, corrected %.6f",
        poisson[0], poisson[1], poisson[2]);
    assertThat(poisson[1]).as(what).isLessThan(0.8 * poisson[0]);
    assertThat(Math.abs(poisson[2] - poisson[0])).as(what).isLessThan(0.1 * poisson[0]);
    double[] over = simulate(0.7, 400);
    what = String.format(java.util.Locale.ROOT, "overdispersed: variance %.6f, uncorrected %.6f, corrected %.6f",
        over[0], over[1], over[2]);
    assertThat(over[1]).as(what).isLessThan(0.8 * over[0]);
    assertThat(Math.abs(over[2] - over[0])).as(what).isLessThan(0.1 * over[0]);
  }

  /**
   * Draws counts around exp(3 + pair effect + 0.3 x), x binary, times a log-normal of the given
   * spread with mean one (0: Poisson counts), fits each draw, and returns the variance of β̂ and
   * the averages of the uncorrected and corrected variances.
   */
  private static double[] simulate(double spread, int reps) {
    int n = 8;
    int t = 3;
    Random design = new Random(42);
    int rows = n * n * t;
    double[] x = new double[rows];
    double[] eta = new double[rows];
    List<String> ex = new ArrayList<>();
    List<String> im = new ArrayList<>();
    List<String> yr = new ArrayList<>();
    int r = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double pair = design.nextGaussian() / 2;
        for (int s = 0; s < t; s++) {
          x[r] = design.nextDouble() < 0.3 + 0.2 * s ? 1 : 0;
          eta[r] = 3 + pair + 0.3 * x[r];
          ex.add("e" + i);
          im.add("i" + j);
          yr.add("t" + s);
          r++;
        }
      }
    }
    Random draws = new Random(7);
    double sum = 0;
    double sum2 = 0;
    double v0 = 0;
    double v1 = 0;
    for (int rep = 0; rep < reps; rep++) {
      double[] y = new double[rows];
      for (int k = 0; k < rows; k++) {
        double mean = Math.exp(eta[k]);
        if (spread > 0) {
          mean *= Math.exp(spread * draws.nextGaussian() - spread * spread / 2);
        }
        y[k] = poisson(draws, mean);
      }
      ModelFrame f = ModelFrame.builder().number("y", y).number("x", x)
          .factor("exporter", ex).factor("importer", im).factor("year", yr).build()
          .withInteraction("exp_year", "exporter", "year")
          .withInteraction("imp_year", "importer", "year")
          .withInteraction("pair", "exporter", "importer");
      GravityFit fit = GravityModel.ppml("y").regressors("x").absorb("exp_year", "imp_year", "pair").fit(f);
      // with means of e³ ≈ 20 no pair has only zeros: every draw keeps every row
      assertThat(fit.dropped()).isEmpty();
      BiasCorrectedVariance v = of(fit);
      double b = fit.coefficient("x");
      sum += b;
      sum2 += b * b;
      v0 += v.uncorrectedVcov()[0][0];
      v1 += v.vcov()[0][0];
    }
    return new double[] {(sum2 - sum * sum / reps) / (reps - 1), v0 / reps, v1 / reps};
  }

  private static double poisson(Random rnd, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > l);
    return k - 1;
  }

  @Test
  void eachCoefficientHasItsOwnStandardErrors() {
    ModelFrame f = BiasCorrectionTest.panel(5, 3, 31, 1);
    double[] x2 = new double[f.rows()];
    for (int i = 0; i < x2.length; i++) {
      x2[i] = Math.cos(2.3 * i) + 0.4 * f.number("x", i);
    }
    GravityFit fit = GravityModel.ppml("y").regressors("x", "x2").absorb("exp_year", "imp_year", "pair")
        .tolerance(1e-13).fixedEffectTolerance(1e-12).fit(f.withNumber("x2", x2));
    BiasCorrectedVariance v = of(fit);
    assertThat(v.names()).containsExactly("x", "x2");
    double[][] vc = v.vcov();
    double[][] v0 = v.uncorrectedVcov();
    assertThat(v.standardError("x2")).isEqualTo(Math.sqrt(vc[1][1])).isNotEqualTo(v.standardError("x"));
    assertThat(v.uncorrectedStandardError("x2")).isEqualTo(Math.sqrt(v0[1][1]))
        .isNotEqualTo(v.uncorrectedStandardError("x"));
    // symmetric, and the copies are copies
    assertThat(vc[0][1]).isEqualTo(vc[1][0]);
    vc[1][1] = -1;
    assertThat(v.vcov()[1][1]).isPositive();
    // with two regressors the leverage is K + (T − 1)(I + J − 1) = 2 + 2 · 9 = 20
    assertThat(v.leverage()).isCloseTo(20, within(1e-8));
    BiasCorrectedVariance one = of(THREE_WAY.fit(f));
    assertThat(v).isNotEqualTo(one).isNotEqualTo("x");
    assertThat(v.hashCode()).isNotEqualTo(one.hashCode());
    assertThat(v.toString()).contains(String.format(java.util.Locale.ROOT, "x2: standard error %.7f, corrected %.7f",
        v.uncorrectedStandardError("x2"), v.standardError("x2")));
  }

  @Test
  void theLevelLimitIsInclusiveAndTheLevelMustBeInsideZeroToOne() {
    // 4 · 2 exporter-period + 4 · 2 importer-period levels = 16: a limit of 16 accepts them
    GravityFit ok = THREE_WAY.fit(BiasCorrectionTest.panel(4, 2, 3, 1));
    BiasCorrectedVariance v = BiasCorrectedVariance.threeWay(ok, "exporter", "importer", "year", 16);
    assertThat(v).isEqualTo(of(ok));
    BiasCorrection bc = BiasCorrection.threeWay(ok, "exporter", "importer", "year");
    assertThatThrownBy(() -> v.confidenceInterval(bc, "x", 0.0)).hasMessageContaining("level = 0.0");
    assertThatThrownBy(() -> v.confidenceInterval(bc, "x", Double.NaN)).hasMessageContaining("level = NaN");
    BiasCorrection other = new BiasCorrection(com.google.common.collect.ImmutableList.of("z"), new double[1],
        new double[1], new double[1]);
    assertThatThrownBy(() -> v.confidenceInterval(other, "x", 0.9))
        .hasMessageContaining("the correction is for coefficients [z], this variance for [x]");
  }

  @Test
  void refusesWhatItCannotCorrect() {
    ModelFrame f = BiasCorrectionTest.panel(4, 2, 3, 1);
    GravityFit ols = GravityModel.ols("y").regressors("x").absorb("exp_year", "imp_year", "pair").fit(f);
    assertThatThrownBy(() -> of(ols)).hasMessageContaining("for PPML fits");
    GravityFit two = GravityModel.ppml("y").regressors("x").absorb("exp_year", "imp_year").fit(f);
    assertThatThrownBy(() -> of(two)).hasMessageContaining("exactly three fixed effects");
    GravityFit ok = THREE_WAY.fit(f);
    // 4 · 2 exporter-period + 4 · 2 importer-period levels = 16
    assertThatThrownBy(() -> BiasCorrectedVariance.threeWay(ok, "exporter", "importer", "year", 15))
        .hasMessageContaining("16 exporter-period and importer-period levels")
        .hasMessageContaining("at most 15");
    BiasCorrectedVariance v = of(ok);
    assertThatThrownBy(() -> v.standardError("z")).hasMessageContaining("no coefficient \"z\"");
    BiasCorrection bc = BiasCorrection.threeWay(ok, "exporter", "importer", "year");
    assertThatThrownBy(() -> v.confidenceInterval(bc, "x", 1.0)).hasMessageContaining("level = 1.0");
    double[] ci = v.confidenceInterval(bc, "x", 0.95);
    // corrected estimate ± 1.959964 · corrected SE
    assertThat(ci[0]).isCloseTo(bc.corrected("x") - 1.959963985 * v.standardError("x"), within(1e-8));
    assertThat(ci[1]).isCloseTo(bc.corrected("x") + 1.959963985 * v.standardError("x"), within(1e-8));
    assertThat(v).isEqualTo(of(ok)).hasSameHashCodeAs(of(ok));
  }
}
