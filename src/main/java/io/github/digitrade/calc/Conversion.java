package io.github.digitrade.calc;

import io.github.digitrade.model.ExchangeRates;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.RatePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Currency conversion and deflation, on plain numbers.
 *
 * <p>A rate {@code r(A→B)} is the number of units of {@code B} one unit of {@code A} buys; converting
 * multiplies by it. Rates are often quoted the other way round (6.4515 CNY per USD); {@link
 * #convertQuoted(double, double)} divides by such a quote. The rate must belong to the same period as
 * the value (an annual average for annual flows): this class cannot check it, because it sees only
 * numbers, so the caller chooses the rate. The period-keyed face over money and exchange-rate tables
 * refuses a rate of another period unless asked.
 *
 * <p>Why it matters: China's cross-border e-commerce in 2021 was 1.98 trillion yuan; at the 2021
 * average rate, 6.4515 CNY per USD, that is US$306.9 bn, while the widely printed "US$287.0 bn" is
 * 1.98 trillion / 6.8976, the 2020 rate.
 *
 * <pre>{@code
 * Conversion.convertQuoted(1.98e12, 6.4515);     // 3.069e11 USD
 * Conversion.crossRate(0.155, 7.85);             // CNY→USD→HKD
 * Conversion.deflate(1100, 110, IndexBase.HUNDRED);  // 1000.0
 * }</pre>
 *
 * <p>{@code double} results carry one or two roundings (relative error ≤ {@code 2^-52}); use the
 * {@link BigDecimal} methods for money that must round to a stated scale. Stateless and thread-safe.
 */
public final class Conversion {

  private Conversion() {}

  /**
   * Converts an amount with a rate: {@code amount × r(A→B)}.
   *
   * @param amount the amount in currency A, a finite number (may be negative, e.g. a deficit)
   * @param rate {@code r(A→B)}, a finite number &gt; 0
   * @return the amount in currency B
   * @throws IllegalArgumentException if the amount is not finite or the rate is not a finite positive
   *     number
   */
  public static double convert(double amount, double rate) {
    Checks.finite("amount", amount);
    Checks.positive("rate", rate);
    return amount * rate;
  }

  /**
   * Converts an amount with a rate quoted as units of A per unit of B: {@code amount / quote}.
   *
   * <p>Example: 1.98 trillion CNY at 6.4515 CNY per USD (2021 average) = {@code 1.98e12 / 6.4515 =
   * 306.905e9} USD; at 6.8976 (the 2020 average) it is {@code 287.06e9}.
   *
   * @param amount the amount in currency A, a finite number
   * @param quote units of A per unit of B, a finite number &gt; 0
   * @return the amount in currency B
   * @throws IllegalArgumentException if the amount is not finite or the quote is not a finite positive
   *     number
   */
  public static double convertQuoted(double amount, double quote) {
    Checks.finite("amount", amount);
    Checks.positive("quote", quote);
    return amount / quote;
  }

  /**
   * Converts a money amount exactly and rounds it once: {@code (amount × rate)} to {@code scale}
   * decimals.
   *
   * @param amount the amount in currency A, not null
   * @param rate {@code r(A→B)}, &gt; 0, not null
   * @param scale the decimals of the result, e.g. 2 for cents
   * @param rounding how to round, not null
   * @return the amount in currency B at the given scale, never null
   * @throws IllegalArgumentException if the rate is not positive
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding
   *     is needed; the message names the exact product and the scale
   */
  public static BigDecimal convert(
      BigDecimal amount, BigDecimal rate, int scale, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    positive("rate", rate);
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal exact = amount.multiply(rate);
    try {
      return exact.setScale(scale, rounding);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount × rate = "
              + exact.toPlainString()
              + " needs rounding to "
              + scale
              + " decimals: expected a RoundingMode other than UNNECESSARY");
    }
  }

  /**
   * Converts a money amount with a rate quoted as units of A per unit of B: {@code amount / quote},
   * rounded once to {@code scale} decimals.
   *
   * <p>Example: {@code 1980000000000 CNY / 6.4515} to 0 decimals, half-even: {@code 306905370844
   * USD}.
   *
   * @param amount the amount in currency A, not null
   * @param quote units of A per unit of B, &gt; 0, not null
   * @param scale the decimals of the result
   * @param rounding how to round, not null
   * @return the amount in currency B at the given scale, never null
   * @throws IllegalArgumentException if the quote is not positive
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     quotient needs rounding
   */
  public static BigDecimal convertQuoted(
      BigDecimal amount, BigDecimal quote, int scale, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    positive("quote", quote);
    Objects.requireNonNull(rounding, "rounding");
    return amount.divide(quote, scale, rounding);
  }

  private static void positive(String name, BigDecimal value) {
    Objects.requireNonNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          name + " = " + value.toPlainString() + ": expected a rate > 0");
    }
  }

  /**
   * Returns the inverse rate {@code r(B→A) = 1 / r(A→B)}, so that {@code r(A→B)·r(B→A) = 1} within
   * one rounding.
   *
   * @param rate {@code r(A→B)}, a finite number &gt; 0
   * @return {@code r(B→A)}, &gt; 0
   * @throws IllegalArgumentException if the rate is not a finite positive number
   */
  public static double inverse(double rate) {
    Checks.positive("rate", rate);
    return 1 / rate;
  }

  /**
   * Returns the cross rate through a pivot currency, {@code r(A→B) = r(A→P)·r(P→B)}; converting
   * through the pivot and converting at the cross rate agree within two roundings.
   *
   * <p>Example: {@code r(CNY→USD) = 1/6.4515}, {@code r(USD→HKD) = 7.7727}: {@code r(CNY→HKD) =
   * 1.2048}.
   *
   * @param toPivot {@code r(A→P)}, a finite number &gt; 0
   * @param fromPivot {@code r(P→B)}, a finite number &gt; 0
   * @return {@code r(A→B)}, &gt; 0
   * @throws IllegalArgumentException if a rate is not a finite positive number
   */
  public static double crossRate(double toPivot, double fromPivot) {
    Checks.positive("toPivot", toPivot);
    Checks.positive("fromPivot", fromPivot);
    return toPivot * fromPivot;
  }

  /**
   * Deflates a nominal value with a price index: {@code real = nominal / (index / base)}, in prices
   * of the index's base period.
   *
   * <p>Example: 1,100 at a price index of 110 (base 100) is 1,000 in base-period prices.
   *
   * @param nominal the value in current prices, a finite number
   * @param priceIndex the price index of the value's period, a finite number ≥ 0
   * @param base whether the index is 1 or 100 in its base period, not null
   * @return the value in base-period prices
   * @throws IllegalArgumentException if a value is not finite or the index is negative
   * @throws UndefinedIndicatorException if the price index is zero
   */
  public static double deflate(double nominal, double priceIndex, IndexBase base) {
    Objects.requireNonNull(base, "base");
    Checks.finite("nominal", nominal);
    Checks.nonNegative("priceIndex", priceIndex);
    if (priceIndex == 0) {
      throw new UndefinedIndicatorException("deflated value is undefined: price index = 0");
    }
    return nominal / (priceIndex / base.value());
  }

  /**
   * Converts money at the rate of its own period from an exchange-rate table: the rate comes from
   * {@link ExchangeRates#rate(Currency, Currency, Period)} (direct, inverse or cross through a
   * pivot), the arithmetic from {@link #convert(BigDecimal, BigDecimal, int, RoundingMode)}, rounded
   * once to the target currency's minor unit.
   *
   * <p>Example: CNY 1,980,000,000,000 of 2021 with a USD→CNY rate of 6.4515 for 2021 is USD
   * 306,905,370,843.99 (the inverse rate is taken to 34 significant digits).
   *
   * @param money the amount, not null
   * @param target the target currency, not null
   * @param period the period of the amount, not null
   * @param rates the rate table, not null
   * @param rounding how to round, not null
   * @return the converted amount, never null
   * @throws IllegalArgumentException if the table has no rate for that period; the message names the
   *     period asked for and the periods that exist
   */
  public static Money convert(
      Money money, Currency target, Period period, ExchangeRates rates, RoundingMode rounding) {
    Objects.requireNonNull(period, "period");
    return convert(money, target, period, RatePeriod.same(), rates, rounding);
  }

  /**
   * Converts money at the rate of the period {@code choice} names: {@code RatePeriod.same()} or, on
   * purpose, {@code RatePeriod.explicit(otherPeriod)}. Converting 2021 values with the 2020 rate is
   * possible only this way.
   *
   * @param money the amount, not null
   * @param target the target currency, not null
   * @param period the period of the amount, not null
   * @param choice which period's rate to use, not null
   * @param rates the rate table, not null
   * @param rounding how to round, not null
   * @return the converted amount, never null
   * @throws IllegalArgumentException if the table has no rate for the chosen period
   */
  public static Money convert(
      Money money,
      Currency target,
      Period period,
      RatePeriod choice,
      ExchangeRates rates,
      RoundingMode rounding) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal rate = rates.rate(money.currency(), target, period, choice);
    int scale = Math.max(0, target.getDefaultFractionDigits());
    return Money.of(convert(money.amount(), rate, scale, rounding), target);
  }
}
