package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in one currency: a {@link BigDecimal} and a {@link Currency}.
 *
 * <p>The amount is kept in its shortest exact form ({@code 1980.00} is stored as {@code 1980}), so
 * equality is numeric: {@code CNY 10 == CNY 10.00}. Addition and subtraction are exact and only
 * allowed within one currency; a mismatch is a {@link CurrencyMismatchException} naming both
 * currencies. Operations that can lose digits (division, multiplication by a rate, rounding) take an
 * explicit {@link RoundingMode}. Trade values are never negative, but a {@code Money} may be: a
 * balance is a difference.
 *
 * <p>The text form is the ISO 4217 code, one space and the plain decimal amount, e.g. {@code CNY
 * 1980} or {@code USD -12.5}; {@link #parse(CharSequence)} is its exact inverse. Amounts carry no
 * unit multiplier: a dataset that counts in billions says so in its documentation. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Money a = Money.of("1980", "CNY");
 * a.plus(Money.of("20.50", "CNY"));                          // CNY 2000.5
 * a.dividedBy(new BigDecimal("6.4515"), RoundingMode.HALF_EVEN); // CNY 306.9 (2 decimals for CNY)
 * Money.parse("USD 294.76");                                 // USD 294.76
 * }</pre>
 */
public final class Money {

  private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");
  private static final Pattern AMOUNT = Pattern.compile("[-+]?[0-9]+(?:\\.[0-9]*)?|[-+]?\\.[0-9]+");

  /** The most digits an amount may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 40;

  /** The most digits an amount may have after the decimal point, and the largest scale argument. */
  public static final int MAX_SCALE = 40;

  private final BigDecimal amount;
  private final Currency currency;

  /** Takes an amount already within bounds and in its shortest form. */
  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** Returns money from a user's amount: out of bounds is an {@link IllegalArgumentException}. */
  private static Money given(BigDecimal amount, Currency currency) {
    String problem = outOfBounds(amount);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new Money(normalise(amount), currency);
  }

  /** Returns money from a computed amount: out of bounds is an {@link ArithmeticException}. */
  private Money result(BigDecimal amount, Supplier<String> operation) {
    String problem = outOfBounds(amount);
    if (problem != null) {
      throw new ArithmeticException(operation.get() + ": " + problem);
    }
    return new Money(normalise(amount), currency);
  }

