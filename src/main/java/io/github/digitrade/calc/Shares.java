package io.github.digitrade.calc;

import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.Objects;
import java.util.function.Function;

/**
 * Shares: the part of a total that each item accounts for, as fractions from 0 to 1.
 *
 * <p>A share is {@code part / total}. The same arithmetic gives every share in the WITS Trade
 * Indicators catalogue, depending on what is passed in: product share {@code X_cp / X_c}, partner
 * share {@code x_ij / X_i}, world share {@code X_c / X_w}, market share {@code X_cp / X_p} or {@code
 * x_ij / M_j}. Values are trade values in any one currency and unit; shares are unit-free.
 *
 * <p>Totals are compensated sums ({@link Sums}); each share is then one correctly rounded division,
 * so the shares of an array sum to 1 within about {@code (n + 2)·2^-53}.
 *
 * <pre>{@code
 * Shares.shares(new double[] {50, 30, 20});   // [0.5, 0.3, 0.2]
 * Shares.share(294.76, 661.72);                // 0.4454...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Shares {

  private Shares() {}

  /**
   * Returns one share, {@code part / total}.
   *
   * @param part the part, a finite number ≥ 0, not greater than {@code total}
   * @param total the total, a finite number ≥ 0
   * @return the share, from 0 to 1
   * @throws IllegalArgumentException if a value is negative or not finite, or {@code part > total}
   * @throws UndefinedIndicatorException if {@code total = 0}: {@code share is undefined: total = 0}
   */
  public static double share(double part, double total) {
    Checks.nonNegative("part", part);
    Checks.nonNegative("total", total);
    if (part > total) {
      throw new IllegalArgumentException(
          "part = " + part + ": expected a number ≤ total = " + total);
    }
    if (total == 0) {
      throw new UndefinedIndicatorException("share is undefined: total = 0");
    }
    return part / total;
  }

  /**
   * Returns the share of each value in the sum of the values, {@code s_k = v_k / Σ v}.
   *
   * <p>The sum is compensated; its error is at most {@link Sums#errorBound(double[])}, about one
   * rounding of the total, so each share is within about {@code 2·2^-53} relative of the exact share.
   *
   * @param values the values, finite numbers ≥ 0, not null, not empty
   * @return a new array of shares from 0 to 1 summing to 1 (within the bound above), never null
   * @throws IllegalArgumentException if the array is empty or a value is negative or not finite
   * @throws UndefinedIndicatorException if all values are zero: {@code shares are undefined: total of
   *     values = 0}
   */
  public static double[] shares(double[] values) {
    return of("values", values, "shares are");
  }

  /**
   * Returns the share of each cell in its row total: {@code X_cp / X_c} for exports by country and
   * product (product shares), {@code x_ij / X_i} for exports by reporter and partner (partner shares).
   *
   * <p>Rows whose total is zero are left out and listed in {@link LabeledMatrix#excluded()}; each row
   * equals {@link #shares(double[])} of that row bit for bit.
   *
   * @param values the values, cells ≥ 0, not null
   * @return shares with the same columns and the defined rows, never null
   * @throws IllegalArgumentException if a cell is negative
   */
  public static LabeledMatrix sharesByRow(LabeledMatrix values) {
    Checks.nonNegative("values", values);
    return Panels.mapRows(values, Shares::shares);
  }

  /**
   * The shares kernel: validates, sums with compensation, and divides.
   *
   * @param name the argument name for messages
   * @param values the values
   * @param indicator the indicator for the undefined-result message, e.g. {@code "HHI is"}
   */
  static double[] of(String name, double[] values, String indicator) {
    Objects.requireNonNull(values, name);
    Checks.nonNegativeNotEmpty(name, values);
    double total = total(name, values, 0, values.length, indicator);
    double[] s = new double[values.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = values[i] / total;
    }
    return s;
  }

  /**
   * The compensated total of {@code values[from, to)} ({@link Sums#sum(double[], int, int)}), the
   * denominator of the shares; the values are already checked finite and non-negative.
   *
   * @throws UndefinedIndicatorException if the total is zero: {@code "<indicator> undefined: total
   *     of <name> = 0"}
   */
  static double total(String name, double[] values, int from, int to, String indicator) {
    double total = Sums.sum(values, from, to);
    if (total == 0) {
      throw new UndefinedIndicatorException(indicator + " undefined: total of " + name + " = 0");
    }
    return total;
  }

  /**
   * Returns the share of each group of flows in their total, e.g. partner shares of a reporter's
   * exports with {@code FlowPivot.partner()}. Equals {@link #shares(double[])} of the pivoted
   * values ({@link FlowPivot#vector}) bit for bit.
   *
   * @param flows the flows, in one currency, not empty, not null
   * @param by the key to group by, not null
   * @return the share per key, in order of first appearance, never null
   * @throws IllegalArgumentException if there are no flows or they mix currencies
   * @throws UndefinedIndicatorException if every value is zero
   */
  public static LabeledVector shares(TradeFlows flows, Function<? super TradeFlow, String> by) {
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(by, "by");
    LabeledVector v = FlowPivot.vector(flows, by);
    return LabeledVector.of(v.labels(), shares(v.toArray()));
  }
}
