package io.github.digitrade.calc;

import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.TradeFlows;
import java.util.Objects;

/**
 * Trade relative to the size of the economy: trade openness and import penetration.
 *
 * <p>Arguments are values in one currency and unit for the same period (exports, imports, GDP,
 * domestic output), finite and ≥ 0; results are unit-free fractions. Each function performs two or
 * three floating-point operations, each correctly rounded; nothing is summed over arrays.
 *
 * <pre>{@code
 * Macro.openness(300, 200, 1000);           // 0.5 (WITS)
 * Macro.importPenetration(200, 900, 300);   // 200/(900 − 300 + 200) = 0.25
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Macro {

  private Macro() {}

  /**
   * Returns trade openness with the default convention, {@link OpennessConvention#WITS}: {@code (X +
   * M) / GDP}.
   *
   * @param exports {@code X}, a finite number ≥ 0
   * @param imports {@code M}, a finite number ≥ 0
   * @param gdp GDP in the same currency and period, a finite number ≥ 0
   * @return openness, ≥ 0 (may exceed 1 for entrepôt economies)
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code GDP = 0}
   */
  public static double openness(double exports, double imports, double gdp) {
    return openness(exports, imports, gdp, OpennessConvention.WITS);
  }

  /**
   * Returns trade openness: WITS {@code (X + M)/GDP} or UNCTAD {@code ((X + M)/2)/GDP}.
   *
   * <p>Example: {@code X = 300, M = 200, GDP = 1000}: WITS 0.5, UNCTAD 0.25.
   *
   * @param exports {@code X}, a finite number ≥ 0
   * @param imports {@code M}, a finite number ≥ 0
   * @param gdp GDP in the same currency and period, a finite number ≥ 0
   * @param convention WITS or UNCTAD, not null
   * @return openness, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code GDP = 0}
   */
  public static double openness(
      double exports, double imports, double gdp, OpennessConvention convention) {
    Objects.requireNonNull(convention, "convention");
    Checks.nonNegative("exports", exports);
    Checks.nonNegative("imports", imports);
    Checks.nonNegative("gdp", gdp);
    if (gdp == 0) {
      throw new UndefinedIndicatorException("trade openness is undefined: GDP = 0");
    }
    double trade = exports + imports;
    return convention == OpennessConvention.WITS ? trade / gdp : trade / 2 / gdp;
  }

  /**
   * Returns import penetration {@code M / (Q − X + M)}: imports over apparent consumption, where
   * {@code Q} is domestic output (OECD STAN indicators).
   *
   * <p>Example: {@code M = 200, Q = 900, X = 300}: {@code 200/(900 − 300 + 200) = 0.25}.
   *
   * @param imports {@code M}, a finite number ≥ 0
   * @param output {@code Q}, domestic output, a finite number ≥ 0
   * @param exports {@code X}, a finite number ≥ 0
   * @return import penetration, from 0 to 1
   * @throws IllegalArgumentException if a value is negative or not finite, or apparent consumption is
   *     negative (exports exceed output plus imports)
   * @throws UndefinedIndicatorException if apparent consumption {@code Q − X + M = 0}
   */
  public static double importPenetration(double imports, double output, double exports) {
    Checks.nonNegative("imports", imports);
    Checks.nonNegative("output", output);
    Checks.nonNegative("exports", exports);
    double consumption = output - exports + imports;
    if (consumption < 0) {
      throw new IllegalArgumentException(
          "apparent consumption Q − X + M = "
              + consumption
              + ": expected ≥ 0 (exports exceed output plus imports)");
    }
    if (consumption == 0) {
      throw new UndefinedIndicatorException(
          "import penetration is undefined: apparent consumption Q − X + M = 0");
    }
    return Math.min(1.0, imports / consumption);
  }

  /**
   * Returns a reporter's trade openness from flows: {@link #openness(double, double, double,
   * OpennessConvention)} of the exact export and import totals and GDP, each converted once to
   * {@code double}. Filter the flows to the GDP's period first.
   *
   * @param flows flows including the reporter's exports and imports, not null
   * @param reporter the reporter, not null
   * @param gdp GDP in the flows' currency and period, not negative, not null
   * @param convention WITS or UNCTAD, not null
   * @return openness, ≥ 0
   * @throws IllegalArgumentException if the reporter has no flows, currencies differ, or GDP is
   *     negative
   * @throws UndefinedIndicatorException if GDP is zero
   */
  public static double openness(
      TradeFlows flows, Partner reporter, Money gdp, OpennessConvention convention) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(gdp, "gdp");
    Objects.requireNonNull(convention, "convention");
    Money[] t = Balance.totals(flows, reporter);
    CurrencyMismatchException.check("openness (flows and gdp)", t[0].currency(), gdp.currency());
    return openness(
        t[0].amount().doubleValue(),
        t[1].amount().doubleValue(),
        gdp.amount().doubleValue(),
        convention);
  }
}