  /**
   * Returns why an amount is out of bounds, or null: at most {@link #MAX_INTEGER_DIGITS} digits
   * before the point and {@link #MAX_SCALE} after it once trailing zeros are dropped. Checked before
   * any digit is expanded, so {@code 1E+1000000} fails at once.
   */
  private static @Nullable String outOfBounds(BigDecimal amount) {
    if (amount.signum() == 0) {
      return null;
    }
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return "amount = "
          + shortForm(amount)
          + " has "
          + integerDigits
          + " digits before the decimal point: expected at most "
          + MAX_INTEGER_DIGITS;
    }
    if (integerDigits < -MAX_SCALE) {
      return "amount = "
          + shortForm(amount)
          + " has more than "
          + MAX_SCALE
          + " decimals: expected at most "
          + MAX_SCALE;
    }
    int scale = amount.stripTrailingZeros().scale();
    if (scale > MAX_SCALE) {
      return "amount = "
          + shortForm(amount)
          + " has "
          + scale
          + " decimals: expected at most "
          + MAX_SCALE;
    }
    return null;
  }

  /** The scientific form, short whatever the exponent ({@code 1E-2147483647}). */
  private static String shortForm(BigDecimal amount) {
    String s = amount.toString();
    return s.length() <= 60 ? s : s.substring(0, 24) + "…" + s.substring(s.length() - 24);
  }

  private static void checkScale(int scale) {
    if (scale < -MAX_SCALE || scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "scale = " + scale + ": expected " + -MAX_SCALE + " to " + MAX_SCALE);
    }
  }

  /** Rounds {@code exact}, or says which operation needed rounding that UNNECESSARY forbids. */
  private Money rounded(BigDecimal exact, int scale, RoundingMode mode, Supplier<String> operation) {
    long integerDigits = (long) exact.precision() - exact.scale();
    if (exact.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(
          operation.get()
              + " has "
              + integerDigits
              + " digits before the decimal point: expected at most "
              + MAX_INTEGER_DIGITS);
    }
    BigDecimal r;
    try {
      r = exact.setScale(scale, mode);
    } catch (ArithmeticException e) {
      if (mode != RoundingMode.UNNECESSARY) {
        throw e;
      }
      throw new ArithmeticException(
          operation.get()
              + " = "
              + exact.toPlainString()
              + " needs rounding to "
              + scale
              + " decimals: expected a RoundingMode other than UNNECESSARY");
    }
    return result(r, operation);
  }

  /** Returns {@code amount} in its shortest exact form: no trailing zeros, scale at least 0. */
  static BigDecimal normalise(BigDecimal amount) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns {@code amount} of {@code currency}.
   *
   * @param amount the amount, not null; may be negative
   * @param currency the currency, not null
   * @return the money, never null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return given(requireNonNull(amount, "amount"), requireNonNull(currency, "currency"));
  }

  /**
   * Returns the amount written as a plain decimal ({@code "1980"}, {@code "-12.50"}) in the currency
   * with the given ISO 4217 code ({@code "CNY"}).
   *
   * @param amount the decimal amount, not null, such as {@code 1980.00}; no exponent, no grouping
   * @param currencyCode the ISO 4217 alphabetic code, not null
   * @return the money, never null
   * @throws IllegalArgumentException if the amount is not a finite decimal number or the code is not
   *     an ISO 4217 currency
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currencyCode");
    if (!AMOUNT.matcher(amount).matches()) {
      throw new IllegalArgumentException(
          "amount = \"" + amount + "\": expected a finite decimal number such as 1980.00");
    }
    if (amount.length() > 2 * (MAX_INTEGER_DIGITS + MAX_SCALE)) {
      throw new IllegalArgumentException(
          "amount = \""
              + amount.substring(0, 24)
              + "…\" has "
              + amount.length()
              + " characters: expected at most "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point and "
              + MAX_SCALE
              + " after it");
    }
    return given(new BigDecimal(amount), currency(currencyCode));
  }

  /**
   * Returns zero in {@code currency}.
   *
   * @param currency the currency, not null
   * @return the zero amount, never null
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, requireNonNull(currency, "currency"));
  }

  /**
   * Parses the text form {@code CNY 1980.5}: an upper-case ISO 4217 code, one space, and a plain
   * decimal amount with an optional minus sign. Exact inverse of {@link #toString()}.
   *
   * @param text the text, not null
   * @return the money, never null
   * @throws IllegalArgumentException naming the text and the expected form if it does not parse or
   *     the currency code is unknown
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "money = \"" + text + "\": expected an ISO 4217 code, a space and a decimal amount,"
              + " such as CNY 1980.00");
    }
    return given(new BigDecimal(m.group(2)), currency(m.group(1)));
  }

  private static Currency currency(String code) {
    requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency = \"" + code + "\": expected an ISO 4217 alphabetic code such as CNY or USD", e);
    }
  }

  /**
   * Returns the amount in its shortest exact form (no trailing zeros, scale at least 0).
   *
   * @return the amount, never null
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency, never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the exact sum {@code this + other}.
   *
   * @param other the amount to add, not null, in the same currency
   * @return the sum, never null
   * @throws CurrencyMismatchException if the currencies differ (the message names both)
   */
  public Money plus(Money other) {
    checkSameCurrency(other, "plus");
    return result(amount.add(other.amount), () -> this + " + " + other);
  }

  /**
   * Returns the exact difference {@code this - other}.
   *
   * @param other the amount to subtract, not null, in the same currency
   * @return the difference, never null; negative if {@code other} is larger
   * @throws CurrencyMismatchException if the currencies differ (the message names both)
   */
  public Money minus(Money other) {
    checkSameCurrency(other, "minus");
    return result(amount.subtract(other.amount), () -> this + " - " + other);
  }

  private void checkSameCurrency(Money other, String operation) {
    requireNonNull(other, "other");
    CurrencyMismatchException.check(operation, currency, other.currency);
  }

  /**
   * Returns {@code this × factor} rounded to the currency's minor unit (2 decimals for CNY and
   * USD, 0 for JPY; 0 for currencies without one).
   *
   * @param factor the factor, not null
   * @param mode the rounding mode, not null
   * @return the product, never null
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode mode) {
    return multipliedBy(factor, minorUnitScale(), mode);
  }

  /**
   * Returns {@code this × factor} rounded to {@code scale} decimals.
   *
   * @param factor the factor, not null
   * @param scale the number of decimals to keep, may be negative (tens, hundreds)
   * @param mode the rounding mode, not null
   * @return the product, never null
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public Money multipliedBy(BigDecimal factor, int scale, RoundingMode mode) {
    requireNonNull(factor, "factor");
    requireNonNull(mode, "mode");
    checkScale(scale);
    return rounded(amount.multiply(factor), scale, mode, () -> this + " × " + factor);
  }

  /**
   * Returns {@code this ÷ divisor} rounded to the currency's minor unit (2 decimals for CNY and USD,
   * 0 for JPY; 0 for currencies without one).
   *
   * @param divisor the divisor, not null and not zero
   * @param mode the rounding mode, not null
   * @return the quotient, never null
   * @throws ArithmeticException if the divisor is zero, or {@code mode} is {@link
   *     RoundingMode#UNNECESSARY} and rounding is needed
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode mode) {
    return dividedBy(divisor, minorUnitScale(), mode);
  }

  /**
   * Returns {@code this ÷ divisor} rounded to {@code scale} decimals.
   *
   * @param divisor the divisor, not null and not zero
   * @param scale the number of decimals to keep, may be negative
   * @param mode the rounding mode, not null
   * @return the quotient, never null
   * @throws ArithmeticException if the divisor is zero ("divisor is zero"), or {@code mode} is
   *     {@link RoundingMode#UNNECESSARY} and rounding is needed
   */
  public Money dividedBy(BigDecimal divisor, int scale, RoundingMode mode) {
    requireNonNull(divisor, "divisor");
    requireNonNull(mode, "mode");
    checkScale(scale);
    if (divisor.signum() == 0) {
      throw new ArithmeticException("divisor is zero: cannot divide " + this + " by 0");
    }
    Supplier<String> operation = () -> this + " ÷ " + divisor;
    // |quotient| < 10^(digits of amount - digits of divisor + 1): refuse before dividing
    long quotientDigits =
        ((long) amount.precision() - amount.scale()) - ((long) divisor.precision() - divisor.scale());
    if (amount.signum() != 0 && quotientDigits > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(
          operation.get()
              + " has about "
              + quotientDigits
              + " digits before the decimal point: expected at most "
              + MAX_INTEGER_DIGITS);
    }
    try {
      return result(amount.divide(divisor, scale, mode), operation);
    } catch (ArithmeticException e) {
      if (mode != RoundingMode.UNNECESSARY) {
        throw e;
      }
      throw new ArithmeticException(
          operation.get()
              + " needs rounding to "
              + scale
              + " decimals: expected a RoundingMode other than UNNECESSARY");
    }
  }

  /**
   * Returns this amount rounded to {@code scale} decimals.
   *
   * @param scale the number of decimals to keep, may be negative (round to tens, hundreds, ...)
   * @param mode the rounding mode, not null
   * @return the rounded money, never null
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   */
  public Money rounded(int scale, RoundingMode mode) {
    requireNonNull(mode, "mode");
    checkScale(scale);
    return rounded(amount, scale, mode, () -> this + " rounded");
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negated amount, never null
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Returns the absolute value.
   *
   * @return {@code |this|}, never null
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns whether the amount is above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Compares the amounts of two sums in the same currency.
   *
   * @param other the other amount, not null, in the same currency
   * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
   * @throws CurrencyMismatchException if the currencies differ
   */
  public int compareAmount(Money other) {
    checkSameCurrency(other, "compareAmount");
    return amount.compareTo(other.amount);
  }

  private int minorUnitScale() {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /**
   * Returns whether {@code o} is money of the same currency and numerically equal amount.
   *
   * @param o the other object, may be null
   * @return true if equal ({@code CNY 10} equals {@code CNY 10.00})
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money that && amount.equals(that.amount) && currency.equals(that.currency);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return amount.hashCode() * 31 + currency.hashCode();
  }

  /**
   * Returns the text form: currency code, a space, the plain amount ({@code CNY 1980}).
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
