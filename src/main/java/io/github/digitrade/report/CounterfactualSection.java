package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.gravity.CoefficientTable;
import io.github.digitrade.gravity.Dropped;
import io.github.digitrade.gravity.DroppedRegressor;
import io.github.digitrade.gravity.Factor;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import io.github.digitrade.gravity.Vcov;
import io.github.digitrade.gravity.counterfactual.Counterfactual;
import io.github.digitrade.gravity.counterfactual.CounterfactualResult;
import io.github.digitrade.gravity.counterfactual.Measure;
import io.github.digitrade.gravity.counterfactual.Pairs;
import io.github.digitrade.gravity.counterfactual.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The report section of a general-equilibrium counterfactual run by the main job ({@code
 * --gravity-panel FILE --counterfactual WHAT}): reads the gravity panel, fits the baseline model
 * the counterfactual names, solves it with {@link Counterfactual} and renders a per-country table
 * and a chart of the change in real GDP.
 *
 * <p>The two named counterfactuals are the two applications of chapter 2 of Yotov, Piermartini,
 * Monteiro &amp; Larch, <i>An Advanced Guide to Trade Policy Analysis</i> (WTO/UNCTAD 2016):
 * {@code no-borders} fits {@code trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer} on one
 * year and sets the border dummy to 0 on every international pair; {@code no-rta:A,B,...} fits
 * {@code trade ~ RTA | exporter-year + importer-year + pair} on every year of the panel (one pair
 * effect for both directions of a country pair, as the guide's {@code pair_id}) and sets
 * {@code RTA} to 0 on the pairs among the listed countries in one year, pairs without a pair effect
 * filled from {@code ln_DIST, CNTG, LANG, CLNY}.
 *
 * <p>The section opens with the baseline estimation: the coefficient table (estimates, standard
 * errors, z statistics, p-values and 95% intervals; clustered by country pair when the model has
 * pair effects, heteroskedasticity-robust otherwise) and the fit statistics (observations used and
 * left out by reason, fixed-effect levels, regressors dropped, pseudo R², log pseudo-likelihood,
 * deviance, convergence). Given with {@code --flows}, the section follows the brief on the file.
 */
final class CounterfactualSection {

  private CounterfactualSection() {}

  /** The named counterfactuals. */
  enum Kind {
    /** Remove every international border (the guide's application 1). */
    NO_BORDERS,
    /** Remove the RTA effect among chosen countries (the guide's application 2). */
    NO_RTA
  }

  /**
   * A named counterfactual, as given to {@code --counterfactual}.
   *
   * @param kind which one
   * @param countries the countries of {@link Kind#NO_RTA}, at least two; empty otherwise
   */
  record Scenario(Kind kind, List<String> countries) {
    Scenario {
      countries = List.copyOf(countries);
    }

    @Override
    public String toString() {
      return kind == Kind.NO_BORDERS ? "no-borders" : "no-rta:" + String.join(",", countries);
    }
  }

  /**
   * What the command line asks for.
   *
   * @param panel the gravity panel file
   * @param scenario the counterfactual
   * @param sigma the elasticity of substitution, greater than 1
   * @param reference the reference country
   * @param year the year of the counterfactual, or empty for the latest year of the panel
   */
  record Request(
      Path panel, Scenario scenario, double sigma, String reference, OptionalInt year) {}

  /** A solved counterfactual with what the section says about it. */
  record Solved(Request request, int year, GravityFit fit, String estimate,
      CounterfactualResult result) {}

  /**
   * Reads the panel, fits the baseline and solves the counterfactual.
   *
   * @param r the request
   * @return the solution, never null
   * @throws IOException if the panel cannot be read
   * @throws IllegalArgumentException for a missing column or a bad value in the panel (file, line
   *     and column named), a year or country not in the panel, a panel of one year for {@code
   *     no-rta}, or no pair among the countries with an RTA to remove
   */
  static Solved solve(Request r) throws IOException {
    Path file = r.panel();
    if (!Files.exists(file)) {
      throw new IOException("cannot read --gravity-panel " + file + ": no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IOException("cannot read --gravity-panel " + file + ": expected a readable file");
    }
    boolean rta = r.scenario().kind() == Kind.NO_RTA;
    List<String> numeric = new ArrayList<>(List.of("year", "trade", "DIST", "CNTG"));
    if (rta) {
      numeric.addAll(List.of("LANG", "CLNY", "RTA"));
    }
    ModelFrame panel =
        ModelFrame.readCsv(file, numeric, List.of("exporter", "importer")).withLog("ln_DIST", "DIST");
    TreeSet<Integer> years = new TreeSet<>();
    TreeSet<String> countries = new TreeSet<>();
    for (int row = 0; row < panel.rows(); row++) {
      years.add((int) panel.number("year", row));
      countries.add(panel.label("exporter", row));
      countries.add(panel.label("importer", row));
    }
    if (years.isEmpty()) {
      throw new IllegalArgumentException(
          "--gravity-panel " + file + " has no data rows: expected a pair x year panel");
    }
    int year = r.year().orElse(years.last());
    if (!years.contains(year)) {
      throw new IllegalArgumentException(
          "--counterfactual-year " + year + " is not in --gravity-panel " + file
              + ": expected one of " + years);
    }
    if (!countries.contains(r.reference())) {
      throw new IllegalArgumentException(
          "--reference " + r.reference() + " is not in --gravity-panel " + file
              + ": expected one of " + countries);
    }
    for (String c : r.scenario().countries()) {
      if (!countries.contains(c)) {
        throw new IllegalArgumentException(
            "--counterfactual " + r.scenario() + ": unknown country " + c + " (not in"
                + " --gravity-panel " + file + "): expected some of " + countries);
      }
    }
    return rta ? noRta(r, panel, years, year) : noBorders(r, panel, year);
  }

  private static Solved noBorders(Request r, ModelFrame panel, int year) {
    ModelFrame f = panel.where("year", y -> y == year);
    double[] border = new double[f.rows()];
    for (int row = 0; row < f.rows(); row++) {
      border[row] = f.label("exporter", row).equals(f.label("importer", row)) ? 0 : 1;
    }
    f = f.withNumber("INTL_BRDR", border);
    GravityFit fit =
        GravityModel.ppml("trade")
            .regressors("ln_DIST", "CNTG", "INTL_BRDR")
            .absorb("exporter", "importer")
            .fit(f);
    CounterfactualResult result =
        Counterfactual.of(fit, f)
            .set("INTL_BRDR", 0, Pairs.international())
            .sigma(r.sigma())
            .reference(r.reference())
            .solve();
    String estimate = String.format(Locale.ROOT,
        "PPML trade ~ ln_DIST + CNTG + INTL_BRDR | exporter + importer on %d: INTL_BRDR %.4f,"
            + " ln_DIST %.4f, CNTG %.4f (%d flows)", year, fit.coefficient("INTL_BRDR"),
        fit.coefficient("ln_DIST"), fit.coefficient("CNTG"), fit.observations());
    return new Solved(r, year, fit, estimate, result);
  }

  private static Solved noRta(Request r, ModelFrame panel, java.util.SortedSet<Integer> years, int year) {
    if (years.size() < 2) {
      throw new IllegalArgumentException(
          "--counterfactual " + r.scenario() + " needs a panel of several years (pair fixed"
              + " effects absorb RTA in one year): --gravity-panel " + r.panel() + " has only "
              + years.first());
    }
    List<String> members = r.scenario().countries();
    int active = 0;
    for (int row = 0; row < panel.rows(); row++) {
      String e = panel.label("exporter", row);
      String m = panel.label("importer", row);
      if (panel.number("year", row) == year && !e.equals(m) && members.contains(e)
          && members.contains(m) && panel.number("RTA", row) != 0) {
        active++;
      }
    }
    if (active == 0) {
      throw new IllegalArgumentException(
          "--counterfactual " + r.scenario() + " selects no pair with an RTA in " + year
              + ": RTA is 0 on every pair among " + String.join(", ", members)
              + ", so there is nothing to remove");
    }
    List<String> y = new ArrayList<>(panel.rows());
    List<String> pair = new ArrayList<>(panel.rows());
    for (int row = 0; row < panel.rows(); row++) {
      y.add(Integer.toString((int) panel.number("year", row)));
      // one effect per country pair in both directions, as the guide's pair_id
      String e = panel.label("exporter", row);
      String m = panel.label("importer", row);
      pair.add(e.compareTo(m) <= 0 ? e + "-" + m : m + "-" + e);
    }
    ModelFrame three =
        panel
            .withFactor(Factor.of("year_f", y))
            .withInteraction("exp_year", "exporter", "year_f")
            .withInteraction("imp_year", "importer", "year_f")
            .withFactor(Factor.of("pair", pair));
    GravityFit fit =
        GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair")
            .fit(three);
    CounterfactualResult result =
        Counterfactual.of(fit, three)
            .year("year", year)
            .pairEffects("pair", "ln_DIST", "CNTG", "LANG", "CLNY")
            .set("RTA", 0, Pairs.among(members.toArray(new String[0])))
            .sigma(r.sigma())
            .reference(r.reference())
            .solve();
    String estimate = String.format(Locale.ROOT,
        "PPML trade ~ RTA | exporter-year + importer-year + pair (both directions) on %d-%d: RTA %.4f (%d flows,"
            + " %d left out); counterfactual on %d, %d pairs with an RTA among %s",
        years.first(), years.last(), fit.coefficient("RTA"), fit.observations(),
        fit.dropped().size(), year, active, String.join(", ", members));
    return new Solved(r, year, fit, estimate, result);
  }

  /** The columns of the table: stage, measure and header. */
  private record Column(Stage stage, Measure measure, String header) {}

  private static final ImmutableList<Column> COLUMNS =
      ImmutableList.of(
          new Column(Stage.CONDITIONAL, Measure.EXPORTS, "Exports (conditional)"),
          new Column(Stage.FULL, Measure.EXPORTS, "Exports"),
          new Column(Stage.FULL, Measure.REAL_GDP, "Real GDP"),
          new Column(Stage.FULL, Measure.INWARD_RESISTANCE, "Inward MR"),
          new Column(Stage.FULL, Measure.OUTWARD_RESISTANCE, "Outward MR"),
          new Column(Stage.FULL, Measure.PRICE, "Factory-gate price"));

  /**
   * Returns the report with the counterfactual's section appended.
   *
   * @param report the report so far
   * @param s the solved counterfactual
   * @return the longer report, never null
   */
  static Report append(Report report, Solved s) {
    return report.append(section(s));
  }

  /**
   * Renders the section: a paragraph on the model and the convergence, the per-country table and
   * the chart.
   *
   * @param s the solved counterfactual
   * @return a report holding the section only, never null
   */
  static Report section(Solved s) {
    CounterfactualResult r = s.result();
    Request q = s.request();
    Report.Builder b = Report.builder("Counterfactual");
    b.section("General-equilibrium counterfactual: " + q.scenario() + ", " + s.year());
    b.paragraph("Baseline: " + s.estimate() + ". " + "Counterfactual: " + r.description()
        + ". Solved by GEPPML (Anderson, Larch and Yotov 2018) in three stages: conditional"
        + " (output and expenditure held) and full endowment (factory-gate prices, output and"
        + " expenditure adjust).");
    b.paragraph("Baseline fit " + r.baselineFit() + "; conditional fit " + r.conditionalFit()
        + "; full endowment " + r.iterations() + ".");
    estimation(b, s.fit(), q.panel().getFileName() + ", " + s.year() + "; estimated by"
        + " digitrade.gravity");
    Table.Builder t = Table.builder("Change from the baseline by country, full endowment unless"
        + " marked conditional");
    List<String> header = new ArrayList<>();
    header.add("Country");
    for (Column c : COLUMNS) {
      header.add(c.header());
    }
    t.columns(header.toArray(new String[0]));
    for (String country : r.countries()) {
      List<String> row = new ArrayList<>();
      row.add(country);
      for (Column c : COLUMNS) {
        row.add(Fmt.fixed(r.percentChange(c.stage(), c.measure(), country), 2));
      }
      t.row(row);
    }
    b.table(t.unit("% change; MR: multilateral resistance")
        .source(q.panel().getFileName() + ", sigma " + Fmt.compact(q.sigma()) + ", reference "
            + r.reference() + "; computed by digitrade.gravity.counterfactual")
        .build());
    b.chart(chart(r, q.panel().getFileName() + ", sigma " + Fmt.compact(q.sigma())
        + ", reference " + r.reference()));
    b.conventions(List.of(
        "Counterfactual changes are 100·(counterfactual / baseline − 1) in %, per country; real GDP"
            + " is output over the inward multilateral resistance, and its change is the welfare"
            + " change; the reference country's inward resistance is 1 in every stage."));
    return b.build();
  }

  /**
   * The variance of the estimation table: clustered by country pair when the model has pair
   * effects (the guide's {@code cluster(pair_id)}), heteroskedasticity-robust otherwise.
   *
   * @param fit the baseline fit
   * @return the variance, never null
   */
  static Vcov vcov(GravityFit fit) {
    return fit.model().fixedEffectNames().contains("pair") ? Vcov.cluster("pair") : Vcov.hetero();
  }

  /**
   * Adds the coefficient table and the fit statistics of a gravity fit.
   *
   * @param b the report
   * @param fit the fit
   * @param source where the data come from
   */
  static void estimation(Report.Builder b, GravityFit fit, String source) {
    Vcov v = vcov(fit);
    CoefficientTable coefficients = fit.table(v);
    Table.Builder t = Table.builder("Baseline gravity estimation: " + fit.model())
        .columns("term", "estimate", "std. error", "z", "p-value", "95% CI low", "95% CI high");
    for (CoefficientTable.Row r : coefficients.rows()) {
      t.row(r.name(), Fmt.fixed(r.estimate(), 4), Fmt.fixed(r.stdError(), 4),
          Fmt.fixed(r.z(), 2), r.p() < 1e-4 ? "<0.0001" : Fmt.fixed(r.p(), 4),
          Fmt.fixed(r.lower(), 4), Fmt.fixed(r.upper(), 4));
    }
    b.table(t.unit("coefficients of ln E[trade]; standard errors " + v
            + "; z and p against the standard normal")
        .source(source).build());
    Table.Builder g = Table.builder("Fit of the baseline estimation").columns("statistic", "value");
    g.row("observations used", Fmt.fixed(fit.observations(), 0));
    g.row("observations left out", droppedText(fit));
    for (String fe : fit.model().fixedEffectNames()) {
      long levels = fit.droppedLevels().stream().filter(l -> l.factor().equals(fe)).count();
      g.row("fixed effect " + fe, Fmt.fixed(fit.fixedEffects(fe).size(), 0) + " levels estimated"
          + (levels == 0 ? "" : ", " + levels + " left out (only zero outcomes)"));
    }
    for (DroppedRegressor r : fit.droppedRegressors()) {
      g.row("regressor " + r.name() + " dropped", r.reason());
    }
    g.row("pseudo R\u00b2", Fmt.fixed(fit.pseudoR2(), 4));
    g.row("log pseudo-likelihood", Fmt.fixed(fit.logLikelihood(), 1));
    g.row("deviance", Fmt.fixed(fit.deviance(), 1));
    g.row("convergence", (fit.convergence().converged() ? "converged" : "NOT CONVERGED")
        + " after " + fit.convergence().iterations() + " iterations");
    b.table(g.unit("counts of observations and levels; pseudo R\u00b2 = 1 - l / l0")
        .source(source).build());
  }

  /** The observations left out of a fit, by reason, such as {@code 84: 84 in ...}. */
  private static String droppedText(GravityFit fit) {
    List<Dropped> dropped = fit.dropped();
    if (dropped.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    long fe = count(dropped, Dropped.Reason.FIXED_EFFECT_ALL_ZERO);
    if (fe > 0) {
      int levels = fit.droppedLevels().size();
      parts.add(fe + " in " + levels + " fixed-effect level" + (levels == 1 ? "" : "s")
          + " with only zero outcomes");
    }
    long simplex = count(dropped, Dropped.Reason.SEPARATED_BY_REGRESSORS);
    if (simplex > 0) {
      parts.add(simplex + " separated by the regressors");
    }
    long relu = count(dropped, Dropped.Reason.SEPARATED);
    if (relu > 0) {
      parts.add(relu + " separated by regressors and fixed effects");
    }
    long zero = count(dropped, Dropped.Reason.ZERO_WEIGHT);
    if (zero > 0) {
      parts.add(zero + " with zero weight");
    }
    return Fmt.fixed(dropped.size(), 0) + ": " + String.join("; ", parts);
  }

  private static long count(List<Dropped> dropped, Dropped.Reason reason) {
    return dropped.stream().filter(d -> d.reason() == reason).count();
  }

  /**
   * The change in real GDP per country, largest gain first, with a line at no change; the largest
   * changes if too many; {@code source} goes under the chart.
   */
  static Chart chart(CounterfactualResult r, String source) {
    List<String> countries = new ArrayList<>(r.countries());
    countries.sort(Comparator.comparingDouble(
        (String c) -> -Math.abs(r.percentChange(Stage.FULL, Measure.REAL_GDP, c))));
    int shown = Math.min(countries.size(), Chart.MAX_BARS);
    List<String> kept = new ArrayList<>(countries.subList(0, shown));
    kept.sort(Comparator.comparingDouble(
        (String c) -> -r.percentChange(Stage.FULL, Measure.REAL_GDP, c)));
    double[] v = new double[shown];
    for (int i = 0; i < shown; i++) {
      v[i] = r.percentChange(Stage.FULL, Measure.REAL_GDP, kept.get(i)) / 100;
    }
    String title = "Change in real GDP (welfare), full endowment"
        + (shown < countries.size()
            ? ": the " + shown + " largest changes of " + countries.size() + " countries"
            : "");
    return Chart.bars(title, ValueFormat.share("baseline real GDP"))
        .series("change in real GDP", LabeledVector.of(kept, v))
        .signed("gain", "loss")
        .reference(0, "no change")
        .names(FlowsBrief.partnerNames(kept))
        .source(source + "; change = counterfactual / baseline - 1")
        .build();
  }
}
