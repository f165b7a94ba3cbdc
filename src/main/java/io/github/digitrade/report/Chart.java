package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    STEPS
  }

  /** The most items a line or step chart shows. */
  public static final int MAX_POINTS = 200;

  /** The most items a bar chart shows; pass {@code values.top(k)} for longer rankings. */
  public static final int MAX_BARS = 60;

  /** The most series one chart compares; more are small multiples, one chart each. */
  public static final int MAX_SERIES = 8;

  static final int WIDTH = 760;
  private static final int PLOT_HEIGHT = 260;
  private static final int ROW = 22;
  private static final int STRIP = 100;
  private static final double PAD = 12;

  /** Series colours: dark, light and middle tones alternate, so they stay apart in grey. */
  static final ImmutableList<String> PALETTE =
      ImmutableList.of("#1f4e79", "#e69f00", "#2b8a5e", "#9c4f96", "#56a0d3", "#a35a1f",
          "#6b6b6b", "#c9a227");

  /** Line dash patterns by series, so lines differ without colour. */
  private static final ImmutableList<String> DASHES =
      ImmutableList.of("", "7 4", "2 3", "9 3 2 3", "4 2", "1 2", "12 4", "6 2 2 2");

  private final Kind kind;
  private final String title;
  private final String unit;
  private final String source;
  private final int items;
  private final String svg;

  private Chart(Kind kind, String title, String unit, String source, int items, String svg) {
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
    private final Kind kind;
    private final String title;
    private final ValueFormat format;
    private final Map<String, LabeledVector> series = new LinkedHashMap<>();
    private final List<double[]> referenceValues = new ArrayList<>();
    private final List<String> referenceLabels = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private LabeledVector growth = LabeledVector.of(List.of(), new double[0]);
    private LabeledVector exits = LabeledVector.of(List.of(), new double[0]);
    private String positive = "";
    private String negative = "";
    private String source = "";
    private String description = "";

    private Builder(Kind kind, String title, ValueFormat format) {
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
     *     too many, or there are more than {@value Chart#MAX_SERIES} series
     */
    public Builder series(String name, LabeledVector values) {
      Checks.notBlank("name", name, "a series name");
      Objects.requireNonNull(values, "values");
      if (series.containsKey(name)) {
        throw new IllegalArgumentException(
            "series \"" + name + "\" is given twice: expected one name per series");
      }
      if (series.size() == MAX_SERIES) {
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
      return new Renderer(this).render();
    }
  }

  // ------------------------------------------------------------------ rendering

  /** Lays out and draws one chart. */
  private static final class Renderer {
    private final Builder b;
    private final Kind kind;
    private final ImmutableMap<String, LabeledVector> series;
    private final List<String> categories;
    private final ValueFormat.Scaled scale;
    private final List<String> titleLines;
    private final List<String> footLines;
    private final List<LegendItem> legend = new ArrayList<>();
    private int legendRows;

    Renderer(Builder b) {
      this.b = b;
      this.series = ImmutableMap.copyOf(b.series);
      Set<String> labels = new LinkedHashSet<>();
      double maxAbs = 0;
      for (LabeledVector v : series.values()) {
        labels.addAll(v.labels());
        for (int i = 0; i < v.size(); i++) {
          maxAbs = Math.max(maxAbs, Math.abs(v.get(i)));
        }
      }
      this.kind = b.kind == Kind.BARS && !b.positive.isEmpty() ? Kind.DIVERGING : b.kind;
      List<String> cats = new ArrayList<>(labels);
      if ((kind == Kind.LINE || kind == Kind.COLUMNS || kind == Kind.STEPS) && allPeriods(cats)) {
        cats.sort((x, y) -> Double.compare(time(x), time(y)));
      }
      this.categories = cats;
      this.scale = b.format.scaled(maxAbs);
      this.titleLines = SvgWriter.wrap(b.title, 15, true, WIDTH - 2 * PAD);
      String foot = (b.source.isEmpty() ? "" : "Source: " + b.source + ". ") + "Unit: "
          + scale.unitLabel() + ".";
      this.footLines = SvgWriter.wrap(foot, 11, false, WIDTH - 2 * PAD);
      if (kind == Kind.DIVERGING) {
        legend.add(new LegendItem(b.positive, SvgWriter.POSITIVE, ""));
        legend.add(new LegendItem(b.negative, SvgWriter.NEGATIVE, ""));
      } else if (series.size() > 1) {
        int k = 0;
        for (String name : series.keySet()) {
          legend.add(new LegendItem(name, PALETTE.get(k), DASHES.get(k)));
          k++;
        }
      }
      legendRows = 0;
      if (!legend.isEmpty()) {
        double x = PAD;
        legendRows = 1;
        for (LegendItem item : legend) {
          double w = 26 + SvgWriter.textWidth(item.name, 11) + 16;
          if (x + w > WIDTH - PAD && x > PAD) {
            legendRows++;
            x = PAD;
          }
          x += w;
        }
      }
    }

    private double top() {
      return 14 + titleLines.size() * 19 + legendRows * 18 + 22;
    }

    private double footHeight() {
      return 14 + footLines.size() * 14;
    }

    private String description() {
      if (!b.description.isEmpty()) {
        return b.description;
      }
      StringBuilder s = new StringBuilder();
      s.append(switch (kind) {
        case LINE -> "Line chart";
        case COLUMNS -> "Column chart";
        case BARS -> "Bar chart";
        case DIVERGING -> "Bar chart of signed values";
        case STEPS -> "Step chart";
      });
      s.append(" of ").append(series.size() == 1 ? "one series" : series.size() + " series")
          .append(" over ").append(categories.size()).append(" labels (")
          .append(categories.get(0));
      if (categories.size() > 1) {
        s.append(" to ").append(categories.get(categories.size() - 1));
      }
      s.append(")");
      for (Map.Entry<String, LabeledVector> e : series.entrySet()) {
        LabeledVector v = e.getValue();
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < v.size(); i++) {
          lo = v.get(i) < v.get(lo) ? i : lo;
          hi = v.get(i) > v.get(hi) ? i : hi;
        }
        s.append("; ").append(e.getKey()).append(": from ").append(b.format.text(v.get(lo)))
            .append(" (").append(name(v.labels().get(lo))).append(") to ")
            .append(b.format.text(v.get(hi))).append(" (").append(name(v.labels().get(hi)))
            .append(")");
      }
      return s.append(". Unit: ").append(scale.unitLabel()).append('.').toString();
    }

    private String name(String label) {
      return b.names.getOrDefault(label, label);
    }

    Chart render() {
      String svg = switch (kind) {
        case LINE, STEPS, COLUMNS -> vertical();
        case BARS, DIVERGING -> horizontal();
      };
      int n = 0;
      for (LabeledVector v : series.values()) {
        n += v.size();
      }
      return new Chart(b.kind == Kind.BARS && kind == Kind.DIVERGING ? Kind.DIVERGING : kind,
          b.title, scale.unitLabel(), b.source, n, svg);
    }

    private SvgWriter start(int height) {
      SvgWriter w = new SvgWriter(WIDTH, height, b.title, description());
      double y = 14 + 15;
      for (String line : titleLines) {
        w.text(PAD, y, "start", 15, SvgWriter.TEXT, "bold", line);
        y += 19;
      }
      if (!legend.isEmpty()) {
        double x = PAD;
        double ly = y + 2;
        for (LegendItem item : legend) {
          double width = 26 + SvgWriter.textWidth(item.name, 11) + 16;
          if (x + width > WIDTH - PAD && x > PAD) {
            x = PAD;
            ly += 18;
          }
          if (kind == Kind.LINE || kind == Kind.STEPS) {
            w.line(x, ly - 4, x + 20, ly - 4, item.colour, 2.5, item.dash);
          } else {
            w.rect(x + 5, ly - 10, 11, 11, item.colour, "");
          }
          w.text(x + 26, ly, "start", 11, SvgWriter.TEXT, "normal", item.name);
          x += width;
        }
      }
      return w;
    }

    private void foot(SvgWriter w, int height) {
      double y = height - footHeight() + 16;
      for (String line : footLines) {
        w.text(PAD, y, "start", 11, SvgWriter.MUTED, "normal", line);
        y += 14;
      }
    }

    // ---------------------------------------------------------------- vertical value axis

    private String vertical() {
      boolean time = allPeriods(categories);
      boolean hasGrowth = b.growth.size() > 0;
      double top = top();
      // value axis
      double lo = 0;
      double hi = 0;
      for (LabeledVector v : series.values()) {
        for (int i = 0; i < v.size(); i++) {
          lo = Math.min(lo, v.get(i) * scale.factor());
          hi = Math.max(hi, v.get(i) * scale.factor());
        }
      }
      for (double[] r : b.referenceValues) {
        lo = Math.min(lo, r[0] * scale.factor());
        hi = Math.max(hi, r[0] * scale.factor());
      }
      Ticks y = Ticks.of(lo, kind == Kind.STEPS ? hi * 1.08 : hi * 1.04, 6);
      double tickWidth = 0;
      for (double t : y.values()) {
        tickWidth = Math.max(tickWidth, SvgWriter.textWidth(scale.tick(t, y.decimals()), 11));
      }
      double left = Math.max(48, PAD + tickWidth + 10);
      double right = WIDTH - PAD - 8;
      // x labels: measure, cut, rotate for long category labels of columns
      double plotWidth = right - left;
      double band = plotWidth / Math.max(1, categories.size());
      double labelWidth = 0;
      for (String c : categories) {
        labelWidth = Math.max(labelWidth, SvgWriter.textWidth(name(c), 12));
      }
      boolean rotate = !time && labelWidth > band - 6;
      double cutAt = rotate ? 150 : Double.MAX_VALUE;
      double xLabelHeight = rotate ? Math.min(cutAt, labelWidth) * 0.65 + 22 : 26;
      double plotTop = top;
      double plotBottom = plotTop + PLOT_HEIGHT;
      double stripTop = plotBottom + xLabelHeight + 22;
      int height = (int) Math.ceil(plotBottom + xLabelHeight + (hasGrowth ? STRIP + 12 : 0)
          + footHeight());
      SvgWriter w = start(height);
      Frame f = new Frame(left, plotTop, plotWidth, PLOT_HEIGHT);
      // grid and value labels
      for (double t : y.values()) {
        double ty = f.y(y, t);
        w.line(left, ty, right, ty, SvgWriter.GRID, 1, false);
        w.text(left - 8, ty + 4, "end", 11, SvgWriter.MUTED, "normal", scale.tick(t, y.decimals()));
      }
      // x positions
      double[] xs = new double[categories.size()];
      double minGap = Double.MAX_VALUE;
      if (time) {
        double t0 = time(categories.get(0));
        double t1 = time(categories.get(categories.size() - 1));
        double step = Double.MAX_VALUE;
        for (int i = 1; i < categories.size(); i++) {
          step = Math.min(step, time(categories.get(i)) - time(categories.get(i - 1)));
        }
        if (step == Double.MAX_VALUE) {
          step = 1;
        }
        double lo2 = t0 - step / 2;
        double hi2 = t1 + step / 2;
        for (int i = 0; i < xs.length; i++) {
          xs[i] = left + plotWidth * (time(categories.get(i)) - lo2) / (hi2 - lo2);
        }
        minGap = plotWidth * step / (hi2 - lo2);
      } else {
        for (int i = 0; i < xs.length; i++) {
          xs[i] = left + band * (i + 0.5);
        }
        minGap = band;
      }
      // x labels, thinned so that none overlaps the one before
      double lastRight = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < xs.length; i++) {
        String full = name(categories.get(i));
        if (rotate) {
          String shown = SvgWriter.fit(full, 12, cutAt);
          w.rotatedText(xs[i] + 4, plotBottom + 14, -40, "end", shown, full);
          continue;
        }
        String shown = SvgWriter.fit(full, 12, Math.max(minGap - 4, 40));
        double half = SvgWriter.textWidth(shown, 12) / 2;
        if (xs[i] - half < lastRight + 6) {
          continue;
        }
        w.text(xs[i], plotBottom + 18, "middle", 12, SvgWriter.TEXT, "normal", shown, full);
        lastRight = xs[i] + half;
      }
      int k = 0;
      int nSeries = series.size();
      boolean valueLabels = nSeries == 1 && categories.size() <= 16;
      for (Map.Entry<String, LabeledVector> e : series.entrySet()) {
        LabeledVector v = e.getValue();
        String colour = nSeries == 1 ? SvgWriter.PRIMARY : PALETTE.get(k);
        if (kind == Kind.COLUMNS) {
          double group = Math.min(minGap * 0.7, 90);
          double width = group / nSeries;
          for (int i = 0; i < v.size(); i++) {
            int c = categories.indexOf(v.labels().get(i));
            double x = xs[c] - group / 2 + width * k;
            double value = v.get(i) * scale.factor();
            double ty = f.y(y, value);
            double zero = f.y(y, 0);
            w.rect(x, ty, width * 0.92, zero - ty, colour, tooltip(e.getKey(), v.labels().get(i),
                v.get(i)));
            String text = scale.cell(v.get(i));
            if (valueLabels && SvgWriter.textWidth(text, 11) <= minGap - 2) {
              // a negative value is written above the zero line, clear of the period labels
              w.text(x + width * 0.46, value >= 0 ? ty - 5 : zero - 5, "middle", 11,
                  SvgWriter.TEXT, "normal", text);
            }
          }
        } else {
          String dash = nSeries == 1 ? "" : DASHES.get(k);
          StringBuilder d = new StringBuilder();
          StringBuilder gap = new StringBuilder();
          double prevX = 0;
          double prevY = 0;
          double prevT = 0;
          double step = minStep(v);
          for (int i = 0; i < v.size(); i++) {
            int c = categories.indexOf(v.labels().get(i));
            double px = xs[c];
            double py = f.y(y, v.get(i) * scale.factor());
            boolean broken = time && i > 0 && time(v.labels().get(i)) - prevT > step * 1.5;
            if (i == 0 || broken) {
              if (broken) {
                gap.append(" M").append(Fmt.coord(prevX)).append(' ').append(Fmt.coord(prevY))
                    .append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
              }
              d.append(d.length() == 0 ? "M" : " M").append(Fmt.coord(px)).append(' ')
                  .append(Fmt.coord(py));
            } else if (kind == Kind.STEPS) {
              d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(prevY));
              d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
            } else {
              d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
            }
            prevX = px;
            prevY = py;
            prevT = time ? time(v.labels().get(i)) : 0;
          }
          if (kind == Kind.STEPS) {
            d.append(" L").append(Fmt.coord(right)).append(' ').append(Fmt.coord(prevY));
            String area = d + " L" + Fmt.coord(right) + ' ' + Fmt.coord(f.y(y, 0)) + " L"
                + Fmt.coord(xs[categories.indexOf(v.labels().get(0))]) + ' '
                + Fmt.coord(f.y(y, 0)) + " Z";
            w.path(area, "none", 0, SvgWriter.FILL, "");
          }
          if (gap.length() > 0) {
            w.path(gap.toString().strip(), colour, 1.5, "none", "3 4");
          }
          w.path(d.toString(), colour, 2.5, "none", dash);
          for (int i = 0; i < v.size(); i++) {
            int c = categories.indexOf(v.labels().get(i));
            double py = f.y(y, v.get(i) * scale.factor());
            w.circle(xs[c], py, 4, colour, tooltip(e.getKey(), v.labels().get(i), v.get(i)));
            if (valueLabels) {
              String text = scale.cell(v.get(i));
              if (SvgWriter.textWidth(text, 11) <= minGap - 2 || categories.size() <= 8) {
                w.text(xs[c], py - 9, "middle", 11, colour, "bold", text);
              }
            }
            if (kind == Kind.STEPS && i > 0 && categories.size() <= 24) {
              stepNote(w, v, i, xs[c], py);
            }
          }
        }
        k++;
      }
      references(w, f, y, true);
      double zero = f.y(y, 0);
      w.line(left, zero, right, zero, SvgWriter.AXIS, 1.2, false);
      w.line(left, plotTop, left, plotBottom, SvgWriter.AXIS, 1, false);
      if (hasGrowth) {
        growthStrip(w, f, xs, stripTop);
      }
      foot(w, height);
      return w.finish();
    }

    private void stepNote(SvgWriter w, LabeledVector v, int i, double x, double y) {
      double change = v.get(i) - v.get(i - 1);
      String label = v.labels().get(i);
      String c;
      if (b.exits.contains(label) && b.exits.get(label) > 0) {
        double out = b.exits.get(label);
        c = "+" + Fmt.fixed(change + out, 0) + " \u2212" + Fmt.fixed(out, 0);
      } else {
        c = (change >= 0 ? "+" : "\u2212") + Fmt.fixed(Math.abs(change), 0);
      }
      boolean fits = x + 6 + SvgWriter.textWidth(c, 10) <= WIDTH - PAD;
      w.text(fits ? x + 6 : x - 6, y + 16, fits ? "start" : "end", 10, SvgWriter.SECONDARY,
          "normal", c);
    }

    private double minStep(LabeledVector v) {
      double step = Double.MAX_VALUE;
      if (!allPeriods(v.labels())) {
        return step;
      }
      for (int i = 1; i < v.size(); i++) {
        step = Math.min(step, time(v.labels().get(i)) - time(v.labels().get(i - 1)));
      }
      // the natural step of the labels' frequency: a year, a quarter, a month or a half
      double natural = naturalStep(v.labels().get(0));
      return Math.min(step, natural);
    }

    private void growthStrip(SvgWriter w, Frame f, double[] xs, double top) {
      LabeledVector values = series.values().iterator().next();
      LabeledVector growth = b.growth;
      double height = STRIP - 34;
      double lo = 0;
      double hi = 0;
      for (int i = 0; i < growth.size(); i++) {
        lo = Math.min(lo, growth.get(i));
        hi = Math.max(hi, growth.get(i));
      }
      double span = hi - lo == 0 ? 1 : hi - lo;
      double zero = top + 14 + height * hi / span;
      w.text(f.left, top, "start", 11, SvgWriter.MUTED, "normal",
          "growth on the previous period, %");
      w.line(f.left, zero, f.right(), zero, SvgWriter.AXIS, 1, false);
      for (int i = 0; i < values.size(); i++) {
        String label = values.labels().get(i);
        if (!growth.contains(label)) {
          continue;
        }
        double g = growth.get(label);
        double cx = xs[categories.indexOf(label)];
        double h = height * g / span;
        String fill = g < 0 ? SvgWriter.NEGATIVE : SvgWriter.POSITIVE;
        w.rect(cx - 12, zero - h, 24, h, fill, name(label) + ": " + Fmt.growth(g));
        if (values.size() <= 16) {
          double ty = g < 0 ? zero - h + 12 : zero - h - 4;
          w.text(cx, ty, "middle", 10, fill, "normal", Fmt.growth(g));
        }
      }
    }

    private void references(SvgWriter w, Frame f, Ticks t, boolean horizontalLine) {
      for (int i = 0; i < b.referenceValues.size(); i++) {
        double v = b.referenceValues.get(i)[0] * scale.factor();
        String label = b.referenceLabels.get(i);
        if (horizontalLine) {
          double y = f.y(t, v);
          w.line(f.left, y, f.right(), y, SvgWriter.SECONDARY, 1.2, "6 4");
          w.text(f.right() - 4, y - 4, "end", 11, SvgWriter.SECONDARY, "bold", label);
        } else {
          double x = f.x(t, v);
          w.line(x, f.top - 6, x, f.bottom(), SvgWriter.SECONDARY, 1.2, "6 4");
          double width = SvgWriter.textWidth(label, 11, true);
          String anchor = x + width / 2 > WIDTH - PAD ? "end" : x - width / 2 < PAD ? "start"
              : "middle";
          w.text(x, f.top - 10, anchor, 11, SvgWriter.SECONDARY, "bold", label);
        }
      }
    }

    // ---------------------------------------------------------------- horizontal value axis

    private String horizontal() {
      int nSeries = series.size();
      int rows = categories.size();
      double rowHeight = nSeries == 1 ? ROW : Math.max(ROW, 6 + 13 * nSeries);
      double top = top() + (b.referenceValues.isEmpty() ? 0 : 14);
      double plotHeight = rows * rowHeight;
      // labels at the left: the longest name, at most 240 wide; longer ones cut with a tooltip
      double labelWidth = 0;
      for (String c : categories) {
        labelWidth = Math.max(labelWidth, SvgWriter.textWidth(name(c), 12));
      }
      double labelSpace = Math.min(240, labelWidth);
      double left = PAD + labelSpace + 10;
      // values in a column at the right, never over a bar
      double valueWidth = 0;
      for (LabeledVector v : series.values()) {
        for (int i = 0; i < v.size(); i++) {
          valueWidth = Math.max(valueWidth, SvgWriter.textWidth(scale.cell(v.get(i)), 11));
        }
      }
      double right = WIDTH - PAD - valueWidth - 12;
      double lo = 0;
      double hi = 0;
      for (LabeledVector v : series.values()) {
        for (int i = 0; i < v.size(); i++) {
          lo = Math.min(lo, v.get(i) * scale.factor());
          hi = Math.max(hi, v.get(i) * scale.factor());
        }
      }
      for (double[] r : b.referenceValues) {
        lo = Math.min(lo, r[0] * scale.factor());
        hi = Math.max(hi, r[0] * scale.factor());
      }
      Ticks x = Ticks.of(lo, hi, 6);
      int height = (int) Math.ceil(top + plotHeight + 24 + footHeight());
      SvgWriter w = start(height);
      Frame f = new Frame(left, top, right - left, plotHeight);
      double lastRight = Double.NEGATIVE_INFINITY;
      for (double t : x.values()) {
        double tx = f.x(x, t);
        w.line(tx, f.top, tx, f.bottom(), SvgWriter.GRID, 1, false);
        String text = scale.tick(t, x.decimals());
        double half = SvgWriter.textWidth(text, 11) / 2;
        if (tx - half > lastRight + 4) {
          w.text(tx, f.bottom() + 16, "middle", 11, SvgWriter.MUTED, "normal", text);
          lastRight = tx + half;
        }
      }
      double zero = f.x(x, 0);
      for (int r = 0; r < rows; r++) {
        String label = categories.get(r);
        double rowTop = top + r * rowHeight;
        String full = name(label);
        w.text(left - 10, rowTop + rowHeight / 2 + 4, "end", 12, SvgWriter.TEXT, "normal",
            SvgWriter.fit(full, 12, labelSpace), full.equals(label) ? full : label + ": " + full);
        int k = 0;
        double barHeight = nSeries == 1 ? ROW - 8 : 11;
        for (Map.Entry<String, LabeledVector> e : series.entrySet()) {
          LabeledVector v = e.getValue();
          if (v.contains(label)) {
            double value = v.get(label);
            String fill = kind == Kind.DIVERGING
                ? (value < 0 ? SvgWriter.NEGATIVE : SvgWriter.POSITIVE)
                : nSeries == 1 ? SvgWriter.PRIMARY : PALETTE.get(k);
            double by = nSeries == 1 ? rowTop + 4 : rowTop + 3 + k * 13;
            double end = f.x(x, value * scale.factor());
            w.rect(zero, by, end - zero, barHeight, fill, tooltip(e.getKey(), label, value));
            w.text(WIDTH - PAD, by + barHeight - 1.5, "end", 11, SvgWriter.TEXT, "normal",
                scale.cell(value));
          }
          k++;
        }
      }
      references(w, f, x, false);
      w.line(zero, f.top, zero, f.bottom(), SvgWriter.AXIS, 1.2, false);
      foot(w, height);
      return w.finish();
    }

    private String tooltip(String seriesName, String label, double value) {
      String who = name(label);
      String head = who.equals(label) ? label : label + " " + who;
      return (series.size() > 1 ? seriesName + ", " : "") + head + ": " + b.format.text(value);
    }
  }

  private record LegendItem(String name, String colour, String dash) {}

  // ------------------------------------------------------------------ time

  private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern SUB =
      Pattern.compile("([0-9]{4})-?(?:(Q)([1-4])|(H)([12])|(0[1-9]|1[0-2]))");

  /** Whether every label is a period the time axis understands. */
  static boolean allPeriods(List<String> labels) {
    if (labels.isEmpty()) {
      return false;
    }
    for (String l : labels) {
      if (!YEAR.matcher(l).matches() && !SUB.matcher(l).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the start of a period in years: {@code 2019} is 2019.0, {@code 2019-Q3} 2019.5, {@code
   * 2019-07} 2019.5, {@code 2019-H2} 2019.5.
   *
   * @param label a period label
   * @return the time in years
   * @throws IllegalArgumentException if the label is not a period
   */
  static double time(String label) {
    if (YEAR.matcher(label).matches()) {
      return Integer.parseInt(label);
    }
    Matcher m = SUB.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException("period \"" + label + "\": expected a year such as 2023,"
          + " a quarter such as 2023-Q1, a half such as 2023-H1 or a month such as 2023-01");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return year + (Integer.parseInt(m.group(3)) - 1) / 4.0;
    }
    if (m.group(4) != null) {
      return year + (Integer.parseInt(m.group(5)) - 1) / 2.0;
    }
    return year + (Integer.parseInt(m.group(6)) - 1) / 12.0;
  }

  private static double naturalStep(String label) {
    if (YEAR.matcher(label).matches()) {
      return 1;
    }
    Matcher m = SUB.matcher(label);
    if (m.matches() && m.group(2) != null) {
      return 0.25;
    }
    if (m.matches() && m.group(4) != null) {
      return 0.5;
    }
    return 1 / 12.0;
  }

  /** The plot area of a chart, in SVG user units. */
  private static final class Frame {
    final double left;
    final double top;
    final double width;
    final double height;

    Frame(double left, double top, double width, double height) {
      this.left = left;
      this.top = top;
      this.width = width;
      this.height = height;
    }

    double right() {
      return left + width;
    }

    double bottom() {
      return top + height;
    }

    double y(Ticks t, double v) {
      return top + height * (1 - (v - t.min()) / (t.max() - t.min()));
    }

    double x(Ticks t, double v) {
      return left + width * (v - t.min()) / (t.max() - t.min());
    }
  }
}
