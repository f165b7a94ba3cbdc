package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.gravity.Convergence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;

/**
 * The result of a {@link Counterfactual}: per-country outcomes in each {@link Stage}, per-pair
 * trade, and how each estimation and the full endowment iteration converged.
 *
 * <p>{@link #toString()} prints the percentage changes from the baseline as a table (one row per
 * country); {@link #writeCsv} and {@link #writePairsCsv} export them.
 */
public final class CounterfactualResult {

  /** The columns of the table and the country CSV: stage and measure. */
  private static final ImmutableList<Column> COLUMNS =
      ImmutableList.of(
          new Column(Stage.CONDITIONAL, Measure.EXPORTS),
          new Column(Stage.FULL, Measure.EXPORTS),
          new Column(Stage.CONDITIONAL, Measure.INWARD_RESISTANCE),
          new Column(Stage.FULL, Measure.INWARD_RESISTANCE),
          new Column(Stage.CONDITIONAL, Measure.OUTWARD_RESISTANCE),
          new Column(Stage.FULL, Measure.OUTWARD_RESISTANCE),
          new Column(Stage.FULL, Measure.PRICE),
          new Column(Stage.FULL, Measure.OUTPUT),
          new Column(Stage.FULL, Measure.EXPENDITURE),
          new Column(Stage.CONDITIONAL, Measure.REAL_GDP),
          new Column(Stage.FULL, Measure.REAL_GDP));

  private record Column(Stage stage, Measure measure) {
    String header() {
      return measure.label() + " " + (stage == Stage.CONDITIONAL ? "CDL" : "FULL");
    }

    String csv() {
      return measure.name().toLowerCase(Locale.ROOT) + "_" + stage.label() + "_pct";
    }
  }

  private final String description;
  private final double sigma;
  private final String reference;
  private final ImmutableMap<Stage, ImmutableList<CountryOutcome>> stages;
  private final ImmutableList<PairOutcome> pairs;
  private final Iterations iterations;
  private final Convergence baselineFit;
  private final Convergence conditionalFit;
  private final FitReport fullFit;
  private final int estimatedPairs;
  private final int filledPairs;
  private final int changedPairs;
  private final ImmutableList<double[]> trace;

  CounterfactualResult(
      String description,
      double sigma,
      String reference,
      EnumMap<Stage, ImmutableList<CountryOutcome>> stages,
      ImmutableList<PairOutcome> pairs,
      Iterations iterations,
      Convergence baselineFit,
      Convergence conditionalFit,
      FitReport fullFit,
      int estimatedPairs,
      int filledPairs,
      int changedPairs,
      ImmutableList<double[]> trace) {
    this.trace = trace;
    this.description = description;
    this.sigma = sigma;
    this.reference = reference;
    this.stages = ImmutableMap.copyOf(stages);
    this.pairs = pairs;
    this.iterations = iterations;
    this.baselineFit = baselineFit;
    this.conditionalFit = conditionalFit;
    this.fullFit = fullFit;
    this.estimatedPairs = estimatedPairs;
    this.filledPairs = filledPairs;
    this.changedPairs = changedPairs;
  }

  /**
   * Returns the per-country values of one stage, in country-code order.
   *
   * @param stage the stage, not null
   * @return one outcome per country, never null
   */
  public ImmutableList<CountryOutcome> stage(Stage stage) {
    ImmutableList<CountryOutcome> s = stages.get(requireNonNull(stage, "stage"));
    if (s == null) {
      throw new IllegalStateException("no stage " + stage);
    }
    return s;
  }

