package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.IntraIndustry;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.Sums;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.internal.Checks;
import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable columnar table of trade flows: five dictionary-encoded key columns ({@link
 * Dimension}) and one {@code double} value column, for panels of millions of rows.
 *
 * <p>Each key column stores, per row, an {@code int} code into that dimension's dictionary of labels
 * ({@link #labels(Dimension)}). A dimension whose dictionary has a single label (the year of a BACI
 * file, say) costs no memory per row. Values are finite and non-negative, in the unit of the source
 * (BACI: thousands of US dollars). Ten million BACI rows take about 200 MB.
 *
 * <p>Aggregates ({@link #sum(Dimension)}, {@link #matrix(Dimension, Dimension)}) group into dense
 * arrays with a compensated sum per cell: Knuth's branch-free TwoSum collects the exact rounding
 * error of every addition, the same compensation as Neumaier's summation in {@link Sums}, so they
 * agree with {@link Sums} within its bound whatever the row order. Their labels are sorted (by {@link String#compareTo}), and only labels that
 * occur in at least one row of this table are listed, so results do not depend on the order in which
 * rows were read. Rows sharing all five keys are summed by every aggregate, unless the table was built
 * under {@link DuplicatePolicy#REJECT}.
 *
 * <pre>{@code
 * FlowTable t = FlowTable.builder()
 *     .add("CHN", "USA", "8517", "2022", "X", 90)
 *     .add("CHN", "DEU", "8517", "2022", "X", 10)
 *     .add("IDN", "USA", "1511", "2022", "X", 45)
 *     .build();
 * t.sum(Dimension.REPORTER);                        // LabeledVector{CHN=100.0, IDN=45.0}
 * t.matrix(Dimension.REPORTER, Dimension.PRODUCT);  // CHN: 1511=0, 8517=100; IDN: 1511=45, 8517=0
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FlowTable {

  private static final Dimension[] DIMENSIONS = Dimension.values();

  /** From this many rows on, {@link #matrix(Dimension, Dimension)} sums two halves in parallel. */
  static final int PARALLEL_ROWS = 1 << 20;

  /** Per dimension, the code of each row; null when every row has code 0. */
  private final int[] @Nullable [] codes;

  private final double[] values;
  private final int size;
  private final List<ImmutableList<String>> labels;

  private FlowTable(
      int[] @Nullable [] codes, double[] values, int size, List<ImmutableList<String>> labels) {
    this.codes = codes;
    this.values = values;
    this.size = size;
    this.labels = labels;
  }

  /**
   * Returns a new, empty builder with the {@link DuplicatePolicy#SUM} policy.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns the dictionary of a dimension: its labels in code order (the order in which they were
   * first added). Filtered tables share the dictionary of the table they came from, so a label may
   * occur in no row.
   *
   * @param dimension the dimension, not null
   * @return the labels, never null
   */
  public ImmutableList<String> labels(Dimension dimension) {
    return labels.get(col(dimension));
  }

  /**
   * Returns the code of a label in a dimension's dictionary.
   *
   * @param dimension the dimension, not null
   * @param label the label, not null
   * @return the code, or empty if the label is not in the dictionary
   */
  public OptionalInt code(Dimension dimension, String label) {
    int i = labels(dimension).indexOf(label);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Returns the code of a row in a dimension.
   *
   * @param dimension the dimension, not null
   * @param row the row, from 0 to {@code size() - 1}
   * @return the code, an index into {@link #labels(Dimension)}
   * @throws IndexOutOfBoundsException if the row is outside the table
   */
  public int code(Dimension dimension, int row) {
    Objects.checkIndex(row, size);
    int[] column = codes[col(dimension)];
    return column == null ? 0 : column[row];
  }

  /**
   * Returns the label of a row in a dimension.
   *
   * @param dimension the dimension, not null
   * @param row the row, from 0 to {@code size() - 1}
   * @return the label, never null
   * @throws IndexOutOfBoundsException if the row is outside the table
   */
  public String label(Dimension dimension, int row) {
    return labels(dimension).get(code(dimension, row));
  }

  /**
   * Returns the value of a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the value, finite and non-negative
   * @throws IndexOutOfBoundsException if the row is outside the table
   */
  public double value(int row) {
    Objects.checkIndex(row, size);
    return values[row];
  }

  /**
   * Returns the compensated sum of all values.
   *
   * @return the total, zero for an empty table
   * @throws ArithmeticException if the values add up to more than the {@code double} range
   */
  public double total() {
    return Sums.sum(values, 0, size);
  }

  /**
   * Returns the sum of values by the labels of one dimension, for instance total exports by exporter
   * {@code X_c = Σ_p X_cp}. Labels are sorted; a label occurring only in rows of value zero has sum
   * zero; a label occurring in no row is left out.
   *
   * @param dimension the dimension to group by, not null
   * @return the sums, never null, with no exclusions
   */
  public LabeledVector sum(Dimension dimension) {
    int[] column = codes[col(dimension)];
    int n = labels(dimension).size();
    double[] s = new double[n];
    double[] c = new double[n];
    boolean[] used = new boolean[n];
    for (int r = 0; r < size; r++) {
      int k = column == null ? 0 : column[r];
      used[k] = true;
      double x = values[r];
      double t = s[k] + x;
      c[k] += Sums.additionError(s[k], x, t);
      s[k] = t;
    }
    int[] order = sortedUsed(dimension, used);
    double[] out = new double[order.length];
    ImmutableList.Builder<String> names = ImmutableList.builderWithExpectedSize(order.length);
    for (int i = 0; i < order.length; i++) {
      out[i] = s[order[i]] + c[order[i]];
      if (!Double.isFinite(out[i])) {
        throw Sums.overflow(dimension.label() + " " + labels(dimension).get(order[i]));
      }
      names.add(labels(dimension).get(order[i]));
    }
    return LabeledVector.of(names.build(), out);
  }

  /**
   * Returns the dense matrix of summed values by two dimensions, such as exports by exporter and
   * product {@code X_cp} (summed across importers, periods and directions). Rows and columns are the
   * sorted labels occurring in this table; a combination with no row is zero. The matrix feeds the
   * panel calculators of {@code io.github.digitrade.calc}.
   *
   * <p>From 2<sup>20</sup> rows on, the rows are split into two fixed halves (first and second half
   * of the table) that are summed in parallel on the common fork-join pool, then merged cell by
   * cell with the same error-free step. The split depends only on the number of rows, so the result
   * is the same on every run and every machine, whatever the number of cores or the scheduling; it
   * agrees with a single pass over the rows within the error bound of {@link Sums}.
   *
   * @param rows the dimension of the rows, not null
   * @param columns the dimension of the columns, not null and not {@code rows}
   * @return the matrix, never null, with no exclusions
   * @throws IllegalArgumentException if the two dimensions are the same, or the matrix would have
   *     more than {@code Integer.MAX_VALUE - 8} cells
   */
  public LabeledMatrix matrix(Dimension rows, Dimension columns) {
    return matrix(rows, columns, size >= PARALLEL_ROWS ? 2 : 1);
  }

  /**
   * The group-by of {@link #matrix(Dimension, Dimension)} over a fixed partition of the rows into
   * {@code parts} consecutive ranges of (nearly) equal length, one task per range on the common
   * fork-join pool. Each range is summed into its own cells with TwoSum; the partial sums of a cell
   * are then merged in range order with the same step (sum of the leading terms, their exact
   * rounding error added to the compensations). The result depends only on {@code parts}, never on
   * the number of threads or their scheduling, and agrees with the one-range result within the bound
   * of {@link Sums}.
   */
  LabeledMatrix matrix(Dimension rows, Dimension columns, int parts) {
    if (rows == columns) {
      throw new IllegalArgumentException(
          "rows = columns = " + rows + ": expected two different dimensions");
    }
    int[] rc = codes[col(rows)];
    int[] cc = codes[col(columns)];
    int nRows = labels(rows).size();
    int nColumns = labels(columns).size();
    boolean[][] usedRowsByPart = new boolean[parts][];
    boolean[][] usedColumnsByPart = new boolean[parts][];
    inParts(
        parts,
        size,
        (part, from, to) -> {
          boolean[] ur = new boolean[nRows];
          boolean[] uc = new boolean[nColumns];
          for (int r = from; r < to; r++) {
            ur[rc == null ? 0 : rc[r]] = true;
            uc[cc == null ? 0 : cc[r]] = true;
          }
          usedRowsByPart[part] = ur;
          usedColumnsByPart[part] = uc;
        });
    boolean[] usedRows = or(usedRowsByPart);
    boolean[] usedColumns = or(usedColumnsByPart);
    int[] rowOrder = sortedUsed(rows, usedRows);
    int[] columnOrder = sortedUsed(columns, usedColumns);
    int[] rowPos = positions(rowOrder, usedRows.length);
    int[] columnPos = positions(columnOrder, usedColumns.length);
    long cells = (long) rowOrder.length * columnOrder.length;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          rows
              + " × "
              + columns
              + " has "
              + rowOrder.length
              + " × "
              + columnOrder.length
              + " = "
              + cells
              + " cells: expected at most "
              + (Integer.MAX_VALUE - 8));
    }
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
            int k = rowPos[rc == null ? 0 : rc[r]] * width + columnPos[cc == null ? 0 : cc[r]];
            double x = values[r];
            double t = s[k] + x;
            c[k] += Sums.additionError(s[k], x, t);
            s[k] = t;
          }
          sums[part] = s;
          compensations[part] = c;
        });
    double[] s = sums[0];
    double[] c = compensations[0];
    inParts(
        parts,
        (int) cells,
        (part, from, to) -> {
          for (int j = 1; j < parts; j++) {
            double[] sj = sums[j];
            double[] cj = compensations[j];
            for (int k = from; k < to; k++) {
              double t = s[k] + sj[k];
              c[k] += cj[k] + Sums.additionError(s[k], sj[k], t);
              s[k] = t;
            }
          }
          for (int k = from; k < to; k++) {
            s[k] += c[k];
          }
        });
    for (double v : s) {
      if (!Double.isFinite(v)) {
        throw Sums.overflow("a cell of the " + rows + " × " + columns + " matrix");
      }
    }
    return LabeledMatrix.of(pick(rows, rowOrder), pick(columns, columnOrder), s);
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

  /**
   * Returns the rows whose label in a dimension passes a test. The result shares this table's
   * dictionaries.
   *
   * <pre>{@code
   * table.filter(Dimension.PRODUCT, code -> code.startsWith("85"));
   * }</pre>
   *
   * @param dimension the dimension to test, not null
   * @param keep the test, called once per label of the dictionary, not null
   * @return a new table, never null, possibly empty
   */
  public FlowTable filter(Dimension dimension, Predicate<? super String> keep) {
    Objects.requireNonNull(keep, "keep");
    ImmutableList<String> dict = labels(dimension);
    boolean[] kept = new boolean[dict.size()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = keep.test(dict.get(i));
    }
    int[] column = codes[col(dimension)];
    int n = 0;
    for (int r = 0; r < size; r++) {
      if (kept[column == null ? 0 : column[r]]) {
        n++;
      }
    }
    int[] @Nullable [] newCodes = new int[DIMENSIONS.length][];
    for (int d = 0; d < DIMENSIONS.length; d++) {
      if (codes[d] != null) {
        newCodes[d] = new int[n];
      }
    }
    double[] newValues = new double[n];
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (kept[column == null ? 0 : column[r]]) {
        for (int d = 0; d < DIMENSIONS.length; d++) {
          int[] from = codes[d];
          int[] to = newCodes[d];
          if (from != null && to != null) {
            to[w] = from[r];
          }
        }
        newValues[w++] = values[r];
      }
    }
    return new FlowTable(newCodes, newValues, n, labels);
  }

  /**
   * Returns the rows whose label in a dimension is one of the given labels.
   *
   * @param dimension the dimension to test, not null
   * @param keep the labels to keep, not null; labels absent from the dictionary match nothing
   * @return a new table, never null, possibly empty
   */
  public FlowTable filter(Dimension dimension, String... keep) {
    List<String> wanted = Arrays.asList(keep);
    return filter(dimension, wanted::contains);
  }

  /**
   * Returns a table of trade-flow objects: labels are the reporter's and partner's codes ({@link
   * io.github.digitrade.model.Partner#code()}, ISO alpha-3 for countries), the product code as
   * written ({@code "0101"}), the period's text ({@code "2022"}, {@code "2022-Q1"}), and the
   * direction as a UN Comtrade flow code: {@code X} export, {@code M} import, {@code RX}
   * re-export, {@code RM} re-import, {@code TOTAL}. Values are the amounts as {@code double}; a
   * table has no currency, so every flow must be in the same one.
   *
   * @param flows the flows, not null
   * @return the table, one row per flow in iteration order, never null
   * @throws IllegalArgumentException if the flows are in more than one currency
   */
  public static FlowTable from(TradeFlows flows) {
    Objects.requireNonNull(flows, "flows");
    Builder b = builder();
    java.util.@Nullable Currency currency = null;
    for (TradeFlow f : flows) {
      java.util.Currency c = f.value().currency();
      if (currency == null) {
        currency = c;
      } else {
        CurrencyMismatchException.check("FlowTable.from", currency, c);
      }
      b.add(
          f.reporter().code(),
          f.partner().code(),
          f.product().code(),
          f.period().toString(),
          flowCode(f.direction()),
          f.value().amount().doubleValue());
    }
    return b.build();
  }

  private static String flowCode(FlowDirection d) {
    return switch (d) {
      case EXPORT -> "X";
      case IMPORT -> "M";
      case RE_EXPORT -> "RX";
      case RE_IMPORT -> "RM";
      case TOTAL -> "TOTAL";
    };
  }

  /**
   * Returns the Balassa RCA of every reporter in every product, {@code (X_cp/X_c)/(X_p/X_w)}, over
   * the exporter × product matrix of this table (values summed across partners, periods and
   * directions: filter first to keep one direction or period). Reporters and products with zero
   * totals are excluded and listed. Same kernel as {@link Specialization#rca(LabeledMatrix)}.
   *
   * <pre>{@code
   * table.rca().get("CHN", "851712");
   * }</pre>
   *
   * @return the reporter × product RCA matrix, never null
   */
  public LabeledMatrix rca() {
    return Specialization.rca(matrix(Dimension.REPORTER, Dimension.PRODUCT));
  }

  /**
   * Returns the 0/1 presence matrix {@code RCA ≥ 1} of {@link #rca()}, the input of {@link
   * Complexity}.
   *
   * @return the reporter × product presence matrix, never null
   */
  public LabeledMatrix presence() {
    return Specialization.presence(rca());
  }

  /**
   * Returns ECI and PCI by the eigenvector method with the Atlas normalisation, from {@link
   * #presence()}; see {@link Complexity#eigenvector(LabeledMatrix)}.
   *
   * @return the indices, never null
   * @throws io.github.digitrade.calc.UndefinedIndicatorException if the indices are undefined
   */
  public ComplexityIndices complexity() {
    return Complexity.fromExports(matrix(Dimension.REPORTER, Dimension.PRODUCT));
  }

  /**
   * Returns the HHI of each reporter's trade over the labels of another dimension, {@code Σ_k
   * s_k²} on the 0–1 scale: over products for export-basket concentration, over partners for
   * market concentration. Reporters with no trade are excluded and listed.
   *
   * @param over the dimension whose shares are squared, not null and not {@code REPORTER}
   * @return the HHI per reporter, never null
   * @throws IllegalArgumentException if {@code over} is {@code REPORTER}
   */
  public LabeledVector hhi(Dimension over) {
    return Concentration.hhiByRow(matrix(Dimension.REPORTER, over));
  }

  /**
   * Returns the concentration ratio CR_k of each reporter over another dimension: the sum of its
   * {@code k} largest shares ({@code k ≥ n} gives 1).
   *
   * @param over the dimension, not null and not {@code REPORTER}
   * @param k how many of the largest shares, 1 or more
   * @return CR_k per reporter, never null
   * @throws IllegalArgumentException if {@code k < 1} or {@code over} is {@code REPORTER}
   */
  public LabeledVector concentrationRatio(Dimension over, int k) {
    return Concentration.concentrationRatioByRow(matrix(Dimension.REPORTER, over), k);
  }

  /**
   * Returns the Theil index of each reporter's trade over another dimension, under an explicit
   * convention for {@code n}; see {@link Concentration#theil(double[], TheilConvention)}. With
   * {@link TheilConvention#ALL_LINES}, {@code n} is the number of labels of {@code over} that
   * occur in this table.
   *
   * @param over the dimension, not null and not {@code REPORTER}
   * @param convention all lines or positive lines, not null
   * @return the Theil index per reporter, never null
   * @throws IllegalArgumentException if {@code over} is {@code REPORTER}
   */
  public LabeledVector theil(Dimension over, TheilConvention convention) {
    return Concentration.theilByRow(matrix(Dimension.REPORTER, over), convention);
  }

  /**
   * Returns the shares of each row label's total across the column labels, such as product shares
   * {@code X_cp/X_c} ({@code shares(REPORTER, PRODUCT)}) or partner shares {@code x_ij/X_i}. Rows
   * with a zero total are excluded and listed.
   *
   * @param rows the dimension whose totals are split, not null
   * @param columns the dimension of the shares, not null and not {@code rows}
   * @return the share matrix, rows summing to 1, never null
   * @throws IllegalArgumentException if the dimensions are the same
   */
  public LabeledMatrix shares(Dimension rows, Dimension columns) {
    return Shares.sharesByRow(matrix(rows, columns));
  }

  /**
   * Returns the trade intensity index {@code (x_ij/X_i)/(M_j/M_w)} of every reporter with every
   * partner, with world imports including the reporter (WITS). The table is read as exports
   * (filter one direction first): {@code M_j} is what partner j receives from all reporters of the
   * table, the mirror view BACI gives, and {@code M_w} their sum. Reporters without exports and
   * partners without imports are excluded and listed.
   *
   * @return the reporter × partner intensity matrix, never null
   */
  public LabeledMatrix tradeIntensity() {
    return Bilateral.tradeIntensity(
        matrix(Dimension.REPORTER, Dimension.PARTNER), sum(Dimension.PARTNER));
  }

  /**
   * Returns the Grubel-Lloyd index of each product, {@code 1 − |X_k − M_k|/(X_k + M_k)}, where
   * {@code X_k} sums the rows with direction {@code exportDirection} and {@code M_k} those with
   * {@code importDirection} (filter to one reporter, and perhaps one partner, first). Products
   * with no trade either way are excluded and listed.
   *
   * <pre>{@code
   * table.filter(Dimension.REPORTER, "CHN").grubelLloyd("X", "M");
   * }</pre>
   *
   * @param exportDirection the direction label of exports, such as {@code "X"}, not null
   * @param importDirection the direction label of imports, such as {@code "M"}, not null
   * @return the index per product, from 0 to 1, never null
   */
  public LabeledVector grubelLloyd(String exportDirection, String importDirection) {
    FlowTable x = filter(Dimension.DIRECTION, exportDirection::equals);
    FlowTable m = filter(Dimension.DIRECTION, importDirection::equals);
    return IntraIndustry.byProduct(x.sum(Dimension.PRODUCT), m.sum(Dimension.PRODUCT));
  }

  /**
   * Returns the Finger-Kreinin export similarity {@code 100·Σ_k min(x_ak, x_bk)} of every pair of
   * reporters, over their product shares. Reporters with no exports are excluded and listed.
   *
   * @return the symmetric reporter × reporter similarity matrix, 0 to 100, never null
   */
  public LabeledMatrix exportSimilarity() {
    return Bilateral.exportSimilarity(matrix(Dimension.REPORTER, Dimension.PRODUCT));
  }

  /** The position of a dimension's column, without relying on the enum's declaration order. */
  static int col(Dimension d) {
    return switch (d) {
      case REPORTER -> 0;
      case PARTNER -> 1;
      case PRODUCT -> 2;
      case PERIOD -> 3;
      case DIRECTION -> 4;
    };
  }

  private int[] sortedUsed(Dimension dimension, boolean[] used) {
    ImmutableList<String> dict = labels(dimension);
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

  private ImmutableList<String> pick(Dimension dimension, int[] order) {
    ImmutableList<String> dict = labels(dimension);
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(order.length);
    for (int i : order) {
      b.add(dict.get(i));
    }
    return b.build();
  }

  /**
   * Returns a summary such as {@code FlowTable[3 rows; 2 reporters, 2 partners, 2 products, 1
   * period, 1 direction; total 145.0]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("FlowTable[").append(size).append(size == 1 ? " row; " : " rows; ");
    for (Dimension d : DIMENSIONS) {
      int n = labels(d).size();
      String name = d == Dimension.PERIOD ? "period" : d.label();
      s.append(n).append(' ').append(name).append(n == 1 ? "" : "s");
      s.append(d == Dimension.DIRECTION ? "; " : ", ");
    }
    return s.append("total ").append(total()).append(']').toString();
  }

  /**
   * Collects rows, interning labels into the dictionaries, and builds an immutable {@link FlowTable}.
   *
   * <p>Readers use the coded path: {@link #code(Dimension, String)} once per distinct label, then
   * {@link #addCodes(int, int, int, int, int, double)} per row, which allocates nothing but column
   * growth. A builder is not thread-safe and may be used for one table only.
   *
   * <pre>{@code
   * FlowTable.Builder b = FlowTable.builder().duplicates(DuplicatePolicy.REJECT);
   * b.add("CHN", "USA", "8517", "2022", "X", 90.0);
   * FlowTable t = b.build();
   * }</pre>
   */
  public static final class Builder {
    /** The bits of {@link Double#MAX_VALUE}: finite non-negative doubles have bits 0 to this. */
    private static final long MAX_FINITE_BITS = 0x7FEF_FFFF_FFFF_FFFFL;

    private final List<Map<String, Integer>> index = new ArrayList<>();
    private final List<List<String>> dictionaries = new ArrayList<>();
    private final int[] dictionarySizes = new int[DIMENSIONS.length];
    private final int[] @Nullable [] columns = new int[DIMENSIONS.length][];
    private double[] values = new double[1024];
    private int size;
    private DuplicatePolicy duplicates = DuplicatePolicy.SUM;
    private boolean built;

    private Builder() {
      for (int d = 0; d < DIMENSIONS.length; d++) {
        index.add(new HashMap<>());
        dictionaries.add(new ArrayList<>());
      }
    }

    /**
     * Sets the duplicate-key policy; the default is {@link DuplicatePolicy#SUM}.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder duplicates(DuplicatePolicy policy) {
      this.duplicates = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Reserves room for a number of rows, so a reader that knows the size avoids growing the columns.
     *
     * @param rows the expected row count, zero or more; a hint only
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is negative
     */
    public Builder expectedRows(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("rows = " + rows + ": expected zero or more");
      }
      if (rows > values.length) {
        grow(rows);
      }
      return this;
    }

    /**
     * Returns the code of a label in a dimension's dictionary, adding the label if it is new.
     *
     * @param dimension the dimension, not null
     * @param label the label, not blank, without leading or trailing white space
     * @return the code, from 0 to the dictionary size minus one
     * @throws IllegalArgumentException if the label is blank or has leading or trailing white space
     */
    public int code(Dimension dimension, String label) {
      int d = col(dimension);
      Map<String, Integer> map = index.get(d);
      Integer code = map.get(Objects.requireNonNull(label, "label"));
      if (code != null) {
        return code;
      }
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            dimension.label() + " = \"" + label + "\": expected a non-blank label");
      }
      if (!label.equals(label.strip())) {
        throw new IllegalArgumentException(
            dimension.label()
                + " = \""
                + label
                + "\": expected a label without leading or trailing white space");
      }
      List<String> dict = dictionaries.get(d);
      int c = dict.size();
      dict.add(label);
      map.put(label, c);
      dictionarySizes[d] = c + 1;
      return c;
    }

    /**
     * Returns the number of labels a dimension's dictionary holds so far.
     *
     * @param dimension the dimension, not null
     * @return the dictionary size, zero or more
     */
    public int dictionarySize(Dimension dimension) {
      return dictionarySizes[col(dimension)];
    }

    /**
     * Returns the number of rows added so far.
     *
     * @return the row count, zero or more
     */
    public int size() {
      return size;
    }

    /**
     * Adds a row by its labels.
     *
     * @param reporter the reporter (exporter) label, not blank
     * @param partner the partner (importer) label, not blank
     * @param product the product code, not blank, kept as given ({@code "0101"})
     * @param period the period label, not blank
     * @param direction the direction label, not blank, such as {@code "X"}
     * @param value the value, finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if a label is blank or has leading or trailing white space, or
     *     the value is negative, NaN or infinite
     */
    public Builder add(
        String reporter,
        String partner,
        String product,
        String period,
        String direction,
        double value) {
      checkValue(value);
      return addCodes(
          code(Dimension.REPORTER, reporter),
          code(Dimension.PARTNER, partner),
          code(Dimension.PRODUCT, product),
          code(Dimension.PERIOD, period),
          code(Dimension.DIRECTION, direction),
          value);
    }

    /**
     * Adds a row by its codes, as returned by {@link #code(Dimension, String)}.
     *
     * @param reporter the reporter code
     * @param partner the partner code
     * @param product the product code
     * @param period the period code
     * @param direction the direction code
     * @param value the value, finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if a code is not in its dictionary or the value is negative,
     *     NaN or infinite
     * @throws IllegalStateException if the table was already built
     */
    public Builder addCodes(
        int reporter, int partner, int product, int period, int direction, double value) {
      if (built) {
        throw new IllegalStateException("build() was called: expected a new builder");
      }
      checkValue(value);
      if (size == values.length) {
        if (size == Integer.MAX_VALUE - 8) {
          throw new IllegalStateException(
              "a flow table holds at most " + (Integer.MAX_VALUE - 8) + " rows");
        }
        grow((int) Math.min(Integer.MAX_VALUE - 8, size + (long) (size >> 1) + 16));
      }
      put(0, reporter);
      put(1, partner);
      put(2, product);
      put(3, period);
      put(4, direction);
      values[size++] = value;
      return this;
    }

    /**
     * Adds {@code to − from} rows at once from parallel arrays of codes, as returned by {@link
     * #code(Dimension, String)}: the fast path of readers. The arrays are copied, not kept.
     *
     * @param reporter reporter codes, not null
     * @param partner partner codes, not null
     * @param product product codes, not null
     * @param period period codes, not null
     * @param direction direction codes, not null
     * @param values values, finite and non-negative, not null
     * @param from the first index to add, inclusive
     * @param to the last index, exclusive
     * @return this builder
     * @throws IndexOutOfBoundsException if the range is outside an array
     * @throws IllegalArgumentException if a code is not in its dictionary or a value is negative,
     *     NaN or infinite; nothing is added then
     * @throws IllegalStateException if the table was already built
     */
    public Builder addAll(
        int[] reporter,
        int[] partner,
        int[] product,
        int[] period,
        int[] direction,
        double[] values,
        int from,
        int to) {
      if (built) {
        throw new IllegalStateException("build() was called: expected a new builder");
      }
      int[][] sources = {reporter, partner, product, period, direction};
      for (int[] source : sources) {
        Objects.checkFromToIndex(from, to, source.length);
      }
      Objects.checkFromToIndex(from, to, values.length);
      // one pass: the sign bit of `bad` is set by a code below 0 or above its dictionary, of
      // `badValue` by a negative, infinite or NaN value (or -0.0, which the exact check accepts)
      int l0 = dictionarySizes[0] - 1;
      int l1 = dictionarySizes[1] - 1;
      int l2 = dictionarySizes[2] - 1;
      int l3 = dictionarySizes[3] - 1;
      int l4 = dictionarySizes[4] - 1;
      int bad = 0;
      int any0 = 0;
      int any1 = 0;
      int any2 = 0;
      int any3 = 0;
      int any4 = 0;
      long badValue = 0;
      for (int i = from; i < to; i++) {
        int c0 = reporter[i];
        int c1 = partner[i];
        int c2 = product[i];
        int c3 = period[i];
        int c4 = direction[i];
        bad |= c0 | (l0 - c0) | c1 | (l1 - c1) | c2 | (l2 - c2) | c3 | (l3 - c3) | c4 | (l4 - c4);
        any0 |= c0;
        any1 |= c1;
        any2 |= c2;
        any3 |= c3;
        any4 |= c4;
        long bits = Double.doubleToRawLongBits(values[i]);
        badValue |= bits | (MAX_FINITE_BITS - bits);
      }
      if (badValue < 0) {
        for (int i = from; i < to; i++) {
          checkValue(values[i]);
        }
      }
      if (bad < 0) {
        for (int d = 0; d < DIMENSIONS.length; d++) {
          for (int i = from; i < to; i++) {
            checkCode(d, sources[d][i]);
          }
        }
      }
      boolean[] nonZero = {any0 != 0, any1 != 0, any2 != 0, any3 != 0, any4 != 0};
      int n = to - from;
      if ((long) size + n > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException(
            "a flow table holds at most " + (Integer.MAX_VALUE - 8) + " rows");
      }
      if (size + n > this.values.length) {
        grow(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 8, Math.max(size + n, size + (long) (size >> 1) + 16)));
      }
      for (int d = 0; d < DIMENSIONS.length; d++) {
        int[] column = columns[d];
        if (column == null && nonZero[d]) {
          column = new int[this.values.length];
          columns[d] = column;
        }
        if (column != null) {
          System.arraycopy(sources[d], from, column, size, n);
        }
      }
      System.arraycopy(values, from, this.values, size, n);
      size += n;
      return this;
    }

    private void put(int d, int code) {
      int[] column = columns[d];
      if (column == null) {
        if (code == 0 && dictionarySizes[d] > 0) {
          return;
        }
        checkCode(d, code);
        column = new int[values.length];
        columns[d] = column;
      } else if (code < 0 || code >= dictionarySizes[d]) {
        checkCode(d, code);
      }
      column[size] = code;
    }

    private void checkCode(int d, int code) {
      int n = dictionarySizes[d];
      if (code < 0 || code >= n) {
        throw new IllegalArgumentException(
            DIMENSIONS[d].label()
                + " code = "
                + code
                + ": expected a code from 0 to "
                + (n - 1)
                + " (the dictionary has "
                + n
                + " labels)");
      }
    }

    private static void checkValue(double value) {
      Checks.nonNegative("value", value);
    }

    private void grow(int capacity) {
      values = Arrays.copyOf(values, capacity);
      for (int d = 0; d < columns.length; d++) {
        int[] column = columns[d];
        if (column != null) {
          columns[d] = Arrays.copyOf(column, capacity);
        }
      }
    }

    /**
     * Builds the table. The builder cannot be used afterwards.
     *
     * @return the table, never null
     * @throws IllegalArgumentException under {@link DuplicatePolicy#REJECT}, if two rows share all
     *     five keys; the message names up to five such keys
     * @throws IllegalStateException if the table was already built
     */
    public FlowTable build() {
      if (built) {
        throw new IllegalStateException("build() was called: expected a new builder");
      }
      built = true;
      // columns keep their spare capacity: trimming would copy them, doubling the peak memory
      int[] @Nullable [] finished = columns.clone();
      double[] v = values;
      List<ImmutableList<String>> dicts = new ArrayList<>();
      for (List<String> dict : dictionaries) {
        dicts.add(ImmutableList.copyOf(dict));
      }
      FlowTable table = new FlowTable(finished, v, size, ImmutableList.copyOf(dicts));
      if (duplicates == DuplicatePolicy.REJECT) {
        Duplicates.reject(table);
      }
      return table;
    }
  }

  /** Finds rows that share all five keys. */
  private static final class Duplicates {
    private Duplicates() {}

    static void reject(FlowTable t) {
      long[] keys = new long[t.size];
      int[] bits = new int[DIMENSIONS.length];
      int total = 0;
      for (Dimension d : DIMENSIONS) {
        bits[col(d)] = 32 - Integer.numberOfLeadingZeros(Math.max(1, t.labels(d).size() - 1));
        total += bits[col(d)];
      }
      if (total > 63) {
        rejectByHash(t);
        return;
      }
      for (int r = 0; r < t.size; r++) {
        long k = 0;
        for (Dimension d : DIMENSIONS) {
          k = (k << bits[col(d)]) | t.code(d, r);
        }
        keys[r] = k;
      }
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      List<String> found = new ArrayList<>();
      int count = 0;
      for (int i = 1; i < sorted.length; i++) {
        if (sorted[i] == sorted[i - 1] && (i == 1 || sorted[i] != sorted[i - 2])) {
          count++;
          if (found.size() < 5) {
            for (int r = 0; r < t.size; r++) {
              if (keys[r] == sorted[i]) {
                found.add(describe(t, r));
                break;
              }
            }
          }
        }
      }
      fail(count, found);
    }

    private static void rejectByHash(FlowTable t) {
      Map<List<Integer>, Integer> seen = new HashMap<>();
      List<String> found = new ArrayList<>();
      int count = 0;
      for (int r = 0; r < t.size; r++) {
        List<Integer> key = new ArrayList<>();
        for (Dimension d : DIMENSIONS) {
          key.add(t.code(d, r));
        }
        Integer n = seen.merge(key, 1, Integer::sum);
        if (n == 2) {
          count++;
          if (found.size() < 5) {
            found.add(describe(t, r));
          }
        }
      }
      fail(count, found);
    }

    private static void fail(int count, List<String> found) {
      if (count > 0) {
        throw new IllegalArgumentException(
            count
                + " duplicate key"
                + (count == 1 ? "" : "s")
                + " "
                + String.join("; ", found)
                + (count > found.size() ? "; …" : "")
                + ": expected each (reporter, partner, product, period, direction) once under"
                + " DuplicatePolicy.REJECT");
      }
    }

    private static String describe(FlowTable t, int r) {
      StringBuilder s = new StringBuilder("(");
      for (Dimension d : DIMENSIONS) {
        s.append(d == Dimension.REPORTER ? "" : ", ").append(t.label(d, r));
      }
      return s.append(')').toString();
    }
  }
}
