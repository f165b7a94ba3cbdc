package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable dense matrix of finite {@code double} values with labelled rows and columns, and the
 * rows and columns that were left out of it and why.
 *
 * <p>It is both the input of the panel calculators (exports by country and product, trade by
 * reporter and partner) and their output (an RCA matrix, a trade-intensity matrix). Values are stored
 * row-major. Values are always finite: a row or column for which an indicator is undefined is not in
 * the matrix but in {@link #excluded()}.
 *
 * <pre>{@code
 * LabeledMatrix x = LabeledMatrix.of(
 *     List.of("CHN", "IDN"), List.of("8517", "1511"),
 *     new double[] {
 *         90, 10,   // CHN
 *          5, 45}); // IDN
 * x.get("IDN", "1511");   // 45.0
 * x.row("CHN");           // LabeledVector{8517=90.0, 1511=10.0}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LabeledMatrix {

  private static final int SHOWN_ROWS = 8;

  private final ImmutableList<String> rowLabels;
  private final ImmutableList<String> columnLabels;
  private final ImmutableMap<String, Integer> rowIndex;
  private final ImmutableMap<String, Integer> columnIndex;
  private final double[] values;
  private final ImmutableList<Exclusion> excluded;

  private LabeledMatrix(
      ImmutableList<String> rowLabels,
      ImmutableList<String> columnLabels,
      double[] values,
      ImmutableList<Exclusion> excluded) {
    this.rowLabels = rowLabels;
    this.columnLabels = columnLabels;
    this.rowIndex = LabeledVector.indexOf(rowLabels, "rowLabels");
    this.columnIndex = LabeledVector.indexOf(columnLabels, "columnLabels");
    this.values = values;
    this.excluded = excluded;
  }

  /**
   * Returns a matrix with nothing excluded.
   *
   * @param rowLabels unique, non-blank row labels, not null
   * @param columnLabels unique, non-blank column labels, not null
   * @param rowMajor {@code rows × columns} finite values, row after row, not null; copied
   * @return the matrix, never null
   * @throws IllegalArgumentException if the array length is not {@code rows × columns}, a label
   *     repeats or is blank, or a value is not finite
   */
  public static LabeledMatrix of(
      List<String> rowLabels, List<String> columnLabels, double[] rowMajor) {
    return of(rowLabels, columnLabels, rowMajor, List.of());
  }

  /**
   * Returns a matrix with the given exclusions.
   *
   * @param rowLabels unique, non-blank row labels, not null
   * @param columnLabels unique, non-blank column labels, not null
   * @param rowMajor {@code rows × columns} finite values, row after row, not null; copied
   * @param excluded the rows and columns left out and why, not null
   * @return the matrix, never null
   * @throws IllegalArgumentException if the array length is not {@code rows × columns}, a label
   *     repeats or is blank, a value is not finite, or an excluded row or column is also present
   */
  public static LabeledMatrix of(
      List<String> rowLabels,
      List<String> columnLabels,
      double[] rowMajor,
      List<Exclusion> excluded) {
    return create(rowLabels, columnLabels, rowMajor, excluded, true);
  }

  private static LabeledMatrix create(
      List<String> rowLabels,
      List<String> columnLabels,
      double[] rowMajor,
      List<Exclusion> excluded,
      boolean copyValues) {
    Objects.requireNonNull(rowLabels, "rowLabels");
    Objects.requireNonNull(columnLabels, "columnLabels");
    Objects.requireNonNull(rowMajor, "rowMajor");
    Objects.requireNonNull(excluded, "excluded");
    long cells = (long) rowLabels.size() * columnLabels.size();
    if (cells != rowMajor.length) {
      throw new IllegalArgumentException(
          "rowMajor has "
              + rowMajor.length
              + " values: expected rows × columns = "
              + rowLabels.size()
              + " × "
              + columnLabels.size()
              + " = "
              + cells);
    }
    double[] copy = copyValues ? rowMajor.clone() : rowMajor;
    checkFinite(rowLabels, columnLabels, copy);
    LabeledMatrix m =
        new LabeledMatrix(
            ImmutableList.copyOf(rowLabels),
            ImmutableList.copyOf(columnLabels),
            copy,
            ImmutableList.copyOf(excluded));
    for (Exclusion e : m.excluded) {
      boolean present =
          e.axis() == Exclusion.Axis.COLUMN
              ? m.columnIndex.containsKey(e.label())
              : m.rowIndex.containsKey(e.label());
      if (present) {
        throw new IllegalArgumentException(
            "excluded "
                + e.axis()
                + " "
                + e.label()
                + " is also in the matrix: expected it in one of the two");
      }
    }
    return m;
  }

  /**
   * {@link #of(List, List, double[], List)} without the copy of {@code rowMajor}: for arrays that a
   * calculator of this package has just filled and hands over. Validates the same way.
   */
  static LabeledMatrix wrap(
      List<String> rowLabels,
      List<String> columnLabels,
      double[] rowMajor,
      List<Exclusion> excluded) {
    return create(rowLabels, columnLabels, rowMajor, excluded, false);
  }

  private static void checkFinite(
      List<String> rowLabels, List<String> columnLabels, double[] copy) {
    int cols = columnLabels.size();
    for (int i = 0; i < copy.length; i++) {
      if (!Double.isFinite(copy[i])) {
        throw new IllegalArgumentException(
            "value at ("
                + rowLabels.get(i / cols)
                + ", "
                + columnLabels.get(i % cols)
                + ") = "
                + copy[i]
                + ": expected a finite number");
      }
    }
  }

  /**
   * The values, row after row, without a copy: for calculators of this package that only read
   * them. Never modify the returned array.
   */
  double[] values() {
    return values;
  }

  /**
   * Returns the row labels, in order.
   *
   * @return the row labels, never null
   */
  public ImmutableList<String> rowLabels() {
    return rowLabels;
  }

  /**
   * Returns the column labels, in order.
   *
   * @return the column labels, never null
   */
  public ImmutableList<String> columnLabels() {
    return columnLabels;
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count, zero or more
   */
  public int rowCount() {
    return rowLabels.size();
  }

  /**
   * Returns the number of columns.
   *
   * @return the column count, zero or more
   */
  public int columnCount() {
    return columnLabels.size();
  }

  /**
   * Returns the value of a cell.
   *
   * @param row the row position, from 0 to {@code rowCount() - 1}
   * @param column the column position, from 0 to {@code columnCount() - 1}
   * @return the value, finite
   * @throws IndexOutOfBoundsException if a position is outside the matrix
   */
  public double get(int row, int column) {
    Objects.checkIndex(row, rowLabels.size());
    Objects.checkIndex(column, columnLabels.size());
    return values[row * columnLabels.size() + column];
  }

  /**
   * Returns the value of a cell by its labels.
   *
   * @param row the row label, not null
   * @param column the column label, not null
   * @return the value, finite
   * @throws IllegalArgumentException if a label is not in the matrix; the message gives the reason
   *     when it was excluded
   */
  public double get(String row, String column) {
    return values[rowPosition(row) * columnLabels.size() + columnPosition(column)];
  }

  /**
   * Returns the position of a row label.
   *
   * @param row the row label, not null
   * @return the position, from 0 to {@code rowCount() - 1}
   * @throws IllegalArgumentException if the label is not a row of this matrix
   */
  public int rowPosition(String row) {
    Objects.requireNonNull(row, "row");
    Integer i = rowIndex.get(row);
    if (i == null) {
      throw new IllegalArgumentException("row " + LabeledVector.missing(row, excluded));
    }
    return i;
  }

  /**
   * Returns the position of a column label.
   *
   * @param column the column label, not null
   * @return the position, from 0 to {@code columnCount() - 1}
   * @throws IllegalArgumentException if the label is not a column of this matrix
   */
  public int columnPosition(String column) {
    Objects.requireNonNull(column, "column");
    Integer i = columnIndex.get(column);
    if (i == null) {
      throw new IllegalArgumentException("column " + LabeledVector.missing(column, excluded));
    }
    return i;
  }

  /**
   * Returns one row as a vector keyed by the column labels.
   *
   * @param row the row label, not null
   * @return the row, never null
   * @throws IllegalArgumentException if the label is not a row of this matrix
   */
  public LabeledVector row(String row) {
    int r = rowPosition(row);
    int cols = columnLabels.size();
    return LabeledVector.of(columnLabels, Arrays.copyOfRange(values, r * cols, (r + 1) * cols));
  }

  /**
   * Returns one column as a vector keyed by the row labels.
   *
   * @param column the column label, not null
   * @return the column, never null
   * @throws IllegalArgumentException if the label is not a column of this matrix
   */
  public LabeledVector column(String column) {
    int c = columnPosition(column);
    int rows = rowLabels.size();
    int cols = columnLabels.size();
    double[] v = new double[rows];
    for (int r = 0; r < rows; r++) {
      v[r] = values[r * cols + c];
    }
    return LabeledVector.of(rowLabels, v);
  }

  /**
   * Returns a copy of the values, row after row.
   *
   * @return a new array of {@code rowCount() × columnCount()} values, never null
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * Returns the rows and columns left out of this matrix and why.
   *
   * @return the exclusions, never null, possibly empty
   */
  public ImmutableList<Exclusion> excluded() {
    return excluded;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LabeledMatrix that)) {
      return false;
    }
    return rowLabels.equals(that.rowLabels)
        && columnLabels.equals(that.columnLabels)
        && Arrays.equals(values, that.values)
        && excluded.equals(that.excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowLabels, columnLabels, Arrays.hashCode(values), excluded);
  }

  /**
   * Returns a compact form: the dimensions, the first rows, and the exclusions, such as {@code
   * LabeledMatrix 2×2 [CHN: 8517=90.0, 1511=10.0; IDN: 8517=5.0, 1511=45.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("LabeledMatrix ")
            .append(rowLabels.size())
            .append('×')
            .append(columnLabels.size())
            .append(" [");
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < Math.min(SHOWN_ROWS, rowLabels.size()); r++) {
      StringBuilder row = new StringBuilder(rowLabels.get(r)).append(':');
      for (int c = 0; c < Math.min(6, columnLabels.size()); c++) {
        row.append(c == 0 ? " " : ", ")
            .append(columnLabels.get(c))
            .append('=')
            .append(values[r * columnLabels.size() + c]);
      }
      if (columnLabels.size() > 6) {
        row.append(", …");
      }
      rows.add(row.toString());
    }
    s.append(String.join("; ", rows));
    if (rowLabels.size() > SHOWN_ROWS) {
      s.append("; … ").append(rowLabels.size() - SHOWN_ROWS).append(" more rows");
    }
    s.append(']');
    if (!excluded.isEmpty()) {
      s.append(" excluded ").append(excluded);
    }
    return s.toString();
  }
}