  /**
   * Returns one country's values in one stage.
   *
   * @param stage the stage, not null
   * @param country a country code of the data, not null
   * @return the outcome, never null
   * @throws IllegalArgumentException for an unknown country
   */
  public CountryOutcome outcome(Stage stage, String country) {
    requireNonNull(country, "country");
    for (CountryOutcome o : stage(stage)) {
      if (o.country().equals(country)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown country \"" + country + "\": expected one of " + countries());
  }

  /**
   * Returns the countries in code order.
   *
   * @return the codes, never null
   */
  public ImmutableList<String> countries() {
    return stage(Stage.BASELINE).stream().map(CountryOutcome::country).collect(
        ImmutableList.toImmutableList());
  }

  /**
   * Returns the percentage change of a measure from the baseline to a stage, {@code 100·(v_s / v_0
   * − 1)}.
   *
   * @param stage the stage, not null
   * @param measure the measure, not null
   * @param country a country code of the data, not null
   * @return the change in percent (0 for the baseline itself)
   * @throws IllegalArgumentException for an unknown country
   */
  public double percentChange(Stage stage, Measure measure, String country) {
    double v0 = outcome(Stage.BASELINE, country).get(measure);
    return 100 * (outcome(stage, country).get(measure) / v0 - 1);
  }

  /**
   * Returns the trade of every ordered pair (intra-national included) in the three stages.
   *
   * @return the pairs, exporter-major in country-code order, never null
   */
  public ImmutableList<PairOutcome> pairs() {
    return pairs;
  }

  /**
   * Returns one pair's trade.
   *
   * @param exporter the exporter code, not null
   * @param importer the importer code, not null
   * @return the pair, never null
   * @throws IllegalArgumentException for an unknown country
   */
  public PairOutcome pair(String exporter, String importer) {
    requireNonNull(exporter, "exporter");
    requireNonNull(importer, "importer");
    for (PairOutcome p : pairs) {
      if (p.exporter().equals(exporter) && p.importer().equals(importer)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "no pair " + exporter + " → " + importer + ": expected countries among " + countries());
  }

  /**
   * Returns how the full endowment iteration ended.
   *
   * @return the iteration report, never null
   */
  public Iterations iterations() {
    return iterations;
  }

  /**
   * Returns how the baseline structural fit (PPML of the data with the baseline trade costs as
   * offset) ended.
   *
   * @return the estimator's report, never null
   */
  public Convergence baselineFit() {
    return baselineFit;
  }

  /**
   * Returns how the conditional structural fit (PPML of the data with the counterfactual trade costs
   * as offset) ended.
   *
   * @return the estimator's report, never null
   */
  public Convergence conditionalFit() {
    return conditionalFit;
  }

  /**
   * Returns the worst-ended structural fit of the full endowment iterations (a non-converged one
   * if any, else the one with the largest margin error).
   *
   * @return the report, never null
   */
  public FitReport fullFit() {
    return fullFit;
  }

  /**
   * Returns the number of pairs whose baseline trade cost used an estimated pair fixed effect (all
   * pairs when the fit had none).
   *
   * @return the count
   */
  public int estimatedPairs() {
    return estimatedPairs;
  }

  /**
   * Returns the number of pairs whose pair fixed effect was filled by the second-stage regression.
   *
   * @return the count
   */
  public int filledPairs() {
    return filledPairs;
  }

  /**
   * Returns the number of pairs whose trade costs the counterfactual changes.
   *
   * @return the count
   */
  public int changedPairs() {
    return changedPairs;
  }

  /**
   * Returns the factory-gate price indexes after the conditional stage and after each full
   * endowment iteration (cumulative changes for {@link FullEndowment#EQUILIBRIUM}, step changes for
   * {@link FullEndowment#GUIDE}), in country order.
   */
  ImmutableList<double[]> trace() {
    return trace;
  }

  /**
   * Returns the elasticity of substitution used.
   *
   * @return σ
   */
  public double sigma() {
    return sigma;
  }

  /**
   * Returns the reference country.
   *
   * @return the code, never null
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the description of the counterfactual, such as {@code RTA = 0 on pairs among CAN,
   * MEX, USA, year 1994, sigma 7, reference DEU}.
   *
   * @return the text, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the header lines and a table of percentage changes from the baseline, one row per
   * country: exports, IMR and OMR (conditional and full), factory-gate price, output and
   * expenditure (full), real GDP (conditional and full).
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("Counterfactual: ").append(description).append('\n');
    b.append("trade costs: ").append(changedPairs).append(" pairs changed");
    if (filledPairs > 0) {
      b.append(", ").append(filledPairs).append(" pair effects filled from covariates");
    }
    b.append('\n');
    b.append("baseline fit: ").append(baselineFit).append('\n');
    b.append("conditional fit: ").append(conditionalFit).append('\n');
    b.append("full endowment: ").append(iterations).append("; worst fit ").append(fullFit)
        .append('\n');
    b.append("percentage changes from the baseline:\n");
    int w = 11;
    b.append(String.format(Locale.ROOT, "%-8s", "country"));
    for (Column c : COLUMNS) {
      b.append(String.format(Locale.ROOT, " %" + w + "s", c.header()));
    }
    b.append('\n');
    for (String country : countries()) {
      b.append(String.format(Locale.ROOT, "%-8s", country));
      for (Column c : COLUMNS) {
        b.append(' ').append(Outcomes.percent(percentChange(c.stage, c.measure, country), w));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Writes the per-country table as CSV: {@code country}, the baseline values of exports, output
   * and expenditure, and one column per percentage change ({@code exports_conditional_pct}, …).
   *
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Writer out) {
    requireNonNull(out, "out");
    try {
      out.write("country,exports_baseline,output_baseline,expenditure_baseline");
      for (Column c : COLUMNS) {
        out.write(',');
        out.write(c.csv());
      }
      out.write('\n');
      for (String country : countries()) {
        CountryOutcome o = outcome(Stage.BASELINE, country);
        out.write(csvText(country));
        out.write(',' + Double.toString(o.exports()));
        out.write(',' + Double.toString(o.output()));
        out.write(',' + Double.toString(o.expenditure()));
        for (Column c : COLUMNS) {
          out.write(',');
          out.write(Double.toString(percentChange(c.stage, c.measure, country)));
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the counterfactual table", e);
    }
  }

  /**
   * Writes the per-country table as CSV to a file (UTF-8), as {@link #writeCsv(Writer)}.
   *
   * @param file the file, not null
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Path file) {
    requireNonNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the per-pair trade as CSV: {@code exporter,importer,trade_baseline,
   * trade_conditional,trade_full,change_conditional_pct,change_full_pct}.
   *
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void writePairsCsv(Writer out) {
    requireNonNull(out, "out");
    try {
      out.write(
          "exporter,importer,trade_baseline,trade_conditional,trade_full,"
              + "change_conditional_pct,change_full_pct\n");
      for (PairOutcome p : pairs) {
        out.write(csvText(p.exporter()) + ',' + csvText(p.importer()) + ',' + p.baseline() + ','
            + p.conditional() + ',' + p.full() + ',' + p.percentChange(Stage.CONDITIONAL) + ','
            + p.percentChange(Stage.FULL) + '\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the counterfactual pairs", e);
    }
  }

  private static String csvText(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
