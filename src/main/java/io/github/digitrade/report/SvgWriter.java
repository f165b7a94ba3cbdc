package io.github.digitrade.report;

/** Appends SVG elements with escaped text and one-decimal coordinates, in call order. */
final class SvgWriter {

  static final String FONT =
      "Helvetica, Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
  static final String TEXT = "#222222";
  static final String MUTED = "#666666";
  static final String GRID = "#e3e3e3";
  static final String AXIS = "#888888";
  static final String PRIMARY = "#1f5f8b";
  static final String SECONDARY = "#c8641e";
  static final String POSITIVE = "#2a8c6e";
  static final String NEGATIVE = "#c0433a";
  static final String FILL = "#d6e6f2";

  private final StringBuilder s = new StringBuilder(4096);
  private final int width;
  private final int height;

  SvgWriter(int width, int height, String title) {
    this.width = width;
    this.height = height;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    attr("width", width).attr("height", height);
    attr("viewBox", "0 0 " + width + " " + height).attr("role", "img");
    attr("font-family", FONT).attr("font-size", "12").s.append(">\n");
    s.append("<title>").append(Xml.escape(title)).append("</title>\n");
    s.append("<rect");
    attr("x", 0).attr("y", 0).attr("width", width).attr("height", height).attr("fill", "#ffffff");
    s.append("/>\n");
    text(12, 22, "start", 15, TEXT, "bold", title);
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

  /** Appends text rotated about its anchor point by {@code degrees}. */
  SvgWriter rotatedText(double x, double y, double degrees, String anchor, String content) {
    s.append("<text");
    attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("fill", TEXT);
    attr("transform",
        "rotate(" + Fmt.coord(degrees) + " " + Fmt.coord(x) + " " + Fmt.coord(y) + ")");
    s.append('>').append(Xml.escape(content)).append("</text>\n");
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

  /** Estimates the rendered width of text in a sans-serif font, generously. */
  static double textWidth(String text, double size) {
    return text.codePointCount(0, text.length()) * size * 0.58;
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
