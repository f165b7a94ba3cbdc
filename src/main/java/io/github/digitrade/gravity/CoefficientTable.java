package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The coefficients of a fit under one variance: estimate, standard error, z (or t) statistic,
 * two-sided p-value, and a confidence interval {@code β ± q_{1−a/2} · se}. The reference
 * distribution is the standard normal when {@link #degreesOfFreedom()} is infinite (PPML, as fixest's
 * {@code fepois}) and Student's t with that many degrees of freedom otherwise (OLS, as fixest's
 * {@code feols}: {@code n − K} for iid and heteroskedasticity-robust variances, {@code G_min − 1}
 * when clustered).
 *
 * <p>Immutable. {@link #toString()} prints a table like R's {@code summary}; {@link #toCsv()} writes
 * one row per coefficient.
 *
 * @param rows one row per coefficient, in model order
 * @param vcov the variance the standard errors come from
 * @param level the confidence level of the intervals, such as 0.95
 * @param degreesOfFreedom the degrees of freedom of the t distribution of the statistics, {@link
 *     Double#POSITIVE_INFINITY} for the standard normal
 */
public record CoefficientTable(
    ImmutableList<Row> rows, Vcov vcov, double level, double degreesOfFreedom) {

  /**
   * One coefficient.
   *
   * @param name the regressor
   * @param estimate the estimate
   * @param stdError the standard error
   * @param z the z (or t) statistic {@code estimate / stdError}
   * @param p the two-sided p-value {@code P(|Z| ≥ |z|)} (or {@code P(|T| ≥ |t|)})
   * @param lower the lower end of the confidence interval
   * @param upper the upper end of the confidence interval
   */
  public record Row(
      String name, double estimate, double stdError, double z, double p, double lower, double upper) {

    /**
     * Checks the name.
     *
     * @param name the regressor, not null
     * @param estimate the estimate
     * @param stdError the standard error
     * @param z the z statistic
     * @param p the p-value
     * @param lower the lower end
     * @param upper the upper end
     */
    public Row {
      requireNonNull(name, "name");
    }
  }

  /**
   * Checks the components.
   *
   * @param rows the rows, not null
   * @param vcov the variance, not null
   * @param level the confidence level, in (0, 1)
   * @param degreesOfFreedom positive, infinite for the standard normal
   */
  public CoefficientTable {
    requireNonNull(rows, "rows");
    requireNonNull(vcov, "vcov");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level = " + level + ": expected a number between 0 and 1");
    }
    if (!(degreesOfFreedom > 0)) {
      throw new IllegalArgumentException(
          "degreesOfFreedom = " + degreesOfFreedom + ": expected a positive number (infinite for z)");
    }
  }

  /**
   * Makes a table of z statistics (standard normal reference).
   *
   * @param rows the rows, not null
   * @param vcov the variance, not null
   * @param level the confidence level, in (0, 1)
   */
  public CoefficientTable(ImmutableList<Row> rows, Vcov vcov, double level) {
    this(rows, vcov, level, Double.POSITIVE_INFINITY);
  }

  /**
   * Returns whether the statistics are z statistics (standard normal), not t.
   *
   * @return true for infinite degrees of freedom
   */
  public boolean normal() {
    return Double.isInfinite(degreesOfFreedom);
  }

  /**
   * Returns the row of one regressor.
   *
   * @param name the regressor, not null
   * @return the row, never null
   * @throws IllegalArgumentException if there is no such coefficient
   */
  public Row row(String name) {
    requireNonNull(name, "name");
    for (Row r : rows) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "no coefficient \"" + name + "\": expected one of "
            + rows.stream().map(Row::name).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns CSV text with a header {@code term,estimate,std_error,z,p,ci_low,ci_high} and one row per
   * coefficient; numbers with 17 significant digits so they read back exactly.
   *
   * @return the text, never null
   */
  public String toCsv() {
    StringBuilder s = new StringBuilder("term,estimate,std_error,z,p,ci_low,ci_high\n");
    for (Row r : rows) {
      s.append(quote(r.name()));
      for (double v : new double[] {r.estimate(), r.stdError(), r.z(), r.p(), r.lower(), r.upper()}) {
        s.append(',').append(v);
      }
      s.append('\n');
    }
    return s.toString();
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /**
   * Returns the table, such as
   *
   * <pre>{@code
   * Standard errors: Clustered (Origin), fixest
   *           Estimate  Std. Error  z value  Pr(>|z|)         2.5 %    97.5 %
   * log_dist  -1.52787    0.115678  -13.208  < 2.2e-16 ***  -1.7546   -1.3011
   * }</pre>
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    int w = "Estimate".length();
    for (Row r : rows) {
      w = Math.max(w, r.name().length());
    }
    String lo = String.format(Locale.ROOT, "%.1f %%", 100 * (1 - level) / 2);
    String hi = String.format(Locale.ROOT, "%.1f %%", 100 * (1 + level) / 2);
    StringBuilder s = new StringBuilder("Standard errors: ").append(vcov);
    if (!normal()) {
      s.append(String.format(Locale.ROOT, "; t with %s degrees of freedom", FitTable.num(degreesOfFreedom)));
    }
    s.append('\n');
    String stat = normal() ? "z" : "t";
    s.append(String.format(Locale.ROOT, "%-" + w + "s %12s %12s %9s %10s     %11s %11s%n",
        "", "Estimate", "Std. Error", stat + " value", "Pr(>|" + stat + "|)", lo, hi));
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, "%-" + w + "s %12s %12s %9.3f %10s %-3s %11s %11s%n",
          r.name(), FitTable.num(r.estimate()), FitTable.num(r.stdError()), r.z(), pValue(r.p()),
          stars(r.p()), FitTable.num(r.lower()), FitTable.num(r.upper())));
    }
    s.append("---\nSignif. codes: 0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n");
    return s.toString();
  }

  static String pValue(double p) {
    return p < 2.2e-16 ? "< 2.2e-16" : String.format(Locale.ROOT, "%.3g", p);
  }

  static String stars(double p) {
    return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
  }
}
