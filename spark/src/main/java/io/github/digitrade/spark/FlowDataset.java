package io.github.digitrade.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.io.Aggregate;
import io.github.digitrade.io.ComtradeRule;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.PeriodLabels;
import io.github.digitrade.io.ReadReport;
import io.github.digitrade.io.RowError;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Frequency;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.Release;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import io.github.digitrade.table.Indicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * Trade flows as a Spark dataset: five label columns ({@code reporter, partner, product, period,
 * direction}, text), a {@code value} column (double) and, when read with one, a {@value #RELEASE}
 * column, with the same indicators as the core's {@link FlowTable} and the same results.
 *
 * <p><b>How a result is computed.</b> Spark groups the rows by the keys the indicator needs — the
 * reporter × product cube for RCA, the reporter × partner cube for market concentration, always
 * with period and direction — and sums each cell with {@link ExactSums}, an exact sum rounded once,
 * so the cells do not depend on how the data is partitioned. Keys are grouped as read (the whole
 * numbers of BACI and Comtrade codes stay numbers) and only the cells of the cube are turned into
 * labels ({@code 10110} into {@code "010110"}). The small cube is collected to the
 * driver into a core {@link FlowTable} ({@link #aggregate(Dimension...)}), one row per cell, and the
 * core's face computes the indicator: one kernel per formula, the same checks (one direction, one
 * period or {@link #byPeriod()}), the same exclusions and labels. Results equal the core's on the
 * same flows whenever the core's per-cell sums are correctly rounded, which its compensated sums
 * are except in rare near-tie cases (then within the core's documented bound).
 *
 * <p><b>Bad rows.</b> Every row carries its problem (see {@link SparkFlowReader}); the aggregation
 * counts the bad rows of the whole input, whatever the filters, and a result is refused with a
 * {@link FlowDatasetException} naming the first few, with a second job only in that case. {@link
 * #report()} counts what the reader did: rows read, kept, excluded (Comtrade aggregates, by kind)
 * and with a problem.
 *
 * <p><b>Releases.</b> Flows read with a release column refuse, with the core's message, a result
 * that would add a key given in several releases; {@link #latest()} and {@link #vintage(Vintage)}
 * choose, as in the core.
 *
 * <p><b>Filters</b> ({@link #filter(Dimension, String...)}, {@link #exports()}, {@link
 * #year(int)} …) are lazy; a filter that leaves no row makes every result an error that says so.
 *
 * <pre>{@code
 * FlowDataset flows = SparkFlowReader.tidy().csv(spark, "flows.csv");
 * flows.exports().byPeriod().hhi(Dimension.PARTNER);   // partner HHI per exporter and period
 * flows.exports().year(2023).rca().get("CHN", "8517");
 * }</pre>
 *
 * <p>Instances are immutable; the dataset they wrap is lazy, as Spark datasets are.
 */
public final class FlowDataset
    implements Indicators<LabeledVector, LabeledMatrix, ComplexityIndices> {

  /** The name of the reporter column. */
  public static final String REPORTER = "reporter";

  /** The name of the partner column. */
  public static final String PARTNER = "partner";

  /** The name of the product column. */
  public static final String PRODUCT = "product";

  /** The name of the period column. */
  public static final String PERIOD = "period";

  /** The name of the direction column. */
  public static final String DIRECTION = "direction";

  /** The name of the value column. */
  public static final String VALUE = "value";

  /** The label of a dimension an aggregate sums over, in the collected table. */
  public static final String ALL = "*";

  /**
   * The name of the release column of flows read with one ({@code release} or {@code vintage} in a
   * tidy layout): the {@link Release} of each row in its text form.
   */
  public static final String RELEASE = "release";

  private static final int EXAMPLES = 3;

  /**
   * How the key column of a dimension becomes its label. Rows are grouped on the keys, which may
   * be whole numbers (BACI and Comtrade codes), and only the cells of a cube are labelled.
   */
  enum KeyLabel {
    /** The key is the label. */
    TEXT,
    /** A whole number, labelled by its decimal digits. */
    NUMBER,
    /** A whole number, labelled by six digits with leading zeros (an HS6 code). */
    PRODUCT6;

    Column label(Column key) {
      return switch (this) {
        case TEXT -> key;
        case NUMBER -> key.cast(DataTypes.StringType);
        case PRODUCT6 -> lpad(key.cast(DataTypes.StringType), 6, "0");
      };
    }
  }

  /** What every view of one read shares: its rows as read, how keys become labels, its report. */
  private static final class Read {
    final Dataset<Row> all;
    final String source;
    final KeyLabel[] how;
    final boolean comtrade;
    final boolean release;
    volatile @Nullable ReadReport report;
    volatile boolean levelsChecked;
    /** The period column as errors name it, {@code column 4 (period)}; null: not checked. */
    final @Nullable String periodColumn;
    volatile boolean periodsChecked;

    Read(
        Dataset<Row> all,
        String source,
        KeyLabel[] how,
        boolean comtrade,
        boolean release,
        @Nullable String periodColumn) {
      this.all = all;
      this.periodColumn = periodColumn;
      this.source = source;
      this.how = how.clone();
      this.comtrade = comtrade;
      this.release = release;
    }
  }

  private final Read read;
  private final Dataset<Row> rows;
  private final String source;
  private final ImmutableList<String> filters;

  private FlowDataset(Read read, Dataset<Row> rows, ImmutableList<String> filters) {
    this.read = read;
    this.rows = rows;
    this.source = read.source;
    this.filters = filters;
  }

  /**
   * The flows of a reader's typed rows: key columns, value, problem, source, the Comtrade kind
   * ({@link SparkFlowReader#EXCLUDED}) and, when {@code release}, the release; {@code
   * periodColumn} names the period column whose labels must be of one frequency, null when there
   * is none to check.
   */
  static FlowDataset read(
      Dataset<Row> typed,
      String source,
      KeyLabel[] how,
      boolean comtrade,
      boolean release,
      @Nullable String periodColumn) {
    Read r = new Read(typed, source, how, comtrade, release, periodColumn);
    Dataset<Row> kept = comtrade ? typed.filter(col(SparkFlowReader.EXCLUDED).isNull()) : typed;
    return new FlowDataset(r, kept, ImmutableList.of());
  }

  /**
   * Returns the flows of a dataset in the tidy layout ({@code reporter, partner, product, period,
   * direction, value}, names matched ignoring case); same as {@code
   * SparkFlowReader.tidy().from(rows)}.
   *
   * @param rows the dataset, not null
   * @return the flows, never null
   * @throws IllegalArgumentException if a column is missing or has the wrong type
   */
  public static FlowDataset of(Dataset<Row> rows) {
    return SparkFlowReader.tidy().from(rows);
  }

  private static final String[] NAMES = {REPORTER, PARTNER, PRODUCT, PERIOD, DIRECTION};

  /** The label of a dimension's key column. */
  private Column label(int slot) {
    return read.how[slot].label(col(NAMES[slot]));
  }

  /**
   * The kept rows, labelled, with the reader's problem and source columns (and the release when
   * read).
   */
  Dataset<Row> rows() {
    List<Column> c = new ArrayList<>();
    for (int d = 0; d < NAMES.length; d++) {
      c.add(label(d).as(NAMES[d]));
    }
    c.add(col(VALUE));
    c.add(col(SparkFlowReader.PROBLEM));
    c.add(col(SparkFlowReader.SOURCE));
    if (read.release) {
      c.add(col(RELEASE));
    }
    return rows.select(c.toArray(new Column[0]));
  }

  /**
   * Returns the typed flows: the five label columns and {@code value} (and {@link #RELEASE} when
   * the flows were read with a release column), rows with problems included (their labels or value
   * may be null); the records a Comtrade reader excluded are not rows of it ({@link #report()}
   * counts them).
   *
   * @return the dataset, lazy, never null
   */
  public Dataset<Row> toDF() {
    List<Column> c = new ArrayList<>();
    for (int d = 0; d < NAMES.length; d++) {
      c.add(label(d).as(NAMES[d]));
    }
    c.add(col(VALUE));
    if (read.release) {
      c.add(col(RELEASE));
    }
    return rows.select(c.toArray(new Column[0]));
  }

  /**
   * Returns the same flows in a number of partitions, by Spark's {@code repartition}; results do
   * not change.
   *
   * @param partitions the number of partitions, 1 or more
   * @return the flows, never null
   * @throws IllegalArgumentException if {@code partitions} is below 1
   */
  public FlowDataset repartition(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions = " + partitions + ": expected 1 or more");
    }
    return new FlowDataset(read, rows.repartition(partitions), filters);
  }

  /**
   * Returns the flows whose label in a dimension is one of these; rows with problems are kept, so
   * they are still reported.
   *
   * @param dimension the dimension, not null
   * @param labels the labels to keep, one or more
   * @return the filtered flows, never null
   * @throws IllegalArgumentException if no label is given
   */
  public FlowDataset filter(Dimension dimension, String... labels) {
    Objects.requireNonNull(dimension, "dimension");
    if (labels.length == 0) {
      throw new IllegalArgumentException(
          dimension.label() + " filter has no label: expected one or more");
    }
    Column keep = label(slot(dimension)).isin((Object[]) labels);
    Dataset<Row> kept = rows.filter(col(SparkFlowReader.PROBLEM).isNotNull().or(keep));
    ImmutableList<String> f =
        ImmutableList.<String>builder()
            .addAll(filters)
            .add(dimension.label() + " = " + String.join(" or ", labels))
            .build();
    return new FlowDataset(read, kept, f);
  }

  /**
   * Returns the flows of some directions, such as {@code "X"}.
   *
   * @param labels the direction labels, one or more
   * @return the filtered flows, never null
   */
  public FlowDataset direction(String... labels) {
    return filter(Dimension.DIRECTION, labels);
  }

  /**
   * Returns the flows of one direction, labelled as {@link FlowTable#directionLabel(FlowDirection)}.
   *
   * @param direction the direction, not null
   * @return the filtered flows, never null
   */
  public FlowDataset direction(FlowDirection direction) {
    return filter(Dimension.DIRECTION, FlowTable.directionLabel(direction));
  }

  /**
   * Returns the exports ({@code X}).
   *
   * @return the filtered flows, never null
   */
  public FlowDataset exports() {
    return direction(FlowDirection.EXPORT);
  }

  /**
   * Returns the imports ({@code M}).
   *
   * @return the filtered flows, never null
   */
  public FlowDataset imports() {
    return direction(FlowDirection.IMPORT);
  }

  /**
   * Returns the flows of one period, by its text ({@code "2023"}, {@code "2023-Q1"}).
   *
   * @param period the period, not null
   * @return the filtered flows, never null
   */
  public FlowDataset period(Period period) {
    return filter(Dimension.PERIOD, period.toString());
  }

  /**
   * Returns the flows of one year, period label {@code "2023"}.
   *
   * @param year the year
   * @return the filtered flows, never null
   */
  public FlowDataset year(int year) {
    return filter(Dimension.PERIOD, Integer.toString(year));
  }

  /**
   * Sums the flows on Spark into a core {@link FlowTable} with one row per combination of the
   * given dimensions, period and direction: the other dimensions are summed over and hold the
   * single label {@value #ALL}. Each cell is the exact sum of its rows, rounded once ({@link
   * ExactSums}), so the table is the same whatever the partitioning. The table is built on the
   * driver: keep the dimensions whose labels multiply to a size that fits it (countries ×
   * products per period is the large case, about a million cells a year for BACI).
   *
   * <pre>{@code
   * FlowTable cube = flows.exports().aggregate(Dimension.REPORTER, Dimension.PRODUCT);
   * cube.byPeriod().rca();    // the core's RCA per period
   * }</pre>
   *
   * @param keep the dimensions to keep besides period and direction; none gives totals per
   *     period and direction
   * @return the table, never null
   * @throws FlowDatasetException if a row of the input is not a valid trade flow
   * @throws IllegalArgumentException if no row is left after the filters
   */
  public FlowTable aggregate(Dimension... keep) {
    return cube(keep).requireOneRelease();
  }

  /**
   * The cube of {@link #aggregate(Dimension...)}; when a key of the five dimensions is given in
   * several releases, the rows of that key instead, with their releases, so that the core's face
   * refuses it with its own message.
   */
  FlowTable cube(Dimension... keep) {
    Set<Dimension> kept = EnumSet.of(Dimension.PERIOD, Dimension.DIRECTION);
    for (Dimension d : keep) {
      kept.add(Objects.requireNonNull(d, "keep"));
    }
    checkRead();
    List<Column> keys = new ArrayList<>();
    for (Dimension d : kept) {
      keys.add(col(column(d)));
    }
    List<Column> sums = new ArrayList<>();
    sums.add(ExactSums.sum(col(VALUE)).as(VALUE));
    sums.add(
        org.apache.spark.sql.functions.sum(
                when(col(SparkFlowReader.PROBLEM).isNotNull(), lit(1L)).otherwise(lit(0L)))
            .as("bad"));
    if (read.release) {
      // a cell of one release holds no key of several releases
      sums.add(min(col(RELEASE)).as("first"));
      sums.add(max(col(RELEASE)).as("last"));
    }
    Dataset<Row> grouped =
        rows.groupBy(keys.toArray(new Column[0]))
            .agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]));
    // the labels of the cells only, after grouping on the keys
    List<Column> cells = new ArrayList<>();
    for (Dimension d : kept) {
      cells.add(label(slot(d)).as(column(d)));
    }
    cells.add(col(VALUE));
    cells.add(col("bad"));
    if (read.release) {
      cells.add(col("first"));
      cells.add(col("last"));
    }
    Dataset<Row> cube = grouped.select(cells.toArray(new Column[0]));
    FlowTableBuilder b = FlowTable.builder();
    int[] codes = new int[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      if (!kept.contains(d)) {
        codes[FlowDataset.slot(d)] = b.code(d, ALL);
      }
    }
    // the cells' columns: the kept dimensions in order, then value, bad (first, last)
    Dimension[] dims = kept.toArray(new Dimension[0]);
    int valueAt = dims.length;
    int badAt = valueAt + 1;
    long bad = 0;
    boolean severalReleases = false;
    Iterator<Row> it = cube.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      long n = r.getLong(badAt);
      if (n > 0) {
        bad += n;
        continue;
      }
      if (bad > 0) {
        continue;
      }
      if (read.release && !Objects.equals(r.get(badAt + 1), r.get(badAt + 2))) {
        severalReleases = true;
      }
      for (int i = 0; i < dims.length; i++) {
        codes[FlowDataset.slot(dims[i])] = b.code(dims[i], r.getString(i));
      }
      b.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4], r.getDouble(valueAt));
    }
    if (bad > 0) {
      throw badRows(bad);
    }
    if (b.size() == 0) {
      throw new IllegalArgumentException(
          source
              + ": no flow"
              + (filters.isEmpty() ? "" : " matches " + String.join(", ", filters))
              + ": expected at least one row (check the labels, such as the direction X or M)");
    }
    if (severalReleases) {
      FlowTable mixed = mixedKey();
      if (mixed != null) {
        return mixed;
      }
    }
    return b.build();
  }

  /**
   * The rows of a key of the five dimensions given in several releases, earliest release first,
   * or null if there is none.
   */
  private @Nullable FlowTable mixedKey() {
    Column[] keys = new Column[NAMES.length];
    for (int d = 0; d < NAMES.length; d++) {
      keys[d] = col(NAMES[d]);
    }
    List<Row> first =
        rows.groupBy(keys)
            .agg(countDistinct(col(RELEASE)).as("n"))
            .filter(col("n").gt(1))
            .limit(1)
            .collectAsList();
    if (first.isEmpty()) {
      return null;
    }
    Row key = first.get(0);
    Column same = lit(true);
    for (int d = 0; d < NAMES.length; d++) {
      same = same.and(col(NAMES[d]).equalTo(key.get(d)));
    }
    List<Column> c = new ArrayList<>();
    for (int d = 0; d < NAMES.length; d++) {
      c.add(label(d).as(NAMES[d]));
    }
    c.add(col(RELEASE));
    c.add(col(VALUE));
    // earliest release first, whatever the partitioning (a file's order is not Spark's)
    List<Row> its = new ArrayList<>(rows.filter(same).select(c.toArray(new Column[0])).collectAsList());
    its.sort(
        Comparator.comparing((Row r) -> Release.parse(r.getString(5)))
            .thenComparingDouble(r -> r.getDouble(6)));
    FlowTableBuilder b = FlowTable.builder();
    for (Row r : its) {
      b.add(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
          Release.parse(r.getString(5)), r.getDouble(6));
    }
    return b.build();
  }

  /**
   * The checks of the whole read that the core's reader makes before any result: one frequency
   * of periods, and for Comtrade one level of products; each runs once per read.
   *
   * @throws IllegalArgumentException with the core's message if the read fails one
   */
  void checkRead() {
    checkPeriods();
    checkLevels();
  }

  /**
   * Refuses once a read whose period column mixes frequencies, as the core's reader does ({@link
   * PeriodLabels#mixedFrequencies}): the valid kept rows of the whole read, whatever the filters,
   * hold labels of one frequency. The first label of each frequency is the smallest of its
   * distinct labels, so the message does not depend on the partitioning; Spark knows no line
   * numbers. One Spark job over the read (a distinct of the period column).
   */
  private void checkPeriods() {
    String column = read.periodColumn;
    if (column == null || read.periodsChecked) {
      return;
    }
    Column valid = col(SparkFlowReader.PROBLEM).isNull();
    if (read.comtrade) {
      valid = valid.and(col(SparkFlowReader.EXCLUDED).isNull());
    }
    List<String> labels = new ArrayList<>();
    for (Row r : read.all.filter(valid).select(label(slot(Dimension.PERIOD))).distinct()
        .collectAsList()) {
      labels.add(r.getString(0));
    }
    labels.sort(Comparator.naturalOrder());
    if (!labels.isEmpty()) {
      String first = labels.get(0);
      Frequency f = PeriodLabels.frequency(first).orElseThrow();
      for (String l : labels) {
        if (PeriodLabels.frequency(l).orElseThrow() != f) {
          throw new IllegalArgumentException(
              source + ": " + column + " \"" + l + "\": "
                  + PeriodLabels.mixedFrequencies(first, 0, l, 0));
        }
      }
    }
    read.periodsChecked = true;
  }

  /**
   * For a Comtrade read, refuses once kept products at two levels of one classification ({@link
   * ComtradeRule#checkLevels}); one Spark job over the read.
   */
  private void checkLevels() {
    if (!read.comtrade || read.levelsChecked) {
      return;
    }
    List<Row> products =
        read.all
            .filter(col(SparkFlowReader.PROBLEM).isNull().and(col(SparkFlowReader.EXCLUDED).isNull()))
            .select(col(PRODUCT))
            .distinct()
            .collectAsList();
    FlowTableBuilder b = FlowTable.builder();
    int[] one = new int[NAMES.length];
    for (Dimension d : Dimension.values()) {
      one[slot(d)] = b.code(d, "-");
    }
    for (Row r : products) {
      b.addCodes(one[0], one[1], b.code(Dimension.PRODUCT, r.getString(0)), one[3], one[4], 0.0);
    }
    try {
      ComtradeRule.checkLevels(b.build(), source);
    } catch (FlowFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    read.levelsChecked = true;
  }

  /**
   * Returns what the reader did with the input, as the core's {@link ReadReport}: the rows read,
   * the rows kept, the Comtrade records excluded as aggregates or breakdowns, by {@link
   * io.github.digitrade.io.Aggregate} kind ({@link ReadReport#excluded()}), and the rows with a
   * problem ({@link ReadReport#skippedRows()}), the first three of them listed; {@code rowsRead ==
   * rowsKept + excludedRows + skippedRows}. It counts the whole read, whatever the filters; one
   * Spark job, run once per read (and a second one that lists problems, if any).
   *
   * <pre>{@code
   * FlowDataset flows = SparkFlowReader.comtrade().csv(spark, "comtrade.csv");
   * flows.report().excluded();   // {PARTNER_WORLD=3, COMMODITY_TOTAL=2, ...}
   * }</pre>
   *
   * @return the report, never null
   */
  public ReadReport report() {
    ReadReport r = read.report;
    if (r != null) {
      return r;
    }
    Column status =
        when(col(SparkFlowReader.PROBLEM).isNotNull(), lit("!"))
            .otherwise(coalesce(col(SparkFlowReader.EXCLUDED), lit("")));
    long total = 0;
    long kept = 0;
    long skipped = 0;
    Map<Aggregate, Long> excluded = new EnumMap<>(Aggregate.class);
    for (Row c : read.all.groupBy(status.as("s")).count().collectAsList()) {
      String s = c.getString(0);
      long n = c.getLong(1);
      total += n;
      if (s.isEmpty()) {
        kept += n;
      } else if (s.equals("!")) {
        skipped += n;
      } else {
        excluded.put(Aggregate.valueOf(s), n);
      }
    }
    List<RowError> errors = new ArrayList<>();
    if (skipped > 0) {
      for (Row e :
          read.all
              .filter(col(SparkFlowReader.PROBLEM).isNotNull())
              .select(col(SparkFlowReader.SOURCE), col(SparkFlowReader.PROBLEM))
              .limit(EXAMPLES)
              .collectAsList()) {
        errors.add(RowError.ofFile(e.getString(0), e.getString(1)));
      }
    }
    r = new ReadReport(source, total, kept, errors, excluded);
    read.report = r;
    return r;
  }

  /**
   * Returns the releases the rows hold, from earliest to latest ({@link Release#compareTo}), as
   * {@link FlowTable#releases()}; one Spark job.
   *
   * @return the releases, never null; empty if the flows were read without a release column
   */
  public ImmutableList<Release> releases() {
    if (!read.release) {
      return ImmutableList.of();
    }
    List<Release> out = new ArrayList<>();
    for (Row r :
        rows.filter(col(RELEASE).isNotNull()).select(col(RELEASE)).distinct().collectAsList()) {
      out.add(Release.parse(r.getString(0)));
    }
    return ImmutableList.sortedCopyOf(out);
  }

  /**
   * Returns, for every key (the five dimensions) given in several releases, only the rows of its
   * latest release ({@link Release#compareTo}: by vintage, then release date), as {@link
   * FlowTable#latest()}; a key given in one release is kept whatever its release. Finding the
   * releases takes one Spark job; the choice itself is lazy (a window over the keys).
   *
   * <pre>{@code
   * flows.year(2021).latest().total();   // the revised figure, not preliminary + revised
   * }</pre>
   *
   * @return the flows, never null; these flows if they have no release column
   */
  public FlowDataset latest() {
    if (!read.release) {
      return this;
    }
    List<Release> order = releases();
    Column rank = lit(-1);
    for (int i = 0; i < order.size(); i++) {
      rank = when(col(RELEASE).equalTo(order.get(i).toString()), lit(i)).otherwise(rank);
    }
    Column[] keys = new Column[NAMES.length];
    for (int d = 0; d < NAMES.length; d++) {
      keys[d] = col(NAMES[d]);
    }
    WindowSpec w = Window.partitionBy(keys);
    Dataset<Row> latest =
        rows.withColumn("_digitrade_rank", rank)
            .withColumn("_digitrade_best", max(col("_digitrade_rank")).over(w))
            .filter(
                col(SparkFlowReader.PROBLEM)
                    .isNotNull()
                    .or(col("_digitrade_rank").equalTo(col("_digitrade_best"))))
            .drop("_digitrade_rank", "_digitrade_best");
    return new FlowDataset(
        read, latest, ImmutableList.<String>builder().addAll(filters).add("latest").build());
  }

  /**
   * Returns the rows of the releases of one vintage, such as the preliminary figures, as {@link
   * FlowTable#vintage(Vintage)}; lazy.
   *
   * @param vintage the vintage, not null
   * @return the flows, never null
   * @throws IllegalArgumentException if the flows were read without a release column
   */
  public FlowDataset vintage(Vintage vintage) {
    Objects.requireNonNull(vintage, "vintage");
    if (!read.release) {
      throw new IllegalArgumentException(
          "vintage = " + vintage + ": " + source + " has no release column (read a tidy file"
              + " with a release or vintage column)");
    }
    String v = vintage.toString();
    Column keep = col(RELEASE).equalTo(v).or(col(RELEASE).startsWith(v + " of "));
    Dataset<Row> kept = rows.filter(col(SparkFlowReader.PROBLEM).isNotNull().or(keep));
    return new FlowDataset(
        read, kept, ImmutableList.<String>builder().addAll(filters).add("vintage = " + v).build());
  }

  private FlowDatasetException badRows(long bad) {
    return new FlowDatasetException(bad, problems(EXAMPLES));
  }

  /** The first bad rows, as {@code source: problem}; one Spark job. */
  List<String> problems(int max) {
    List<Row> first =
        rows.filter(col(SparkFlowReader.PROBLEM).isNotNull())
            .select(col(SparkFlowReader.SOURCE), col(SparkFlowReader.PROBLEM))
            .limit(max)
            .collectAsList();
    List<String> examples = new ArrayList<>();
    for (Row r : first) {
      examples.add(r.getString(0) + ": " + r.getString(1));
    }
    return examples;
  }

  /** The position of a dimension in arrays of five, in the core's column order. */
  static int slot(Dimension d) {
    return switch (d) {
      case REPORTER -> 0;
      case PARTNER -> 1;
      case PRODUCT -> 2;
      case PERIOD -> 3;
      case DIRECTION -> 4;
    };
  }

  private static String column(Dimension d) {
    return switch (d) {
      case REPORTER -> REPORTER;
      case PARTNER -> PARTNER;
      case PRODUCT -> PRODUCT;
      case PERIOD -> PERIOD;
      case DIRECTION -> DIRECTION;
    };
  }

  /**
   * Returns the faces that give one result per period, as {@link FlowTable#byPeriod()}.
   *
   * @return the per-period faces, never null
   */
  public SparkByPeriod byPeriod() {
    return new SparkByPeriod(this);
  }

  /**
   * Returns the sum by one dimension over every row, as {@link FlowTable#sum(Dimension)} (which
   * pools directions and periods: filter first, or use {@code byPeriod().sum(...)}).
   *
   * @param dimension the dimension, not null
   * @return the sums, labels sorted, never null
   */
  public LabeledVector sum(Dimension dimension) {
    return cube(dimension).sum(dimension);
  }

  /**
   * Returns the total value of every row (pooling directions and periods, as {@link
   * FlowTable#total()}).
   *
   * @return the total
   */
  public double total() {
    return cube().total();
  }

  /**
   * Returns the trade balance of each reporter, exports minus imports, in one period: {@code
   * X_c − M_c} with {@code X_c} the rows of direction {@code exportDirection}; a reporter with
   * flows in one direction only has zero in the other.
   *
   * <pre>{@code
   * flows.year(2023).balance("X", "M").get("CHN");
   * }</pre>
   *
   * @param exportDirection the direction label of exports, such as {@code "X"}, not null
   * @param importDirection the direction label of imports, such as {@code "M"}, not null
   * @return the balance per reporter, never null
   * @throws IllegalArgumentException if the rows hold several periods
   */
  public LabeledVector balance(String exportDirection, String importDirection) {
    FlowTable t = cube(Dimension.REPORTER);
    ImmutableList<String> periods = t.labelsPresent(Dimension.PERIOD);
    if (periods.size() > 1) {
      throw new IllegalArgumentException(
          "balance needs one period, and these flows hold "
              + periods.size()
              + " ("
              + String.join(", ", periods)
              + "): choose one with period(...) or year(...), or ask for one result per period"
              + " with byPeriod()");
    }
    return SparkByPeriod.balance(t, exportDirection, importDirection);
  }

  @Override
  public LabeledMatrix rca() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).rca();
  }

  @Override
  public LabeledMatrix presence() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).presence();
  }

  @Override
  public ComplexityIndices complexity() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).complexity();
  }

  @Override
  public LabeledVector hhi(Dimension over) {
    return cube(Dimension.REPORTER, over).hhi(over);
  }

  @Override
  public LabeledVector normalisedHhi(Dimension over, HhiConvention convention) {
    return cube(Dimension.REPORTER, over).normalisedHhi(over, convention);
  }

  @Override
  public LabeledVector concentrationRatio(Dimension over, int k) {
    return cube(Dimension.REPORTER, over).concentrationRatio(over, k);
  }

  @Override
  public LabeledVector theil(Dimension over, TheilConvention convention) {
    return cube(Dimension.REPORTER, over).theil(over, convention);
  }

  @Override
  public LabeledMatrix shares(Dimension rows, Dimension columns) {
    return cube(rows, columns).shares(rows, columns);
  }

  @Override
  public LabeledMatrix tradeIntensity() {
    return cube(Dimension.REPORTER, Dimension.PARTNER).tradeIntensity();
  }

  @Override
  public LabeledMatrix exportSimilarity() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).exportSimilarity();
  }

  @Override
  public LabeledVector grubelLloyd(String exportDirection, String importDirection) {
    return cube(Dimension.PRODUCT).grubelLloyd(exportDirection, importDirection);
  }

  /**
   * Returns a summary such as {@code FlowDataset[flows.csv; direction = X]}; it runs no job.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "FlowDataset[" + source + (filters.isEmpty() ? "" : "; " + String.join(", ", filters))
        + "]";
  }
}
