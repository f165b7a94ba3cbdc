package io.github.digitrade.calc;

import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.TradeFlows;
import java.math.BigDecimal;
import java.util.Currency;
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

  /**
   * Returns a reporter's exact trade balance from flows: the exact total of its export flows minus
   * the exact total of its import flows, through {@link #balance(BigDecimal, BigDecimal)}. Filter
   * the flows to one period (and partner, if wanted) first.
   *
   * @param flows flows including the reporter's exports and imports, not null
   * @param reporter the reporter, not null; must have at least one export or import flow
   * @return exports − imports in the flows' currency, never null
   * @throws IllegalArgumentException if the reporter has no export or import flow, or its flows mix
   *     currencies
   */
  public static Money balance(TradeFlows flows, Partner reporter) {
    java.util.Objects.requireNonNull(flows, "flows");
    java.util.Objects.requireNonNull(reporter, "reporter");
    Money[] t = totals(flows, reporter);
    return Money.of(balance(t[0].amount(), t[1].amount()), t[0].currency());
  }

  /**
   * Returns a reporter's normalised trade balance from flows: {@link #normalisedBalance(double,
   * double)} of the exact export and import totals, each converted once to {@code double}.
   *
   * @param flows flows including the reporter's exports and imports, not null
   * @param reporter the reporter, not null
   * @return the normalised balance, from −1 to 1
   * @throws IllegalArgumentException as for {@link #balance(TradeFlows, Partner)}
   * @throws UndefinedIndicatorException if both totals are zero
   */
  public static double normalisedBalance(TradeFlows flows, Partner reporter) {
    java.util.Objects.requireNonNull(flows, "flows");
    java.util.Objects.requireNonNull(reporter, "reporter");
    Money[] t = totals(flows, reporter);
    return normalisedBalance(t[0].amount().doubleValue(), t[1].amount().doubleValue());
  }

  /**
   * Returns a reporter's coverage ratio from flows: {@link #coverage(double, double)} of the exact
   * export and import totals.
   *
   * @param flows flows including the reporter's exports and imports, not null
   * @param reporter the reporter, not null
   * @return exports / imports, ≥ 0
   * @throws IllegalArgumentException as for {@link #balance(TradeFlows, Partner)}
   * @throws UndefinedIndicatorException if the import total is zero
   */
  public static double coverage(TradeFlows flows, Partner reporter) {
    java.util.Objects.requireNonNull(flows, "flows");
    java.util.Objects.requireNonNull(reporter, "reporter");
    Money[] t = totals(flows, reporter);
    return coverage(t[0].amount().doubleValue(), t[1].amount().doubleValue());
  }

  /** The reporter's exact export and import totals, in one currency. */
  static Money[] totals(TradeFlows flows, Partner reporter) {
    Objects.requireNonNull(reporter, "reporter");
    TradeFlows own = flows.reporter(reporter);
    TradeFlows x = own.direction(FlowDirection.EXPORT);
    TradeFlows m = own.direction(FlowDirection.IMPORT);
    if (x.isEmpty() && m.isEmpty()) {
      throw new IllegalArgumentException(
          "reporter = " + reporter + ": expected at least one export or import flow of it");
    }
    // not empty: checked above
    Currency currency = FlowPivot.currency(x, m).orElseThrow();
    return new Money[] {x.total(currency), m.total(currency)};
  }
}
