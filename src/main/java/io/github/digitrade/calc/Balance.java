package io.github.digitrade.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Trade balance, normalised trade balance and coverage ratio of exports {@code X} and imports
 * {@code M} (WITS Trade Outcomes; ESCAP/ARTNeT, <i>Trade Statistics in Policymaking</i>, 2nd ed.).
 *
 * <p>Values are trade values in one currency and unit, finite and ≥ 0; the balance is in the same
 * unit, the other two are unit-free. Each function computes one subtraction or division, so the
 * result is correctly rounded (no sums over arrays).
 *
 * <pre>{@code
 * Balance.balance(120, 80);               // 40.0, a surplus
 * Balance.normalisedBalance(120, 80);     // 40/200 = 0.2
 * Balance.coverage(120, 80);              // 1.5
 * Balance.balance(new BigDecimal("3362.3"), new BigDecimal("2689.7"));  // 672.6, exact
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Balance {

  private Balance() {}

  /**
   * Returns the trade balance {@code X − M}: positive for a surplus, negative for a deficit.
   * Antisymmetric: {@code balance(x, m) = −balance(m, x)}.
   *
   * @param exports {@code X}, a finite number ≥ 0
   * @param imports {@code M}, a finite number ≥ 0
   * @return the balance, in the unit of the arguments
   * @throws IllegalArgumentException if a value is negative or not finite
   */
  public static double balance(double exports, double imports) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    return exports - imports;
  }

  /**
   * Returns the exact trade balance {@code X − M} of money amounts; the scale is the larger of the
   * two scales, as {@link BigDecimal#subtract(BigDecimal)} gives.
   *
   * @param exports {@code X}, ≥ 0, not null
   * @param imports {@code M}, ≥ 0, not null
   * @return the exact balance, never null
   * @throws IllegalArgumentException if a value is negative
   */
  public static BigDecimal balance(BigDecimal exports, BigDecimal imports) {
    nonNegative("exports", exports);
    nonNegative("imports", imports);
    return exports.subtract(imports);
  }

  private static void nonNegative(String name, BigDecimal value) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          name + " = " + value.toPlainString() + ": expected an amount ≥ 0");
    }
  }

  /**
   * Returns the normalised trade balance {@code (X − M)/(X + M)}, from −1 (imports only) to 1
   * (exports only).
   *
   * <p>Example: {@code X = 120, M = 80}: {@code 40/200 = 0.2}.
   *
   * @param exports {@code X}, a finite number ≥ 0
   * @param imports {@code M}, a finite number ≥ 0
   * @return the normalised balance, from −1 to 1
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code X + M = 0}
   */
  public static double normalisedBalance(double exports, double imports) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    double total = exports + imports;
    if (total == 0) {
      throw new UndefinedIndicatorException(
          "normalised trade balance is undefined: exports + imports X + M = 0");
    }
    return Math.max(-1.0, Math.min(1.0, (exports - imports) / total));
  }

  /**
   * Returns the coverage ratio {@code X / M}: how many times exports cover imports.
   *
   * <p>Example: {@code X = 120, M = 80}: {@code 1.5}.
   *
   * @param exports {@code X}, a finite number ≥ 0
   * @param imports {@code M}, a finite number ≥ 0
   * @return the ratio, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code M = 0}
   */
  public static double coverage(double exports, double imports) {
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    if (imports == 0) {
      throw new UndefinedIndicatorException("coverage ratio is undefined: imports M = 0");
    }
    return exports / imports;
  }
}
