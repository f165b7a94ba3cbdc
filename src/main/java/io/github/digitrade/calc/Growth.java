package io.github.digitrade.calc;

import io.github.digitrade.model.Money;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Growth and change of a value over time: year-on-year growth, CAGR, least-squares growth, growth
 * multiple, doubling time, contributions to growth, percentage-point change, and index rebasing.
 *
 * <p>Values {@code V_t} are trade values (finite, ≥ 0) in one currency and unit; growth rates are
 * fractions per period (0.15 = 15%), periods are whatever the series steps by (years for annual data).
 * A zero base makes a growth rate undefined: {@link UndefinedIndicatorException} naming the zero
 * value, never an infinity.
 *
 * <pre>{@code
 * Growth.yoy(1690, 1920);          // 0.1361
 * Growth.cagr(1, 10, 5);           // 0.5849: "grew nearly 10 times in five years"
 * Growth.percentagePoints(0.306, 0.445);  // 13.9
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Growth {

  private static final double LN2 = Math.log(2);

  private Growth() {}

  /**
   * Returns year-on-year (period-on-period) growth {@code (V_t − V_{t−1}) / V_{t−1}}.
   *
   * <p>Example: {@code 1690 → 1920}: {@code 230/1690 = 0.1361}.
   *
   * @param previous {@code V_{t−1}}, a finite number ≥ 0
   * @param current {@code V_t}, a finite number ≥ 0
   * @return the growth rate, ≥ −1
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code V_{t−1} = 0}
   */
  public static double yoy(double previous, double current) {
    Checks.nonNegative("previous", previous);
    Checks.nonNegative("current", current);
    if (previous == 0) {
      throw new UndefinedIndicatorException(
          "year-on-year growth is undefined: previous value V(t−1) = 0");
    }
    return (current - previous) / previous;
  }

  /**
   * Returns year-on-year growth between two levels of <b>one release</b>: {@link #yoy(double,
   * double)} of their values, refusing levels that come from different releases. A release
   * revises the previous year's level together with its own, so growth computed between a level
   * and the previous year's level from another release mixes vintages and disagrees with every
   * published rate: 2021 preliminary 1,980 on 2020 preliminary 1,690 gives +17.2% where the 2021
   * release printed +15%.
   *
   * <p>Example, the revised 2020 and 2021 CBEC levels of one survey generation: {@code 1620 → 1920}:
   * {@code 300/1620 = 0.1852}, published as +18.6%.
   *
   * @param previous the level of the same period one year earlier, not null
   * @param current the level, not null
   * @return the growth rate, ≥ −1
   * @throws IllegalArgumentException if either level has no source, the sources differ (the message
   *     names both), or the levels differ in reporter, partner, direction, product, currency or
   *     are not one year apart
   * @throws UndefinedIndicatorException if the previous level is zero
   */
  public static double yoyWithinRelease(TradeFlow previous, TradeFlow current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Period p = previous.period();
    Period c = current.period();
    if (p.frequency() != c.frequency() || p.index() != c.index() || p.year() != c.year() - 1) {
      throw new IllegalArgumentException(
          "periods " + p + " and " + c + ": expected the same period one year apart");
    }
    if (!previous.reporter().equals(current.reporter())
        || !previous.partner().equals(current.partner())
        || previous.direction() != current.direction()
        || !previous.product().equals(current.product())
        || !previous.value().currency().equals(current.value().currency())) {
      throw new IllegalArgumentException(
          "levels " + previous + " and " + current
              + ": expected the same reporter, partner, direction, product and currency");
    }
    if (previous.source().isEmpty()
        || current.source().isEmpty()
        || !previous.source().equals(current.source())) {
      throw new IllegalArgumentException(
          "growth " + p + " → " + c + " would mix releases: " + p + " from "
              + previous.source().map(Object::toString).orElse("no source") + ", " + c + " from "
              + current.source().map(Object::toString).orElse("no source")
              + "; compare two levels of one release, or use the rate published with the level");
    }
    return yoy(previous.value().amount().doubleValue(), current.value().amount().doubleValue());
  }

  /**
   * Returns the growth of each period over the one before: {@code result[i] = yoy(series[i],
   * series[i + 1])}.
   *
   * @param series values in time order, finite numbers ≥ 0, at least 2, not null
   * @return {@code series.length − 1} growth rates, never null
   * @throws IllegalArgumentException if a value is bad or there are fewer than 2 values
   * @throws UndefinedIndicatorException if a value other than the last is zero; the message gives its
   *     index
   */
  public static double[] yoy(double[] series) {
    Checks.atLeast("series", series, 2);
    Checks.nonNegative("series", series);
    double[] g = new double[series.length - 1];
    for (int i = 0; i < g.length; i++) {
      if (series[i] == 0) {
        throw new UndefinedIndicatorException(
            "year-on-year growth is undefined: previous value series[" + i + "] = 0");
      }
      g[i] = (series[i + 1] - series[i]) / series[i];
    }
    return g;
  }

  /**
   * Returns the compound annual growth rate {@code (V_T / V_0)^(1/T) − 1} over {@code T} periods, the
   * constant rate with {@code V_0·(1 + CAGR)^T = V_T}. An end value of 0 gives −1.
   *
   * <p>Example: "grew nearly 10 times in five years" (MOFCOM on cross-border e-commerce): {@code
   * 10^(1/5) − 1 = 0.5849}, about 58.5% a year.
   *
   * @param start {@code V_0}, a finite number ≥ 0
   * @param end {@code V_T}, a finite number ≥ 0
   * @param periods {@code T}, a finite number &gt; 0 (years may be fractional)
   * @return the CAGR, ≥ −1
   * @throws IllegalArgumentException if a value is negative or not finite, or {@code T ≤ 0}
   * @throws UndefinedIndicatorException if {@code V_0 = 0}: {@code CAGR is undefined: start value V0
   *     = 0}
   */
  public static double cagr(double start, double end, double periods) {
    Checks.nonNegative("start", start);
    Checks.nonNegative("end", end);
    Checks.positive("periods", periods);
    if (start == 0) {
      throw new UndefinedIndicatorException("CAGR is undefined: start value V0 = 0");
    }
    return Math.pow(end / start, 1.0 / periods) - 1;
  }

  /**
   * Returns the least-squares growth rate {@code exp(b) − 1}, where {@code b} is the OLS slope of
   * {@code ln V_t = a + b·t}, {@code t = 0, 1, …, n−1} (UNCTAD Handbook of Statistics, "Calculation
   * methods"). Unlike CAGR it uses every observation, not only the end points.
   *
   * <p>{@code b = Σ (t − t̄)(ln V_t − mean ln V) / Σ (t − t̄)²}, both sums compensated ({@link
   * Sums}). Example: {@code {100, 110, 121}} grows exactly 10% a year: {@code b = ln 1.1}, result
   * 0.1.
   *
   * @param series values in time order, finite numbers &gt; 0, at least 2, not null
   * @return the growth rate per period, &gt; −1
   * @throws IllegalArgumentException if a value is negative or not finite, or there are fewer than 2
   * @throws UndefinedIndicatorException if a value is zero ({@code ln 0}); the message gives its index
   */
  public static double leastSquares(double[] series) {
    Checks.atLeast("series", series, 2);
    Checks.nonNegative("series", series);
    int n = series.length;
    double[] logs = new double[n];
    for (int i = 0; i < n; i++) {
      if (series[i] == 0) {
        throw new UndefinedIndicatorException(
            "least-squares growth is undefined: series[" + i + "] = 0 and ln 0 is undefined");
      }
      logs[i] = Math.log(series[i]);
    }
    double meanT = (n - 1) / 2.0;
    double meanLog = Sums.sum(logs) / n;
    double[] cross = new double[n];
    double[] squares = new double[n];
    for (int i = 0; i < n; i++) {
      double dt = i - meanT;
      cross[i] = dt * (logs[i] - meanLog);
      squares[i] = dt * dt;
    }
    return Math.expm1(Sums.sum(cross) / Sums.sum(squares));
  }

  /**
   * Returns the growth multiple {@code V_T / V_0} ("grew nearly 10 times").
   *
   * @param start {@code V_0}, a finite number ≥ 0
   * @param end {@code V_T}, a finite number ≥ 0
   * @return the multiple, ≥ 0
   * @throws IllegalArgumentException if a value is negative or not finite
   * @throws UndefinedIndicatorException if {@code V_0 = 0}
   */
  public static double multiple(double start, double end) {
    Checks.nonNegative("start", start);
    Checks.nonNegative("end", end);
    if (start == 0) {
      throw new UndefinedIndicatorException("growth multiple is undefined: start value V0 = 0");
    }
    return end / start;
  }

  /**
   * Returns the doubling time {@code ln 2 / ln(1 + g)} in periods at a constant growth rate.
   *
   * <p>Example: 7% a year doubles in {@code ln 2 / ln 1.07 = 10.24} years.
   *
   * @param rate {@code g}, a finite growth rate per period &gt; −1
   * @return the periods needed to double, &gt; 0
   * @throws IllegalArgumentException if the rate is not finite or ≤ −1
   * @throws UndefinedIndicatorException if {@code g ≤ 0}: the value never doubles ({@code ln(1 + g)
   *     ≤ 0})
   */
  public static double doublingTime(double rate) {
    Checks.finite("rate", rate);
    if (rate <= -1) {
      throw new IllegalArgumentException("rate = " + rate + ": expected a growth rate > −1");
    }
    if (rate <= 0) {
      throw new UndefinedIndicatorException(
          "doubling time is undefined: growth rate g = "
              + Checks.show(rate)
              + " ≤ 0, so ln(1 + g) ≤ 0 and the value never doubles");
    }
    return LN2 / Math.log1p(rate);
  }

  /**
   * Returns the contribution of each component to the growth of their aggregate, {@code (V_i,t −
   * V_i,t−1) / V_t−1} with {@code V_t−1 = Σ_i V_i,t−1}. The contributions add up to the aggregate's
   * growth {@code (Σ current − Σ previous) / Σ previous}.
   *
   * <p>Example: components {@code {60, 40} → {75, 35}}: {@code 15/100 = 0.15} and {@code −5/100 =
   * −0.05}; together 0.10 = {@code (110 − 100)/100}. The previous total is a compensated sum.
   *
   * @param previous the components in the earlier period, finite numbers ≥ 0, not empty, not null
   * @param current the same components in the later period, same length, not null
   * @return one contribution per component, never null
   * @throws IllegalArgumentException if a value is bad or the lengths differ
   * @throws UndefinedIndicatorException if the previous total is zero
   */
  public static double[] contributions(double[] previous, double[] current) {
    Checks.sameLength("previous", previous, "current", current);
    Checks.nonNegativeNotEmpty("previous", previous);
    Checks.nonNegative("current", current);
    double total = Sums.sum(previous);
    if (total == 0) {
      throw new UndefinedIndicatorException(
          "contribution to growth is undefined: previous total V(t−1) = 0");
    }
    double[] c = new double[previous.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = (current[i] - previous[i]) / total;
    }
    return c;
  }

  /**
   * Returns the percentage-point change of a share, {@code 100·(after − before)}, shares given as
   * fractions. Example: 30.6% → 44.5% is {@code 100·(0.445 − 0.306) = +13.9} pp.
   *
   * @param before the earlier share, a finite fraction from 0 to 1
   * @param after the later share, a finite fraction from 0 to 1
   * @return the change in percentage points, from −100 to 100
   * @throws IllegalArgumentException if a share is not finite or outside 0–1
   */
  public static double percentagePoints(double before, double after) {
    share("before", before);
    share("after", after);
    return 100 * (after - before);
  }

  private static void share(String name, double share) {
    Checks.finite(name, share);
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException(
          name + " = " + share + ": expected a share from 0 to 1 (a fraction, not a percentage)");
    }
  }

  /**
   * Rebases a series to an index: {@code result[t] = base.value() · series[t] / series[basePeriod]}.
   *
   * <p>Example: {@code {80, 100, 120}} with base period 0 and {@link IndexBase#HUNDRED}: {@code {100,
   * 125, 150}}.
   *
   * @param series values in time order, finite numbers ≥ 0, not empty, not null
   * @param basePeriod the position of the base period, from 0 to {@code series.length − 1}
   * @param base 1 or 100 in the base period, not null
   * @return the index series, never null
   * @throws IllegalArgumentException if a value is bad or the base period is outside the series
   * @throws UndefinedIndicatorException if the value in the base period is zero
   */
  public static double[] rebase(double[] series, int basePeriod, IndexBase base) {
    Objects.requireNonNull(base, "base");
    Checks.nonNegativeNotEmpty("series", series);
    if (basePeriod < 0 || basePeriod >= series.length) {
      throw new IllegalArgumentException(
          "basePeriod = "
              + basePeriod
              + ": expected a position from 0 to "
              + (series.length - 1));
    }
    double b = series[basePeriod];
    if (b == 0) {
      throw new UndefinedIndicatorException(
          "index is undefined: base-period value series[" + basePeriod + "] = 0");
    }
    double[] out = new double[series.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = series[i] / b * base.value();
    }
    return out;
  }

  /**
   * Returns the period-on-period growth of a series of flows: the flows are totalled exactly per
   * period ({@link TradeFlows#totalsBy}), ordered by period, and passed to {@link #yoy(double[])},
   * so the values equal that of the totals bit for bit. Filter the flows to one reporter, direction
   * and frequency first.
   *
   * @param flows the flows of at least two consecutive periods, in one currency, not null
   * @return the growth of each period over the one before, labelled by the later period ({@code
   *     2021}), never null
   * @throws IllegalArgumentException if there are fewer than two periods, a period is missing
   *     between the first and the last, or the flows mix currencies or frequencies
   * @throws UndefinedIndicatorException if a period other than the last totals zero
   */
  public static LabeledVector yoy(TradeFlows flows) {
    List<Period> periods = new ArrayList<>();
    double[] values = series(flows, periods);
    double[] g = yoy(values);
    List<String> labels = new ArrayList<>();
    for (int i = 1; i < periods.size(); i++) {
      labels.add(periods.get(i).toString());
    }
    return LabeledVector.of(labels, g);
  }

  /**
   * Returns the CAGR of a series of flows between its first and last period, {@code T} = the number
   * of periods between them (years for annual data): {@link #cagr(double, double, double)} of the
   * exact totals of the two periods.
   *
   * @param flows the flows of at least two consecutive periods, in one currency, not null
   * @return the CAGR per period, ≥ −1
   * @throws IllegalArgumentException as for {@link #yoy(TradeFlows)}
   * @throws UndefinedIndicatorException if the first period totals zero
   */
  public static double cagr(TradeFlows flows) {
    List<Period> periods = new ArrayList<>();
    double[] values = series(flows, periods);
    return cagr(values[0], values[values.length - 1], values.length - 1);
  }

  /** Exact totals per period, in period order, as doubles; checks the periods are consecutive. */
  private static double[] series(TradeFlows flows, List<Period> periods) {
    FlowPivot.requireOneCurrency(flows);
    Map<Period, Money> totals = new TreeMap<>(flows.totalsBy(TradeFlow::period));
    if (totals.size() < 2) {
      throw new IllegalArgumentException(
          "flows cover " + totals.size() + " period(s) " + totals.keySet()
              + ": expected at least 2 consecutive periods");
    }
    double[] values = new double[totals.size()];
    Period previous = null;
    int i = 0;
    for (Map.Entry<Period, Money> e : totals.entrySet()) {
      Period p = e.getKey();
      if (previous != null
          && (previous.frequency() != p.frequency() || !previous.plus(1).equals(p))) {
        throw new IllegalArgumentException(
            "periods "
                + previous
                + " and "
                + p
                + " are not consecutive: expected one total per period with no gaps");
      }
      periods.add(p);
      values[i++] = e.getValue().amount().doubleValue();
      previous = p;
    }
    return values;
  }
}
