package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The bias-corrected cluster-robust variance of a three-way PPML gravity fit (exporter-period,
 * importer-period and pair fixed effects), clustered by pair, after Weidner &amp; Zylkin (2021, "Bias
 * and consistency in three-way gravity models", Journal of International Economics 132, 103513,
 * section 3; arXiv:1909.01327): the "adjusted SEs" that Stata's {@code ppml_fe_bias} reports with
 * its exact method.
 *
 * <p>The usual pair-clustered sandwich sums the outer products of the estimated scores {@code Ŝ_p
 * = y_p − λ_p} of each pair {@code p}. Because the exporter-period and importer-period effects are
 * estimated from few observations each, the estimated scores are too small: to first order
 * {@code E[Ŝ_p Ŝ_p'] ≈ (I − H̄_p Q_p) E[S_p S_p']}, a leverage effect of order {@code 1/N} ({@code
 * N} the number of countries) that makes the clustered standard errors too small. The correction
 * undoes that factor pair by pair. For a pair {@code p} with {@code m} observations (the periods it
 * has), fitted means {@code λ_p}, shares {@code ϑ = λ_p / Σλ_p} and regressors {@code x̃_p}
 * ({@code m × K}, partialled out of the three fixed effects under the weights {@code λ}):
 *
 * <pre>
 * H̄_p = diag(λ_p) − λ_p λ_p' / Σλ_p                     (the pair's expected Hessian, concentrated)
 * D_p = the m × F dummies of the exporter-period and importer-period levels of its rows
 * A   = Σ_p D_p' H̄_p D_p                                 (F × F)
 * Q_p = x̃_p (X̃'ΛX̃)⁻¹ x̃_p' + D_p A⁻ D_p'                 (m × m, A⁻ a generalised inverse)
 * Ω̂   = Σ_p x̃_p' (I − H̄_p Q_p)⁻¹ Ŝ_p Ŝ_p' x̃_p
 * V   = G/(G − 1) · (X̃'ΛX̃)⁻¹ Ω̂ (X̃'ΛX̃)⁻¹, symmetrised ((V + V')/2)
 * </pre>
 *
 * with {@code G} the number of pairs; without the factor {@code (I − H̄_p Q_p)⁻¹} the same formula is
 * the uncorrected pair-clustered variance {@link #uncorrectedVcov()} (the raw sandwich times
 * {@code G/(G − 1)}, Stata's cluster factor without {@code (n − 1)/(n − K)}: the convention of
 * {@code ppml_fe_bias}, not fixest's). {@code H̄_p Q_p} is the pair's block of the weighted hat
 * matrix of all regressors and dummies, less the pair's own effect; the result does not depend on
 * the generalised inverse chosen when every pair's scores sum to zero, as they do at the PPML
 * solution. {@link #leverage()} is {@code Σ_p tr(H̄_p Q_p)}, which equals {@code K} plus the rank of
 * {@code A}: on a balanced panel of {@code I} exporters, {@code J} importers, all {@code IJ} pairs
 * and {@code T} periods, {@code K + (T − 1)(I + J − 1)}.
 *
 * <p>The matrix {@code A} is held densely: the correction refuses fits with more than {@value
 * #MAX_LEVELS} exporter-period and importer-period levels together ({@code ppml_fe_bias} switches
 * to an approximation there, which is not offered). Checked by its invariances, the uncorrected
 * part against {@link GravityFit#vcov(Vcov)}, the leverage count and simulations, not against
 * output of {@code ppml_fe_bias}.
 *
 * <pre>{@code
 * GravityFit fit = GravityModel.ppml("trade").regressors("RTA")
 *     .absorb("exp_year", "imp_year", "pair").fit(frame);
 * BiasCorrection bc = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
 * BiasCorrectedVariance v = BiasCorrectedVariance.threeWay(fit, "exporter", "importer", "year");
 * v.standardError("RTA");                      // the adjusted standard error
 * v.confidenceInterval(bc, "RTA", 0.95);       // corrected estimate ± z · adjusted SE
 * }</pre>
 *
 * <p>Immutable.
 */
public final class BiasCorrectedVariance {

  /** The most exporter-period and importer-period levels the dense computation accepts. */
  public static final int MAX_LEVELS = 2_000;

  private final ImmutableList<String> names;
  private final double[][] vcov;
  private final double[][] uncorrected;
  private final int pairs;
  private final double leverage;

  private BiasCorrectedVariance(ImmutableList<String> names, double[][] vcov, double[][] uncorrected, int pairs,
      double leverage) {
    this.names = names;
    this.vcov = vcov;
    this.uncorrected = uncorrected;
    this.pairs = pairs;
    this.leverage = leverage;
  }

  /**
   * Computes the corrected variance of a three-way PPML fit, clustered by pair.
   *
   * @param fit a PPML fit whose three fixed effects are, in any order, exporter × period, importer
   *     × period and exporter × importer, not null
   * @param exporter the frame's exporter factor column, not null
   * @param importer the frame's importer factor column, not null
   * @param period the frame's period factor column, not null
   * @return the variance, never null
   * @throws IllegalArgumentException if the fit is not PPML, a column is not a factor of the frame,
   *     the fixed effects are not those three, there are more than {@value #MAX_LEVELS}
   *     exporter-period and importer-period levels, or a pair's leverage is singular
   */
  public static BiasCorrectedVariance threeWay(GravityFit fit, String exporter, String importer, String period) {
    return threeWay(fit, exporter, importer, period, MAX_LEVELS);
  }

  static BiasCorrectedVariance threeWay(GravityFit fit, String exporter, String importer, String period,
      int maxLevels) {
    requireNonNull(fit, "fit");
    requireNonNull(exporter, "exporter");
    requireNonNull(importer, "importer");
    requireNonNull(period, "period");
    if (fit.model().estimator() != Estimator.PPML) {
      throw new IllegalArgumentException(
          "the three-way variance correction is for PPML fits: this is " + fit.model());
    }
    Sample s = fit.sample();
    int n = s.n;
    int[] ex = BiasCorrection.dense(fit.frameFactor(exporter).codesView(), s.rows);
    int[] im = BiasCorrection.dense(fit.frameFactor(importer).codesView(), s.rows);
    int[] tt = BiasCorrection.dense(fit.frameFactor(period).codesView(), s.rows);
    int nE = BiasCorrection.max(ex);
    int nI = BiasCorrection.max(im);
    int nT = BiasCorrection.max(tt);
    BiasCorrection.requireThreeWay(s, ex, im, tt, nE, nI, nT, exporter, importer, period);
    // the exporter-period levels first, then the importer-period levels
    int[] it = BiasCorrection.dense(key(ex, tt, nT), identity(n));
    int nIt = BiasCorrection.max(it);
    int[] jt = BiasCorrection.dense(key(im, tt, nT), identity(n));
    int levels = nIt + BiasCorrection.max(jt);
    if (levels > maxLevels) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the fit has %d exporter-period and importer-period levels: the exact variance correction"
              + " holds a dense %d × %d matrix and accepts at most %d", levels, levels, levels, maxLevels));
    }
    for (int r = 0; r < n; r++) {
      jt[r] += nIt;
    }
    double[] lambda = fit.fittedView();
    double[][] xt = fit.demeanedView();
    double[][] bread = fit.breadView();
    int k = xt.length;
    int[][] groups = pairs(ex, im, nI);
    // A = Σ_p D_p' H̄_p D_p
    double[][] a = new double[levels][levels];
    for (int[] g : groups) {
      double sl = 0;
      for (int r : g) {
        sl += lambda[r];
      }
      for (int r : g) {
        for (int q : g) {
          double h = (r == q ? lambda[r] : 0) - lambda[r] * lambda[q] / sl;
          a[it[r]][it[q]] += h;
          a[it[r]][jt[q]] += h;
          a[jt[r]][it[q]] += h;
          a[jt[r]][jt[q]] += h;
        }
      }
    }
    double[][] ai = Dense.generalisedInverse(a);
    double[][] omega = new double[k][k];
    double[][] omega0 = new double[k][k];
    double lev = 0;
    for (int[] g : groups) {
      int m = g.length;
      double sl = 0;
      for (int r : g) {
        sl += lambda[r];
      }
      double[][] hq = new double[m][m];
      double[][] q = new double[m][m];
      for (int u = 0; u < m; u++) {
        int ru = g[u];
        for (int v = 0; v < m; v++) {
          int rv = g[v];
          double xbx = 0;
          for (int c = 0; c < k; c++) {
            double bc = 0;
            for (int d = 0; d < k; d++) {
              bc += bread[c][d] * xt[d][rv];
            }
            xbx += xt[c][ru] * bc;
          }
          q[u][v] = xbx + ai[it[ru]][it[rv]] + ai[it[ru]][jt[rv]] + ai[jt[ru]][it[rv]] + ai[jt[ru]][jt[rv]];
        }
      }
      for (int u = 0; u < m; u++) {
        for (int v = 0; v < m; v++) {
          double sum = 0;
          for (int w = 0; w < m; w++) {
            double h = (u == w ? lambda[g[u]] : 0) - lambda[g[u]] * lambda[g[w]] / sl;
            sum += h * q[w][v];
          }
          hq[u][v] = sum;
        }
        lev += hq[u][u];
      }
      double[] score = new double[m];
      for (int u = 0; u < m; u++) {
        score[u] = s.y[g[u]] - lambda[g[u]];
      }
      double[][] lhs = new double[m][m];
      for (int u = 0; u < m; u++) {
        for (int v = 0; v < m; v++) {
          lhs[u][v] = (u == v ? 1 : 0) - hq[u][v];
        }
      }
      double[] z = Dense.luSolve(lhs, score);
      if (z == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the leverage of the pair of sample row %d is 1 in some direction (I − H̄Q is singular):"
                + " the variance correction is not defined for this fit %s", fit.rows()[g[0]], fit.model()));
      }
      double[] xs = new double[k];
      double[] xz = new double[k];
      for (int c = 0; c < k; c++) {
        for (int u = 0; u < m; u++) {
          xs[c] += xt[c][g[u]] * score[u];
          xz[c] += xt[c][g[u]] * z[u];
        }
      }
      for (int c = 0; c < k; c++) {
        for (int d = 0; d < k; d++) {
          omega[c][d] += xz[c] * xs[d];
          omega0[c][d] += xs[c] * xs[d];
        }
      }
    }
    int nPairs = groups.length;
    double f = nPairs / (nPairs - 1.0);
    double[][] v = Dense.sandwich(bread, omega);
    double[][] v0 = Dense.sandwich(bread, omega0);
    for (int c = 0; c < k; c++) {
      for (int d = 0; d <= c; d++) {
        double sym = (v[c][d] + v[d][c]) / 2 * f;
        v[c][d] = sym;
        v[d][c] = sym;
        double sym0 = (v0[c][d] + v0[d][c]) / 2 * f;
        v0[c][d] = sym0;
        v0[d][c] = sym0;
      }
    }
    return new BiasCorrectedVariance(s.names, v, v0, nPairs, lev);
  }

  private static int[] key(int[] a, int[] t, int nT) {
    int[] out = new int[a.length];
    for (int r = 0; r < a.length; r++) {
      out[r] = a[r] * nT + t[r];
    }
    return out;
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int r = 0; r < n; r++) {
      out[r] = r;
    }
    return out;
  }

  /** The rows of each directed pair, pairs in order of first appearance. */
  private static int[][] pairs(int[] ex, int[] im, int nI) {
    int n = ex.length;
    int[] key = new int[n];
    for (int r = 0; r < n; r++) {
      key[r] = ex[r] * nI + im[r];
    }
    int[] p = BiasCorrection.dense(key, identity(n));
    int g = BiasCorrection.max(p);
    int[] size = new int[g];
    for (int r = 0; r < n; r++) {
      size[p[r]]++;
    }
    int[][] out = new int[g][];
    for (int c = 0; c < g; c++) {
      out[c] = new int[size[c]];
    }
    int[] fill = new int[g];
    for (int r = 0; r < n; r++) {
      out[p[r]][fill[p[r]]++] = r;
    }
    return out;
  }

  private int index(String name) {
    return BiasCorrection.coefficientIndex(names, name);
  }

  /**
   * Returns the coefficient names, in fit order.
   *
   * @return the names, never null
   */
  public ImmutableList<String> names() {
    return names;
  }

  /**
   * Returns the bias-corrected variance matrix {@code V}.
   *
   * @return a copy, never null
   */
  public double[][] vcov() {
    return copy(vcov);
  }

  /**
   * Returns the uncorrected pair-clustered variance, {@code G/(G − 1)} times the raw sandwich.
   *
   * @return a copy, never null
   */
  public double[][] uncorrectedVcov() {
    return copy(uncorrected);
  }

  /**
   * Returns the bias-corrected standard error of one coefficient, {@code √V_kk}.
   *
   * @param name the regressor, not null
   * @return the standard error
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double standardError(String name) {
    int i = index(name);
    return Math.sqrt(vcov[i][i]);
  }

  /**
   * Returns the uncorrected pair-clustered standard error of one coefficient.
   *
   * @param name the regressor, not null
   * @return the standard error
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double uncorrectedStandardError(String name) {
    int i = index(name);
    return Math.sqrt(uncorrected[i][i]);
  }

  /**
   * Returns the normal confidence interval around the bias-corrected estimate with the corrected
   * standard error, {@code β̂ − B − D ± z_{(1+level)/2} · √V_kk}, as {@code ppml_fe_bias}'s table
   * implies.
   *
   * @param correction the point-estimate correction of the same fit, not null
   * @param name the regressor, not null
   * @param level the confidence level, in (0, 1)
   * @return {lower, upper}, never null
   * @throws IllegalArgumentException if there is no such coefficient, the level is not in (0, 1) or
   *     the correction has other coefficients
   */
  public double[] confidenceInterval(BiasCorrection correction, String name, double level) {
    requireNonNull(correction, "correction");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level = " + level + ": expected a number between 0 and 1");
    }
    if (!correction.names().equals(names)) {
      throw new IllegalArgumentException(
          "the correction is for coefficients " + correction.names() + ", this variance for " + names);
    }
    double z = Distributions.normalQuantile((1 + level) / 2);
    double c = correction.corrected(name);
    double se = standardError(name);
    return new double[] {c - z * se, c + z * se};
  }

  /**
   * Returns the number of pairs {@code G} (the clusters).
   *
   * @return the count
   */
  public int pairs() {
    return pairs;
  }

  /**
   * Returns {@code Σ_p tr(H̄_p Q_p)}, the leverage that the regressors and the exporter-period and
   * importer-period effects take beyond the pair effects: {@code K} plus the rank of {@code A}.
   *
   * @return the leverage
   */
  public double leverage() {
    return leverage;
  }

  private static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BiasCorrectedVariance b && b.names.equals(names) && Arrays.deepEquals(b.vcov, vcov)
        && Arrays.deepEquals(b.uncorrected, uncorrected) && b.pairs == pairs
        && Double.compare(b.leverage, leverage) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(names, Arrays.deepHashCode(vcov), Arrays.deepHashCode(uncorrected), pairs,
        leverage);
  }

  /**
   * Returns one line per coefficient: uncorrected and corrected standard errors and their ratio.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "Weidner–Zylkin variance correction (three-way PPML, clustered by pair, %d pairs)%n", pairs));
    for (int i = 0; i < names.size(); i++) {
      double se0 = Math.sqrt(uncorrected[i][i]);
      double se = Math.sqrt(vcov[i][i]);
      b.append(String.format(Locale.ROOT, "%s: standard error %.7f, corrected %.7f (× %.4f)%n", names.get(i), se0,
          se, se / se0));
    }
    return b.toString();
  }
}
