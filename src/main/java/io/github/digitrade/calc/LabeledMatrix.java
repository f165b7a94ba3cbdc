package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Predicate;
import java.util.stream.IntStream;
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

  /**
   * Returns the rows whose label passes a test, in order. Exclusions are kept.
   *
   * @param keep the test, not null
   * @return a new matrix, never null
   */
  public LabeledMatrix filterRows(Predicate<? super String> keep) {
    Objects.requireNonNull(keep, "keep");
    return select(
        IntStream.range(0, rowLabels.size()).filter(r -> keep.test(rowLabels.get(r))).toArray(),
        IntStream.range(0, columnLabels.size()).toArray());
  }

  /**
   * Returns the columns whose label passes a test, in order. Exclusions are kept.
   *
   * @param keep the test, not null
   * @return a new matrix, never null
   */
  public LabeledMatrix filterColumns(Predicate<? super String> keep) {
    Objects.requireNonNull(keep, "keep");
    return select(
        IntStream.range(0, rowLabels.size()).toArray(),
        IntStream.range(0, columnLabels.size())
            .filter(c -> keep.test(columnLabels.get(c)))
            .toArray());
  }

  /**
   * Returns the rows sorted by their value in one column, largest first; ties keep row order.
   *
   * <pre>{@code
   * rca.sortedBy("851712");   // the strongest exporters of smartphones first
   * }</pre>
   *
   * @param column the column label, not null
   * @return a new matrix, never null
   * @throws IllegalArgumentException if the column is not in the matrix
   */
  public LabeledMatrix sortedBy(String column) {
    return top(rowLabels.size(), column);
  }

  /**
   * Returns the {@code k} rows with the largest values in one column, largest first; ties keep row
   * order. Exclusions are kept.
   *
   * @param k how many rows, zero or more; more than {@link #rowCount()} keeps every row
   * @param column the column label, not null
   * @return a new matrix, never null
   * @throws IllegalArgumentException if {@code k} is negative or the column is not in the matrix
   */
  public LabeledMatrix top(int k, String column) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + ": expected zero or more");
    }
    int c = columnPosition(column);
    int cols = columnLabels.size();
    int[] rows =
        IntStream.range(0, rowLabels.size())
            .boxed()
            .sorted(Comparator.comparingDouble((Integer r) -> values[r * cols + c]).reversed())
            .limit(k)
            .mapToInt(Integer::intValue)
            .toArray();
    return select(rows, IntStream.range(0, cols).toArray());
  }

  private LabeledMatrix select(int[] rows, int[] columns) {
    int cols = columnLabels.size();
    double[] v = new double[rows.length * columns.length];
    ImmutableList.Builder<String> rl = ImmutableList.builder();
    ImmutableList.Builder<String> cl = ImmutableList.builder();
    for (int i = 0; i < rows.length; i++) {
      rl.add(rowLabels.get(rows[i]));
      for (int j = 0; j < columns.length; j++) {
        v[i * columns.length + j] = values[rows[i] * cols + columns[j]];
      }
    }
    for (int j : columns) {
      cl.add(columnLabels.get(j));
    }
    return new LabeledMatrix(rl.build(), cl.build(), v, excluded);
  }

  /**
   * Returns the cell-by-cell sum with another matrix, aligned by row and column labels; both must
   * have the same labels (in any order). See {@link #plus(LabeledMatrix, MissingLabels)}.
   *
   * @param other the other matrix, not null
   * @return the sums, never null
   * @throws IllegalArgumentException if a row or column label is in one matrix only
   */
  public LabeledMatrix plus(LabeledMatrix other) {
    return plus(other, MissingLabels.REJECT);
  }

  /**
   * Returns the cell-by-cell sum with another matrix, aligned by row and column labels, treating a
   * row or column that only one matrix has as {@code missing} says ({@link MissingLabels#EXCLUDE}
   * lists it as an excluded row or column). Labels come in this matrix's order, then the other's
   * new ones; exclusions of both inputs are kept.
   *
   * @param other the other matrix, not null
   * @param missing how a row or column of one side only is treated, not null
   * @return the sums, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one matrix
   *     only
   */
  public LabeledMatrix plus(LabeledMatrix other, MissingLabels missing) {
    return combine(other, missing, "plus", (a, b) -> a + b);
  }

  /**
   * Returns the cell-by-cell difference {@code this − other}; see {@link #plus(LabeledMatrix)}.
   *
   * @param other the other matrix, not null
   * @return the differences, never null
   * @throws IllegalArgumentException if a row or column label is in one matrix only
   */
  public LabeledMatrix minus(LabeledMatrix other) {
    return minus(other, MissingLabels.REJECT);
  }

  /**
   * Returns the cell-by-cell difference; see {@link #plus(LabeledMatrix, MissingLabels)}.
   *
   * @param other the other matrix, not null
   * @param missing how a row or column of one side only is treated, not null
   * @return the differences, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one matrix
   *     only
   */
  public LabeledMatrix minus(LabeledMatrix other, MissingLabels missing) {
    return combine(other, missing, "minus", (a, b) -> a - b);
  }

  /**
   * Returns the cell-by-cell product; see {@link #plus(LabeledMatrix)}.
   *
   * @param other the other matrix, not null
   * @return the products, never null
   * @throws IllegalArgumentException if a row or column label is in one matrix only
   */
  public LabeledMatrix times(LabeledMatrix other) {
    return times(other, MissingLabels.REJECT);
  }

  /**
   * Returns the cell-by-cell product; see {@link #plus(LabeledMatrix, MissingLabels)}.
   *
   * @param other the other matrix, not null
   * @param missing how a row or column of one side only is treated, not null
   * @return the products, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one matrix
   *     only
   */
  public LabeledMatrix times(LabeledMatrix other, MissingLabels missing) {
    return combine(other, missing, "times", (a, b) -> a * b);
  }

  /**
   * Returns the cell-by-cell quotient {@code this / other}; a row with a zero divisor in any cell
   * is excluded and listed, naming the column. See {@link #plus(LabeledMatrix)}.
   *
   * @param other the divisors, not null
   * @return the quotients, never null
   * @throws IllegalArgumentException if a row or column label is in one matrix only
   */
  public LabeledMatrix dividedBy(LabeledMatrix other) {
    return dividedBy(other, MissingLabels.REJECT);
  }

  /**
   * Returns the cell-by-cell quotient {@code this / other}; a row with a zero divisor in any cell
   * is excluded and listed. See {@link #plus(LabeledMatrix, MissingLabels)}.
   *
   * @param other the divisors, not null
   * @param missing how a row or column of one side only is treated, not null
   * @return the quotients, never null
   * @throws IllegalArgumentException under {@link MissingLabels#REJECT} if a label is in one matrix
   *     only
   */
  public LabeledMatrix dividedBy(LabeledMatrix other, MissingLabels missing) {
    return combine(other, missing, "dividedBy", (a, b) -> a / b);
  }

  private LabeledMatrix combine(
      LabeledMatrix other, MissingLabels missing, String op, DoubleBinaryOperator f) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(missing, "missing");
    Map<String, Exclusion> ex = new LinkedHashMap<>();
    for (Exclusion e : excluded) {
      ex.putIfAbsent(e.axis() + " " + e.label(), e);
    }
    for (Exclusion e : other.excluded) {
      ex.putIfAbsent(e.axis() + " " + e.label(), e);
    }
    List<String> rows =
        align(rowLabels, rowIndex, other.rowLabels, other.rowIndex, Exclusion.Axis.ROW, missing, op, ex);
    List<String> cols =
        align(
            columnLabels,
            columnIndex,
            other.columnLabels,
            other.columnIndex,
            Exclusion.Axis.COLUMN,
            missing,
            op,
            ex);
    List<String> keptRows = new ArrayList<>();
    double[] out = new double[rows.size() * cols.size()];
    for (String r : rows) {
      Integer ri = rowIndex.get(r);
      Integer rj = other.rowIndex.get(r);
      int base = keptRows.size() * cols.size();
      @Nullable String bad = null;
      for (int c = 0; c < cols.size(); c++) {
        Integer ci = columnIndex.get(cols.get(c));
        Integer cj = other.columnIndex.get(cols.get(c));
        double a = ri == null || ci == null ? 0 : values[ri * columnLabels.size() + ci];
        double b =
            rj == null || cj == null ? 0 : other.values[rj * other.columnLabels.size() + cj];
        double v = f.applyAsDouble(a, b);
        if (!Double.isFinite(v)) {
          bad =
              (b == 0 && op.equals("dividedBy")
                      ? "the divisor is zero at column "
                      : op + " is not finite at column ")
                  + cols.get(c);
          break;
        }
        out[base + c] = v;
      }
      if (bad != null) {
        ex.put("ROW " + r, new Exclusion(Exclusion.Axis.ROW, r, bad));
      } else {
        keptRows.add(r);
        ex.remove("ROW " + r);
      }
    }
    for (String c : cols) {
      ex.remove("COLUMN " + c);
    }
    return of(
        keptRows, cols, Arrays.copyOf(out, keptRows.size() * cols.size()), List.copyOf(ex.values()));
  }

  @SuppressWarnings("TooManyParameters")
  private static List<String> align(
      List<String> mine,
      Map<String, Integer> myIndex,
      List<String> theirs,
      Map<String, Integer> theirIndex,
      Exclusion.Axis axis,
      MissingLabels missing,
      String op,
      Map<String, Exclusion> ex) {
    LinkedHashSet<String> all = new LinkedHashSet<>(mine);
    all.addAll(theirs);
    List<String> out = new ArrayList<>();
    String what = axis == Exclusion.Axis.ROW ? "row" : "column";
    for (String label : all) {
      boolean a = myIndex.containsKey(label);
      boolean b = theirIndex.containsKey(label);
      if ((a && b) || missing == MissingLabels.ZERO) {
        out.add(label);
        continue;
      }
      String side = a ? "the other matrix" : "this matrix";
      if (missing == MissingLabels.REJECT) {
        throw new IllegalArgumentException(
            op
                + ": "
                + what
                + " "
                + label
                + " is not in "
                + side
                + ": expected the same labels on both sides, or say how to treat a missing one"
                + " (MissingLabels.EXCLUDE or ZERO)");
      }
      ex.putIfAbsent(axis + " " + label, new Exclusion(axis, label, "not in " + side + " (" + op + ")"));
    }
    return out;
  }

  /**
   * Writes this matrix as CSV in long form, {@code row,column,value,axis,reason}: one line per cell
   * (row after row), then one per excluded row or column (with an empty value). Values are written
   * exactly, so {@link #parseCsv(String, String)} reads back an equal matrix (a matrix with no
   * columns has no cell lines, so its row labels are not kept).
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeCsv(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(LongCsv.MATRIX_HEADER).append('\n');
    LongCsv.writeMatrix(out, "", this);
  }

  /**
   * Reads a matrix written by {@link #writeCsv(Appendable)}: rows and columns in order of first
   * appearance, every cell exactly once.
   *
   * @param source the name used in error messages, not null
   * @param text the CSV text, not null
   * @return the matrix, never null
   * @throws IllegalArgumentException naming the line if the text is not such a CSV or a cell is
   *     missing or repeated
   */
  public static LabeledMatrix parseCsv(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    return LongCsv.parseMatrix(LongCsv.rows(source, text, LongCsv.MATRIX_HEADER));
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
