package io.github.digitrade.calc;

import java.util.Objects;

/**
 * The argument checks of the calculators: those over arrays and labelled results; the wording of
 * every message is {@link io.github.digitrade.internal.Checks}'s, the project's one home of
 * argument checks.
 */
final class Checks {

  private Checks() {}

  /** Rejects a NaN or infinite value: {@code gdp = NaN: expected a finite number}. */
  static double finite(String name, double value) {
    return io.github.digitrade.internal.Checks.finite(name, value);
  }

  /** Rejects a negative, NaN or infinite value: {@code exports = -1.0: expected a finite number ≥ 0}. */
  static double nonNegative(String name, double value) {
    return io.github.digitrade.internal.Checks.nonNegative(name, value);
  }

  /** Rejects a value that is not finite and strictly positive. */
  static double positive(String name, double value) {
    return io.github.digitrade.internal.Checks.positive(name, value);
  }

  /**
   * Rejects a null array and any element that is negative, NaN or infinite: {@code values[2] = -1.0:
   * expected a finite number ≥ 0}.
   */
  static double[] nonNegative(String name, double[] values) {
    Objects.requireNonNull(values, name);
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
        io.github.digitrade.internal.Checks.nonNegative(name + "[" + i + "]", v);
      }
    }
    return values;
  }

  /** Rejects a null or empty array, then as {@link #nonNegative(String, double[])}. */
  static double[] nonNegativeNotEmpty(String name, double[] values) {
    notEmpty(name, values);
    return nonNegative(name, values);
  }

  /** Rejects a null or empty array: {@code values is empty: expected at least one value}. */
  static double[] notEmpty(String name, double[] values) {
    Objects.requireNonNull(values, name);
    if (values.length == 0) {
      throw new IllegalArgumentException(name + " is empty: expected at least one value");
    }
    return values;
  }

  /** Rejects a null or too short array: {@code series has 1 value: expected at least 2}. */
  static double[] atLeast(String name, double[] values, int minimum) {
    Objects.requireNonNull(values, name);
    if (values.length < minimum) {
      throw new IllegalArgumentException(
          name
              + " has "
              + values.length
              + (values.length == 1 ? " value" : " values")
              + ": expected at least "
              + minimum);
    }
    return values;
  }

  /** Rejects arrays of different lengths, naming both. */
  static void sameLength(String nameA, double[] a, String nameB, double[] b) {
    Objects.requireNonNull(a, nameA);
    Objects.requireNonNull(b, nameB);
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          nameA
              + " has "
              + a.length
              + " values and "
              + nameB
              + " has "
              + b.length
              + ": expected the same length");
    }
  }

  /**
   * Rejects a matrix with a negative cell, naming the cell: {@code exports at (CHN, 8517) = -1.0:
   * expected a finite number ≥ 0}. Cells are finite by construction of {@link LabeledMatrix}.
   */
  static LabeledMatrix nonNegative(String name, LabeledMatrix m) {
    Objects.requireNonNull(m, name);
    int cols = m.columnCount();
    double[] values = m.values();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (v < 0) {
        io.github.digitrade.internal.Checks.nonNegative(
            name + " at (" + m.rowLabels().get(i / cols) + ", " + m.columnLabels().get(i % cols) + ")",
            v);
      }
    }
    return m;
  }

  /** Rejects a vector with a negative value, naming the label. */
  static LabeledVector nonNegative(String name, LabeledVector v) {
    Objects.requireNonNull(v, name);
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i) < 0) {
        io.github.digitrade.internal.Checks.nonNegative(name + " at " + v.labels().get(i), v.get(i));
      }
    }
    return v;
  }

  /** Rejects a count below a minimum: {@code k = 0: expected an integer ≥ 1}. */
  static int atLeast(String name, int value, int minimum) {
    return io.github.digitrade.internal.Checks.atLeast(name, value, minimum);
  }

  /** Formats a quantity for an undefined-result message: whole numbers without ".0". */
  static String show(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
