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
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"12\">\n");
    s.append("<title>").append(Xml.escape(title)).append("</title>\n");
    s.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#ffffff\"/>\n");
    text(12, 22, "start", 15, TEXT, "bold", title);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** Appends a text element; {@code weight} is "normal" or "bold". */
  SvgWriter text(double x, double y, String anchor, double size, String fill, String weight,
      String content) {
    s.append("<text x=\"")
        .append(Fmt.coord(x))
        .append("\" y=\"")
        .append(Fmt.coord(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"');
    if (size != 12) {
      s.append(" font-size=\"").append(Fmt.coord(size)).append('"');
    }
    s.append(" fill=\"").append(fill).append('"');
    if (!weight.equals("normal")) {
      s.append(" font-weight=\"").append(weight).append('"');
    }
    s.append('>').append(Xml.escape(content)).append("</text>\n");
    return this;
  }

  /** Appends text rotated about its anchor point by {@code degrees}. */
  SvgWriter rotatedText(double x, double y, double degrees, String anchor, String content) {
    s.append("<text x=\"")
        .append(Fmt.coord(x))
        .append("\" y=\"")
        .append(Fmt.coord(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"")
        .append(TEXT)
        .append("\" transform=\"rotate(")
        .append(Fmt.coord(degrees))
        .append(' ')
        .append(Fmt.coord(x))
        .append(' ')
        .append(Fmt.coord(y))
        .append(")\">")
        .append(Xml.escape(content))
        .append("</text>\n");
    return this;
  }

  SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
      boolean dashed) {
    s.append("<line x1=\"")
        .append(Fmt.coord(x1))
        .append("\" y1=\"")
        .append(Fmt.coord(y1))
        .append("\" x2=\"")
        .append(Fmt.coord(x2))
        .append("\" y2=\"")
        .append(Fmt.coord(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(Fmt.coord(strokeWidth))
        .append('"');
    if (dashed) {
      s.append(" stroke-dasharray=\"6 4\"");
    }
    s.append("/>\n");
    return this;
  }

  /** Appends a rectangle with a tooltip; negative sizes are normalised. */
  SvgWriter rect(double x, double y, double w, double h, String fill, String tooltip) {
    double x0 = Math.min(x, x + w);
    double y0 = Math.min(y, y + h);
    s.append("<rect x=\"")
        .append(Fmt.coord(x0))
        .append("\" y=\"")
        .append(Fmt.coord(y0))
        .append("\" width=\"")
        .append(Fmt.coord(Math.abs(w)))
        .append("\" height=\"")
        .append(Fmt.coord(Math.abs(h)))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (tooltip.isEmpty()) {
      s.append("/>\n");
    } else {
      s.append("><title>").append(Xml.escape(tooltip)).append("</title></rect>\n");
    }
    return this;
  }

  SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
    s.append("<circle cx=\"")
        .append(Fmt.coord(cx))
        .append("\" cy=\"")
        .append(Fmt.coord(cy))
        .append("\" r=\"")
        .append(Fmt.coord(r))
        .append("\" fill=\"")
        .append(fill)
        .append("\"><title>")
        .append(Xml.escape(tooltip))
        .append("</title></circle>\n");
    return this;
  }

  /** Appends a path from SVG path data built with {@link Fmt#coord}. */
  SvgWriter path(String d, String stroke, double strokeWidth, String fill, boolean dashed) {
    s.append("<path d=\"")
        .append(d)
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(Fmt.coord(strokeWidth))
        .append('"');
    if (dashed) {
      s.append(" stroke-dasharray=\"6 4\"");
    }
    s.append(" stroke-linejoin=\"round\"/>\n");
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
