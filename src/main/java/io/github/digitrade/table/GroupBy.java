package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Sums;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The group-by of a {@link FlowTable}: sums by one or two dimensions into dense arrays, with a
 * branch-free TwoSum compensation per cell, over fixed row ranges summed in parallel on the common
 * fork-join pool.
 */
final class GroupBy {

  private GroupBy() {}

  /** See {@link FlowTable#sum(Dimension)}. */
  static LabeledVector sum(FlowTable t, Dimension dimension) {
    char @Nullable [] low = CodeColumn.low(t.column(dimension));
    char @Nullable [] high = CodeColumn.high(t.column(dimension));
    double[] values = t.values();
    int size = t.size();
    int n = t.labels(dimension).size();
    double[] s = new double[n];
    double[] c = new double[n];
    boolean[] used = new boolean[n];
    for (int r = 0; r < size; r++) {
      int k = low == null ? 0 : CodeColumn.code(low, high, r);
      used[k] = true;
      double x = values[r];
      double sum = s[k] + x;
      c[k] += Sums.additionError(s[k], x, sum);
      s[k] = sum;
    }
    int[] order = sortedUsed(t.labels(dimension), used);
    double[] out = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = s[order[i]] + c[order[i]];
      if (!Double.isFinite(out[i])) {
        throw Sums.overflow(dimension.label() + " " + t.labels(dimension).get(order[i]));
      }
    }
    return LabeledVector.of(pick(t.labels(dimension), order), out);
  }

  /**
   * See {@link FlowTable#matrix(Dimension, Dimension)}; {@code parts} fixed row ranges. Sums in one
   * pass over the rows ({@link #matrixInCodes}) when the table has at least two rows per cell of
   * all pairs of codes, else in two ({@link #matrixOfUsedCodes}); both give the same matrix bit
   * for bit. One pass saves a pass over the rows and costs a pass over the cells (their compaction
   * into the cells of the codes in use): measured, about 1.6 ns a row against 3 ns a cell (C1,
   * BACI-shaped tables of 1M and 10M rows over 1.15M cells), so it pays from about two rows a cell.
   */
  static LabeledMatrix matrix(FlowTable t, Dimension rows, Dimension columns, int parts) {
    if (rows == columns) {
      throw new IllegalArgumentException(
          "rows = columns = " + rows + ": expected two different dimensions");
    }
    long codeCells = (long) t.labels(rows).size() * t.labels(columns).size();
    return 2 * codeCells <= t.size()
        ? matrixInCodes(t, rows, columns, parts)
        : matrixOfUsedCodes(t, rows, columns, parts);
  }

  /**
   * The matrix in two passes over the rows: the first finds the codes that occur, the second sums
   * each part's rows into the cells of those codes only (for a dictionary much larger than the
   * codes in use, as after a filter).
   */
  static LabeledMatrix matrixOfUsedCodes(
      FlowTable t, Dimension rows, Dimension columns, int parts) {
    char @Nullable [] rl = CodeColumn.low(t.column(rows));
    char @Nullable [] rh = CodeColumn.high(t.column(rows));
    char @Nullable [] cl = CodeColumn.low(t.column(columns));
    char @Nullable [] ch = CodeColumn.high(t.column(columns));
    double[] values = t.values();
    int size = t.size();
    int nRows = t.labels(rows).size();
    int nColumns = t.labels(columns).size();
    boolean[][] usedRowsByPart = new boolean[parts][];
    boolean[][] usedColumnsByPart = new boolean[parts][];
    inParts(
        parts,
        size,
        (part, from, to) -> {
          boolean[] ur = new boolean[nRows];
          boolean[] uc = new boolean[nColumns];
          for (int r = from; r < to; r++) {
            ur[rl == null ? 0 : CodeColumn.code(rl, rh, r)] = true;
            uc[cl == null ? 0 : CodeColumn.code(cl, ch, r)] = true;
          }
          usedRowsByPart[part] = ur;
          usedColumnsByPart[part] = uc;
        });
    boolean[] usedRows = or(usedRowsByPart);
    boolean[] usedColumns = or(usedColumnsByPart);
    int[] rowOrder = sortedUsed(t.labels(rows), usedRows);
    int[] columnOrder = sortedUsed(t.labels(columns), usedColumns);
    int[] rowPos = positions(rowOrder, usedRows.length);
    int[] columnPos = positions(columnOrder, usedColumns.length);
    long cells = (long) rowOrder.length * columnOrder.length;
    checkCells(rows, columns, rowOrder.length, columnOrder.length);
    int width = columnOrder.length;
    double[][] sums = new double[parts][];
    double[][] compensations = new double[parts][];
    inParts(
        parts,
        size,
        (part, from, to) -> {
          double[] s = new double[(int) cells];
          double[] c = new double[(int) cells];
          for (int r = from; r < to; r++) {
            int k =
                rowPos[rl == null ? 0 : CodeColumn.code(rl, rh, r)] * width
                    + columnPos[cl == null ? 0 : CodeColumn.code(cl, ch, r)];
            add(s, c, k, values[r]);
          }
          sums[part] = s;
          compensations[part] = c;
        });
    inParts(parts, (int) cells, (part, from, to) -> combine(sums, compensations, from, to));
    double[] s = sums[0];
    return finish(t, rows, columns, rowOrder, columnOrder, s);
  }

  /**
   * The matrix in one pass over the rows: each part sums into the cells of every pair of codes
   * ({@code code cells}) and marks the codes it sees; the parts are then combined cell by cell by
   * the same {@link #combine} as the two-pass path, and only the cells of codes that occur are
   * copied out, in the order of their labels. Each cell thus gets the same sum, bit for bit.
   */
  static LabeledMatrix matrixInCodes(FlowTable t, Dimension rows, Dimension columns, int parts) {
    char @Nullable [] rl = CodeColumn.low(t.column(rows));
    char @Nullable [] rh = CodeColumn.high(t.column(rows));
    char @Nullable [] cl = CodeColumn.low(t.column(columns));
    char @Nullable [] ch = CodeColumn.high(t.column(columns));
    double[] values = t.values();
    int size = t.size();
    int nRows = t.labels(rows).size();
    int nColumns = t.labels(columns).size();
    checkCells(rows, columns, nRows, nColumns);
    int codeCells = nRows * nColumns;
    double[][] sums = new double[parts][];
    double[][] compensations = new double[parts][];
    boolean[][] usedRowsByPart = new boolean[parts][];
    boolean[][] usedColumnsByPart = new boolean[parts][];
    inParts(
        parts,
        size,
        (part, from, to) -> {
          double[] s = new double[codeCells];
          double[] c = new double[codeCells];
          boolean[] ur = new boolean[nRows];
          boolean[] uc = new boolean[nColumns];
          for (int r = from; r < to; r++) {
            int i = rl == null ? 0 : CodeColumn.code(rl, rh, r);
            int j = cl == null ? 0 : CodeColumn.code(cl, ch, r);
            ur[i] = true;
            uc[j] = true;
            add(s, c, i * nColumns + j, values[r]);
          }
          sums[part] = s;
          compensations[part] = c;
          usedRowsByPart[part] = ur;
          usedColumnsByPart[part] = uc;
        });
    int[] rowOrder = sortedUsed(t.labels(rows), or(usedRowsByPart));
    int[] columnOrder = sortedUsed(t.labels(columns), or(usedColumnsByPart));
    int width = columnOrder.length;
    inParts(parts, codeCells, (part, from, to) -> combine(sums, compensations, from, to));
    double[] s = sums[0];
    double[] out = new double[rowOrder.length * width];
    inParts(
        Math.min(parts, Math.max(1, rowOrder.length)),
        rowOrder.length,
        (part, from, to) -> {
          for (int a = from; a < to; a++) {
            int base = rowOrder[a] * nColumns;
            for (int b = 0; b < width; b++) {
              out[a * width + b] = s[base + columnOrder[b]];
            }
          }
        });
    return finish(t, rows, columns, rowOrder, columnOrder, out);
  }

  /**
   * Folds the parts into part 0 over the cells {@code [from, to)}: each later part's sum is added
   * in part order with its TwoSum error and that part's compensation, then each cell's
   * compensation; part 0's sums become the totals.
   */
  private static void combine(double[][] sums, double[][] compensations, int from, int to) {
    double[] s = sums[0];
    double[] c = compensations[0];
    for (int j = 1; j < sums.length; j++) {
      double[] sj = sums[j];
      double[] cj = compensations[j];
      for (int k = from; k < to; k++) {
        double sum = s[k] + sj[k];
        c[k] += cj[k] + Sums.additionError(s[k], sj[k], sum);
        s[k] = sum;
      }
    }
    for (int k = from; k < to; k++) {
      s[k] += c[k];
    }
  }

  /** Adds {@code x} to cell {@code k}: the sum in {@code s}, its TwoSum error in {@code c}. */
  private static void add(double[] s, double[] c, int k, double x) {
    double sum = s[k] + x;
    c[k] += Sums.additionError(s[k], x, sum);
    s[k] = sum;
  }

  private static void checkCells(Dimension rows, Dimension columns, int nRows, int nColumns) {
    long cells = (long) nRows * nColumns;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          rows
              + " × "
              + columns
              + " has "
              + nRows
              + " × "
              + nColumns
              + " = "
              + cells
              + " cells: expected at most "
              + (Integer.MAX_VALUE - 8));
    }
  }

  private static LabeledMatrix finish(
      FlowTable t, Dimension rows, Dimension columns, int[] rowOrder, int[] columnOrder, double[] s) {
    for (double v : s) {
      if (!Double.isFinite(v)) {
        throw Sums.overflow("a cell of the " + rows + " × " + columns + " matrix");
      }
    }
    return LabeledMatrix.of(
        pick(t.labels(rows), rowOrder), pick(t.labels(columns), columnOrder), s);
  }

  /** Which codes of a dimension occur in at least one row. */
  static boolean[] used(FlowTable t, Dimension dimension) {
    boolean[] used = new boolean[t.labels(dimension).size()];
    CodeColumn column = t.column(dimension);
    int size = t.size();
    if (column == null) {
      if (size > 0) {
        used[0] = true;
      }
      return used;
    }
    for (int r = 0; r < size; r++) {
      used[column.get(r)] = true;
    }
    return used;
  }

  /** A task over the range {@code [from, to)} of a fixed partition. */
  @FunctionalInterface
  private interface RangeTask {
    void run(int part, int from, int to);
  }

  /**
   * Runs {@code task} over {@code parts} consecutive ranges covering {@code [0, n)}, part {@code i}
   * covering {@code [n·i/parts, n·(i+1)/parts)}, in parallel when there is more than one part.
   * Returns when all parts are done; a failure of any part is rethrown.
   */
  private static void inParts(int parts, int n, RangeTask task) {
    if (parts == 1) {
      task.run(0, 0, n);
      return;
    }
    List<ForkJoinTask<?>> tasks = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      int part = i;
      int from = (int) ((long) n * i / parts);
      int to = (int) ((long) n * (i + 1) / parts);
      tasks.add(ForkJoinTask.adapt(() -> task.run(part, from, to)));
    }
    ForkJoinTask.invokeAll(tasks);
  }

  private static boolean[] or(boolean[][] parts) {
    boolean[] out = parts[0];
    for (int j = 1; j < parts.length; j++) {
      boolean[] p = parts[j];
      for (int i = 0; i < out.length; i++) {
        out[i] |= p[i];
      }
    }
    return out;
  }

  /** The codes that are used, in the order of their labels. */
  static int[] sortedUsed(ImmutableList<String> dict, boolean[] used) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        order.add(i);
      }
    }
    order.sort((a, b) -> dict.get(a).compareTo(dict.get(b)));
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] positions(int[] order, int n) {
    int[] pos = new int[n];
    for (int i = 0; i < order.length; i++) {
      pos[order[i]] = i;
    }
    return pos;
  }

  static ImmutableList<String> pick(ImmutableList<String> dict, int[] order) {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(order.length);
    for (int i : order) {
      b.add(dict.get(i));
    }
    return b.build();
  }
}
