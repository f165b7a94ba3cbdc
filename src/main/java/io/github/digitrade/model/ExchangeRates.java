package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A table of {@link ExchangeRate}s keyed by currency pair and period, and conversions of {@link
 * Money} with them.
 *
 * <p>{@link #rate(Currency, Currency, Period)} finds, for exactly that period: the stored rate; else
 * the inverse of the stored opposite rate ({@code 1 / r}); else a cross rate through a pivot currency
 * ({@code r(A→P) · r(P→B)}). Inverses and cross rates are computed with {@link
 * MathContext#DECIMAL128} (34 significant digits), so {@code r(A→B) · r(B→A)} differs from 1 by at
 * most about {@code 1e-33} relative. A rate of another period is used only when asked for
 * explicitly with {@link RatePeriod#explicit(Period)}; a missing period is an error that names the
 * periods that do exist. Converting money with these rates is {@code
 * io.github.digitrade.calc.Conversion}'s job. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRateSamples.cnyPerUsd();
 * rates.rate(Currency.getInstance("CNY"), Currency.getInstance("USD"), Period.ofYear(2021));
 *     // 0.1550027125474695807176625590947842 (1 / 6.4515)
 * rates.rate(Currency.getInstance("CNY"), Currency.getInstance("USD"), Period.ofYear(2025));
 *     // IllegalArgumentException: no CNY→USD rate for 2025: rates exist for 2015–2024
 * }</pre>
 */
public final class ExchangeRates {

  private static final MathContext MC = MathContext.DECIMAL128;

  private final ImmutableList<ExchangeRate> rates;
  private final ImmutableMap<Key, ExchangeRate> byKey;

  private record Key(Currency from, Currency to, Period period) {}

  private ExchangeRates(ImmutableList<ExchangeRate> rates, ImmutableMap<Key, ExchangeRate> byKey) {
    this.rates = rates;
    this.byKey = byKey;
  }

  /**
   * Returns a table of the given rates.
   *
   * @param rates the rates, not null; at most one per currency pair and period in either direction
   * @return the table, never null
   * @throws IllegalArgumentException if a pair and period appears twice (in either direction)
   */
  public static ExchangeRates of(Iterable<ExchangeRate> rates) {
    ImmutableList<ExchangeRate> list = Checks.elements("rates", rates);
    Map<Key, ExchangeRate> map = new HashMap<>();
    for (ExchangeRate r : list) {
      Key k = new Key(r.from(), r.to(), r.period());
      Key opposite = new Key(r.to(), r.from(), r.period());
      ExchangeRate dup = map.containsKey(k) ? map.get(k) : map.get(opposite);
      if (dup != null) {
        throw new IllegalArgumentException(
            "rates: " + r + " duplicates " + dup + "; expected one rate per pair and period");
      }
      map.put(k, r);
    }
    return new ExchangeRates(list, ImmutableMap.copyOf(map));
  }

  /**
   * Returns the rates in the order given.
   *
   * @return the rates, never null
   */
  public ImmutableList<ExchangeRate> all() {
    return rates;
  }

  /**
   * Returns units of {@code to} per unit of {@code from} for exactly {@code period}: stored, inverse
   * or cross rate through a pivot currency; 1 if the currencies are equal.
   *
   * @param from the currency being priced, not null
   * @param to the currency of the price, not null
   * @param period the period, not null
   * @return the rate, never null, positive
   * @throws IllegalArgumentException if no rate for that period can be found; the message names the
   *     pair, the period asked for and the periods that exist, e.g. {@code no CNY→USD rate for 2025:
   *     rates exist for 2015–2024}
   */
  public BigDecimal rate(Currency from, Currency to, Period period) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(period, "period");
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    BigDecimal r = find(from, to, period);
    if (r == null) {
      throw new IllegalArgumentException(
          "no " + from + "→" + to + " rate for " + period + ": " + available(from, to));
    }
    return r;
  }

  /**
   * Returns the rate of the period {@code choice} names for a value of {@code valuePeriod}: {@code
   * rate(from, to, 2021, RatePeriod.explicit(2020))} is the 2020 rate, on purpose.
   *
   * @param from the currency being priced, not null
   * @param to the currency of the price, not null
   * @param valuePeriod the period of the value being converted, not null
   * @param choice which period's rate to use, not null
   * @return the rate, never null, positive
   * @throws IllegalArgumentException if the chosen period has no rate (message as for {@link
   *     #rate(Currency, Currency, Period)})
   */
  public BigDecimal rate(Currency from, Currency to, Period valuePeriod, RatePeriod choice) {
    requireNonNull(choice, "choice");
    return rate(from, to, choice.resolve(requireNonNull(valuePeriod, "valuePeriod")));
  }

  private @Nullable BigDecimal find(Currency from, Currency to, Period period) {
    BigDecimal direct = direct(from, to, period);
    if (direct != null) {
      return direct;
    }
    for (Currency pivot : currencies()) {
      if (pivot.equals(from) || pivot.equals(to)) {
        continue;
      }
      BigDecimal a = direct(from, pivot, period);
      BigDecimal b = direct(pivot, to, period);
      if (a != null && b != null) {
        return a.multiply(b, MC);
      }
    }
    return null;
  }

  private @Nullable BigDecimal direct(Currency from, Currency to, Period period) {
    ExchangeRate r = byKey.get(new Key(from, to, period));
    if (r != null) {
      return r.rate();
    }
    ExchangeRate inverse = byKey.get(new Key(to, from, period));
    return inverse == null ? null : BigDecimal.ONE.divide(inverse.rate(), MC);
  }

  private Set<Currency> currencies() {
    Set<Currency> cs = new LinkedHashSet<>();
    for (ExchangeRate r : rates) {
      cs.add(r.from());
      cs.add(r.to());
    }
    return cs;
  }

  private String available(Currency from, Currency to) {
    TreeSet<Period> periods = new TreeSet<>();
    for (ExchangeRate r : rates) {
      if (find(from, to, r.period()) != null) {
        periods.add(r.period());
      }
    }
    if (periods.isEmpty()) {
      return "no rates between " + from + " and " + to + ", directly or through a pivot currency";
    }
    return "rates exist for " + ranges(periods);
  }

  private static String ranges(Set<Period> periods) {
    List<String> parts = new ArrayList<>();
    Period start = null;
    Period prev = null;
    for (Period p : periods) {
      if (start == null) {
        start = p;
      } else if (prev == null || !isNext(prev, p)) {
        parts.add(range(start, prev));
        start = p;
      }
      prev = p;
    }
    if (start != null) {
      parts.add(range(start, requireNonNull(prev)));
    }
    return String.join(", ", parts);
  }

  private static boolean isNext(Period prev, Period p) {
    int n = p.frequency().periodsPerYear();
    return prev.frequency() == p.frequency()
        && (p.year() * n + p.index()) - (prev.year() * n + prev.index()) == 1;
  }

  private static String range(Period start, @Nullable Period end) {
    return end == null || end.equals(start) ? start.toString() : start + "–" + end;
  }

  /**
   * Returns the stored rate for exactly this pair, direction and period, without inverting or
   * crossing.
   *
   * @param from the currency being priced, not null
   * @param to the currency of the price, not null
   * @param period the period, not null
   * @return the stored rate, or empty
   */
  public Optional<ExchangeRate> stored(Currency from, Currency to, Period period) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(period, "period");
    return Optional.ofNullable(byKey.get(new Key(from, to, period)));
  }

  /**
   * Returns {@code ExchangeRates[n rates]} and the rates, one per line.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ExchangeRates[").append(rates.size()).append(" rates]");
    rates.forEach(r -> sb.append("\n  ").append(r));
    return sb.toString();
  }
}
