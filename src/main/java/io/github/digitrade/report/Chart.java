package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.internal.Checks;
import io.github.digitrade.io.PeriodLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A chart rendered as a self-contained SVG document: no scripts, no external fonts or images, and
 * the same input always gives byte-for-byte the same output.
 *
 * <p>Charts are built with a {@link Builder}: {@link #lines lines} of one or more series over time,
 * horizontal {@link #bars bars} for rankings and comparisons (signed values grow left and right of
 * zero), vertical {@link #columns columns} by period, and a {@link #steps step} line of a
 * cumulative count. Every series has a name shown in a legend when there are several; every
 * chart has a title, a description for screen readers ({@code <title>} and {@code <desc>}), and a
 * line under it naming the source and the unit. Values are written by the chart's {@link
 * ValueFormat}, the same that writes the table beside it, so axis labels, value labels and
 * tooltips agree with the text.
 *
 * <p>Periods are placed in proportion to time when every label is a period ({@code 2019}, {@code
 * 2023-Q1}, {@code 2023-01}, {@code 2024-H1}): the years 2015, 2019, 2020 and 2022 are not evenly
 * spaced, and a line is dashed across a missing period. Reference lines mark a value that means
 * something, such as RCA = 1 or a balance of 0. Labels are measured with the font metrics of the
 * report's font; a label that does not fit is cut with an ellipsis and keeps its full text in a
 * tooltip, and display names ({@link Builder#names(Map)}) replace codes such as HS chapters or enum
 * constants.
 *
 * <pre>{@code
 * Chart c = Chart.bars("Trade balance by partner, 2023", ValueFormat.amount("USD", 1000))
 *     .series("balance", balances)
 *     .signed("surplus", "deficit")
 *     .reference(0, "balance = 0")
 *     .source("BACI HS17, CEPII")
 *     .build();
 * c.svg();      // "<svg xmlns=\"http://www.w3.org/2000/svg\" ..."
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is not thread-safe.
 */
public final class Chart {

  /** The kind of a chart. */
  public enum Kind {
    /** One or more series of levels by period, with an optional growth strip. */
    LINE,
    /** Vertical bars by label or period, one per series side by side. */
    COLUMNS,
    /** Horizontal bars, one row per label and one bar per series, for rankings. */
    BARS,
    /** Horizontal bars to the left (negative) and right (positive) of zero, coloured by sign. */
    DIVERGING,
    /** A step line of a cumulative level. */
    STEPS,
    /**
     * Small multiples: one small line chart per series, side by side, on one shared value scale
     * and one time axis, for comparing partners or products without a crowded chart.
     */
    MULTIPLES
  }

  /** The most items a line or step chart shows. */
  public static final int MAX_POINTS = 200;

  /** The most items a bar chart shows; pass {@code values.top(k)} for longer rankings. */
  public static final int MAX_BARS = 60;

  /** The most series one chart compares; more are small multiples, one chart each. */
  public static final int MAX_SERIES = 8;

  /** The most panels of a small-multiples chart. */
  public static final int MAX_PANELS = 12;

  static final int WIDTH = 760;
  static final int PLOT_HEIGHT = 260;
  static final int ROW = 22;
  static final int STRIP = 100;
  static final double PAD = 12;

  /**
   * Series colours, in the order series take them. Each has a contrast of at least 3:1 with the
   * white background (WCAG 2.x, non-text contrast of graphical objects); dark and light tones
   * alternate, so that two neighbouring series differ by at least 2:1 in relative luminance and
   * stay apart in grey. Lines differ also by {@link #DASHES dash pattern} and marker shape.
   */
  static final ImmutableList<String> PALETTE =
      ImmutableList.of("#193e61", "#996a00", "#184c33", "#4784af", "#6d3769", "#d86b14",
          "#555555", "#ae8c22");

  /** Line dash patterns by series, so lines differ without colour. */
  static final ImmutableList<String> DASHES =
      ImmutableList.of("", "7 4", "2 3", "9 3 2 3", "4 2", "1 2", "12 4", "6 2 2 2");

  private final Kind kind;
  private final String title;
  private final String unit;
  private final String source;
  private final int items;
  private final String svg;

  Chart(Kind kind, String title, String unit, String source, int items, String svg) {
    this.kind = kind;
    this.title = title;
    this.unit = unit;
    this.source = source;
    this.items = items;
    this.svg = svg;
  }

  // ------------------------------------------------------------------ builders

  /**
   * Starts a line chart of one or more series over periods.
   *
   * @param title the chart title, not blank
   * @param format how the values are written, not null
   * @return a builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder lines(String title, ValueFormat format) {
    return new Builder(Kind.LINE, title, format);
  }

  /**
   * Starts a horizontal bar chart: one row per label, one bar per series; signed values are drawn
   * left and right of zero.
   *
   * @param title the chart title, not blank
   * @param format how the values are written, not null
   * @return a builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder bars(String title, ValueFormat format) {
    return new Builder(Kind.BARS, title, format);
  }

  /**
   * Starts a vertical column chart by period (placed in proportion to time) or by label.
   *
   * @param title the chart title, not blank
   * @param format how the values are written, not null
   * @return a builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder columns(String title, ValueFormat format) {
    return new Builder(Kind.COLUMNS, title, format);
  }

  /**
   * Starts a small-multiples chart: one small line chart per series, three to a row, on one
   * value scale shared by every panel (so that heights compare across panels) and one time axis.
   * Each panel is titled by its series name and its latest value; reference lines are drawn in
   * every panel and named once under the title.
   *
   * <pre>{@code
   * Chart c = Chart.multiples("RCA of the main products by year", ValueFormat.index("RCA", 2))
   *     .series("8517 Telephone sets", rca8517)
   *     .series("8471 Computers", rca8471)
   *     .reference(1, "RCA = 1")
   *     .source("BACI HS17")
   *     .build();
   * }</pre>
   *
   * @param title the chart title, not blank
   * @param format how the values are written, not null
   * @return a builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder multiples(String title, ValueFormat format) {
    return new Builder(Kind.MULTIPLES, title, format);
  }

  /**
   * Starts a step chart of a cumulative level, such as the number of pilot zones after each batch.
   *
   * @param title the chart title, not blank
   * @param format how the levels are written, not null
   * @return a builder, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder steps(String title, ValueFormat format) {
    return new Builder(Kind.STEPS, title, format);
  }

  // ------------------------------------------------------------------ one-call forms

  /**
   * Returns a line chart of one series, with its unit as a plain label and no source line.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, e.g. {@code "billion CNY"}, not blank
   * @param values the level for each period label; 1 to {@value #MAX_POINTS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, or {@code values} is empty or
   *     too long
   */
  public static Chart line(String title, String unit, LabeledVector values) {
    return lines(title, legacy(unit)).series(unit, values).build();
  }

  /**
   * Returns a line chart of one series with a growth strip under it (growth as fractions).
   *
   * @param title the chart title, not blank
   * @param unit the unit of the levels, not blank
   * @param values the level for each period label; 1 to {@value #MAX_POINTS}
   * @param growth the growth for some of those labels, as fractions; may be empty
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a growth label is not one of the value labels
   */
  public static Chart line(
      String title, String unit, LabeledVector values, LabeledVector growth) {
    return lines(title, legacy(unit)).series(unit, values).growth(growth).build();
  }

  /**
   * Returns a vertical bar chart of one series, with its unit as a plain label and no source line.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, not blank
   * @param values non-negative values; 1 to {@value #MAX_BARS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a value is negative
   */
  public static Chart columns(String title, String unit, LabeledVector values) {
    Checks.notBlank("title", title, "a chart title");
    nonNegative(values);
    return columns(title, legacy(unit)).series(unit, values).build();
  }

  /**
   * Returns a horizontal bar chart of one series, with its unit as a plain label and no source
   * line.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, not blank
   * @param values non-negative values; 1 to {@value #MAX_BARS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a value is negative
   */
  public static Chart bars(String title, String unit, LabeledVector values) {
    Checks.notBlank("title", title, "a chart title");
    nonNegative(values);
    return bars(title, legacy(unit)).series(unit, values).build();
  }

  /**
   * Returns horizontal bars left and right of zero, coloured by sign: the shape for trade
   * balances by partner.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, not blank
   * @param values signed values; 1 to {@value #MAX_BARS}
   * @param positive the legend for positive values, e.g. {@code "surplus"}, not blank
   * @param negative the legend for negative values, e.g. {@code "deficit"}, not blank
   * @return the chart, never null
   * @throws IllegalArgumentException if a text argument is blank, or {@code values} is empty or too
   *     long
   */
  public static Chart diverging(
      String title, String unit, LabeledVector values, String positive, String negative) {
    return bars(title, legacy(unit)).series(unit, values).signed(positive, negative).build();
  }

  /**
   * Returns a step chart of a cumulative level.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the levels, e.g. {@code "zones"}, not blank
   * @param levels the level after each event, in time order; 1 to {@value #MAX_POINTS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, or {@code levels} is empty or
   *     too long
   */
  public static Chart steps(String title, String unit, LabeledVector levels) {
    return steps(title, legacy(unit)).series(unit, levels).build();
  }

  /**
   * Returns a step chart of a cumulative level with entries and exits: where {@code exits} has a
   * value, the step is annotated with the gross entries and the exits ({@code +16 −3}).
   *
   * @param title the chart title, not blank
   * @param unit the unit of the levels, not blank
   * @param levels the level after each event, in time order; 1 to {@value #MAX_POINTS}
   * @param exits the number that left at some of those labels, each ≥ 0; may be empty
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code levels} is empty or too
   *     long, an exit label is not a level label, or an exit is negative
   */
  public static Chart steps(String title, String unit, LabeledVector levels, LabeledVector exits) {
    return steps(title, legacy(unit)).series(unit, levels).exits(exits).build();
  }

  private static ValueFormat legacy(String unit) {
    return ValueFormat.amount(
        Checks.notBlank("unit", unit, "the unit of the values, e.g. \"billion CNY\"").strip(), 1);
  }

  private static void nonNegative(LabeledVector values) {
    Objects.requireNonNull(values, "values");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) < 0) {
        throw new IllegalArgumentException(
            "values[" + i + "] (" + values.labels().get(i) + ") = " + values.get(i)
                + ": expected a non-negative value (use Chart.diverging for signed values)");
      }
    }
  }

  // ------------------------------------------------------------------ accessors

  /**
   * Returns the kind of chart.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the title.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the unit label of the values, as written under the chart.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns the source written under the chart.
   *
   * @return the source, never null; empty for the one-call forms, which have none
   */
  public String source() {
    return source;
  }

  /**
   * Returns the number of points or bars drawn.
   *
   * @return one or more
   */
  public int size() {
    return items;
  }

  /**
   * Returns the chart as an SVG document: one {@code <svg>} element in the SVG namespace,
   * well-formed XML, suitable for inlining in HTML or saving as a {@code .svg} file.
   *
   * @return the SVG text, never null
   */
  public String svg() {
    return svg;
  }

  /**
   * Returns a one-line description such as {@code Chart{LINE "China CBEC trade", CNY billion, 8
   * items}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Chart{" + kind + " \"" + title + "\", " + unit + ", " + items
        + (items == 1 ? " item}" : " items}");
  }

  // ------------------------------------------------------------------ builder

  /**
   * Collects the series and annotations of a chart.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    final Kind kind;
    final String title;
    final ValueFormat format;
    final Map<String, LabeledVector> series = new LinkedHashMap<>();
    final List<double[]> referenceValues = new ArrayList<>();
    final List<String> referenceLabels = new ArrayList<>();
    final Map<String, String> names = new LinkedHashMap<>();
    LabeledVector growth = LabeledVector.of(List.of(), new double[0]);
    LabeledVector exits = LabeledVector.of(List.of(), new double[0]);
    String positive = "";
    String negative = "";
    String source = "";
    String description = "";

    Builder(Kind kind, String title, ValueFormat format) {
      this.kind = kind;
      this.title = Checks.notBlank("title", title, "a chart title");
      this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Adds a series. Lines and columns take labels as periods or categories; bars take one row per
     * label, in the first series' order.
     *
     * @param name the series name shown in the legend, not blank, not used before
     * @param values the values by label, not empty
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or repeated, the values are empty or
     *     too many, or there are more than {@value Chart#MAX_SERIES} series ({@value
     *     Chart#MAX_PANELS} panels of small multiples)
     */
    public Builder series(String name, LabeledVector values) {
      Checks.notBlank("name", name, "a series name");
      Objects.requireNonNull(values, "values");
      if (series.containsKey(name)) {
        throw new IllegalArgumentException(
            "series \"" + name + "\" is given twice: expected one name per series");
      }
      if (kind == Kind.MULTIPLES && series.size() == MAX_PANELS) {
        throw new IllegalArgumentException("series \"" + name + "\": small multiples show at most "
            + MAX_PANELS + " panels; show the main items");
      }
      if (kind != Kind.MULTIPLES && series.size() == MAX_SERIES) {
        throw new IllegalArgumentException("series \"" + name + "\": a chart compares at most "
            + MAX_SERIES + " series; draw small multiples for more");
      }
      if (values.size() == 0) {
        throw new IllegalArgumentException(
            "series \"" + name + "\" is empty"
                + (values.excluded().isEmpty()
                    ? ""
                    : " (" + values.excluded().size() + " labels excluded)")
                + ": expected at least one value to chart");
      }
      int max = kind == Kind.BARS ? MAX_BARS : kind == Kind.COLUMNS ? MAX_BARS : MAX_POINTS;
      if (values.size() > max) {
        throw new IllegalArgumentException(
            "series \"" + name + "\" has " + values.size() + " items: expected at most " + max
                + " (chart values.top(k) for a ranking)");
      }
      for (int i = 0; i < values.size(); i++) {
        if (!Double.isFinite(values.get(i))) {
          throw new IllegalArgumentException("series \"" + name + "\" [" + values.labels().get(i)
              + "] = " + values.get(i) + ": expected a finite value");
        }
      }
      series.put(name, values);
      return this;
    }

    /**
     * Draws a dashed reference line at a value that means something, with a label.
     *
     * @param value the value, in stored units, finite
     * @param label the label, e.g. {@code "RCA = 1"}, not blank
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite or the label is blank
     */
    public Builder reference(double value, String label) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("reference = " + value + ": expected a finite value");
      }
      referenceValues.add(new double[] {value});
      referenceLabels.add(Checks.notBlank("label", label, "a label such as \"RCA = 1\""));
      return this;
    }

    /**
     * Replaces labels by display names: HS descriptions for product codes, human names for enum
     * constants. A label without a name is shown as it is.
     *
     * @param displayNames the name of each label, not null
     * @return this builder
     */
    public Builder names(Map<String, String> displayNames) {
      names.putAll(Objects.requireNonNull(displayNames, "displayNames"));
      return this;
    }

    /**
     * Adds a growth strip under a one-series line chart: growth as fractions, bars up for growth
     * and down for decline.
     *
     * @param growthByPeriod the growth of some of the series' periods, may be empty
     * @return this builder
     * @throws IllegalArgumentException if the chart is not a line chart
     */
    public Builder growth(LabeledVector growthByPeriod) {
      if (kind != Kind.LINE) {
        throw new IllegalArgumentException("growth on a " + kind + " chart: expected a line chart");
      }
      this.growth = Objects.requireNonNull(growthByPeriod, "growthByPeriod");
      return this;
    }

    /**
     * Annotates the steps of a step chart with exits: where {@code exitsByLabel} has a value, the
     * step shows gross entries and exits ({@code +16 −3}) instead of the net change.
     *
     * @param exitsByLabel the exits at some labels, each ≥ 0
     * @return this builder
     * @throws IllegalArgumentException if the chart is not a step chart
     */
    public Builder exits(LabeledVector exitsByLabel) {
      if (kind != Kind.STEPS) {
        throw new IllegalArgumentException("exits on a " + kind + " chart: expected a step chart");
      }
      this.exits = Objects.requireNonNull(exitsByLabel, "exitsByLabel");
      return this;
    }

    /**
     * Colours the bars of a one-series bar chart by sign, with a legend for each.
     *
     * @param positiveLegend the legend of positive values, e.g. {@code "surplus"}, not blank
     * @param negativeLegend the legend of negative values, e.g. {@code "deficit"}, not blank
     * @return this builder
     * @throws IllegalArgumentException if a legend is blank or the chart is not a bar chart
     */
    public Builder signed(String positiveLegend, String negativeLegend) {
      if (kind != Kind.BARS) {
        throw new IllegalArgumentException("signed on a " + kind + " chart: expected bars");
      }
      this.positive = Checks.notBlank("positive", positiveLegend,
          "a legend for positive values, e.g. \"surplus\"");
      this.negative = Checks.notBlank("negative", negativeLegend,
          "a legend for negative values, e.g. \"deficit\"");
      return this;
    }

    /**
     * Sets the source written under the chart.
     *
     * @param text where the values come from, not blank
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder source(String text) {
      this.source = Checks.notBlank("source", text, "where the values come from");
      return this;
    }

    /**
     * Sets the description read by screen readers ({@code <desc>}); without one the chart
     * describes its series and their range.
     *
     * @param text the description, not blank
     * @return this builder
     * @throws IllegalArgumentException if the text is blank
     */
    public Builder description(String text) {
      this.description = Checks.notBlank("description", text, "what the chart shows");
      return this;
    }

    /**
     * Returns the chart.
     *
     * @return the chart, never null
     * @throws IllegalArgumentException if there is no series, a growth or exit label is not in
     *     the series, an exit is negative, or a signed chart has more than one series
     */
    public Chart build() {
      if (series.isEmpty()) {
        throw new IllegalArgumentException(
            "chart \"" + title + "\" has no series: expected series(name, values)");
      }
      LabeledVector first = series.values().iterator().next();
      for (String g : growth.labels()) {
        if (!first.contains(g)) {
          throw new IllegalArgumentException(
              "growth label " + g + " is not in values: expected one of " + first.labels());
        }
      }
      for (int i = 0; i < exits.size(); i++) {
        String label = exits.labels().get(i);
        if (!first.contains(label)) {
          throw new IllegalArgumentException(
              "exits label " + label + " is not in levels: expected one of " + first.labels());
        }
        if (exits.get(i) < 0) {
          throw new IllegalArgumentException(
              "exits[" + i + "] (" + label + ") = " + exits.get(i) + ": expected a count >= 0");
        }
      }
      if (!positive.isEmpty() && series.size() > 1) {
        throw new IllegalArgumentException(
            "signed bars with " + series.size() + " series: expected one series");
      }
      return new ChartRenderer(this).render();
    }
  }

  // ------------------------------------------------------------------ time

  /** Whether every label is a period the time axis understands ({@link PeriodLabels}). */
  static boolean allPeriods(List<String> labels) {
    if (labels.isEmpty()) {
      return false;
    }
    for (String l : labels) {
      if (PeriodLabels.frequency(l).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
