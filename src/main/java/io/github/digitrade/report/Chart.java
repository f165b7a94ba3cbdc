package io.github.digitrade.report;

import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.internal.Checks;
import java.util.Objects;

/**
 * A chart rendered as a self-contained SVG fragment: no scripts, no external fonts or images, and
 * the same input always gives byte-for-byte the same output.
 *
 * <p>Five kinds cover the report: a {@linkplain #line line} of levels by period with an optional
 * growth series in a strip below it, vertical {@linkplain #columns columns}, horizontal {@linkplain
 * #bars bars} for rankings, {@linkplain #diverging diverging bars} for signed values such as trade
 * balances, and a {@linkplain #steps step chart} of a cumulative count such as pilot zones over
 * time. Every chart has a title and states the unit of its values; value axes have ticks at nice
 * numbers (1, 2, 2.5 or 5 times a power of ten) and start at zero so that bar lengths and heights are
 * proportional to the values. Labels are escaped, so any text is safe.
 *
 * <pre>{@code
 * LabeledVector cbec = LabeledVector.of(List.of("2020", "2021"), new double[] {1690, 1980});
 * LabeledVector yoy = LabeledVector.of(List.of("2021"), new double[] {0.15});
 * Chart c = Chart.line("China CBEC trade", "billion CNY", cbec, yoy);
 * c.svg();      // "<svg xmlns=\"http://www.w3.org/2000/svg\" ..."
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Chart {

  /** The kind of a chart. */
  public enum Kind {
    /** Levels by period, with an optional growth series. */
    LINE,
    /** Vertical bars, one per label. */
    COLUMNS,
    /** Horizontal bars, one per label, for rankings. */
    BARS,
    /** Horizontal bars to the left (negative) and right (positive) of zero. */
    DIVERGING,
    /** A step line of a cumulative level. */
    STEPS
  }

  /** The most items a line or step chart shows. */
  public static final int MAX_POINTS = 200;

  /** The most items a bar chart shows; pass {@code values.top(k)} for longer rankings. */
  public static final int MAX_BARS = 60;

  private static final int WIDTH = 760;
  private static final int HEIGHT = 360;
  private static final int TOP = 62;
  private static final int ROW = 22;
  private static final int STRIP = 100;

  private final Kind kind;
  private final String title;
  private final String unit;
  private final int items;
  private final String svg;

  private Chart(Kind kind, String title, String unit, int items, String svg) {
    this.kind = kind;
    this.title = title;
    this.unit = unit;
    this.items = items;
    this.svg = svg;
  }

  /**
   * Returns a line chart of levels by period, in label order.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, e.g. {@code "billion CNY"}, not blank
   * @param values the level for each period label, in the order to draw; 1 to {@value #MAX_POINTS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, or {@code values} is empty or
   *     too long
   */
  public static Chart line(String title, String unit, LabeledVector values) {
    return line(title, unit, values, LabeledVector.of(java.util.List.of(), new double[0]));
  }

  /**
   * Returns a line chart of levels by period with a growth series on a right-hand percentage axis.
   *
   * <p>Growth is a fraction (0.311 is +31.1%) and is drawn as labelled bars in a strip under the
   * levels, on its own scale, so that the two series never hide each other; periods without a growth
   * value (the first year, a gap in the series) have no bar.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the levels, not blank
   * @param values the level for each period label, in the order to draw; 1 to {@value #MAX_POINTS}
   * @param growth the growth for some of those labels, as fractions; may be empty
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a growth label is not one of the value labels
   */
  public static Chart line(
      String title, String unit, LabeledVector values, LabeledVector growth) {
    check(title, unit, values, false, MAX_POINTS);
    Objects.requireNonNull(growth, "growth");
    for (String g : growth.labels()) {
      if (!values.contains(g)) {
        throw new IllegalArgumentException(
            "growth label " + g + " is not in values: expected one of " + values.labels());
      }
    }
    int n = values.size();
    boolean hasGrowth = growth.size() > 0;
    int left = 72;
    int right = 28;
    int bottom = 44;
    int strip = hasGrowth ? STRIP : 0;
    SvgWriter w = new SvgWriter(WIDTH, HEIGHT + strip, title);
    Frame f = new Frame(left, TOP, WIDTH - left - right, HEIGHT - TOP - bottom);
    Ticks y = Ticks.of(Math.min(0, min(values)), Math.max(0, max(values)), 6);
    f.horizontalGrid(w, y);
    w.text(left - 8, TOP - 14, "start", 11, SvgWriter.MUTED, "normal", unit);
    double band = f.width / n;
    xLabels(w, f, values, band);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < n; i++) {
      d.append(i == 0 ? "M" : " L")
          .append(Fmt.coord(f.left + band * (i + 0.5)))
          .append(' ')
          .append(Fmt.coord(f.y(y, values.get(i))));
    }
    w.path(d.toString(), SvgWriter.PRIMARY, 2.5, "none", false);
    for (int i = 0; i < n; i++) {
      double cx = f.left + band * (i + 0.5);
      double cy = f.y(y, values.get(i));
      w.circle(cx, cy, 4, SvgWriter.PRIMARY,
          values.labels().get(i) + ": " + Fmt.compact(values.get(i)) + " " + unit);
      if (n <= 16) {
        w.text(cx, cy - 9, "middle", 11, SvgWriter.PRIMARY, "bold", Fmt.compact(values.get(i)));
      }
    }
    if (hasGrowth) {
      growthStrip(w, f, values, growth, band);
    }
    f.axes(w, y);
    return new Chart(Kind.LINE, title, unit, n, w.finish());
  }

  /**
   * Returns a vertical bar chart, one bar per label in label order, with the value above each bar.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, not blank
   * @param values non-negative values; 1 to {@value #MAX_BARS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a value is negative
   */
  public static Chart columns(String title, String unit, LabeledVector values) {
    check(title, unit, values, true, MAX_BARS);
    int n = values.size();
    int longest = longest(values, 24);
    double bandGuess = (WIDTH - 100.0) / n;
    boolean rotate = SvgWriter.textWidth("x".repeat(longest), 12) > bandGuess - 4;
    int bottom = rotate ? (int) Math.min(150, 24 + longest * 6.2) : 44;
    int height = HEIGHT + (rotate ? bottom - 44 : 0);
    SvgWriter w = new SvgWriter(WIDTH, height, title);
    Frame f = new Frame(72, TOP, WIDTH - 72 - 28, height - TOP - bottom);
    Ticks y = Ticks.of(0, max(values), 6);
    f.horizontalGrid(w, y);
    w.text(64, TOP - 14, "start", 11, SvgWriter.MUTED, "normal", unit);
    double band = f.width / n;
    for (int i = 0; i < n; i++) {
      String label = values.labels().get(i);
      double v = values.get(i);
      double x = f.left + band * i + band * 0.15;
      double top = f.y(y, v);
      w.rect(x, top, band * 0.7, f.y(y, 0) - top, SvgWriter.PRIMARY,
          label + ": " + Fmt.compact(v) + " " + unit);
      if (band >= 26) {
        w.text(x + band * 0.35, top - 5, "middle", 11, SvgWriter.TEXT, "normal", Fmt.compact(v));
      }
      String shown = SvgWriter.shorten(label, 24);
      if (rotate) {
        w.rotatedText(f.left + band * (i + 0.5) + 4, f.bottom() + 14, -40, "end", shown);
      } else {
        w.text(f.left + band * (i + 0.5), f.bottom() + 18, "middle", 12, SvgWriter.TEXT,
            "normal", shown);
      }
    }
    f.axes(w, y);
    return new Chart(Kind.COLUMNS, title, unit, n, w.finish());
  }

  /**
   * Returns a horizontal bar chart, one row per label in label order (pass a vector sorted by value,
   * such as {@link LabeledVector#top(int)}, for a ranking), with the value at the end of each bar.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the values, not blank
   * @param values non-negative values; 1 to {@value #MAX_BARS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, {@code values} is empty or too
   *     long, or a value is negative
   */
  public static Chart bars(String title, String unit, LabeledVector values) {
    check(title, unit, values, true, MAX_BARS);
    return horizontal(Kind.BARS, title, unit, values, "", "");
  }

  /**
   * Returns horizontal bars that grow right from zero for positive values and left for negative
   * ones, in two colours, one row per label in label order: the shape for trade balances by
   * partner.
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
    check(title, unit, values, false, MAX_BARS);
    notBlank(positive, "positive", "a legend for positive values, e.g. \"surplus\"");
    notBlank(negative, "negative", "a legend for negative values, e.g. \"deficit\"");
    return horizontal(Kind.DIVERGING, title, unit, values, positive, negative);
  }

  private static Chart horizontal(
      Kind kind, String title, String unit, LabeledVector values, String positive,
      String negative) {
    int n = values.size();
    int longest = longest(values, 32);
    int left = (int) Math.max(80, Math.min(250, 20 + SvgWriter.textWidth("x".repeat(longest), 12)));
    int height = TOP + n * ROW + 40;
    SvgWriter w = new SvgWriter(WIDTH, height, title);
    Frame f = new Frame(left, TOP, WIDTH - left - 90, n * ROW);
    double lo = Math.min(0, min(values));
    double hi = Math.max(0, max(values));
    if (kind == Kind.DIVERGING && lo < 0) {
      lo -= (hi - lo) * 0.12;
    }
    Ticks x = Ticks.of(lo, hi, 6);
    for (double t : x.values()) {
      w.line(f.x(x, t), f.top, f.x(x, t), f.bottom(), SvgWriter.GRID, 1, false);
      w.text(f.x(x, t), f.bottom() + 16, "middle", 11, SvgWriter.MUTED, "normal", x.label(t));
    }
    w.text(f.right(), f.bottom() + 32, "end", 11, SvgWriter.MUTED, "normal", unit);
    if (kind == Kind.DIVERGING) {
      w.rect(left, TOP - 22, 10, 10, SvgWriter.POSITIVE, "");
      w.text(left + 14, TOP - 13, "start", 11, SvgWriter.TEXT, "normal", positive);
      double next = left + 30 + SvgWriter.textWidth(positive, 11);
      w.rect(next, TOP - 22, 10, 10, SvgWriter.NEGATIVE, "");
      w.text(next + 14, TOP - 13, "start", 11, SvgWriter.TEXT, "normal", negative);
    }
    double zero = f.x(x, 0);
    for (int i = 0; i < n; i++) {
      String label = values.labels().get(i);
      double v = values.get(i);
      double rowTop = f.top + i * ROW;
      String fill = kind == Kind.BARS ? SvgWriter.PRIMARY
          : v < 0 ? SvgWriter.NEGATIVE : SvgWriter.POSITIVE;
      double end = f.x(x, v);
      w.rect(zero, rowTop + 4, end - zero, ROW - 8, fill,
          label + ": " + Fmt.compact(v) + " " + unit);
      w.text(left - 8, rowTop + ROW / 2.0 + 4, "end", 12, SvgWriter.TEXT, "normal",
          SvgWriter.shorten(label, 32));
      if (v < 0) {
        w.text(end - 4, rowTop + ROW / 2.0 + 4, "end", 11, SvgWriter.TEXT, "normal",
            Fmt.compact(v));
      } else {
        w.text(end + 4, rowTop + ROW / 2.0 + 4, "start", 11, SvgWriter.TEXT, "normal",
            Fmt.compact(v));
      }
    }
    w.line(zero, f.top, zero, f.bottom(), SvgWriter.AXIS, 1.2, false);
    return new Chart(kind, title, unit, n, w.finish());
  }

  /**
   * Returns a step chart of a cumulative level, such as the number of pilot zones after each
   * approval batch: the level holds until the next label, each step is annotated with the new level
   * and the net change from the previous one.
   *
   * @param title the chart title, not blank
   * @param unit the unit of the levels, e.g. {@code "zones"}, not blank
   * @param levels the level after each event, in time order; 1 to {@value #MAX_POINTS}
   * @return the chart, never null
   * @throws IllegalArgumentException if the title or unit is blank, or {@code levels} is empty or
   *     too long
   */
  public static Chart steps(String title, String unit, LabeledVector levels) {
    return steps(title, unit, levels, LabeledVector.of(java.util.List.of(), new double[0]));
  }

  /**
   * Returns a step chart of a cumulative level with entries and exits: where {@code exits} has a
   * value, the step is annotated with the gross entries and the exits ({@code +16 −3}) instead of
   * the net change ({@code +13}), as when a batch of pilot zones adds sixteen zones and revokes
   * three.
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
    check(title, unit, levels, false, MAX_POINTS);
    Objects.requireNonNull(exits, "exits");
    for (int i = 0; i < exits.size(); i++) {
      String label = exits.labels().get(i);
      if (!levels.contains(label)) {
        throw new IllegalArgumentException(
            "exits label " + label + " is not in levels: expected one of " + levels.labels());
      }
      if (exits.get(i) < 0) {
        throw new IllegalArgumentException(
            "exits[" + i + "] (" + label + ") = " + exits.get(i) + ": expected a count >= 0");
      }
    }
    int n = levels.size();
    SvgWriter w = new SvgWriter(WIDTH, HEIGHT, title);
    Frame f = new Frame(72, TOP, WIDTH - 72 - 28, HEIGHT - TOP - 44);
    Ticks y = Ticks.of(Math.min(0, min(levels)), Math.max(0, max(levels)) * 1.08, 6);
    f.horizontalGrid(w, y);
    w.text(64, TOP - 14, "start", 11, SvgWriter.MUTED, "normal", unit);
    double band = f.width / n;
    xLabels(w, f, levels, band);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double cx = f.left + band * (i + 0.5);
      if (i == 0) {
        d.append('M').append(Fmt.coord(cx)).append(' ').append(Fmt.coord(f.y(y, levels.get(0))));
      } else {
        d.append(" L").append(Fmt.coord(cx)).append(' ')
            .append(Fmt.coord(f.y(y, levels.get(i - 1))));
        d.append(" L").append(Fmt.coord(cx)).append(' ').append(Fmt.coord(f.y(y, levels.get(i))));
      }
    }
    d.append(" L").append(Fmt.coord(f.right())).append(' ')
        .append(Fmt.coord(f.y(y, levels.get(n - 1))));
    String line = d.toString();
    String area = line + " L" + Fmt.coord(f.right()) + ' ' + Fmt.coord(f.y(y, 0))
        + " L" + Fmt.coord(f.left + band * 0.5) + ' ' + Fmt.coord(f.y(y, 0)) + " Z";
    w.path(area, "none", 0, SvgWriter.FILL, false);
    w.path(line, SvgWriter.PRIMARY, 2.5, "none", false);
    for (int i = 0; i < n; i++) {
      double cx = f.left + band * (i + 0.5);
      double v = levels.get(i);
      double cy = f.y(y, v);
      w.circle(cx, cy, 4, SvgWriter.PRIMARY, levels.labels().get(i) + ": " + Fmt.compact(v));
      if (n <= 24) {
        w.text(cx, cy - 10, "middle", 12, SvgWriter.PRIMARY, "bold", Fmt.compact(v));
        if (i > 0) {
          double change = v - levels.get(i - 1);
          String label = levels.labels().get(i);
          String c;
          if (exits.contains(label) && exits.get(label) > 0) {
            double out = exits.get(label);
            c = "+" + Fmt.compact(change + out) + " \u2212" + Fmt.compact(out);
          } else {
            c = (change >= 0 ? "+" : "\u2212") + Fmt.compact(Math.abs(change));
          }
          w.text(cx + 6, cy + 16, "start", 10, SvgWriter.SECONDARY, "normal", c);
        }
      }
    }
    f.axes(w, y);
    return new Chart(Kind.STEPS, title, unit, n, w.finish());
  }

  /**
   * Draws growth as small bars in a strip under the x labels: up and green for growth, down and red
   * for decline, each labelled, on its own scale so that it never hides the levels.
   */
  private static void growthStrip(
      SvgWriter w, Frame f, LabeledVector values, LabeledVector growth, double band) {
    double top = HEIGHT + 14;
    double height = STRIP - 28;
    double lo = Math.min(0, min(growth));
    double hi = Math.max(0, max(growth));
    double span = hi - lo == 0 ? 1 : hi - lo;
    double zero = top + height * hi / span;
    w.text(f.left - 8, top - 20, "start", 11, SvgWriter.MUTED, "normal",
        "growth on the previous period, %");
    w.line(f.left, zero, f.right(), zero, SvgWriter.AXIS, 1, false);
    boolean labels = values.size() <= 16;
    for (int i = 0; i < values.size(); i++) {
      String label = values.labels().get(i);
      if (!growth.contains(label)) {
        continue;
      }
      double g = growth.get(label);
      double cx = f.left + band * (i + 0.5);
      double h = height * g / span;
      String fill = g < 0 ? SvgWriter.NEGATIVE : SvgWriter.POSITIVE;
      w.rect(cx - Math.min(14, band * 0.3), zero - h, Math.min(28, band * 0.6), h, fill,
          label + ": " + Fmt.growth(g));
      if (labels) {
        double ty = g < 0 ? zero - h + 12 : zero - h - 4;
        w.text(cx, ty, "middle", 10, fill, "normal", Fmt.growth(g));
      }
    }
  }

  private static void xLabels(SvgWriter w, Frame f, LabeledVector values, double band) {
    int n = values.size();
    double widest = SvgWriter.textWidth("x".repeat(longest(values, 16)), 12) + 8;
    int every = (int) Math.max(1, Math.ceil(widest / band));
    for (int i = 0; i < n; i += every) {
      w.text(f.left + band * (i + 0.5), f.bottom() + 18, "middle", 12, SvgWriter.TEXT, "normal",
          SvgWriter.shorten(values.labels().get(i), 16));
    }
  }

  private static void check(
      String title, String unit, LabeledVector values, boolean nonNegative, int max) {
    notBlank(title, "title", "a chart title");
    notBlank(unit, "unit", "the unit of the values, e.g. \"billion CNY\"");
    Objects.requireNonNull(values, "values");
    if (values.size() == 0) {
      throw new IllegalArgumentException(
          "values is empty"
              + (values.excluded().isEmpty()
                  ? ""
                  : " (" + values.excluded().size() + " labels excluded)")
              + ": expected at least one value to chart");
    }
    if (values.size() > max) {
      throw new IllegalArgumentException(
          "values has "
              + values.size()
              + " items: expected at most "
              + max
              + " (chart values.top(k) for a ranking)");
    }
    if (nonNegative) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) < 0) {
          throw new IllegalArgumentException(
              "values["
                  + i
                  + "] ("
                  + values.labels().get(i)
                  + ") = "
                  + values.get(i)
                  + ": expected a non-negative value (use Chart.diverging for signed values)");
        }
      }
    }
  }

  private static void notBlank(String text, String name, String expected) {
    Checks.notBlank(name, text, expected);
  }

  private static int longest(LabeledVector values, int cap) {
    int m = 1;
    for (String l : values.labels()) {
      m = Math.max(m, Math.min(cap, l.codePointCount(0, l.length())));
    }
    return m;
  }

  private static double min(LabeledVector v) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < v.size(); i++) {
      m = Math.min(m, v.get(i));
    }
    return m;
  }

  private static double max(LabeledVector v) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < v.size(); i++) {
      m = Math.max(m, v.get(i));
    }
    return m;
  }

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
   * Returns the unit of the values.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
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
   * Returns the chart as an SVG document fragment: one {@code <svg>} element in the SVG namespace,
   * well-formed XML, suitable for inlining in HTML or saving as a {@code .svg} file.
   *
   * @return the SVG text, never null
   */
  public String svg() {
    return svg;
  }

  /**
   * Returns a one-line description such as {@code Chart{LINE "China CBEC trade", billion CNY, 8
   * points}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Chart{" + kind + " \"" + title + "\", " + unit + ", " + items
        + (items == 1 ? " item}" : " items}");
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

    void horizontalGrid(SvgWriter w, Ticks t) {
      for (double v : t.values()) {
        double y = y(t, v);
        w.line(left, y, right(), y, SvgWriter.GRID, 1, false);
        w.text(left - 8, y + 4, "end", 11, SvgWriter.MUTED, "normal", t.label(v));
      }
    }

    void axes(SvgWriter w, Ticks t) {
      double zero = y(t, 0);
      w.line(left, zero, right(), zero, SvgWriter.AXIS, 1.2, false);
      w.line(left, top, left, bottom(), SvgWriter.AXIS, 1, false);
    }
  }
}
