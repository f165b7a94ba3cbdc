package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import java.util.Currency;

/**
 * Thrown when amounts in two currencies meet where one currency is required: adding {@link Money},
 * totalling {@link TradeFlows}, pivoting flows into a table or an indicator. It carries both
 * currencies, and every such check in the library goes through {@link #check(String, Currency,
 * Currency)}, so the message always reads the same:
 *
 * <pre>{@code
 * Money.of("1", "CNY").plus(Money.of("1", "USD"));
 * // CurrencyMismatchException: plus: CNY and USD: expected one currency; convert with
 * // ExchangeRates or filter to one currency first
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, as before it had its own type.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The first currency met. */
  private final Currency first;

  /** The other currency. */
  private final Currency second;

  private CurrencyMismatchException(String operation, Currency first, Currency second) {
    super(
        operation
            + ": "
            + first.getCurrencyCode()
            + " and "
            + second.getCurrencyCode()
            + ": expected one currency; convert with ExchangeRates or filter to one currency first");
    this.first = first;
    this.second = second;
  }

  /**
   * Checks that two currencies are the same.
   *
   * @param operation what needed one currency, such as {@code plus} or {@code FlowTable.from},
   *     not null
   * @param first the first currency met (the receiver's, or the first flow's), not null
   * @param second the other currency, not null
   * @throws CurrencyMismatchException if they differ
   */
  public static void check(String operation, Currency first, Currency second) {
    requireNonNull(operation, "operation");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (!first.equals(second)) {
      throw new CurrencyMismatchException(operation, first, second);
    }
  }

  /**
   * Returns the first currency met.
   *
   * @return the currency, never null
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the other currency.
   *
   * @return the currency, never null; not {@link #first()}
   */
  public Currency second() {
    return second;
  }
}
