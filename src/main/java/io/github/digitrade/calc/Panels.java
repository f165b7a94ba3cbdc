package io.github.digitrade.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Applies a scalar kernel row by row, so that a panel result equals the scalar result bit for bit,
 * and turns an undefined row into a listed exclusion instead of a NaN.
 */
final class Panels {

  private Panels() {}

  /** The values of row {@code r} of a row-major array with {@code cols} columns. */
  static double[] row(double[] rowMajor, int cols, int r) {
    return Arrays.copyOfRange(rowMajor, r * cols, (r + 1) * cols);
  }

  /** The values of column {@code c} of a row-major array with {@code rows} rows. */
  static double[] column(double[] rowMajor, int rows, int cols, int c) {
    double[] v = new double[rows];
    for (int r = 0; r < rows; r++) {
      v[r] = rowMajor[r * cols + c];
    }
    return v;
  }

  /**
   * One value per row: {@code kernel(row)}; a row for which the kernel throws {@link
   * UndefinedIndicatorException} is excluded with the exception's message as the reason.
   */
  static LabeledVector byRow(LabeledMatrix m, ToDoubleFunction<double[]> kernel) {
    int cols = m.columnCount();
    return byRowRange(m, (v, from, to) -> kernel.applyAsDouble(row(v, cols, from / Math.max(1, cols))));
  }

  /** A kernel over the range {@code [from, to)} of an array that it reads and does not change. */
  @FunctionalInterface
  interface RangeKernel {
    double apply(double[] values, int from, int to);
  }

  /**
   * As {@link #byRow(LabeledMatrix, ToDoubleFunction)}, with a kernel that reads each row in place
   * in the matrix's array (a row is {@code [r·cols, (r + 1)·cols)}) instead of a copy.
   */
  static LabeledVector byRowRange(LabeledMatrix m, RangeKernel kernel) {
    double[] v = m.values(); // read only
    int cols = m.columnCount();
    List<String> labels = new ArrayList<>();
    double[] out = new double[m.rowCount()];
    List<Exclusion> excluded = new ArrayList<>(m.excluded());
    int n = 0;
    for (int r = 0; r < m.rowCount(); r++) {
      String label = m.rowLabels().get(r);
      try {
        out[n] = kernel.apply(v, r * cols, (r + 1) * cols);
        labels.add(label);
        n++;
      } catch (UndefinedIndicatorException e) {
        excluded.add(new Exclusion(Exclusion.Axis.ROW, label, String.valueOf(e.getMessage())));
      }
    }
    return LabeledVector.of(labels, Arrays.copyOf(out, n), excluded);
  }

  /**
   * One row of values per row: {@code kernel(row)}, which must return as many values as there are
   * columns; undefined rows are excluded as in {@link #byRow(LabeledMatrix, ToDoubleFunction)}.
   */
  static LabeledMatrix mapRows(LabeledMatrix m, Function<double[], double[]> kernel) {
    double[] v = m.toArray();
    int cols = m.columnCount();
    List<String> labels = new ArrayList<>();
    double[] out = new double[v.length];
    List<Exclusion> excluded = new ArrayList<>(m.excluded());
    int n = 0;
    for (int r = 0; r < m.rowCount(); r++) {
      String label = m.rowLabels().get(r);
      try {
        System.arraycopy(kernel.apply(row(v, cols, r)), 0, out, n * cols, cols);
        labels.add(label);
        n++;
      } catch (UndefinedIndicatorException e) {
        excluded.add(new Exclusion(Exclusion.Axis.ROW, label, String.valueOf(e.getMessage())));
      }
    }
    return LabeledMatrix.of(labels, m.columnLabels(), Arrays.copyOf(out, n * cols), excluded);
  }
}
