package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.IntraIndustry;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.Sums;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.PartnerGroup;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * under {@link io.github.digitrade.calc.DuplicatePolicy#REJECT}.
 *
 * <p>Direction and period are part of what a table holds: an indicator that needs one direction
 * (RCA, HHI, complexity, shares, trade intensity, similarity) refuses a table whose rows hold
 * several, and names them and how to choose ({@link #exports()}, {@link #imports()}, {@link
 * #direction(String...)}); one that needs one period refuses several unless one result per period
 * is asked for ({@link #byPeriod()}). A filter on a label that is not in the dictionary is an
 * error naming the closest labels; {@link #toString()} counts the labels the rows still hold.
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
public final class FlowTable
    implements Indicators<LabeledVector, LabeledMatrix, ComplexityIndices> {

  /** From this many rows on, {@link #matrix(Dimension, Dimension)} sums two halves in parallel. */
  static final int PARALLEL_ROWS = 1 << 20;

  /** Per dimension, the code of each row; null when every row has code 0. */
  private final int[] @Nullable [] codes;

  private final double[] values;
  private final int size;
  private final List<ImmutableList<String>> labels;

  /** Per dimension, the sorted labels that occur in at least one row; computed when first asked. */
  private final AtomicReferenceArray<ImmutableList<String>> present =
      new AtomicReferenceArray<>(Dimension.ALL.length);

  FlowTable(int[] @Nullable [] codes, double[] values, int size, List<ImmutableList<String>> labels) {
    this.codes = codes;
    this.values = values;
    this.size = size;
    this.labels = labels;
  }

  /**
   * Returns a new, empty builder with the {@link io.github.digitrade.calc.DuplicatePolicy#SUM}
   * policy.
   *
   * @return the builder, never null
   */
  public static FlowTableBuilder builder() {
    return new FlowTableBuilder();
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count, zero or more
   */
  public int size() {
    return size;
  }

  /** The code column of a dimension, null when every row has code 0; not copied. */
  int @Nullable [] column(Dimension dimension) {
    return codes[dimension.column()];
  }

  /** The value column; not copied, and longer than {@link #size()} when the builder grew it. */
  double[] values() {
    return values;
  }

  /**
   * Returns the dictionary of a dimension: its labels in code order (the order in which they were
   * first added). Filtered tables share the dictionary of the table they came from, so a label may
   * occur in no row; {@link #labelsPresent(Dimension)} lists those that do.
   *
   * @param dimension the dimension, not null
   * @return the labels, never null
   */
  public ImmutableList<String> labels(Dimension dimension) {
    return labels.get(dimension.column());
  }

  /**
   * Returns the labels of a dimension that occur in at least one row, sorted (by {@link
   * String#compareTo}).
   *
   * <pre>{@code
   * table.exports().labelsPresent(Dimension.PERIOD);   // [2021, 2022, 2023]
   * }</pre>
   *
   * @param dimension the dimension, not null
   * @return the labels, never null, empty for an empty table
   */
  public ImmutableList<String> labelsPresent(Dimension dimension) {
    int d = dimension.column();
    ImmutableList<String> p = present.get(d);
    if (p == null) {
      ImmutableList<String> dict = labels(dimension);
      p = GroupBy.pick(dict, GroupBy.sortedUsed(dict, GroupBy.used(this, dimension)));
      present.compareAndSet(d, null, p);
    }
    return p;
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
    int[] column = codes[dimension.column()];
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
   * Returns the compensated sum of all values (across every direction and period the table holds).
   *
   * @return the total, zero for an empty table
   */
  public double total() {
    return Sums.sum(values, 0, size);
  }

  /**
   * Returns the sum of values by the labels of one dimension, for instance total exports by exporter
   * {@code X_c = Σ_p X_cp}. Labels are sorted; a label occurring only in rows of value zero has sum
   * zero; a label occurring in no row is left out. This is the raw group-by: it sums across the
   * other dimensions, directions and periods included.
   *
   * @param dimension the dimension to group by, not null
   * @return the sums, never null, with no exclusions
   */
  public LabeledVector sum(Dimension dimension) {
    return GroupBy.sum(this, Objects.requireNonNull(dimension, "dimension"));
  }

  /**
   * Returns the dense matrix of summed values by two dimensions, such as exports by exporter and
   * product {@code X_cp}. This is the raw group-by: values are summed across the other dimensions,
   * directions and periods included (the indicator methods check those first). Rows and columns are
   * the sorted labels occurring in this table; a combination with no row is zero. The matrix feeds
   * the panel calculators of {@code io.github.digitrade.calc}.
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
   * {@code parts} consecutive ranges of (nearly) equal length; see {@link GroupBy}.
   */
  LabeledMatrix matrix(Dimension rows, Dimension columns, int parts) {
    return GroupBy.matrix(
        this, Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(columns, "columns"), parts);
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
    int[] column = codes[dimension.column()];
    int n = 0;
    for (int r = 0; r < size; r++) {
      if (kept[column == null ? 0 : column[r]]) {
        n++;
      }
    }
    int dims = Dimension.ALL.length;
    int[] @Nullable [] newCodes = new int[dims][];
    for (int d = 0; d < dims; d++) {
      if (codes[d] != null) {
        newCodes[d] = new int[n];
      }
    }
    double[] newValues = new double[n];
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (kept[column == null ? 0 : column[r]]) {
        for (int d = 0; d < dims; d++) {
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
   * Returns the rows whose label in a dimension is one of the given labels. Every label must be in
   * the dictionary: a label that is not (a typo, {@code "IDN"} in a table of numeric codes, a year
   * the file does not have) is an error naming it and the closest labels of the dictionary. Known
   * labels that match no row of this table give an empty table.
   *
   * <pre>{@code
   * table.filter(Dimension.REPORTER, "CHN", "IDN");
   * }</pre>
   *
   * @param dimension the dimension to test, not null
   * @param keep the labels to keep, not null
   * @return a new table, never null, possibly empty
   * @throws IllegalArgumentException if a label is not in the dictionary of {@code dimension}
   */
  public FlowTable filter(Dimension dimension, String... keep) {
    Objects.requireNonNull(dimension, "dimension");
    Set<String> wanted = ImmutableSet.copyOf(keep);
    Labels.requireKnown(dimension, labels(dimension), wanted);
    return filter(dimension, wanted::contains);
  }

  /**
   * Returns the rows of the given direction labels, such as {@code direction("X")}; see {@link
   * #filter(Dimension, String...)}.
   *
   * @param labels the direction labels to keep, not null
   * @return a new table, never null
   * @throws IllegalArgumentException if a label is not in the direction dictionary
   */
  public FlowTable direction(String... labels) {
    return filter(Dimension.DIRECTION, labels);
  }

  /**
   * Returns the rows of one direction, by its UN Comtrade flow code ({@link
   * #directionLabel(FlowDirection)}): {@code X}, {@code M}, {@code RX}, {@code RM} or {@code
   * TOTAL}, the labels of {@link #from(TradeFlows)}, BACI and Comtrade readers.
   *
   * @param direction the direction, not null
   * @return a new table, never null
   * @throws IllegalArgumentException if the table has no such direction label
   */
  public FlowTable direction(FlowDirection direction) {
    return filter(Dimension.DIRECTION, directionLabel(direction));
  }

  /**
   * Returns the export rows (direction {@code X}).
   *
   * @return a new table, never null
   * @throws IllegalArgumentException if the table has no direction label {@code X}
   */
  public FlowTable exports() {
    return direction(FlowDirection.EXPORT);
  }

  /**
   * Returns the import rows (direction {@code M}).
   *
   * @return a new table, never null
   * @throws IllegalArgumentException if the table has no direction label {@code M}
   */
  public FlowTable imports() {
    return direction(FlowDirection.IMPORT);
  }

  /**
   * Returns the rows of one period, by its text ({@code "2022"}, {@code "2022-Q1"}).
   *
   * @param period the period, not null
   * @return a new table, never null
   * @throws IllegalArgumentException if the table has no such period label
   */
  public FlowTable period(Period period) {
    return filter(Dimension.PERIOD, period.toString());
  }

  /**
   * Returns the rows of one year, labelled {@code "2022"}.
   *
   * @param year the year
   * @return a new table, never null
   * @throws IllegalArgumentException if the table has no such period label
   */
  public FlowTable year(int year) {
    return filter(Dimension.PERIOD, Integer.toString(year));
  }

  /**
   * Returns the periods that occur in the rows, in time order.
   *
   * @return the periods, never null
   * @throws IllegalArgumentException if a period label is not a {@link Period} ({@link
   *     Period#parse(CharSequence)}); the message names it
   */
  public ImmutableList<Period> periods() {
    ImmutableList.Builder<Period> b = ImmutableList.builder();
    for (String p : labelsPresent(Dimension.PERIOD)) {
      b.add(Period.parse(p));
    }
    return ImmutableList.sortedCopyOf(b.build());
  }

  /**
   * Returns the rows whose partner is a member of a group on a date, by its members' codes ({@link
   * Partner#code()}, ISO alpha-3): ASEAN as of 1 January 2024, say.
   *
   * <pre>{@code
   * table.partnerIn(PartnerGroups.asean(), LocalDate.of(2024, 1, 1));
   * }</pre>
   *
   * @param group the group, not null
   * @param date the date of membership, not null
   * @return a new table, never null
   * @throws IllegalArgumentException if no member is a label of the partner dictionary and no label
   *     is an alpha-3 code (a table of numeric codes, say); the message names the members and the
   *     labels present
   */
  public FlowTable partnerIn(PartnerGroup group, LocalDate date) {
    return memberFilter(Dimension.PARTNER, group, date);
  }

  /**
   * Returns the rows whose reporter is a member of a group on a date; see {@link
   * #partnerIn(PartnerGroup, LocalDate)}.
   *
   * @param group the group, not null
   * @param date the date of membership, not null
   * @return a new table, never null
   * @throws IllegalArgumentException if no member is a label of the reporter dictionary and no
   *     label is an alpha-3 code
   */
  public FlowTable reporterIn(PartnerGroup group, LocalDate date) {
    return memberFilter(Dimension.REPORTER, group, date);
  }

  private FlowTable memberFilter(Dimension dimension, PartnerGroup group, LocalDate date) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(date, "date");
    List<String> members = new ArrayList<>();
    for (Partner p : group.membersOn(date)) {
      members.add(p.code());
    }
    Labels.requireAnyKnown(dimension, labels(dimension), members, group.code() + " on " + date);
    Set<String> keep = ImmutableSet.copyOf(members);
    return filter(dimension, keep::contains);
  }

  /**
   * Returns the faces that give one result per period: {@code table.exports().byPeriod()
   * .hhi(Dimension.PARTNER)} is the partner HHI of every exporter in every period.
   *
   * @return the per-period faces, never null
   */
  public ByPeriod byPeriod() {
    return new ByPeriod(this);
  }

  /**
   * Returns a table of trade-flow objects: labels are the reporter's and partner's codes ({@link
   * Partner#code()}, ISO alpha-3 for countries), the product code as written ({@code "0101"}), the
   * period's text ({@code "2022"}, {@code "2022-Q1"}), and the direction as a UN Comtrade flow code
   * ({@link #directionLabel(FlowDirection)}). Values are the amounts as {@code double}; a table has
   * no currency, so every flow must be in the same one, and no release column, so every figure must
   * be given in one release ({@link TradeFlows#latest()} or {@link
   * TradeFlows#vintage(io.github.digitrade.model.Vintage)} choose one).
   *
   * @param flows the flows, not null
   * @return the table, one row per flow in iteration order, never null
   * @throws IllegalArgumentException if the flows are in more than one currency, or a figure is
   *     given in several releases
   */
  public static FlowTable from(TradeFlows flows) {
    Objects.requireNonNull(flows, "flows");
    flows.requireOneRelease();
    FlowTableBuilder b = builder();
    java.util.@Nullable Currency currency = null;
    for (TradeFlow f : flows) {
      java.util.Currency c = f.value().currency();
      if (currency == null) {
        currency = c;
      } else if (!currency.equals(c)) {
        throw new IllegalArgumentException(
            "flows are in "
                + currency
                + " and "
                + c
                + ": expected one currency (convert first, or filter by currency)");
      }
      b.add(
          f.reporter().code(),
          f.partner().code(),
          f.product().code(),
          f.period().toString(),
          directionLabel(f.direction()),
          f.value().amount().doubleValue());
    }
    return b.build();
  }

  /**
   * Returns the direction label of a flow direction, its UN Comtrade flow code: {@code X} export,
   * {@code M} import, {@code RX} re-export, {@code RM} re-import, {@code TOTAL}.
   *
   * @param direction the direction, not null
   * @return the label, never null
   */
  public static String directionLabel(FlowDirection direction) {
    return switch (direction) {
      case EXPORT -> "X";
      case IMPORT -> "M";
      case RE_EXPORT -> "RX";
      case RE_IMPORT -> "RM";
      case TOTAL -> "TOTAL";
    };
  }

  /**
   * Returns this table if its rows hold at most one direction and one period; throws otherwise,
   * naming what it found and how to choose.
   */
  FlowTable one(String indicator) {
    oneDirection(indicator);
    ImmutableList<String> periods = labelsPresent(Dimension.PERIOD);
    if (periods.size() > 1) {
      throw new IllegalArgumentException(
          indicator
              + " needs one period, and this table holds "
              + periods.size()
              + " ("
              + Labels.shortList(periods)
              + "): choose one with period(...) or year(...), or ask for one result per period"
              + " with byPeriod()");
    }
    return this;
  }

  /** Returns this table if its rows hold at most one direction; throws otherwise. */
  FlowTable oneDirection(String indicator) {
    ImmutableList<String> directions = labelsPresent(Dimension.DIRECTION);
    if (directions.size() > 1) {
      throw new IllegalArgumentException(
          indicator
              + " needs one direction, and this table holds "
              + directions.size()
              + " ("
              + Labels.shortList(directions)
              + "): choose with exports(), imports() or direction(...)");
    }
    return this;
  }

  private LabeledMatrix byReporter(String indicator, Dimension over) {
    return one(indicator).matrix(Dimension.REPORTER, over);
  }

  @Override
  public LabeledMatrix rca() {
    return Specialization.rca(byReporter("rca", Dimension.PRODUCT));
  }

  @Override
  public LabeledMatrix presence() {
    return Specialization.presence(Specialization.rca(byReporter("presence", Dimension.PRODUCT)));
  }

  @Override
  public ComplexityIndices complexity() {
    return Complexity.fromExports(byReporter("complexity", Dimension.PRODUCT));
  }

  @Override
  public LabeledVector hhi(Dimension over) {
    return Concentration.hhiByRow(byReporter("hhi", over));
  }

  @Override
  public LabeledVector normalisedHhi(Dimension over, HhiConvention convention) {
    return Concentration.normalisedHhiByRow(byReporter("normalisedHhi", over), convention);
  }

  @Override
  public LabeledVector concentrationRatio(Dimension over, int k) {
    return Concentration.concentrationRatioByRow(byReporter("concentrationRatio", over), k);
  }

  @Override
  public LabeledVector theil(Dimension over, TheilConvention convention) {
    return Concentration.theilByRow(byReporter("theil", over), convention);
  }

  @Override
  public LabeledMatrix shares(Dimension rows, Dimension columns) {
    return Shares.sharesByRow(one("shares").matrix(rows, columns));
  }

  @Override
  public LabeledMatrix tradeIntensity() {
    FlowTable t = one("tradeIntensity");
    return Bilateral.tradeIntensity(
        t.matrix(Dimension.REPORTER, Dimension.PARTNER), t.sum(Dimension.PARTNER));
  }

  @Override
  public LabeledMatrix exportSimilarity() {
    return Bilateral.exportSimilarity(byReporter("exportSimilarity", Dimension.PRODUCT));
  }

  @Override
  public LabeledVector grubelLloyd(String exportDirection, String importDirection) {
    Objects.requireNonNull(exportDirection, "exportDirection");
    Objects.requireNonNull(importDirection, "importDirection");
    Labels.requireKnown(
        Dimension.DIRECTION, labels(Dimension.DIRECTION), List.of(exportDirection, importDirection));
    ImmutableList<String> periods = labelsPresent(Dimension.PERIOD);
    if (periods.size() > 1) {
      throw new IllegalArgumentException(
          "grubelLloyd needs one period, and this table holds "
              + periods.size()
              + " ("
              + Labels.shortList(periods)
              + "): choose one with period(...) or year(...), or ask for one result per period"
              + " with byPeriod()");
    }
    FlowTable x = filter(Dimension.DIRECTION, exportDirection::equals);
    FlowTable m = filter(Dimension.DIRECTION, importDirection::equals);
    return IntraIndustry.byProduct(x.sum(Dimension.PRODUCT), m.sum(Dimension.PRODUCT));
  }

  /**
   * Returns a summary such as {@code FlowTable[3 rows; 2 reporters, 2 partners, 2 products, 1
   * period, 1 direction; total 145.0]}: the labels counted are those the rows hold, so a table
   * filtered to 2 partners says 2 partners.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("FlowTable[").append(size).append(size == 1 ? " row; " : " rows; ");
    for (Dimension d : Dimension.ALL) {
      int n = labelsPresent(d).size();
      String name = d == Dimension.PERIOD ? "period" : d.label();
      s.append(n).append(' ').append(name).append(n == 1 ? "" : "s");
      s.append(d == Dimension.DIRECTION ? "; " : ", ");
    }
    return s.append("total ").append(total()).append(']').toString();
  }
}
