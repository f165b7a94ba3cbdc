package io.github.digitrade.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Period;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import io.github.digitrade.table.Indicators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trade flows as a Spark dataset: five label columns ({@code reporter, partner, product, period,
 * direction}, text) and a {@code value} column (double), with the same indicators as the core's
 * {@link FlowTable} and the same results.
 *
 * <p><b>How a result is computed.</b> Spark groups the rows by the labels the indicator needs — the
 * reporter × product cube for RCA, the reporter × partner cube for market concentration, always
 * with period and direction — and sums each cell with {@link ExactSums}, an exact sum rounded once,
 * so the cells do not depend on how the data is partitioned. The small cube is collected to the
 * driver into a core {@link FlowTable} ({@link #aggregate(Dimension...)}), one row per cell, and the
 * core's face computes the indicator: one kernel per formula, the same checks (one direction, one
 * period or {@link #byPeriod()}), the same exclusions and labels. Results equal the core's on the
 * same flows whenever the core's per-cell sums are correctly rounded, which its compensated sums
 * are except in rare near-tie cases (then within the core's documented bound).
 *
 * <p><b>Bad rows.</b> Every row carries its problem (see {@link SparkFlowReader}); the aggregation
 * counts the bad rows of the whole input, whatever the filters, and a result is refused with a
 * {@link FlowDatasetException} naming the first few, with a second job only in that case.
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

  private static final int EXAMPLES = 3;

  private final Dataset<Row> rows;
  private final String source;
  private final ImmutableList<String> filters;

  FlowDataset(Dataset<Row> rows, String source) {
    this(rows, source, ImmutableList.of());
  }

  private FlowDataset(Dataset<Row> rows, String source, ImmutableList<String> filters) {
    this.rows = rows;
    this.source = source;
    this.filters = filters;
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

  /** The rows with the reader's problem and source columns. */
  Dataset<Row> rows() {
    return rows;
  }

  /**
   * Returns the typed flows: the five label columns and {@code value}, rows with problems
   * included (their labels or value may be null).
   *
   * @return the dataset, lazy, never null
   */
  public Dataset<Row> toDF() {
    return rows.select(col(REPORTER), col(PARTNER), col(PRODUCT), col(PERIOD), col(DIRECTION),
        col(VALUE));
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
    return new FlowDataset(rows.repartition(partitions), source, filters);
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
    Column keep = col(column(dimension)).isin((Object[]) labels);
    Dataset<Row> kept = rows.filter(col(SparkFlowReader.PROBLEM).isNotNull().or(keep));
    ImmutableList<String> f =
        ImmutableList.<String>builder()
            .addAll(filters)
            .add(dimension.label() + " = " + String.join(" or ", labels))
            .build();
    return new FlowDataset(kept, source, f);
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
    Set<Dimension> kept = EnumSet.of(Dimension.PERIOD, Dimension.DIRECTION);
    for (Dimension d : keep) {
      kept.add(Objects.requireNonNull(d, "keep"));
    }
    List<Column> keys = new ArrayList<>();
    for (Dimension d : kept) {
      keys.add(col(column(d)));
    }
    Dataset<Row> cube =
        rows.groupBy(keys.toArray(new Column[0]))
            .agg(
                ExactSums.sum(col(VALUE)).as(VALUE),
                org.apache.spark.sql.functions.sum(
                        when(col(SparkFlowReader.PROBLEM).isNotNull(), lit(1L)).otherwise(lit(0L)))
                    .as("bad"));
    FlowTableBuilder b = FlowTable.builder();
    int[] codes = new int[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      if (!kept.contains(d)) {
        codes[FlowDataset.slot(d)] = b.code(d, ALL);
      }
    }
    long bad = 0;
    Iterator<Row> it = cube.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      long n = r.getLong(r.fieldIndex("bad"));
      if (n > 0) {
        bad += n;
        continue;
      }
      if (bad > 0) {
        continue;
      }
      for (Dimension d : kept) {
        codes[FlowDataset.slot(d)] = b.code(d, r.getString(r.fieldIndex(column(d))));
      }
      b.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4],
          r.getDouble(r.fieldIndex(VALUE)));
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
    return b.build();
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
    return aggregate(dimension).sum(dimension);
  }

  /**
   * Returns the total value of every row (pooling directions and periods, as {@link
   * FlowTable#total()}).
   *
   * @return the total
   */
  public double total() {
    return aggregate().total();
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
    FlowTable t = aggregate(Dimension.REPORTER);
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
    return aggregate(Dimension.REPORTER, Dimension.PRODUCT).rca();
  }

  @Override
  public LabeledMatrix presence() {
    return aggregate(Dimension.REPORTER, Dimension.PRODUCT).presence();
  }

  @Override
  public ComplexityIndices complexity() {
    return aggregate(Dimension.REPORTER, Dimension.PRODUCT).complexity();
  }

  @Override
  public LabeledVector hhi(Dimension over) {
    return aggregate(Dimension.REPORTER, over).hhi(over);
  }

  @Override
  public LabeledVector normalisedHhi(Dimension over, HhiConvention convention) {
    return aggregate(Dimension.REPORTER, over).normalisedHhi(over, convention);
  }

  @Override
  public LabeledVector concentrationRatio(Dimension over, int k) {
    return aggregate(Dimension.REPORTER, over).concentrationRatio(over, k);
  }

  @Override
  public LabeledVector theil(Dimension over, TheilConvention convention) {
    return aggregate(Dimension.REPORTER, over).theil(over, convention);
  }

  @Override
  public LabeledMatrix shares(Dimension rows, Dimension columns) {
    return aggregate(rows, columns).shares(rows, columns);
  }

  @Override
  public LabeledMatrix tradeIntensity() {
    return aggregate(Dimension.REPORTER, Dimension.PARTNER).tradeIntensity();
  }

  @Override
  public LabeledMatrix exportSimilarity() {
    return aggregate(Dimension.REPORTER, Dimension.PRODUCT).exportSimilarity();
  }

  @Override
  public LabeledVector grubelLloyd(String exportDirection, String importDirection) {
    return aggregate(Dimension.PRODUCT).grubelLloyd(exportDirection, importDirection);
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
