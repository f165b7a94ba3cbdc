package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.ModelFrame;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A general-equilibrium counterfactual over a fitted structural gravity model: what trade,
 * multilateral resistances, factory-gate prices, output, expenditure and real GDP would be if some
 * trade costs were different. Solved by GEPPML (Anderson, Larch &amp; Yotov 2018, "GEPPML: General
 * equilibrium analysis with PPML", <i>The World Economy</i> 41(10)) in the three stages of chapter
 * 2 of Yotov, Piermartini, Monteiro &amp; Larch, <i>An Advanced Guide to Trade Policy Analysis</i>
 * (WTO/UNCTAD 2016): {@link Stage#BASELINE}, {@link Stage#CONDITIONAL} and {@link Stage#FULL}.
 *
 * <p><b>Trade costs.</b> The baseline trade costs {@code t_ij^(1−σ)} of the chosen cross-section are
 * {@code exp(Σ_k β_k x_ij,k)} over the fit's regressors, times {@code exp(γ_ij)} when the fit
 * absorbed pair fixed effects named by {@link #pairEffects}. Pairs whose effect the fit could not
 * estimate (no trade in any year) get the prediction of a PPML regression of {@code exp(γ_ij)} on
 * exporter and importer fixed effects and the given covariates, fitted on the international pairs
 * that have one (the guide's two-stage procedure, after Anderson &amp; Yotov 2016). The
 * counterfactual trade costs apply the {@link Change}s to the regressors, keeping {@code β} and
 * {@code γ}.
 *
 * <p><b>Stages.</b> Each stage re-estimates {@code X_ij = exp(π_i + χ_j + ln t_ij^(1−σ))} by PPML
 * with the trade costs as offset and χ of the {@link #reference reference country} set to 0. The
 * conditional stage fits observed trade under the counterfactual costs. The full endowment stage
 * then iterates: factory-gate prices change by {@code p̂_i = ((exp π_i / E_R) / (exp π_i⁰ /
 * E_R⁰))^(1/(1−σ))}, output by {@code p̂_i} and expenditure with it (the expenditure-to-output ratio
 * {@code φ_i} of the baseline is kept), and the gravity model is re-estimated until the prices
 * settle; see {@link FullEndowment} for the two methods and their stopping rules (default: the
 * equilibrium fixed point to 1e-8; the guide's iteration stops at 0.01). A run that does not
 * converge within {@link #maxIterations} is reported in {@link CounterfactualResult#iterations()},
 * never hidden.
 *
 * <pre>{@code
 * GravityFit fit = GravityModel.ppml("trade").regressors("ln_DIST", "CNTG", "INTL_BRDR")
 *     .absorb("exporter", "importer").fit(frame);
 * CounterfactualResult r = Counterfactual.of(fit, frame)
 *     .set("INTL_BRDR", 0, Pairs.international())
 *     .sigma(7).reference("DEU").solve();
 * r.percentChange(Stage.FULL, Measure.REAL_GDP, "CAN");
 * }</pre>
 */
public final class Counterfactual {

  private final GravityFit fit;
  private final ModelFrame data;
  private String exporter = "exporter";
  private String importer = "importer";
  private @Nullable String yearColumn;
  private double year = Double.NaN;
  private @Nullable String pairFactor;
  private ImmutableList<String> fillCovariates = ImmutableList.of();
  private ImmutableList<Change> changes = ImmutableList.of();
  private double sigma = 7;
  private @Nullable String reference;
  private double tolerance = Double.NaN;
  private FullEndowment mode = FullEndowment.EQUILIBRIUM;
  private int maxIterations = 500;

  private Counterfactual(GravityFit fit, ModelFrame data) {
    this.fit = fit;
    this.data = data;
  }

  private Counterfactual copy() {
    Counterfactual c = new Counterfactual(fit, data);
    c.exporter = exporter;
    c.importer = importer;
    c.yearColumn = yearColumn;
    c.year = year;
    c.pairFactor = pairFactor;
    c.fillCovariates = fillCovariates;
    c.changes = changes;
    c.sigma = sigma;
    c.reference = reference;
    c.tolerance = tolerance;
    c.maxIterations = maxIterations;
    c.mode = mode;
    return c;
  }

  /**
   * Starts a counterfactual over a baseline fit and the frame it was fitted on. The frame must hold
   * the fit's outcome (trade, including intra-national trade) and regressors, and factor columns
   * {@code exporter} and {@code importer} (see {@link #countries}).
   *
   * @param baseline the fitted baseline gravity model (PPML), not null
   * @param data the frame it was fitted on, not null
   * @return the counterfactual with no change, σ = 7 and no reference country yet, never null
   */
  public static Counterfactual of(GravityFit baseline, ModelFrame data) {
    return new Counterfactual(requireNonNull(baseline, "baseline"), requireNonNull(data, "data"));
  }

  /**
   * Returns this counterfactual with other names for the exporter and importer factor columns
   * (default {@code exporter} and {@code importer}).
   *
   * @param exporterColumn the exporter factor column, not null
   * @param importerColumn the importer factor column, not null
   * @return the new counterfactual, never null
   */
  public Counterfactual countries(String exporterColumn, String importerColumn) {
    Counterfactual c = copy();
    c.exporter = requireNonNull(exporterColumn, "exporterColumn");
    c.importer = requireNonNull(importerColumn, "importerColumn");
    return c;
  }

  /**
   * Returns this counterfactual computed on one year of a panel, such as 1994 of the NAFTA
   * application. Without it the frame must be one cross-section (one flow per pair).
   *
   * @param column the numeric year column, not null
   * @param value the year
   * @return the new counterfactual, never null
   */
  public Counterfactual year(String column, double value) {
    Counterfactual c = copy();
    c.yearColumn = requireNonNull(column, "column");
    c.year = value;
    return c;
  }

  /**
   * Returns this counterfactual with pair fixed effects in the trade costs: the baseline fit
   * absorbed the factor {@code pairFactor}, and pairs without an estimate are filled by a PPML
   * regression on the covariates (such as {@code ln_DIST, CNTG, LANG, CLNY}).
   *
   * @param pairFactor the absorbed pair factor of the fit, not null
   * @param covariates numeric columns of the frame for the filling regression, not null
   * @return the new counterfactual, never null
   */
  public Counterfactual pairEffects(String pairFactor, String... covariates) {
    Counterfactual c = copy();
    c.pairFactor = requireNonNull(pairFactor, "pairFactor");
    c.fillCovariates = ImmutableList.copyOf(Arrays.asList(covariates));
    return c;
  }

  /**
   * Returns this counterfactual with one more change: the regressor set to a value on the selected
   * pairs. Later changes of the same regressor override earlier ones on the pairs they share. To
   * remove an international-border effect, set the border dummy to 0 on {@link
   * Pairs#international()}; to change a tariff, set the tariff regressor (such as {@code ln(1 +
   * τ)}) to its new value.
   *
   * @param regressor a regressor of the baseline fit, not null
   * @param value the new value, finite
   * @param pairs the pairs, not null
   * @return the new counterfactual, never null
   * @throws IllegalArgumentException if the value is not finite
   */
  public Counterfactual set(String regressor, double value, Pairs pairs) {
    Counterfactual c = copy();
    c.changes =
        ImmutableList.<Change>builder().addAll(changes).add(new Change(regressor, value, pairs))
            .build();
    return c;
  }

  /**
   * Returns this counterfactual with another elasticity of substitution σ (default 7, the guide's
   * value); the trade elasticity is {@code 1 − σ}.
   *
   * @param value σ, greater than 1
   * @return the new counterfactual, never null
   * @throws IllegalArgumentException if σ ≤ 1 or not finite
   */
  public Counterfactual sigma(double value) {
    if (!(value > 1) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "sigma = " + value + ": expected an elasticity of substitution greater than 1");
    }
    Counterfactual c = copy();
    c.sigma = value;
    return c;
  }

  /**
   * Returns this counterfactual with the reference country, whose inward multilateral resistance
   * is 1 in every stage (the guide uses Germany, {@code DEU}). Required.
   *
   * @param country a country of the data, not null
   * @return the new counterfactual, never null
   */
  public Counterfactual reference(String country) {
    Counterfactual c = copy();
    c.reference = requireNonNull(country, "country");
    return c;
  }

  /**
   * Returns this counterfactual with another stopping rule for the full endowment iteration. For
   * {@link FullEndowment#EQUILIBRIUM}: stop when no factory-gate price index moves by more than this
   * between two iterations, default 1e-8. For {@link FullEndowment#GUIDE}: the guide's rule on the
   * difference of step price changes, default the guide's 0.01.
   *
   * @param value a positive number
   * @return the new counterfactual, never null
   * @throws IllegalArgumentException if not positive and finite
   */
  public Counterfactual tolerance(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("tolerance = " + value + ": expected a positive number");
    }
    Counterfactual c = copy();
    c.tolerance = value;
    return c;
  }

  /**
   * Returns this counterfactual with another way to solve the full endowment stage (default {@link
   * FullEndowment#EQUILIBRIUM}; {@link FullEndowment#GUIDE} reproduces the guide's iterations).
   *
   * @param method the method, not null
   * @return the new counterfactual, never null
   */
  public Counterfactual fullEndowment(FullEndowment method) {
    Counterfactual c = copy();
    c.mode = requireNonNull(method, "method");
    return c;
  }

  /**
   * Returns this counterfactual with another limit on full endowment iterations (default 500).
   *
   * @param limit at least 1
   * @return the new counterfactual, never null
   * @throws IllegalArgumentException if below 1
   */
  public Counterfactual maxIterations(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxIterations = " + limit + ": expected at least 1");
    }
    Counterfactual c = copy();
    c.maxIterations = limit;
    return c;
  }

  /**
   * Solves the three stages.
   *
   * @return the result, never null
   * @throws IllegalArgumentException for an unknown column or regressor, an unknown country in a
   *     change or as reference, a change that selects no pair of the cross-section, a cross-section
   *     that is not one flow for every pair (including intra-national), or a year not in the data
   * @throws IllegalStateException if no reference country was set
   */
  public CounterfactualResult solve() {
    String ref = reference;
    if (ref == null) {
      throw new IllegalStateException(
          "no reference country: call reference(...), such as reference(\"DEU\") as in the guide");
    }
    CrossSection cs =
        CrossSection.of(data, fit.model().outcome(), exporter, importer, yearColumn, year);
    if (cs.index(ref) < 0) {
      throw new IllegalArgumentException(
          "reference country \"" + ref + "\" is not in the data: expected one of "
              + cs.countries());
    }
    TradeCosts costs = TradeCosts.of(fit, data, cs, pairFactor, fillCovariates, changes);
    return new Equilibrium(cs, costs, sigma, cs.index(ref), tolerance(), maxIterations, mode)
        .solve(describe(ref));
  }

  private double tolerance() {
    if (!Double.isNaN(tolerance)) {
      return tolerance;
    }
    return mode == FullEndowment.GUIDE ? 0.01 : 1e-8;
  }

  private String describe(String ref) {
    StringBuilder b = new StringBuilder();
    b.append(changes.isEmpty() ? "no change" : changes.toString().replaceAll("^\\[|\\]$", ""));
    if (yearColumn != null) {
      b.append(", ").append(yearColumn).append(' ').append(Outcomes.number(year));
    }
    b.append(String.format(Locale.ROOT, ", sigma %s, reference %s", Outcomes.number(sigma), ref));
    if (mode == FullEndowment.GUIDE) {
      b.append(", guide iteration");
    }
    return b.toString();
  }

  /**
   * Returns the counterfactual as text.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Counterfactual["
        + describe(reference == null ? "(none)" : reference)
        + ", tolerance "
        + Outcomes.number(tolerance())
        + "]";
  }
}
