package io.github.digitrade.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The exact sum of finite {@code double} values, kept as a short list of non-overlapping partial
 * sums (Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast Robust Geometric
 * Predicates", Discrete &amp; Computational Geometry 18, 1997), and rounded once, to nearest with
 * ties to even, when read.
 *
 * <p><b>Bound.</b> Every {@link #add(double)} and {@link #addAll(ExactSum)} is exact: the partials
 * always represent the mathematical sum of the values added, with no rounding at all. {@link
 * #value()} returns that sum correctly rounded, so its error is at most half a unit in the last
 * place (relative error at most 2<sup>-53</sup>), and the result is the same double, to the last
 * bit, whatever the order of the values and however they were split between accumulators and
 * merged. That is why Spark aggregations use it: the result does not depend on partitioning.
 * The one limit is range: a partial whose magnitude exceeds {@link Double#MAX_VALUE} is an {@link
 * ArithmeticException}.
 *
 * <p>For the non-negative values of trade data the list is short (typically 1 to 3 partials; at
 * most about 40, the exponent range over 53 bits).
 *
 * <pre>{@code
 * ExactSum s = ExactSum.empty().add(1e16).add(1.0).add(-1e16);
 * s.value();   // 1.0; naive left-to-right summation gives 0.0
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe: a Spark aggregation buffer.
 */
public final class ExactSum implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Non-overlapping partials in increasing magnitude; only the first {@code count} are used. */
  private double[] partials = new double[4];

  /** How many of {@code partials} are in use. */
  private int count;

  private ExactSum() {}

  /**
   * Returns a new accumulator holding zero.
   *
   * @return the accumulator, never null
   */
  public static ExactSum empty() {
    return new ExactSum();
  }

  /**
   * Adds a value, exactly.
   *
   * @param x a finite value
   * @return this accumulator
   * @throws IllegalArgumentException if {@code x} is NaN or infinite
   * @throws ArithmeticException if the sum leaves the range of {@code double}
   */
  public ExactSum add(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("x = " + x + ": expected a finite value");
    }
    int kept = 0;
    double carry = x;
    for (int p = 0; p < count; p++) {
      double y = partials[p];
      double big = Math.abs(carry) >= Math.abs(y) ? carry : y;
      double small = big == carry ? y : carry;
      double hi = big + small;
      // Dekker's FastTwoSum: with |big| >= |small|, lo is the exact rounding error of hi
      double lo = small - (hi - big);
      if (lo != 0.0) {
        partials[kept++] = lo;
      }
      carry = hi;
    }
    if (Double.isInfinite(carry)) {
      throw new ArithmeticException("the sum exceeds " + Double.MAX_VALUE + ", the largest double");
    }
    if (kept == partials.length) {
      partials = Arrays.copyOf(partials, kept * 2);
    }
    partials[kept++] = carry;
    count = kept;
    return this;
  }

  /**
   * Adds every value another accumulator holds, exactly; the other accumulator is not changed.
   *
   * @param other the accumulator to merge, not null
   * @return this accumulator
   * @throws ArithmeticException if the sum leaves the range of {@code double}
   */
  public ExactSum addAll(ExactSum other) {
    // copy first: other may be this accumulator
    double[] theirs = Arrays.copyOf(other.partials, other.count);
    for (double y : theirs) {
      add(y);
    }
    return this;
  }

  /**
   * Returns the sum, correctly rounded to the nearest double (ties to even).
   *
   * @return the sum; {@code 0.0} for an empty accumulator
   */
  public double value() {
    int n = count;
    if (n == 0) {
      return 0.0;
    }
    double hi = partials[--n];
    double lo = 0.0;
    // add partials from the largest down until one addition is inexact: the partials are
    // non-overlapping, so the rest cannot change the rounding except in the half-way case below
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) {
        break;
      }
    }
    // hi + lo is exact and hi is rounded to even; when lo is exactly half an ulp and the
    // remaining partials push the same way, the true sum lies past the half-way point
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) {
        hi = x;
      }
    }
    return hi;
  }

  /**
   * Returns the number of partials held, 0 for an empty accumulator; a measure of its size.
   *
   * @return the count, zero or more
   */
  public int partials() {
    return count;
  }

  /**
   * Returns the sum and the partials, such as {@code ExactSum[1.0; 2 partials]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "ExactSum[" + value() + "; " + count + (count == 1 ? " partial]" : " partials]");
  }
}
