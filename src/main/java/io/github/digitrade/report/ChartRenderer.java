package io.github.digitrade.report;

import static io.github.digitrade.report.Chart.DASHES;
import static io.github.digitrade.report.Chart.PAD;
import static io.github.digitrade.report.Chart.PALETTE;
import static io.github.digitrade.report.Chart.PLOT_HEIGHT;
import static io.github.digitrade.report.Chart.ROW;
import static io.github.digitrade.report.Chart.STRIP;
import static io.github.digitrade.report.Chart.WIDTH;
import static io.github.digitrade.report.Chart.allPeriods;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.io.PeriodLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The layout and drawing of one {@link Chart} as SVG: title, legend, axes on a value or a time
 * scale, the series, reference lines and the source line, with every label measured so that none
 * clips. Package-private; built from a {@link Chart.Builder}.
 */
final class ChartRenderer {
  private final Chart.Builder b;
  private final Chart.Kind kind;
  private final ImmutableMap<String, LabeledVector> series;
  private final List<String> categories;
  private final ValueFormat.Scaled scale;
  private final List<String> titleLines;
  private final List<String> footLines;
  private final List<LegendItem> legend = new ArrayList<>();
  private int legendRows;

  ChartRenderer(Chart.Builder b) {
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
    this.kind = b.kind == Chart.Kind.BARS && !b.positive.isEmpty() ? Chart.Kind.DIVERGING : b.kind;
    List<String> cats = new ArrayList<>(labels);
    if ((kind == Chart.Kind.LINE || kind == Chart.Kind.COLUMNS || kind == Chart.Kind.STEPS
        || kind == Chart.Kind.MULTIPLES) && allPeriods(cats)) {
      cats.sort((x, y) -> Double.compare(PeriodLabels.start(x), PeriodLabels.start(y)));
    }
    this.categories = cats;
    this.scale = b.format.scaled(maxAbs);
    this.titleLines = SvgWriter.wrap(b.title, 15, true, WIDTH - 2 * PAD);
    String foot = (b.source.isEmpty() ? "" : "Source: " + b.source + ". ") + "Unit: "
        + scale.unitLabel() + ".";
    this.footLines = SvgWriter.wrap(foot, 11, false, WIDTH - 2 * PAD);
    if (kind == Chart.Kind.DIVERGING) {
      legend.add(new LegendItem(b.positive, SvgWriter.POSITIVE, "", -1));
      legend.add(new LegendItem(b.negative, SvgWriter.NEGATIVE, "", -1));
    } else if (kind == Chart.Kind.MULTIPLES) {
      for (String label : b.referenceLabels) {
        legend.add(new LegendItem(label, SvgWriter.SECONDARY, "6 4", -1));
      }
    } else if (series.size() > 1) {
      int k = 0;
      for (String name : series.keySet()) {
        legend.add(new LegendItem(name, PALETTE.get(k), DASHES.get(k),
            b.kind == Chart.Kind.LINE ? k : -1));
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
      case MULTIPLES -> "Small multiples, one panel per series on one value scale,";
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
      case MULTIPLES -> multiples();
    };
    int n = 0;
    for (LabeledVector v : series.values()) {
      n += v.size();
    }
    return new Chart(
        b.kind == Chart.Kind.BARS && kind == Chart.Kind.DIVERGING ? Chart.Kind.DIVERGING : kind,
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
        if (kind == Chart.Kind.LINE || kind == Chart.Kind.STEPS
            || kind == Chart.Kind.MULTIPLES) {
          w.line(x, ly - 4, x + 20, ly - 4, item.colour, 2.5, item.dash);
          if (item.marker >= 0) {
            w.marker(item.marker, x + 10, ly - 4, 3.5, item.colour, "");
          }
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

  /** The lowest and highest scaled value of every series and reference line, 0 included. */
  private double[] valueRange() {
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
    return new double[] {lo, hi};
  }

  // ---------------------------------------------------------------- vertical value axis

  private String vertical() {
    boolean time = allPeriods(categories);
    boolean hasGrowth = b.growth.size() > 0;
    double top = top();
    // value axis
    double[] range = valueRange();
    double lo = range[0];
    double hi = range[1];
    Ticks y = Ticks.of(lo, kind == Chart.Kind.STEPS ? hi * 1.08 : hi * 1.04, 6);
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
      double t0 = PeriodLabels.start(categories.get(0));
      double t1 = PeriodLabels.start(categories.get(categories.size() - 1));
      double step = Double.MAX_VALUE;
      for (int i = 1; i < categories.size(); i++) {
        step = Math.min(step,
            PeriodLabels.start(categories.get(i)) - PeriodLabels.start(categories.get(i - 1)));
      }
      if (step == Double.MAX_VALUE) {
        step = 1;
      }
      double lo2 = t0 - step / 2;
      double hi2 = t1 + step / 2;
      for (int i = 0; i < xs.length; i++) {
        xs[i] = left + plotWidth * (PeriodLabels.start(categories.get(i)) - lo2) / (hi2 - lo2);
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
      if (kind == Chart.Kind.COLUMNS) {
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
          boolean broken =
              time && i > 0 && PeriodLabels.start(v.labels().get(i)) - prevT > step * 1.5;
          if (i == 0 || broken) {
            if (broken) {
              gap.append(" M").append(Fmt.coord(prevX)).append(' ').append(Fmt.coord(prevY))
                  .append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
            }
            d.append(d.length() == 0 ? "M" : " M").append(Fmt.coord(px)).append(' ')
                .append(Fmt.coord(py));
          } else if (kind == Chart.Kind.STEPS) {
            d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(prevY));
            d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
          } else {
            d.append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
          }
          prevX = px;
          prevY = py;
          prevT = time ? PeriodLabels.start(v.labels().get(i)) : 0;
        }
        if (kind == Chart.Kind.STEPS) {
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
          if (kind == Chart.Kind.LINE) {
            // a marker shape per series: lines differ by colour, dash and shape
            w.marker(k, xs[c], py, 4, colour, tooltip(e.getKey(), v.labels().get(i), v.get(i)));
          } else {
            w.circle(xs[c], py, 4, colour, tooltip(e.getKey(), v.labels().get(i), v.get(i)));
          }
          if (valueLabels) {
            String text = scale.cell(v.get(i));
            if (SvgWriter.textWidth(text, 11) <= minGap - 2 || categories.size() <= 8) {
              w.text(xs[c], py - 9, "middle", 11, colour, "bold", text);
            }
          }
          if (kind == Chart.Kind.STEPS && i > 0 && categories.size() <= 24) {
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
      step = Math.min(step,
          PeriodLabels.start(v.labels().get(i)) - PeriodLabels.start(v.labels().get(i - 1)));
    }
    // the natural step of the labels' frequency: a year, a quarter, a month or a half
    double natural = PeriodLabels.length(v.labels().get(0));
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

  // ---------------------------------------------------------------- small multiples

  /** The gap between two panels of small multiples, and the height of a panel's plot. */
  private static final double PANEL_GAP = 18;

  private static final double PANEL_PLOT = 104;

  private String multiples() {
    int n = series.size();
    int cols = n == 4 ? 2 : Math.min(3, n);
    int rows = (n + cols - 1) / cols;
    boolean time = allPeriods(categories);
    double panelWidth = (WIDTH - 2 * PAD - (cols - 1) * PANEL_GAP) / cols;
    // one value scale for every panel
    double[] range = valueRange();
    double lo = range[0];
    double hi = range[1];
    Ticks y = Ticks.of(lo, hi * 1.06, 4);
    double tickWidth = 0;
    for (double t : y.values()) {
      tickWidth = Math.max(tickWidth, SvgWriter.textWidth(scale.tick(t, y.decimals()), 10));
    }
    double inner = tickWidth + 8;
    double panelHeight = 20 + PANEL_PLOT + 22;
    double top = top();
    int height = (int) Math.ceil(top + rows * (panelHeight + PANEL_GAP) - PANEL_GAP
        + footHeight());
    SvgWriter w = start(height);
    // one time axis: positions as fractions of the plot width
    double[] at = new double[categories.size()];
    double step = 1;
    if (time) {
      double t0 = PeriodLabels.start(categories.get(0));
      double t1 = PeriodLabels.start(categories.get(categories.size() - 1));
      step = Double.MAX_VALUE;
      for (int i = 1; i < categories.size(); i++) {
        step = Math.min(step,
            PeriodLabels.start(categories.get(i)) - PeriodLabels.start(categories.get(i - 1)));
      }
      step = Math.min(step == Double.MAX_VALUE ? 1 : step,
          PeriodLabels.length(categories.get(0)));
      double a = t0 - step / 2;
      double z = t1 + step / 2;
      for (int i = 0; i < at.length; i++) {
        at[i] = (PeriodLabels.start(categories.get(i)) - a) / (z - a);
      }
    } else {
      for (int i = 0; i < at.length; i++) {
        at[i] = (i + 0.5) / at.length;
      }
    }
    int p = 0;
    for (Map.Entry<String, LabeledVector> e : series.entrySet()) {
      LabeledVector v = e.getValue();
      double x0 = PAD + (p % cols) * (panelWidth + PANEL_GAP);
      int row = p / cols;
      double y0 = top + row * (panelHeight + PANEL_GAP);
      // the panel's title and its latest value
      String last = scale.cell(v.get(v.size() - 1)) + " (" + v.labels().get(v.size() - 1) + ")";
      double lastWidth = SvgWriter.textWidth(last, 10);
      String full = e.getKey();
      double titleRoom = panelWidth - lastWidth - 8;
      w.text(x0, y0 + 12, "start", 11, SvgWriter.TEXT, "normal",
          SvgWriter.fit(full, 11, titleRoom), full);
      w.text(x0 + panelWidth, y0 + 12, "end", 10, SvgWriter.MUTED, "normal", last);
      Frame f = new Frame(x0 + inner, y0 + 20, panelWidth - inner, PANEL_PLOT);
      for (double t : y.values()) {
        double ty = f.y(y, t);
        w.line(f.left, ty, f.right(), ty, SvgWriter.GRID, 1, false);
        w.text(f.left - 5, ty + 3.5, "end", 10, SvgWriter.MUTED, "normal",
            scale.tick(t, y.decimals()));
      }
      for (int i = 0; i < b.referenceValues.size(); i++) {
        double ry = f.y(y, b.referenceValues.get(i)[0] * scale.factor());
        w.line(f.left, ry, f.right(), ry, SvgWriter.SECONDARY, 1.2, "6 4");
      }
      // period labels: the first and the last, and those between that fit
      List<Integer> order = new ArrayList<>();
      order.add(0);
      if (categories.size() > 1) {
        order.add(categories.size() - 1);
      }
      for (int i = 1; i < categories.size() - 1; i++) {
        order.add(i);
      }
      List<double[]> placed = new ArrayList<>();
      for (int i : order) {
        String label = name(categories.get(i));
        String shown = SvgWriter.fit(label, 10, Math.max(30, f.width / 2 - 4));
        double half = SvgWriter.textWidth(shown, 10) / 2;
        double cx = Math.max(f.left + half, Math.min(f.right() - half, f.left + f.width * at[i]));
        boolean free = true;
        for (double[] q : placed) {
          if (cx + half + 6 > q[0] && cx - half - 6 < q[1]) {
            free = false;
          }
        }
        if (!free) {
          continue;
        }
        placed.add(new double[] {cx - half, cx + half});
        w.text(cx, f.bottom() + 14, "middle", 10, SvgWriter.TEXT, "normal", shown, label);
      }
      // the line, dashed across a missing period
      StringBuilder d = new StringBuilder();
      StringBuilder gap = new StringBuilder();
      double prevX = 0;
      double prevY = 0;
      double prevT = 0;
      for (int i = 0; i < v.size(); i++) {
        int c = categories.indexOf(v.labels().get(i));
        double px = f.left + f.width * at[c];
        double py = f.y(y, v.get(i) * scale.factor());
        double t = time ? PeriodLabels.start(v.labels().get(i)) : c;
        boolean broken = i > 0 && t - prevT > step * 1.5;
        if (broken) {
          gap.append(" M").append(Fmt.coord(prevX)).append(' ').append(Fmt.coord(prevY))
              .append(" L").append(Fmt.coord(px)).append(' ').append(Fmt.coord(py));
        }
        d.append(i == 0 ? "M" : broken ? " M" : " L").append(Fmt.coord(px)).append(' ')
            .append(Fmt.coord(py));
        prevX = px;
        prevY = py;
        prevT = t;
      }
      if (gap.length() > 0) {
        w.path(gap.toString().strip(), SvgWriter.PRIMARY, 1.2, "none", "3 4");
      }
      w.path(d.toString(), SvgWriter.PRIMARY, 2, "none", "");
      for (int i = 0; i < v.size(); i++) {
        int c = categories.indexOf(v.labels().get(i));
        w.circle(f.left + f.width * at[c], f.y(y, v.get(i) * scale.factor()), 3,
            SvgWriter.PRIMARY, full + ", " + name(v.labels().get(i)) + ": "
                + b.format.text(v.get(i)));
      }
      double zero = f.y(y, 0);
      w.line(f.left, zero, f.right(), zero, SvgWriter.AXIS, 1, false);
      w.line(f.left, f.top, f.left, f.bottom(), SvgWriter.AXIS, 1, false);
      p++;
    }
    foot(w, height);
    return w.finish();
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
    double[] range = valueRange();
    double lo = range[0];
    double hi = range[1];
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
          String fill = kind == Chart.Kind.DIVERGING
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

  /** A legend entry; {@code marker} is the marker shape of a line series, or -1 for none. */
  private record LegendItem(String name, String colour, String dash, int marker) {}


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
