package io.github.digitrade.gravity.counterfactual;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.gravity.Factor;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Baseline and counterfactual trade costs {@code ln t_ij^(1−σ)} of every pair of a cross-section,
 * from the coefficients (and pair fixed effects) of the baseline fit.
 */
final class TradeCosts {

  final double[] baseline;
  final double[] counterfactual;
  final int estimatedPairs;
  final int filledPairs;
  final int changedPairs;
  final @Nullable GravityFit fill;

  private TradeCosts(
      double[] baseline,
      double[] counterfactual,
      int estimatedPairs,
      int filledPairs,
      int changedPairs,
      @Nullable GravityFit fill) {
    this.baseline = baseline;
    this.counterfactual = counterfactual;
    this.estimatedPairs = estimatedPairs;
    this.filledPairs = filledPairs;
    this.changedPairs = changedPairs;
    this.fill = fill;
  }

  static TradeCosts of(
      GravityFit fit,
      ModelFrame data,
      CrossSection cs,
      @Nullable String pairFactor,
      ImmutableList<String> fillCovariates,
      ImmutableList<Change> changes) {
    int n = cs.n;
    ImmutableList<String> names = fit.coefficientNames();
    double[][] x = new double[names.size()][n * n];
    for (int k = 0; k < names.size(); k++) {
      double[] col = data.column(names.get(k));
      for (int p = 0; p < n * n; p++) {
        x[k][p] = col[cs.row[p]];
      }
    }
    double[][] xc = new double[names.size()][];
    for (int k = 0; k < names.size(); k++) {
      xc[k] = x[k].clone();
    }
    boolean[] changed = new boolean[n * n];
    for (Change c : changes) {
      int k = names.indexOf(c.regressor());
      if (k < 0) {
        throw new IllegalArgumentException(
            "change " + c + ": \"" + c.regressor() + "\" is not a regressor of the baseline fit: "
                + "expected one of " + names);
      }
      for (String country : c.pairs().countries()) {
        if (cs.index(country) < 0) {
          throw new IllegalArgumentException(
              "change " + c + ": unknown country \"" + country + "\": expected one of "
                  + cs.countries());
        }
      }
      int hit = 0;
      for (int p = 0; p < n * n; p++) {
        if (c.pairs().contains(cs.countries.get(p / n), cs.countries.get(p % n))) {
          xc[k][p] = c.value();
          changed[p] = true;
          hit++;
        }
      }
      if (hit == 0) {
        throw new IllegalArgumentException(
            "change " + c + " selects no pair of the data: expected pairs of two different"
                + " countries among " + cs.countries());
      }
    }
    double[] gamma = new double[n * n];
    int estimated = n * n;
    int filled = 0;
    GravityFit fillFit = null;
    if (pairFactor != null) {
      ImmutableMap<String, Double> fe = fit.fixedEffects(pairFactor);
      boolean[] missing = new boolean[n * n];
      for (int p = 0; p < n * n; p++) {
        Double g = fe.get(data.label(pairFactor, cs.row[p]));
        if (g == null) {
          if (p / n == p % n) {
            throw new IllegalArgumentException(
                "the baseline fit has no pair effect for intra-national trade of "
                    + cs.countries.get(p / n) + ": expected positive domestic trade");
          }
          missing[p] = true;
          filled++;
        } else {
          gamma[p] = g;
        }
      }
      estimated -= filled;
      if (filled > 0) {
        fillFit = fill(data, cs, gamma, missing, fillCovariates);
        ImmutableMap<String, Double> a = fillFit.fixedEffects("exporter");
        ImmutableMap<String, Double> b = fillFit.fixedEffects("importer");
        for (int p = 0; p < n * n; p++) {
          if (missing[p]) {
            String e = cs.countries.get(p / n);
            String m = cs.countries.get(p % n);
            Double ae = a.get(e);
            Double bm = b.get(m);
            if (ae == null || bm == null) {
              throw new IllegalArgumentException(
                  "cannot fill the trade cost of " + e + " → " + m + ": "
                      + (ae == null ? e + " exports" : m + " imports")
                      + " with no estimated pair effect at all");
            }
            double eta = ae + bm;
            for (int k = 0; k < fillCovariates.size(); k++) {
              eta += fillFit.coefficient(fillCovariates.get(k))
                  * data.number(fillCovariates.get(k), cs.row[p]);
            }
            gamma[p] = eta;
          }
        }
      }
    }
    double[] base = new double[n * n];
    double[] cf = new double[n * n];
    int nChanged = 0;
    for (int p = 0; p < n * n; p++) {
      double b = gamma[p];
      double c = gamma[p];
      for (int k = 0; k < names.size(); k++) {
        double beta = fit.coefficient(names.get(k));
        b += beta * x[k][p];
        c += beta * xc[k][p];
      }
      base[p] = b;
      cf[p] = c;
      if (changed[p]) {
        nChanged++;
      }
    }
    return new TradeCosts(base, cf, estimated, filled, nChanged, fillFit);
  }

  /** The guide's second stage: PPML of exp(γ_ij) on exporter and importer effects and covariates. */
  private static GravityFit fill(
      ModelFrame data,
      CrossSection cs,
      double[] gamma,
      boolean[] missing,
      ImmutableList<String> covariates) {
    int n = cs.n;
    List<String> ex = new ArrayList<>();
    List<String> im = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<double[]> z = new ArrayList<>();
    for (int p = 0; p < n * n; p++) {
      if (missing[p] || p / n == p % n) {
        continue;
      }
      ex.add(cs.countries.get(p / n));
      im.add(cs.countries.get(p % n));
      y.add(Math.exp(gamma[p]));
      double[] v = new double[covariates.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = data.number(covariates.get(k), cs.row[p]);
      }
      z.add(v);
    }
    ModelFrame.Builder b =
        ModelFrame.builder()
            .number("t", y.stream().mapToDouble(Double::doubleValue).toArray())
            .factor(Factor.of("exporter", ex))
            .factor(Factor.of("importer", im));
    for (int k = 0; k < covariates.size(); k++) {
      int kk = k;
      b.number(covariates.get(k), z.stream().mapToDouble(v -> v[kk]).toArray());
    }
    return GravityModel.ppml("t")
        .regressors(covariates.toArray(new String[0]))
        .absorb("exporter", "importer")
        .fit(b.build());
  }
}
