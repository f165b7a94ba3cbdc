package io.github.digitrade.report;

/**
 * Appends SVG elements with escaped text and one-decimal coordinates, in call order. The colours
 * of text ({@link #TEXT}, {@link #MUTED}, {@link #PRIMARY}, {@link #SECONDARY}, {@link #POSITIVE},
 * {@link #NEGATIVE}) have a contrast of at least 4.5:1 with the white background and those of
 * lines, marks and axes at least 3:1 (WCAG 2.x); the grid and the area fill are decoration.
 */
final class SvgWriter {

  static final String FONT =
      "Helvetica, Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
  static final String TEXT = "#222222";
  static final String MUTED = "#666666";
  static final String GRID = "#e3e3e3";
  static final String AXIS = "#888888";
  static final String PRIMARY = "#1f5f8b";
  static final String SECONDARY = "#b45309";
  static final String POSITIVE = "#1f7a5c";
  static final String NEGATIVE = "#c0433a";
  static final String FILL = "#d6e6f2";

  private final StringBuilder s = new StringBuilder(4096);
  private final int width;
  private final int height;

  SvgWriter(int width, int height, String title, String description) {
    this.width = width;
    this.height = height;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    attr("width", width).attr("height", height);
    attr("viewBox", "0 0 " + width + " " + height).attr("role", "img");
    attr("font-family", FONT).attr("font-size", "12").s.append(">\n");
    s.append("<title>").append(Xml.escape(title)).append("</title>\n");
    s.append("<desc>").append(Xml.escape(description)).append("</desc>\n");
    s.append("<rect");
    attr("x", 0).attr("y", 0).attr("width", width).attr("height", height).attr("fill", "#ffffff");
    s.append("/>\n");
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /**
   * Appends {@code name="value"} with a space before it. Values are the library's own constants,
   * numbers and path data, written as they are; text from data goes through {@link Xml#escape}.
   */
  private SvgWriter attr(String name, String value) {
    s.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** Appends a coordinate or length attribute with one decimal at most. */
  private SvgWriter attr(String name, double value) {
    return attr(name, Fmt.coord(value));
  }

  /** Closes an element with an optional tooltip: {@code />} or {@code ><title>…</title></tag>}. */
  private void close(String tag, String tooltip) {
    if (tooltip.isEmpty()) {
      s.append("/>\n");
    } else {
      s.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(tag)
          .append(">\n");
    }
  }

  /** Appends a text element; {@code weight} is "normal" or "bold". */
  SvgWriter text(double x, double y, String anchor, double size, String fill, String weight,
      String content) {
    s.append("<text");
    attr("x", x).attr("y", y).attr("text-anchor", anchor);
    if (size != 12) {
      attr("font-size", size);
    }
    attr("fill", fill);
    if (!weight.equals("normal")) {
      attr("font-weight", weight);
    }
    s.append('>').append(Xml.escape(content)).append("</text>\n");
    return this;
  }

  /**
   * Appends a text element with a tooltip holding the full text, for a label that was cut to fit.
   */
  SvgWriter text(double x, double y, String anchor, double size, String fill, String weight,
      String content, String tooltip) {
    if (tooltip.isEmpty() || tooltip.equals(content)) {
      return text(x, y, anchor, size, fill, weight, content);
    }
    s.append("<text");
    attr("x", x).attr("y", y).attr("text-anchor", anchor);
    if (size != 12) {
      attr("font-size", size);
    }
    attr("fill", fill);
    if (!weight.equals("normal")) {
      attr("font-weight", weight);
    }
    s.append("><title>").append(Xml.escape(tooltip)).append("</title>")
        .append(Xml.escape(content)).append("</text>\n");
    return this;
  }

  /** Appends a line with a dash pattern such as {@code "6 4"}, empty for solid. */
  SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
      String dash) {
    s.append("<line");
    attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
    attr("stroke", stroke).attr("stroke-width", strokeWidth);
    if (!dash.isEmpty()) {
      attr("stroke-dasharray", dash);
    }
    s.append("/>\n");
    return this;
  }

  /** Appends a path with a dash pattern such as {@code "6 4"}, empty for solid. */
  SvgWriter path(String d, String stroke, double strokeWidth, String fill, String dash) {
    s.append("<path");
    attr("d", d).attr("fill", fill).attr("stroke", stroke).attr("stroke-width", strokeWidth);
    if (!dash.isEmpty()) {
      attr("stroke-dasharray", dash);
    }
    attr("stroke-linejoin", "round");
    s.append("/>\n");
    return this;
  }

  /** Appends text rotated about its anchor point by {@code degrees}, with an optional tooltip. */
  SvgWriter rotatedText(double x, double y, double degrees, String anchor, String content,
      String tooltip) {
    s.append("<text");
    attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("fill", TEXT);
    attr("transform",
        "rotate(" + Fmt.coord(degrees) + " " + Fmt.coord(x) + " " + Fmt.coord(y) + ")");
    s.append('>');
    if (!tooltip.isEmpty() && !tooltip.equals(content)) {
      s.append("<title>").append(Xml.escape(tooltip)).append("</title>");
    }
    s.append(Xml.escape(content)).append("</text>\n");
    return this;
  }

  SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
      boolean dashed) {
    s.append("<line");
    attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
    attr("stroke", stroke).attr("stroke-width", strokeWidth);
    if (dashed) {
      attr("stroke-dasharray", "6 4");
    }
    s.append("/>\n");
    return this;
  }

  /** Appends a rectangle with a tooltip; negative sizes are normalised. */
  SvgWriter rect(double x, double y, double w, double h, String fill, String tooltip) {
    s.append("<rect");
    attr("x", Math.min(x, x + w)).attr("y", Math.min(y, y + h));
    attr("width", Math.abs(w)).attr("height", Math.abs(h)).attr("fill", fill);
    close("rect", tooltip);
    return this;
  }

  SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
    s.append("<circle");
    attr("cx", cx).attr("cy", cy).attr("r", r).attr("fill", fill);
    close("circle", tooltip);
    return this;
  }

  /** The number of marker shapes of {@link #marker}. */
  static final int MARKERS = 8;

  /**
   * Appends a point marker of one of {@value #MARKERS} shapes, a second channel beside colour for
   * telling series apart in grey or without colour: a circle, a square, a triangle, a diamond, a
   * downward triangle, a hexagon, a plus and a cross, in that order.
   */
  SvgWriter marker(int shape, double cx, double cy, double r, String fill, String tooltip) {
    int k = Math.floorMod(shape, MARKERS);
    if (k == 0) {
      return circle(cx, cy, r, fill, tooltip);
    }
    if (k == 1) {
      double h = r * 0.9;
      return rect(cx - h, cy - h, 2 * h, 2 * h, fill, tooltip);
    }
    double[] xy = switch (k) {
      case 2 -> new double[] {0, -1.2, 1.1, 0.8, -1.1, 0.8};
      case 3 -> new double[] {0, -1.25, 1.1, 0, 0, 1.25, -1.1, 0};
      case 4 -> new double[] {-1.1, -0.8, 1.1, -0.8, 0, 1.2};
      case 5 -> new double[] {-0.55, -1, 0.55, -1, 1.1, 0, 0.55, 1, -0.55, 1, -1.1, 0};
      case 6 -> new double[] {-0.35, -1.1, 0.35, -1.1, 0.35, -0.35, 1.1, -0.35, 1.1, 0.35, 0.35,
          0.35, 0.35, 1.1, -0.35, 1.1, -0.35, 0.35, -1.1, 0.35, -1.1, -0.35, -0.35, -0.35};
      default -> new double[] {-0.85, -1.1, 0, -0.35, 0.85, -1.1, 1.1, -0.85, 0.35, 0, 1.1, 0.85,
          0.85, 1.1, 0, 0.35, -0.85, 1.1, -1.1, 0.85, -0.35, 0, -1.1, -0.85};
    };
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(Fmt.coord(cx + xy[i] * r)).append(',').append(Fmt.coord(cy + xy[i + 1] * r));
    }
    s.append("<polygon");
    attr("points", points.toString()).attr("fill", fill);
    close("polygon", tooltip);
    return this;
  }

  /** Appends a path from SVG path data built with {@link Fmt#coord}. */
  SvgWriter path(String d, String stroke, double strokeWidth, String fill, boolean dashed) {
    s.append("<path");
    attr("d", d).attr("fill", fill).attr("stroke", stroke).attr("stroke-width", strokeWidth);
    if (dashed) {
      attr("stroke-dasharray", "6 4");
    }
    attr("stroke-linejoin", "round");
    s.append("/>\n");
    return this;
  }

  String finish() {
    return s.append("</svg>\n").toString();
  }

  /**
   * Advance widths of the printable ASCII characters (32 to 126) in thousandths of an em, regular
   * and bold, of Liberation Sans, which is metric-compatible with Arial and Helvetica, the first
   * fonts of {@link #FONT}: read from the advance widths of LiberationSans-Regular.ttf and
   * LiberationSans-Bold.ttf 2.1 (SIL Open Font License 1.1).
   */
  private static final short[] REGULAR = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

  private static final short[] BOLD = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

  /**
   * Measures the rendered width of text in the report's font: the advance widths of {@link
   * #REGULAR} or {@link #BOLD} for ASCII, a full em for CJK ideographs, kana, hangul and full-width
   * forms, and a generous 0.62 em for any other character, plus 2% for hinting.
   *
   * @param text the text
   * @param size the font size in user units
   * @param bold whether the text is bold
   * @return the width in user units
   */
  static double textWidth(String text, double size, boolean bold) {
    short[] table = bold ? BOLD : REGULAR;
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 32 && cp < 127) {
        em += table[cp - 32] / 1000.0;
      } else if ((cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
          || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60)) {
        em += 1.0;
      } else {
        em += 0.62;
      }
      i += Character.charCount(cp);
    }
    return em * size * 1.02;
  }

  /** Measures regular text; see {@link #textWidth(String, double, boolean)}. */
  static double textWidth(String text, double size) {
    return textWidth(text, size, false);
  }

  /**
   * Cuts text to fit a width, ending with an ellipsis when cut.
   *
   * @param text the text
   * @param size the font size
   * @param max the width available
   * @return the text, or a prefix of it and an ellipsis
   */
  static String fit(String text, double size, double max) {
    if (textWidth(text, size) <= max) {
      return text;
    }
    int end = text.length();
    while (end > 0) {
      end = text.offsetByCodePoints(end, -1);
      String cut = text.substring(0, end).stripTrailing() + "\u2026";
      if (textWidth(cut, size) <= max) {
        return cut;
      }
    }
    return "\u2026";
  }

  /**
   * Breaks text into lines that fit a width, at spaces; a word longer than the width is cut by
   * {@link #fit}.
   *
   * @param text the text
   * @param size the font size
   * @param bold whether the text is bold
   * @param max the width of a line
   * @return one or more lines
   */
  static java.util.List<String> wrap(String text, double size, boolean bold, double max) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (textWidth(candidate, size, bold) <= max || line.length() == 0) {
        line = new StringBuilder(candidate);
      } else {
        lines.add(line.toString());
        line = new StringBuilder(word);
      }
      if (textWidth(line.toString(), size, bold) > max) {
        lines.add(fit(line.toString(), size, max));
        line = new StringBuilder();
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Shortens text to at most {@code max} characters, ending with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + "\u2026";
  }
}
