package io.github.digitrade.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects (row, column, value) records, such as (exporter, product, exports), into a {@link
 * LabeledMatrix}: the step every face of the library takes before calling a panel calculator.
 *
 * <p>Rows and columns appear in the order they are first seen; cells never given are 0. Repeated
 * cells are summed with compensation ({@link Sums}) or rejected, by an explicit {@link
 * DuplicatePolicy}. Values are trade values: finite and ≥ 0.
 *
 * <pre>{@code
 * LabeledMatrix x = Pivot.create()
 *     .add("CHN", "8517", 90).add("CHN", "1511", 10)
 *     .add("IDN", "1511", 45).add("IDN", "8517", 5)
 *     .toMatrix();
 * // LabeledMatrix 2×2 [CHN: 8517=90.0, 1511=10.0; IDN: 8517=5.0, 1511=45.0]
 * }</pre>
 *
 * <p>A pivot is mutable and not thread-safe; the matrices it builds are immutable.
 */
public final class Pivot {

  /** Row label → column position → the values given for that cell. */
  private final Map<String, Map<Integer, List<Double>>> cells = new LinkedHashMap<>();

  /** Column label → position, in first-seen order. */
  private final Map<String, Integer> columns = new LinkedHashMap<>();

  private Pivot() {}

  /**
   * Returns an empty pivot.
   *
   * @return a new pivot, never null
   */
  public static Pivot create() {
    return new Pivot();
  }

  /**
   * Adds one record.
   *
   * @param row the row label, such as an exporter, not blank
   * @param column the column label, such as a product, not blank
   * @param value the value, a finite number ≥ 0
   * @return this pivot, for chaining
   * @throws IllegalArgumentException if a label is blank or the value is negative or not finite
   */
  public Pivot add(String row, String column, double value) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    if (row.isBlank() || column.isBlank()) {
      throw new IllegalArgumentException(
          "cell (\"" + row + "\", \"" + column + "\"): expected non-blank row and column labels");
    }
    Checks.nonNegative("value at (" + row + ", " + column + ")", value);
    int c = columns.computeIfAbsent(column, k -> columns.size());
    cells
        .computeIfAbsent(row, r -> new LinkedHashMap<>())
        .computeIfAbsent(c, k -> new ArrayList<>())
        .add(value);
    return this;
  }

  /**
   * Returns the matrix, summing repeated cells ({@link DuplicatePolicy#SUM}).
   *
   * @return the matrix, never null; 0 × 0 when nothing was added
   */
  public LabeledMatrix toMatrix() {
    return toMatrix(DuplicatePolicy.SUM);
  }

  /**
   * Returns the matrix under a duplicate policy.
   *
   * @param duplicates whether repeated cells are summed or rejected, not null
   * @return the matrix, never null
   * @throws IllegalArgumentException under {@link DuplicatePolicy#REJECT} if a cell was given more
   *     than once; the message names the cell and its values
   */
  public LabeledMatrix toMatrix(DuplicatePolicy duplicates) {
    Objects.requireNonNull(duplicates, "duplicates");
    List<String> rowLabels = new ArrayList<>(cells.keySet());
    List<String> columnLabels = new ArrayList<>(columns.keySet());
    int cols = columnLabels.size();
    double[] v = new double[rowLabels.size() * cols];
    int r = 0;
    for (Map.Entry<String, Map<Integer, List<Double>>> row : cells.entrySet()) {
      for (Map.Entry<Integer, List<Double>> e : row.getValue().entrySet()) {
        List<Double> values = e.getValue();
        if (duplicates == DuplicatePolicy.REJECT && values.size() > 1) {
          throw new IllegalArgumentException(
              "cell ("
                  + row.getKey()
                  + ", "
                  + columnLabels.get(e.getKey())
                  + ") is given "
                  + values.size()
                  + " times "
                  + values
                  + ": expected one value per cell under DuplicatePolicy.REJECT");
        }
        double[] terms = values.stream().mapToDouble(Double::doubleValue).toArray();
        v[r * cols + e.getKey()] = Sums.sum(terms);
      }
      r++;
    }
    return LabeledMatrix.of(rowLabels, columnLabels, v);
  }
}
