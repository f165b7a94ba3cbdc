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
import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.PartnerGroup;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.Release;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>A table may also carry the release of each row ({@link Release}: preliminary, revised, final,
 * with a release date), read from a release column or from the sources of {@link
 * #from(TradeFlows)}. Totals, sums, matrices and every indicator refuse a table that gives one key
 * (the five dimensions) in several releases, naming the key, its releases and how to choose
 * ({@link #latest()}, {@link #vintage(Vintage)}); figures of different keys may come from
 * different releases. A table without a release column ({@link #releases()} empty) has nothing to
 * check.
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
public final class FlowTable extends IndicatorFaces {

  /** From this many rows on, {@link #matrix(Dimension, Dimension)} sums two halves in parallel. */
  static final int PARALLEL_ROWS = 1 << 20;

  /** Per dimension, the code of each row; null when every row has code 0. */
  private final @Nullable CodeColumn[] codes;

  private final double[] values;
  private final int size;
  private final List<ImmutableList<String>> labels;
  private final Releases releases;

  /** Whether {@link #releaseProblem} is computed; set after it. */
  private volatile boolean releasesChecked;

  /** Why the table mixes releases, or null; see {@link Releases#mixed(FlowTable, Releases)}. */
  private volatile @Nullable String releaseProblem;

  /** Per dimension, the sorted labels that occur in at least one row; computed when first asked. */
  private final AtomicReferenceArray<ImmutableList<String>> present =
      new AtomicReferenceArray<>(Dimension.ALL.length);

  FlowTable(
      @Nullable CodeColumn[] codes,
      double[] values,
      int size,
      List<ImmutableList<String>> labels,
      Releases releases) {
    this.codes = codes;
    this.values = values;
    this.size = size;
    this.labels = labels;
    this.releases = releases;
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
  @Nullable CodeColumn column(Dimension dimension) {
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
    CodeColumn column = codes[dimension.column()];
    return column == null ? 0 : column.get(row);
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
   * @throws ArithmeticException if the values add up to more than the {@code double} range
   * @throws IllegalArgumentException if a key is given in several releases ({@link
   *     #requireOneRelease()})
   */
  public double total() {
    oneRelease("total");
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
   * @throws IllegalArgumentException if a key is given in several releases ({@link
   *     #requireOneRelease()})
   */
  public LabeledVector sum(Dimension dimension) {
    oneRelease("sum");
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
   *     more than {@code Integer.MAX_VALUE - 8} cells, or a key is given in several releases
   *     ({@link #requireOneRelease()})
   */
  public LabeledMatrix matrix(Dimension rows, Dimension columns) {
    oneRelease("matrix");
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
    return select(codes[dimension.column()], kept);
  }

  /** The rows whose code in {@code column} (null: code 0 in every row) is marked in {@code kept}. */
  private FlowTable select(@Nullable CodeColumn column, boolean[] kept) {
    boolean[] rows = new boolean[size];
    for (int r = 0; r < size; r++) {
      rows[r] = kept[column == null ? 0 : column.get(r)];
    }
    return select(rows);
  }

  /** The rows whose code in {@code rowCodes} (a release column, say; null: code 0 in every row) is marked in {@code kept}. */
  private FlowTable select(int @Nullable [] rowCodes, boolean[] kept) {
    boolean[] rows = new boolean[size];
    for (int r = 0; r < size; r++) {
      rows[r] = kept[rowCodes == null ? 0 : rowCodes[r]];
    }
    return select(rows);
  }

  /** The rows marked in {@code rows}, in their order. */
  private FlowTable select(boolean[] rows) {
    int n = 0;
    for (int r = 0; r < size; r++) {
      if (rows[r]) {
        n++;
      }
    }
    int dims = Dimension.ALL.length;
    @Nullable CodeColumn[] newCodes = new CodeColumn[dims];
    for (int d = 0; d < dims; d++) {
      if (codes[d] != null) {
        newCodes[d] = new CodeColumn(n);
      }
    }
    int[] fromReleases = releases.codes;
    int[] toReleases = fromReleases == null ? null : new int[n];
    double[] newValues = new double[n];
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (rows[r]) {
        for (int d = 0; d < dims; d++) {
          CodeColumn from = codes[d];
          CodeColumn to = newCodes[d];
          if (from != null && to != null) {
            to.set(w, from.get(r));
          }
        }
        if (fromReleases != null && toReleases != null) {
          toReleases[w] = fromReleases[r];
        }
        newValues[w++] = values[r];
      }
    }
    return new FlowTable(
        newCodes,
        newValues,
        n,
        labels,
        toReleases == fromReleases ? releases : new Releases(toReleases, releases.dictionary));
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
   * Returns the releases the rows hold, from earliest to latest ({@link Release#compareTo}).
   *
   * <pre>{@code
   * table.releases();   // [preliminary, revised]
   * }</pre>
   *
   * @return the releases, never null; empty if the table has no release column
   */
  public ImmutableList<Release> releases() {
    return releases.any() ? Releases.present(this, releases) : ImmutableList.of();
  }

  /**
   * Returns the release of a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the release, or empty if the table has no release column
   * @throws IndexOutOfBoundsException if the row is outside the table
   */
  public Optional<Release> release(int row) {
    Objects.checkIndex(row, size);
    return releases.any()
        ? Optional.of(releases.dictionary.get(releases.code(row)))
        : Optional.empty();
  }

  /** The release code of a row, 0 without a release column. */
  int releaseCode(int row) {
    return releases.code(row);
  }

  /** The size of the release dictionary, 0 without a release column. */
  int releaseDictionarySize() {
    return releases.dictionary.size();
  }

  /**
   * Returns, for every key (the five dimensions) given in several releases, only the rows of its
   * latest release ({@link Release#compareTo}: by vintage, then release date); a key given in one
   * release is kept whatever its release. The mirror of {@link TradeFlows#latest()}.
   *
   * <pre>{@code
   * cbec.direction(FlowDirection.TOTAL).year(2021).latest().total();   // 1920.0, the revised figure
   * }</pre>
   *
   * @return a new table, never null; this table if it has no release column
   */
  public FlowTable latest() {
    if (!releases.any()) {
      return this;
    }
    return select(Releases.latest(this, releases), new boolean[] {false, true});
  }

  /**
   * Returns the rows of the releases of one vintage, such as the preliminary figures. The mirror
   * of {@link TradeFlows#vintage(Vintage)}; like every label filter it is strict.
   *
   * <pre>{@code
   * cbec.direction(FlowDirection.TOTAL).year(2021).vintage(Vintage.PRELIMINARY).total();   // 1980.0
   * }</pre>
   *
   * @param vintage the vintage, not null
   * @return a new table, never null, possibly empty
   * @throws IllegalArgumentException if the table has no release column, or no release of its
   *     dictionary has that vintage; the message names the releases there are
   */
  public FlowTable vintage(Vintage vintage) {
    Objects.requireNonNull(vintage, "vintage");
    boolean[] kept = new boolean[releases.dictionary.size()];
    boolean any = false;
    for (int i = 0; i < kept.length; i++) {
      kept[i] = releases.dictionary.get(i).vintage() == vintage;
      any |= kept[i];
    }
    if (!any) {
      throw new IllegalArgumentException(
          "vintage = "
              + vintage
              + ": "
              + (releases.any()
                  ? "the table's releases are " + releases.dictionary
                  : "the table has no release column (read a file with a release column, or"
                      + " build it from flows with sources)"));
    }
    return select(releases.codes, kept);
  }

  /**
   * Returns this table if no key is given in several releases; totals, sums, matrices and every
   * indicator call it, so that a preliminary and a revised figure are never added together. The
   * mirror of {@link TradeFlows#requireOneRelease()}. The answer is computed once per table.
   *
   * @return this table, never null
   * @throws IllegalArgumentException if a key is given in several releases; the message names the
   *     first such key, its releases and values, the releases of the table and how to choose
   *     ({@link #latest()}, {@link #vintage(Vintage)})
   */
  public FlowTable requireOneRelease() {
    return oneRelease("requireOneRelease");
  }

  @Override
  FlowTable oneRelease(String what) {
    if (releases.codes == null) {
      return this;
    }
    if (!releasesChecked) {
      releaseProblem = Releases.mixed(this, releases);
      releasesChecked = true;
    }
    String problem = releaseProblem;
    if (problem != null) {
      throw new IllegalArgumentException(
          what
              + " needs one release of each figure, and "
              + problem
              + "; the table holds "
              + releases()
              + ": choose with latest() or vintage(...)");
    }
    return this;
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
   * no currency, so every flow must be in the same one.
   *
   * <p>The release of each flow ({@link Release#of(TradeFlow)}) is carried: if any flow has a
   * release other than {@link Release#UNSPECIFIED}, the table has a release column and its totals
   * refuse a key given in several releases until one is chosen ({@link #latest()}, {@link
   * #vintage(Vintage)}); otherwise it has none.
   *
   * <pre>{@code
   * FlowTable cbec = FlowTable.from(ChinaDigitalTrade.cbec());
   * cbec.direction(FlowDirection.TOTAL).year(2021).latest().total();   // 1920.0 (revised)
   * }</pre>
   *
   * @param flows the flows, not null
   * @return the table, one row per flow in iteration order, never null
   * @throws IllegalArgumentException if the flows are in more than one currency
   */
  public static FlowTable from(TradeFlows flows) {
    Objects.requireNonNull(flows, "flows");
    boolean withReleases = false;
    for (TradeFlow f : flows) {
      withReleases |= !Release.of(f).equals(Release.UNSPECIFIED);
    }
    FlowTableBuilder b = builder();
    java.util.@Nullable Currency currency = null;
    for (TradeFlow f : flows) {
      java.util.Currency c = f.value().currency();
      if (currency == null) {
        currency = c;
      } else {
        CurrencyMismatchException.check("FlowTable.from", currency, c);
      }
      String reporter = f.reporter().code();
      String partner = f.partner().code();
      String product = f.product().code();
      String period = f.period().toString();
      String direction = directionLabel(f.direction());
      double value = f.value().amount().doubleValue();
      if (withReleases) {
        b.add(reporter, partner, product, period, direction, Release.of(f), value);
      } else {
        b.add(reporter, partner, product, period, direction, value);
      }
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

  @Override
  FlowTable table() {
    return this;
  }

  /**
   * Returns a summary such as {@code FlowTable[3 rows; 2 reporters, 2 partners, 2 products, 1
   * period, 1 direction; total 145.0]}: the labels counted are those the rows hold, so a table
   * filtered to 2 partners says 2 partners. A table with a release column also counts its releases
   * ({@code 1 direction; 2 releases; total …}); the total is then the sum of every row, releases
   * pooled, as a count of what the table holds, not a figure.
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
    if (releases.any()) {
      int n = releases().size();
      s.append(n).append(n == 1 ? " release; " : " releases; ");
    }
    return s.append("total ").append(Sums.sum(values, 0, size)).append(']').toString();
  }
}
