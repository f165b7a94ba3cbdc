package io.github.digitrade.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The price of one unit of {@link #from()} in units of {@link #to()} over a {@link Period}: CNY per
 * USD in 2021 is {@code from = USD, to = CNY, rate = 6.4515}.
 *
 * <p>The rate is positive and kept in its shortest exact form; the two currencies differ. Each rate
 * carries its {@link RateBasis}, its {@link Status} and optionally its {@link Source}. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ExchangeRate r = ExchangeRate.of(Currency.getInstance("USD"), Currency.getInstance("CNY"),
 *     Period.ofYear(2021), new BigDecimal("6.4515"), RateBasis.CENTRAL_PARITY_AVERAGE,
 *     Status.UNVERIFIED);
 * r;   // USD→CNY 2021 6.4515 (central parity average, unverified)
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class ExchangeRate {

  ExchangeRate() {}

  /**
   * Returns the currency being priced.
   *
   * @return the from currency, never null
   */
  public abstract Currency from();

  /**
   * Returns the currency the price is in.
   *
   * @return the to currency, never null; never equal to {@link #from()}
   */
  public abstract Currency to();

  /**
   * Returns the period the rate applies to (an average over it).
   *
   * @return the period, never null
   */
  public abstract Period period();

  /**
   * Returns units of {@link #to()} per unit of {@link #from()}.
   *
   * @return the rate, never null, always positive
   */
  public abstract BigDecimal rate();

  /**
   * Returns how the rate was compiled.
   *
   * @return the basis, never null
   */
  public abstract RateBasis basis();

  /**
   * Returns how firmly the rate is established.
   *
   * @return the status, never null
   */
  public abstract Status status();

  /**
   * Returns where the rate comes from.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Returns a rate without a source.
   *
   * @param from the currency being priced, not null
   * @param to the currency of the price, not null, not {@code from}
   * @param period the period, not null
   * @param rate units of {@code to} per unit of {@code from}, positive
   * @param basis the basis, not null
   * @param status the status, not null
   * @return the rate, never null
   * @throws IllegalArgumentException if the rate is not positive or the currencies are equal
   */
  public static ExchangeRate of(
      Currency from,
      Currency to,
      Period period,
      BigDecimal rate,
      RateBasis basis,
      Status status) {
    return builder()
        .from(from)
        .to(to)
        .period(period)
        .rate(rate)
        .basis(basis)
        .status(status)
        .build();
  }

  /**
   * Returns a new builder; all attributes but the source are required.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExchangeRate}. */
  public static final class Builder extends ImmutableExchangeRate.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Checks the rate is positive and the currencies differ, and normalises the rate's scale.
   *
   * @return this rate, or a copy with the rate normalised
   * @throws IllegalArgumentException naming the bad field and value
   */
  @Value.Check
  protected ExchangeRate check() {
    if (rate().signum() <= 0) {
      throw new IllegalArgumentException(
          "rate = " + rate().toPlainString() + ": expected a positive number");
    }
    if (from().equals(to())) {
      throw new IllegalArgumentException(
          "to = " + to() + ": expected a currency other than from = " + from());
    }
    BigDecimal n = Money.normalise(rate());
    if (n.scale() != rate().scale()) {
      return ((ImmutableExchangeRate) ImmutableExchangeRate.copyOf(this)).withRate(n);
    }
    return this;
  }

  /**
   * Returns {@code USD→CNY 2021 6.4515 (central parity average, unverified)}.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return from()
        + "→"
        + to()
        + " "
        + period()
        + " "
        + rate().toPlainString()
        + " ("
        + basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ", "
        + status()
        + ")";
  }
}
