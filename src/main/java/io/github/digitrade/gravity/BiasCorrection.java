package io.github.digitrade.gravity;

import io.github.digitrade.internal.Jacobi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;

/**
 * The analytical bias correction of Weidner &amp; Zylkin (2021, "Bias and consistency in three-way
 * gravity models", Journal of International Economics 132, 103513; arXiv:1909.01327) for the point
 * estimates of a three-way PPML gravity fit with exporter-period, importer-period and pair fixed
 * effects, as Stata's {@code ppml_fe_bias} computes it.
 *
 * <p>With {@code N} countries and the number of periods {@code T} fixed, the three-way PPML
 * estimate has an incidental-parameter bias of order {@code 1/N}. Concentrating out the pair effect
 * of pair {@code ij}, its {@code T} observations have shares {@code ϑ_ijt = λ_ijt / Σ_s λ_ijs}
 * ({@code λ} the fitted means), scores {@code S_ijt = y_ijt − ϑ_ijt Σ_s y_ijs}, and Hessians {@code
 * H_ij = (diag ϑ − ϑϑ') Σ_s y_ijs} and {@code H̄_ij = (diag ϑ − ϑϑ') Σ_s λ_ijs}; {@code Ḡ_ij} is the
 * third derivative, {@code Σ_s λ_ijs} times {@code −ϑ_t(1 − ϑ_t)(1 − 2ϑ_t)} on {@code t = s = r},
 * {@code ϑ_a(1 − 2ϑ_a)ϑ_b} when two indices equal {@code a} and the third is {@code b}, and {@code
 * −2ϑ_tϑ_sϑ_r} when all differ. With {@code x̃} the regressors partialled out of the three fixed
 * effects under the weights {@code λ}, and for each exporter {@code i} the sums over its importers
 * {@code H̄_i = Σ_j H̄_ij}, {@code SS_i = Σ_j S_ij S_ij'}, the exporter bias is
 *
 * <pre>
 * B = W⁻¹ Σ_i [ −tr(H̄_i⁺ Σ_j (H_ij x̃_ij) S_ij') + ½ tr((Σ_j Ḡ_ij x̃_ij) H̄_i⁺ SS_i H̄_i⁺) ] · N_i/(N_i − 1)
 * </pre>
 *
 * one entry per regressor, with {@code W = X̃'ΛX̃} (the inverse of the PPML bread) and {@code ⁺} the
 * Moore–Penrose inverse; the importer bias {@code D} is the same sum over importers. The corrected
 * estimate is {@code β̂ − B − D}. Pairs with missing periods contribute over the periods they have.
 *
 * <p>Only the point estimates are corrected here; the variance correction of the same paper is
 * {@link BiasCorrectedVariance}. The computation is checked by its invariances (the unit of trade, exchanging
 * exporters and importers) and hand-checked pieces, not against output of {@code ppml_fe_bias}.
 *
 * <pre>{@code
 * GravityFit fit = GravityModel.ppml("trade").regressors("RTA")
 *     .absorb("exp_year", "imp_year", "pair").fit(frame);
 * BiasCorrection bc = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
 * bc.corrected("RTA");
 * }</pre>
 *
 * <p>Immutable.
 */
public final class BiasCorrection {

  private final ImmutableList<String> names;
  private final double[] estimates;
  private final double[] exporterBias;
  private final double[] importerBias;

  /**
   * Makes a correction from its parts (the arrays are copied).
   *
   * @param names the coefficient names, in fit order, not null
   * @param estimates the uncorrected estimates, one per name, not null
   * @param exporterBias {@code B}, one per name, not null
   * @param importerBias {@code D}, one per name, not null
   * @throws IllegalArgumentException if the lengths differ
   */
  public BiasCorrection(
      ImmutableList<String> names, double[] estimates, double[] exporterBias, double[] importerBias) {
    this.names = requireNonNull(names, "names");
    this.estimates = requireNonNull(estimates, "estimates").clone();
    this.exporterBias = requireNonNull(exporterBias, "exporterBias").clone();
    this.importerBias = requireNonNull(importerBias, "importerBias").clone();
    if (estimates.length != names.size() || exporterBias.length != names.size()
        || importerBias.length != names.size()) {
      throw new IllegalArgumentException(
          "expected one estimate and one bias of each kind per name " + names);
    }
  }

