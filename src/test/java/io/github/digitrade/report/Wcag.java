package io.github.digitrade.report;

/**
 * WCAG 2.x relative luminance and contrast ratio of sRGB colours written {@code #rrggbb}: {@code
 * L = 0.2126 R + 0.7152 G + 0.0722 B} of the linearised channels ({@code c / 12.92} up to 0.04045,
 * {@code ((c + 0.055) / 1.055)^2.4} above), and the contrast {@code (L1 + 0.05) / (L2 + 0.05)} of
 * the lighter over the darker. The same formulas run in the page in {@code ReportBrowserTest}.
 */
final class Wcag {

  private Wcag() {}

  /** The relative luminance of {@code #rrggbb}, from 0 (black) to 1 (white). */
  static double luminance(String hex) {
    if (!hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour \"" + hex + "\": expected #rrggbb");
    }
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The contrast ratio of two colours, from 1 to 21, in either order. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
}
