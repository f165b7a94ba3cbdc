package io.github.digitrade.calc;

import java.util.Objects;

/**
 * Compensated summation of {@code double} values, the summation every calculator in this package
 * uses.
 *
 * <p>The algorithm is Neumaier's improvement of Kahan summation (Neumaier 1974, "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen", ZAMM 54). A running compensation term collects the
 * low-order bits lost at each addition, including the case where the next term is larger in magnitude
 * than the running sum, which plain Kahan summation misses.
 *
 * <p><b>Error bound.</b> For {@code n} finite terms {@code x_i} with exact sum {@code S}, the computed
 * sum {@code Ŝ} satisfies {@code |Ŝ − S| ≤ 2u·|S| + 2n·u²·Σ|x_i|}, where {@code u = 2^-53} is the unit
 * roundoff of {@code double}. In words: unless the terms cancel almost completely, the result is
 * correct to about one rounding of the final value, whatever the order of the terms. A plain loop has
 * the weaker bound {@code (n−1)·u·Σ|x_i|}.
 *
 * <p>All methods reject non-finite terms with an {@link IllegalArgumentException} naming the index and
 * the value. This class is stateless and thread-safe.
 *
 * <pre>{@code
 * Sums.sum(new double[] {1e100, 1.0, -1e100});  // 1.0 (a plain loop gives 0.0)
 * }</pre>
 */
public final class Sums {

  /** The unit roundoff of {@code double}, {@code 2^-53}. */
  public static final double UNIT_ROUNDOFF = 0x1.0p-53;

  private Sums() {}

  /**
   * Returns the compensated sum of all values.
   *
   * @param values the terms, not null; may be empty (the sum is then 0)
   * @return the sum, within the bound stated in the class documentation
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static double sum(double[] values) {
    Objects.requireNonNull(values, "values");
    return sum(values, 0, values.length);
  }

  /**
   * Returns the compensated sum of {@code values[from]} to {@code values[to - 1]}.
   *
   * @param values the terms, not null
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @return the sum, within the bound stated in the class documentation; 0 for an empty range
   * @throws IndexOutOfBoundsException if the range is outside the array
   * @throws IllegalArgumentException if a value in the range is NaN or infinite
   * @throws ArithmeticException if the finite values add up to more than the {@code double} range
   */
  public static double sum(double[] values, int from, int to) {
    Objects.requireNonNull(values, "values");
    Objects.checkFromToIndex(from, to, values.length);
    double s = 0.0;
    double c = 0.0;
    for (int i = from; i < to; i++) {
      double x = values[i];
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException(
            "values[" + i + "] = " + x + ": expected a finite number");
      }
      double t = s + x;
      c += neumaierError(s, x, t);
      s = t;
    }
    double sum = s + c;
    if (!Double.isFinite(sum)) {
      throw overflow("values[" + from + ".." + to + ")");
    }
    return sum;
  }

  /**
   * The compensation term of one step of Neumaier's sum: the rounding error of {@code t = s + x},
   * {@code (s − t) + x} if {@code |s| ≥ |x|}, else {@code (x − t) + s}. The step of {@link
   * #sum(double[], int, int)} and of every sum in this package that must equal it bit for bit.
   */
  static double neumaierError(double s, double x, double t) {
    return Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
  }

  /**
   * Returns the error for a sum of finite values that overflows the {@code double} range, such as
   * two values of 1e308: {@code sum of values[0..2) overflows: the total exceeds
   * 1.7976931348623157E308; expected values whose total fits a double (rescale them, e.g. to
   * thousands)}.
   *
   * @param what the values summed, for the message, not null
   * @return the exception, to be thrown
   */
  public static ArithmeticException overflow(String what) {
    return new ArithmeticException(
        "sum of "
            + Objects.requireNonNull(what, "what")
            + " overflows: the total exceeds "
            + Double.MAX_VALUE
            + "; expected values whose total fits a double (rescale them, e.g. to thousands)");
  }

  /**
   * Returns the exact rounding error of a floating-point addition: for {@code sum = a + b} as
   * computed in {@code double}, {@code (a + b) − sum} exactly (Knuth's TwoSum, six operations, no
   * branch). Adding these errors into a separate compensation term is the same compensation as
   * {@link #sum(double[])}; the columnar table uses it to keep one compensated sum per cell.
   *
   * <pre>{@code
   * double s = 1e16 + 1.0;                    // 1.0E16: the 1 is lost
   * Sums.additionError(1e16, 1.0, s);         // 1.0: what was lost
   * }</pre>
   *
   * @param a the first term, finite
   * @param b the second term, finite
   * @param sum {@code a + b} as computed in {@code double}
   * @return the exact error {@code (a + b) − sum}, itself a {@code double}
   */
  public static double additionError(double a, double b, double sum) {
    double z = sum - a;
    return (a - (sum - z)) + (b - z);
  }

  /**
   * Returns the bound on the absolute error of {@link #sum(double[])} for these values, {@code 2u·|S| +
   * 2n·u²·Σ|x_i|} evaluated with the computed sum in place of {@code S}.
   *
   * @param values the terms, not null
   * @return a non-negative error bound
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static double errorBound(double[] values) {
    double s = sum(values);
    double abs = 0.0;
    for (double x : values) {
      abs += Math.abs(x);
    }
    int n = values.length;
    // the absolute sum itself carries rounding; inflate it by n·u to stay an upper bound
    double absUpper = abs * (1.0 + n * UNIT_ROUNDOFF) + Double.MIN_VALUE;
    return 2.0 * UNIT_ROUNDOFF * Math.abs(s) * (1.0 + 4.0 * UNIT_ROUNDOFF)
        + 2.0 * n * UNIT_ROUNDOFF * UNIT_ROUNDOFF * absUpper
        + Double.MIN_VALUE;
  }
}
