package io.github.digitrade.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number formatting for the brief, the tables and the charts. */
final class Fmt {

  private Fmt() {}

  /**
   * Formats with thousands separators and a fixed number of decimals, e.g. {@code 1,690.0}.
   *
   * @param v a finite number
   * @param decimals digits after the point, 0 to 10
   * @return the text, never null
   */
  static String fixed(double v, int decimals) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    String s = f.format(v);
    return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
  }

  private static boolean isZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Formats with four significant digits and thousands separators: {@code 1,690}, {@code 294.8},
   * {@code 0.4454}; values of ten thousand or more in {@code k}, {@code M} or {@code bn}.
   *
   * @param v a finite number
   * @return the text, never null
   */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return significant(v / 1e9) + " bn";
    }
    if (a >= 1e6) {
      return significant(v / 1e6) + " M";
    }
    if (a >= 1e4) {
      return significant(v / 1e3) + " k";
    }
    return significant(v);
  }

  private static String significant(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN));
    d = d.stripTrailingZeros();
    int scale = Math.max(0, d.scale());
    return fixed(d.doubleValue(), scale);
  }

  /**
   * Formats a fraction as a percentage with one decimal, e.g. {@code 0.445 -> 44.5%}.
   *
   * @param fraction a finite number, 1 meaning 100%
   * @return the text, never null
   */
  static String percent(double fraction) {
    return fixed(fraction * 100, 1) + "%";
  }

  /**
   * Formats a growth rate as a signed percentage with one decimal, e.g. {@code 0.311 -> +31.1%}.
   *
   * @param fraction a finite number, 1 meaning 100%
   * @return the text, never null
   */
  static String growth(double fraction) {
    String s = percent(fraction);
    return s.startsWith("-") || s.equals("0.0%") ? s : "+" + s;
  }

  /**
   * Formats a coordinate for SVG with at most one decimal and no grouping.
   *
   * @param v a finite number
   * @return the text, never null
   */
  static String coord(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
  }
}