  /**
   * Computes the correction of a three-way PPML fit.
   *
   * @param fit a PPML fit whose three fixed effects are, in any order, exporter × period, importer
   *     × period and exporter × importer, not null
   * @param exporter the frame's exporter factor column, not null
   * @param importer the frame's importer factor column, not null
   * @param period the frame's period factor column, not null
   * @return the correction, never null
   * @throws IllegalArgumentException if the fit is not PPML, a column is not a factor of the frame,
   *     or the fixed effects are not those three
   */
  public static BiasCorrection threeWay(GravityFit fit, String exporter, String importer, String period) {
    requireNonNull(fit, "fit");
    requireNonNull(exporter, "exporter");
    requireNonNull(importer, "importer");
    requireNonNull(period, "period");
    if (fit.model().estimator() != Estimator.PPML) {
      throw new IllegalArgumentException("the three-way bias correction is for PPML fits: this is " + fit.model());
    }
    Sample s = fit.sample();
    int n = s.n;
    int[] ex = dense(fit.frameFactor(exporter).codesView(), s.rows);
    int[] im = dense(fit.frameFactor(importer).codesView(), s.rows);
    int[] tt = dense(fit.frameFactor(period).codesView(), s.rows);
    int nE = max(ex);
    int nI = max(im);
    int nT = max(tt);
    requireThreeWay(s, ex, im, tt, nE, nI, nT, exporter, importer, period);
    double[] lambda = fit.fittedView();
    double[][] xt = fit.demeanedView();
    int k = xt.length;
    // rows of each directed pair
    long[] key = new long[n];
    Integer[] order = new Integer[n];
    for (int r = 0; r < n; r++) {
      key[r] = ((long) ex[r] * nI + im[r]) * nT + tt[r];
      order[r] = r;
    }
    Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
    double[][][] hbarE = new double[nE][nT][nT];
    double[][][] hbarI = new double[nI][nT][nT];
    double[][][] ssE = new double[nE][nT][nT];
    double[][][] ssI = new double[nI][nT][nT];
    double[][][][] hxsE = new double[nE][k][nT][nT];
    double[][][][] hxsI = new double[nI][k][nT][nT];
    double[][][][] gxE = new double[nE][k][nT][nT];
    double[][][][] gxI = new double[nI][k][nT][nT];
    int start = 0;
    while (start < n) {
      int end = start;
      int i0 = ex[order[start]];
      int j0 = im[order[start]];
      while (end < n && ex[order[end]] == i0 && im[order[end]] == j0) {
        end++;
      }
      int m = end - start;
      int[] t = new int[m];
      double[] th = new double[m];
      double[] sc = new double[m];
      double sy = 0;
      double sl = 0;
      for (int a = 0; a < m; a++) {
        int r = order[start + a];
        t[a] = tt[r];
        sy += s.y[r];
        sl += lambda[r];
      }
      for (int a = 0; a < m; a++) {
        int r = order[start + a];
        th[a] = lambda[r] / sl;
      }
      for (int a = 0; a < m; a++) {
        sc[a] = s.y[order[start + a]] - th[a] * sy;
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          double h = (a == b ? th[a] : 0) - th[a] * th[b];
          hbarE[i0][t[a]][t[b]] += h * sl;
          hbarI[j0][t[a]][t[b]] += h * sl;
          ssE[i0][t[a]][t[b]] += sc[a] * sc[b];
          ssI[j0][t[a]][t[b]] += sc[a] * sc[b];
        }
      }
      for (int c = 0; c < k; c++) {
        double[] x = new double[m];
        for (int a = 0; a < m; a++) {
          x[a] = xt[c][order[start + a]];
        }
        for (int a = 0; a < m; a++) {
          double hx = 0;
          for (int b = 0; b < m; b++) {
            hx += ((a == b ? th[a] : 0) - th[a] * th[b]) * sy * x[b];
          }
          for (int b = 0; b < m; b++) {
            hxsE[i0][c][t[a]][t[b]] += hx * sc[b];
            hxsI[j0][c][t[a]][t[b]] += hx * sc[b];
          }
        }
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            double g = 0;
            for (int r = 0; r < m; r++) {
              g += third(th, a, b, r) * x[r];
            }
            g *= sl;
            gxE[i0][c][t[a]][t[b]] += g;
            gxI[j0][c][t[a]][t[b]] += g;
          }
        }
      }
      start = end;
    }
    double[] bE = side(hbarE, ssE, hxsE, gxE, k, nT);
    double[] bI = side(hbarI, ssI, hxsI, gxI, k, nT);
    double[][] bread = fit.breadView();
    double[] biasE = times(bread, bE, nE / (nE - 1.0));
    double[] biasI = times(bread, bI, nI / (nI - 1.0));
    return new BiasCorrection(s.names, fit.coefficients(), biasE, biasI);
  }

  /** {@code ∂³} of the concentrated Poisson log-likelihood of one pair, without the factor Σλ. */
  static double third(double[] th, int t, int s, int r) {
    if (t == s && s == r) {
      return -th[t] * (1 - th[t]) * (1 - 2 * th[t]);
    }
    if (s == r) {
      return th[s] * (1 - 2 * th[s]) * th[t];
    }
    if (t == s) {
      return th[s] * (1 - 2 * th[s]) * th[r];
    }
    if (r == t) {
      return th[t] * (1 - 2 * th[t]) * th[s];
    }
    return -2 * th[r] * th[s] * th[t];
  }

  private static double[] side(double[][][] hbar, double[][][] ss, double[][][][] hxs, double[][][][] gx,
      int k, int nT) {
    double[] out = new double[k];
    for (int g = 0; g < hbar.length; g++) {
      double[][] pinv = pseudoInverse(hbar[g]);
      double[][] psp = mul(mul(pinv, ss[g]), pinv);
      for (int c = 0; c < k; c++) {
        double b1 = 0;
        double b2 = 0;
        for (int a = 0; a < nT; a++) {
          for (int b = 0; b < nT; b++) {
            b1 += pinv[b][a] * hxs[g][c][a][b];
            b2 += gx[g][c][a][b] * psp[b][a];
          }
        }
        out[c] += -b1 + b2 / 2;
      }
    }
    return out;
  }

  /** The Moore–Penrose inverse of a symmetric matrix, eigenvalues below 1.5e-8 of the largest as 0. */
  static double[][] pseudoInverse(double[][] a) {
    int m = a.length;
    double[][] u = new double[m][m];
    double[] l = Jacobi.eigen(a, u);
    double top = 0;
    for (double v : l) {
      top = Math.max(top, Math.abs(v));
    }
    double[][] out = new double[m][m];
    for (int t = 0; t < m; t++) {
      if (Math.abs(l[t]) <= 1.4901161193847656e-8 * top || l[t] == 0) {
        continue;
      }
      double inv = 1 / l[t];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          out[i][j] += u[i][t] * inv * u[j][t];
        }
      }
    }
    return out;
  }

  private static double[][] mul(double[][] a, double[][] b) {
    int m = a.length;
    double[][] c = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int t = 0; t < m; t++) {
        double v = a[i][t];
        if (v != 0) {
          for (int j = 0; j < m; j++) {
            c[i][j] += v * b[t][j];
          }
        }
      }
    }
    return c;
  }

  private static double[] times(double[][] m, double[] v, double f) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += m[i][j] * v[j];
      }
      out[i] = s * f;
    }
    return out;
  }

  static int[] dense(int[] codes, int[] rows) {
    int[] map = new int[codes.length == 0 ? 0 : Arrays.stream(codes).max().orElse(0) + 1];
    Arrays.fill(map, -1);
    int[] out = new int[rows.length];
    int g = 0;
    for (int r = 0; r < rows.length; r++) {
      int c = codes[rows[r]];
      if (map[c] < 0) {
        map[c] = g++;
      }
      out[r] = map[c];
    }
    return out;
  }

  static int max(int[] codes) {
    int m = 0;
    for (int c : codes) {
      m = Math.max(m, c + 1);
    }
    return m;
  }

  static void requireThreeWay(Sample s, int[] ex, int[] im, int[] tt, int nE, int nI, int nT,
      String exporter, String importer, String period) {
    if (s.codes.length != 3) {
      throw new IllegalArgumentException("the three-way bias correction needs exactly three fixed effects"
          + " (exporter × period, importer × period, exporter × importer): the fit has " + s.codes.length);
    }
    long[][] keys = new long[3][];
    keys[0] = new long[s.n];
    keys[1] = new long[s.n];
    keys[2] = new long[s.n];
    for (int r = 0; r < s.n; r++) {
      keys[0][r] = (long) ex[r] * nT + tt[r];
      keys[1][r] = (long) im[r] * nT + tt[r];
      keys[2][r] = (long) ex[r] * nI + im[r];
    }
    String[] what = {exporter + " × " + period, importer + " × " + period, exporter + " × " + importer};
    boolean[] used = new boolean[3];
    for (int q = 0; q < 3; q++) {
      boolean found = false;
      for (int w = 0; w < 3 && !found; w++) {
        if (!used[w] && sameGrouping(s.codes[q], s.levels[q], keys[w])) {
          used[w] = true;
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the fixed effect %s is none of %s, %s and %s: the three-way bias correction needs exactly"
                + " those three", s.factors[q].name(), what[0], what[1], what[2]));
      }
    }
    if (nE < 2 || nI < 2) {
      throw new IllegalArgumentException("the three-way bias correction needs at least two exporters and two importers");
    }
  }

  /** Whether the codes group the rows exactly as the keys do. */
  private static boolean sameGrouping(int[] codes, int levels, long[] keys) {
    long[] keyOf = new long[levels];
    Arrays.fill(keyOf, Long.MIN_VALUE);
    java.util.Map<Long, Integer> levelOf = new java.util.HashMap<>();
    for (int r = 0; r < codes.length; r++) {
      int c = codes[r];
      if (keyOf[c] == Long.MIN_VALUE) {
        keyOf[c] = keys[r];
      } else if (keyOf[c] != keys[r]) {
        return false;
      }
      Integer l = levelOf.putIfAbsent(keys[r], c);
      if (l != null && l != c) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the corrected estimate {@code β̂ − B − D} of one coefficient.
   *
   * @param name the regressor, not null
   * @return the corrected estimate
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double corrected(String name) {
    int i = index(name);
    return estimates[i] - exporterBias[i] - importerBias[i];
  }

  /**
   * Returns the estimated bias {@code B + D} of one coefficient.
   *
   * @param name the regressor, not null
   * @return the bias
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public double bias(String name) {
    int i = index(name);
    return exporterBias[i] + importerBias[i];
  }

  private int index(String name) {
    return coefficientIndex(names, name);
  }

  /**
   * The position of a coefficient among the names of a fit, for the corrections of its point
   * estimates and of its variance.
   *
   * @throws IllegalArgumentException naming the coefficient and the names if it is not one of them
   */
  static int coefficientIndex(ImmutableList<String> names, String name) {
    requireNonNull(name, "name");
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no coefficient \"" + name + "\": expected one of " + names);
    }
    return i;
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
   * Returns the uncorrected estimates.
   *
   * @return a copy, never null
   */
  public double[] estimates() {
    return estimates.clone();
  }

  /**
   * Returns the exporter bias {@code B}, one entry per coefficient.
   *
   * @return a copy, never null
   */
  public double[] exporterBias() {
    return exporterBias.clone();
  }

  /**
   * Returns the importer bias {@code D}, one entry per coefficient.
   *
   * @return a copy, never null
   */
  public double[] importerBias() {
    return importerBias.clone();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof BiasCorrection b && b.names.equals(names) && Arrays.equals(b.estimates, estimates)
        && Arrays.equals(b.exporterBias, exporterBias) && Arrays.equals(b.importerBias, importerBias);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(names, Arrays.hashCode(estimates), Arrays.hashCode(exporterBias),
        Arrays.hashCode(importerBias));
  }

  /**
   * Returns one line per coefficient: estimate, bias and corrected estimate.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Weidner–Zylkin bias correction (three-way PPML)\n");
    for (int i = 0; i < names.size(); i++) {
      b.append(String.format(Locale.ROOT, "%s: estimate %.7f, bias %.7f (exporter %.7f, importer %.7f),"
              + " corrected %.7f%n", names.get(i), estimates[i], exporterBias[i] + importerBias[i],
          exporterBias[i], importerBias[i], estimates[i] - exporterBias[i] - importerBias[i]));
    }
    return b.toString();
  }
}
