package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which period's rate a conversion uses: the value's own period ({@link #same()}, the default and
 * the only sound choice for averages), or, only when asked for by name, the rate of another period
 * ({@link #explicit(Period)}).
 *
 * <p>Converting the 2021 cross-border e-commerce total of 1.98 trillion yuan with the 2020 rate
 * (6.8976) gives the widely quoted US$287.0 billion; with the 2021 rate (6.4515) it is about US$306.9
 * billion. This type exists so that the first can only happen on purpose.
 *
 * <pre>{@code
 * Conversion.convert(cny1980, usd, Period.ofYear(2021), RatePeriod.explicit(Period.ofYear(2020)),
 *     rates, RoundingMode.HALF_EVEN);   // USD 287.06 (calc.Conversion)
 * }</pre>
 */
public final class RatePeriod {

  private static final RatePeriod SAME = new RatePeriod(null);

  private final @Nullable Period period;

  private RatePeriod(@Nullable Period period) {
    this.period = period;
  }

  /**
   * Returns the choice "use the rate of the value's own period".
   *
   * @return the same-period choice, never null
   */
  public static RatePeriod same() {
    return SAME;
  }

  /**
   * Returns the choice "use the rate of {@code period}", whatever the value's period.
   *
   * @param period the period whose rate to use, not null
   * @return the explicit choice, never null
   */
  public static RatePeriod explicit(Period period) {
    return new RatePeriod(requireNonNull(period, "period"));
  }

  /**
   * Returns the period whose rate is used for a value of {@code valuePeriod}.
   *
   * @param valuePeriod the period of the value, not null
   * @return {@code valuePeriod} for {@link #same()}, else the explicit period
   */
  public Period resolve(Period valuePeriod) {
    requireNonNull(valuePeriod, "valuePeriod");
    return period == null ? valuePeriod : period;
  }

  /**
   * Returns the explicitly chosen period.
   *
   * @return the period, or empty for {@link #same()}
   */
  public Optional<Period> explicitPeriod() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns whether {@code o} makes the same choice.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RatePeriod that && java.util.Objects.equals(period, that.period);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(period);
  }

  /**
   * Returns {@code same period} or {@code explicit 2020}.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return period == null ? "same period" : "explicit " + period;
  }
}
