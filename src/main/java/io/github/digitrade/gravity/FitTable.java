package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Several fits side by side, one column each, laid out like fixest's {@code etable}: every
 * coefficient as {@code estimate*** (standard error)}, then which fixed effects each model absorbs,
 * the standard-error type, the number of observations and the fit statistics.
 *
 * <p>Immutable. {@link #toCsv()} writes the same content in long form.
 *
 * <pre>{@code
 * FitTable.of(ppmlFit, olsFit);                   // each with its default standard errors
 * FitTable.of(List.of(a, b), Vcov.hetero());      // one variance for all
 * }</pre>
 */
public final class FitTable {

  private final ImmutableList<GravityFit> fits;
  private final ImmutableList<Vcov> vcovs;

  private FitTable(ImmutableList<GravityFit> fits, ImmutableList<Vcov> vcovs) {
    this.fits = fits;
    this.vcovs = vcovs;
  }

  /**
   * Returns a table of fits, each with its {@link GravityFit#defaultVcov()}.
   *
   * @param fits one or more fits, not null
   * @return the table, never null
   * @throws IllegalArgumentException if there is no fit
   */
  public static FitTable of(GravityFit... fits) {
    requireNonNull(fits, "fits");
    ImmutableList<GravityFit> l = ImmutableList.copyOf(fits);
    return new FitTable(l, l.stream().map(GravityFit::defaultVcov).collect(ImmutableList.toImmutableList()))
        .check();
  }

  /**
   * Returns a table of fits with one variance for all.
   *
   * @param fits one or more fits, not null
   * @param vcov the variance, not null
   * @return the table, never null
   * @throws IllegalArgumentException if there is no fit
   */
  public static FitTable of(List<GravityFit> fits, Vcov vcov) {
    requireNonNull(vcov, "vcov");
    ImmutableList<GravityFit> l = ImmutableList.copyOf(fits);
    ImmutableList.Builder<Vcov> v = ImmutableList.builder();
    l.forEach(f -> v.add(vcov));
    return new FitTable(l, v.build()).check();
  }

  private FitTable check() {
    if (fits.isEmpty()) {
      throw new IllegalArgumentException("no fits: expected at least one");
    }
    return this;
  }

  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e6 || a < 1e-4)) {
      return String.format(Locale.ROOT, "%.5e", v);
    }
    String t = String.format(Locale.ROOT, "%.6g", v);
    if (t.contains(".") && !t.contains("e")) {
      t = t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return t;
  }

  private static String short4(double v) {
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e5 || a < 1e-3)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }

  private List<String[]> cells() {
    List<String[]> rows = new ArrayList<>();
    int m = fits.size();
    String[] head = new String[m + 1];
    head[0] = "";
    String[] dep = new String[m + 1];
    dep[0] = "Dependent Var.:";
    for (int j = 0; j < m; j++) {
      head[j + 1] = "(" + (j + 1) + ") " + fits.get(j).model().estimator();
      dep[j + 1] = fits.get(j).model().outcome();
    }
    rows.add(head);
    rows.add(dep);
    rows.add(null);
    Set<String> terms = new LinkedHashSet<>();
    Set<String> fes = new LinkedHashSet<>();
    for (GravityFit f : fits) {
      terms.addAll(f.coefficientNames());
      fes.addAll(f.model().fixedEffectNames());
    }
    List<CoefficientTable> tables = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      tables.add(fits.get(j).table(vcovs.get(j)));
    }
    for (String t : terms) {
      String[] r = new String[m + 1];
      r[0] = t;
      for (int j = 0; j < m; j++) {
        r[j + 1] = "";
        for (CoefficientTable.Row row : tables.get(j).rows()) {
          if (row.name().equals(t)) {
            r[j + 1] = short4(row.estimate()) + CoefficientTable.stars(row.p()) + " ("
                + short4(row.stdError()) + ")";
          }
        }
      }
      rows.add(r);
    }
    if (!fes.isEmpty()) {
      rows.add(new String[] {"Fixed-Effects:"});
      for (String fe : fes) {
        String[] r = new String[m + 1];
        r[0] = fe;
        for (int j = 0; j < m; j++) {
          r[j + 1] = fits.get(j).model().fixedEffectNames().contains(fe) ? "Yes" : "No";
        }
        rows.add(r);
      }
    }
    rows.add(null);
    String[] se = new String[m + 1];
    se[0] = "S.E. type";
    String[] obs = new String[m + 1];
    obs[0] = "Observations";
    String[] conv = new String[m + 1];
    conv[0] = "Converged";
    String[] drop = new String[m + 1];
    drop[0] = "Dropped obs.";
    for (int j = 0; j < m; j++) {
      Vcov v = vcovs.get(j);
      se[j + 1] = v.kind() == Vcov.Kind.CLUSTER ? "by: " + String.join(" & ", v.clusters())
          : v.kind() == Vcov.Kind.IID ? "IID" : "Hetero";
      obs[j + 1] = String.format(Locale.ROOT, "%,d", fits.get(j).observations());
      conv[j + 1] = fits.get(j).convergence().converged() ? "Yes" : "NO";
      drop[j + 1] = String.format(Locale.ROOT, "%,d", fits.get(j).dropped().size());
    }
    rows.add(se);
    rows.add(obs);
    rows.add(drop);
    boolean anyPpml = fits.stream().anyMatch(f -> f.model().estimator() == Estimator.PPML);
    boolean anyOls = fits.stream().anyMatch(f -> f.model().estimator() == Estimator.OLS);
    rows.add(stat("Squared Cor.", f -> short5(f.squaredCorrelation())));
    if (anyPpml) {
      rows.add(statIf("Pseudo R2", Estimator.PPML, f -> short5(f.pseudoR2())));
      rows.add(statIf("Adj. Pseudo R2", Estimator.PPML, f -> short5(f.adjustedPseudoR2())));
      rows.add(statIf("Log-Likelihood", Estimator.PPML, f -> String.format(Locale.ROOT, "%.4e", f.logLikelihood())));
    }
    if (anyOls) {
      rows.add(statIf("R2", Estimator.OLS, f -> short5(f.r2())));
      rows.add(statIf("Within R2", Estimator.OLS, f -> short5(f.withinR2())));
    }
    rows.add(conv);
    return rows;
  }

  private static String short5(double v) {
    return String.format(Locale.ROOT, "%.5f", v);
  }

  private String[] stat(String name, java.util.function.Function<GravityFit, String> f) {
    String[] r = new String[fits.size() + 1];
    r[0] = name;
    for (int j = 0; j < fits.size(); j++) {
      r[j + 1] = f.apply(fits.get(j));
    }
    return r;
  }

  private String[] statIf(String name, Estimator e, java.util.function.Function<GravityFit, String> f) {
    return stat(name, g -> g.model().estimator() == e ? f.apply(g) : "");
  }

  /**
   * Returns the table as aligned text.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String[]> rows = cells();
    int m = fits.size();
    int[] w = new int[m + 1];
    // the one-cell "Fixed-Effects:" row needs no width of its own: the label column is at least as
    // wide as "Dependent Var.:", one character longer
    for (String[] r : rows) {
      if (r == null || r.length == 1) {
        continue;
      }
      for (int j = 0; j <= m; j++) {
        w[j] = Math.max(w[j], r[j].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      if (r == null) {
        b.append("_".repeat(w[0]));
        for (int j = 1; j <= m; j++) {
          b.append(' ').append("_".repeat(w[j]));
        }
      } else if (r.length == 1) {
        b.append(String.format(Locale.ROOT, "%-" + w[0] + "s", r[0]));
        for (int j = 1; j <= m; j++) {
          b.append(' ').append("-".repeat(w[j]));
        }
      } else {
        b.append(String.format(Locale.ROOT, "%-" + w[0] + "s", r[0]));
        for (int j = 1; j <= m; j++) {
          b.append(' ').append(String.format(Locale.ROOT, "%" + w[j] + "s", r[j]));
        }
      }
      b.append('\n');
    }
    b.append("---\nSignif. codes: 0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n");
    return b.toString();
  }

  /**
   * Returns the coefficients in long form: {@code model,outcome,estimator,term,estimate,std_error,
   * z,p,vcov,observations}, one row per model and coefficient, numbers with 17 significant digits.
   *
   * @return the text, never null
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder("model,outcome,estimator,term,estimate,std_error,z,p,vcov,observations\n");
    for (int j = 0; j < fits.size(); j++) {
      GravityFit f = fits.get(j);
      for (CoefficientTable.Row r : f.table(vcovs.get(j)).rows()) {
        b.append(j + 1).append(',').append(CoefficientTable.quote(f.model().outcome())).append(',')
            .append(f.model().estimator()).append(',').append(CoefficientTable.quote(r.name()))
            .append(',').append(r.estimate()).append(',').append(r.stdError()).append(',')
            .append(r.z()).append(',').append(r.p()).append(',')
            .append(CoefficientTable.quote(vcovs.get(j).toString())).append(',')
            .append(f.observations()).append('\n');
      }
    }
    return b.toString();
  }
}
