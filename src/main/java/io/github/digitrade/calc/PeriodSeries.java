package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * One result per period, in time order: what an indicator computed period by period returns
 * ({@code table.exports().byPeriod().hhi(PARTNER)}). The subclasses add what their result type
 * allows: the time series of one label ({@link VectorSeries#series(String)}), of one cell ({@link
 * MatrixSeries#series(String, String)}), or the ECI and PCI series ({@link
 * ComplexitySeries#eci()}).
 *
 * <pre>{@code
 * VectorSeries hhi = table.exports().byPeriod().hhi(Dimension.PARTNER);
 * hhi.periods();              // [2021, 2022, 2023]
 * hhi.get(Period.ofYear(2023));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the result of one period
 */
public abstract sealed class PeriodSeries<T> permits VectorSeries, MatrixSeries, ComplexitySeries {

  private static final int SHOWN = 12;

  private final ImmutableMap<String, T> byPeriod;

  PeriodSeries(Map<String, T> byPeriod) {
    Objects.requireNonNull(byPeriod, "byPeriod");
    for (String p : byPeriod.keySet()) {
      if (p.isBlank()) {
        throw new IllegalArgumentException(
            "period = \"" + p + "\": expected a non-blank period label");
      }
    }
    this.byPeriod = ImmutableMap.copyOf(byPeriod);
  }

  /**
   * Returns the period labels, in time order.
   *
   * @return the periods, never null
   */
  public ImmutableList<String> periods() {
    return byPeriod.keySet().asList();
  }

  /**
   * Returns the number of periods.
   *
   * @return the count, zero or more
   */
  public int size() {
    return byPeriod.size();
  }

  /**
   * Returns the result of one period.
   *
   * @param period the period label, such as {@code "2023"}, not null
   * @return the result, never null
   * @throws IllegalArgumentException if the series has no such period; the message lists them
   */
  public T get(String period) {
    T v = byPeriod.get(Objects.requireNonNull(period, "period"));
    if (v == null) {
      throw new IllegalArgumentException(
          "period " + period + " is not in this series: expected one of " + byPeriod.keySet());
    }
    return v;
  }

  /**
   * Returns the result of one period.
   *
   * @param period the period, not null
   * @return the result, never null
   * @throws IllegalArgumentException if the series has no such period
   */
  public T get(Period period) {
    return get(period.toString());
  }

  /**
   * Returns the results by period label, in time order.
   *
   * @return the map, never null
   */
  public ImmutableMap<String, T> asMap() {
    return byPeriod;
  }

  /**
   * The time series of one quantity read from each period's result: a period where {@code has} is
   * false is excluded with the reason {@code missing} gives.
   */
  final LabeledVector timeSeries(
      Predicate<T> has, ToDoubleFunction<T> value, Function<T, String> missing) {
    List<String> periods = new ArrayList<>();
    double[] v = new double[size()];
    List<Exclusion> excluded = new ArrayList<>();
    for (Map.Entry<String, T> e : byPeriod.entrySet()) {
      T x = e.getValue();
      if (has.test(x)) {
        v[periods.size()] = value.applyAsDouble(x);
        periods.add(e.getKey());
      } else {
        excluded.add(new Exclusion(Exclusion.Axis.ITEM, e.getKey(), missing.apply(x)));
      }
    }
    return LabeledVector.of(periods, Arrays.copyOf(v, periods.size()), excluded);
  }

  /**
   * Returns whether {@code o} is a series of the same kind with equal results for the same periods
   * in the same order.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  @SuppressWarnings("EqualsGetClass") // the sealed kinds are never equal to one another
  public boolean equals(@Nullable Object o) {
    return o != null
        && o.getClass() == getClass()
        && byPeriod.equals(((PeriodSeries<?>) o).byPeriod);
  }

  @Override
  public int hashCode() {
    return byPeriod.hashCode();
  }

  /**
   * Returns the class name and the number of periods, then one line per period such as {@code
   * 2023: LabeledVector{CHN=0.09, …}}: at most 12 periods, then how many more.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(getClass().getSimpleName()).append('[').append(size());
    s.append(size() == 1 ? " period]" : " periods]");
    int i = 0;
    for (Map.Entry<String, T> e : byPeriod.entrySet()) {
      if (i++ == SHOWN) {
        s.append("\n… ").append(size() - SHOWN).append(" more periods");
        break;
      }
      s.append('\n').append(e.getKey()).append(": ").append(e.getValue());
    }
    return s.toString();
  }
}
