package io.github.digitrade.gravity.counterfactual;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the counterfactual types. */
final class Outcomes {

  private Outcomes() {}

  /** A number in its shortest form: {@code 7}, {@code 0.01}, {@code 1994}. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A percentage with three decimals, right-aligned in {@code width}. */
  static String percent(double v, int width) {
    return String.format(Locale.ROOT, "%" + width + ".3f", v);
  }
}
