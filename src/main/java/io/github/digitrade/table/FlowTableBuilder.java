package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.DuplicatePolicy;
import io.github.digitrade.internal.Checks;
import io.github.digitrade.model.Release;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Collects rows, interning labels into the dictionaries, and builds an immutable {@link FlowTable}.
 *
 * <p>Readers use the coded path: {@link #code(Dimension, String)} once per distinct label, then
 * {@link #addCodes(int, int, int, int, int, double)} per row, which allocates nothing but column
 * growth. A builder is not thread-safe and may be used for one table only.
 *
 * <p>A table with a release column gives every row its {@link Release}: by {@link #add(String,
 * String, String, String, String, Release, double)} or, coded, by {@link #releaseCode(Release)} and
 * {@link #addCodes(int, int, int, int, int, int, double)}. Rows without a release and rows with one
 * cannot be mixed in one builder.
 *
 * <pre>{@code
 * FlowTableBuilder b = FlowTable.builder().duplicates(DuplicatePolicy.REJECT);
 * b.add("CHN", "USA", "8517", "2022", "X", 90.0);
 * FlowTable t = b.build();
 * }</pre>
 */
public final class FlowTableBuilder {
  /** The bits of {@link Double#MAX_VALUE}: finite non-negative doubles have bits 0 to this. */
  private static final long MAX_FINITE_BITS = 0x7FEF_FFFF_FFFF_FFFFL;

  private final List<Map<String, Integer>> index = new ArrayList<>();
  private final List<List<String>> dictionaries = new ArrayList<>();
  private final int[] dictionarySizes = new int[Dimension.ALL.length];
  private final @Nullable CodeColumn[] columns = new CodeColumn[Dimension.ALL.length];
  private double[] values = new double[1024];
  private int size;
  private final Map<Release, Integer> releaseIndex = new HashMap<>();
  private final List<Release> releaseDictionary = new ArrayList<>();
  private int @Nullable [] releaseColumn;
  private int releasedRows;
  private DuplicatePolicy duplicates = DuplicatePolicy.SUM;
  private boolean built;

  FlowTableBuilder() {
    for (int d = 0; d < Dimension.ALL.length; d++) {
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
  public FlowTableBuilder duplicates(DuplicatePolicy policy) {
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
  public FlowTableBuilder expectedRows(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows = " + rows + ": expected zero or more");
    }
    if (rows > values.length) {
      grow(rows);
    }
    return this;
  }

  /**
   * Reserves room for a number of rows like {@link #expectedRows(int)}, and creates now the code
   * columns of the dimensions named, which would otherwise be created at their first code other
   * than 0: a reader that knows which dimensions vary pays for all of its table's memory at once.
   * A large reservation (a million rows or more) makes the code columns on another thread of the
   * common fork-join pool while this one makes the values: the first touch of fresh memory is paid
   * in the kernel, about 1.4 µs for each page of 4 KiB on the project's machine (50 ms for the 143
   * MB of a 10-million-row BACI table), and two threads pay it in about half the time (see
   * docs/performance.md); if no thread of the pool is free by the time the values are made, this
   * thread makes the code columns too. The method returns when every column is made; the table is
   * the same as without it.
   *
   * <pre>{@code
   * FlowTable.builder().expectedRows(10_000_000, Dimension.REPORTER, Dimension.PARTNER,
   *     Dimension.PRODUCT);
   * }</pre>
   *
   * @param rows the expected row count, zero or more; a hint only
   * @param coded the dimensions whose codes vary, none or more, not null
   * @return this builder
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public FlowTableBuilder expectedRows(int rows, Dimension... coded) {
    Objects.requireNonNull(coded, "coded");
    if (rows < 0) {
      throw new IllegalArgumentException("rows = " + rows + ": expected zero or more");
    }
    int capacity = Math.max(rows, values.length);
    boolean[] make = new boolean[Dimension.ALL.length];
    boolean any = false;
    for (Dimension d : coded) {
      int c = Objects.requireNonNull(d, "coded").column();
      make[c] = columns[c] == null;
      any |= make[c];
    }
    if (!any) {
      return expectedRows(rows);
    }
    FutureTask<CodeColumn[]> made =
        new FutureTask<>(
            () -> {
              CodeColumn[] m = new CodeColumn[make.length];
              for (int c = 0; c < make.length; c++) {
                if (make[c]) {
                  m[c] = new CodeColumn(capacity);
                }
              }
              return m;
            });
    if (capacity >= PARALLEL_RESERVATION) {
      ForkJoinPool.commonPool().execute(made);
    }
    expectedRows(rows);
    // makes the columns here unless a thread of the pool has begun them (run does nothing then)
    made.run();
    CodeColumn[] m;
    try {
      m = made.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the code columns", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("making the code columns failed", cause);
    }
    for (int c = 0; c < make.length; c++) {
      if (make[c]) {
        columns[c] = m[c];
      }
    }
    return this;
  }

  /** The rows from which {@link #expectedRows(int, Dimension...)} makes its columns in parallel. */
  private static final int PARALLEL_RESERVATION = 1 << 20;

  /**
   * Returns the code of a label in a dimension's dictionary, adding the label if it is new.
   *
   * @param dimension the dimension, not null
   * @param label the label, not blank, without leading or trailing white space
   * @return the code, from 0 to the dictionary size minus one
   * @throws IllegalArgumentException if the label is blank or has leading or trailing white space
   */
  public int code(Dimension dimension, String label) {
    int d = dimension.column();
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
   * Returns the code of a release in the release dictionary, adding it if it is new; the table
   * built then has a release column.
   *
   * @param release the release, not null
   * @return the code, from 0 to the number of releases minus one
   */
  public int releaseCode(Release release) {
    Integer code = releaseIndex.get(Objects.requireNonNull(release, "release"));
    if (code != null) {
      return code;
    }
    int c = releaseDictionary.size();
    releaseDictionary.add(release);
    releaseIndex.put(release, c);
    return c;
  }

  /**
   * Returns the number of labels a dimension's dictionary holds so far.
   *
   * @param dimension the dimension, not null
   * @return the dictionary size, zero or more
   */
  public int dictionarySize(Dimension dimension) {
    return dictionarySizes[dimension.column()];
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
  public FlowTableBuilder add(
      String reporter,
      String partner,
      String product,
      String period,
      String direction,
      double value) {
    Checks.nonNegative("value", value);
    int[] k = keyCodes(reporter, partner, product, period, direction);
    return addCodes(k[0], k[1], k[2], k[3], k[4], value);
  }

  private int[] keyCodes(
      String reporter, String partner, String product, String period, String direction) {
    return new int[] {
      code(Dimension.REPORTER, reporter),
      code(Dimension.PARTNER, partner),
      code(Dimension.PRODUCT, product),
      code(Dimension.PERIOD, period),
      code(Dimension.DIRECTION, direction)
    };
  }

  /**
   * Adds a row by its labels and its release.
   *
   * <pre>{@code
   * FlowTable.builder()
   *     .add("CHN", "WLD", "TOTAL", "2021", "TOTAL", Release.of(Vintage.PRELIMINARY), 1980)
   *     .add("CHN", "WLD", "TOTAL", "2021", "TOTAL", Release.of(Vintage.REVISED), 1920)
   *     .build()
   *     .latest()
   *     .total();   // 1920.0
   * }</pre>
   *
   * @param reporter the reporter (exporter) label, not blank
   * @param partner the partner (importer) label, not blank
   * @param product the product code, not blank
   * @param period the period label, not blank
   * @param direction the direction label, not blank
   * @param release the release, not null
   * @param value the value, finite and non-negative
   * @return this builder
   * @throws IllegalArgumentException if a label is blank or has leading or trailing white space, or
   *     the value is negative, NaN or infinite
   */
  public FlowTableBuilder add(
      String reporter,
      String partner,
      String product,
      String period,
      String direction,
      Release release,
      double value) {
    Checks.nonNegative("value", value);
    int[] k = keyCodes(reporter, partner, product, period, direction);
    return addCodes(k[0], k[1], k[2], k[3], k[4], releaseCode(release), value);
  }

  /**
   * Adds a row by its codes and the code of its release ({@link #releaseCode(Release)}).
   *
   * @param reporter the reporter code
   * @param partner the partner code
   * @param product the product code
   * @param period the period code
   * @param direction the direction code
   * @param release the release code
   * @param value the value, finite and non-negative
   * @return this builder
   * @throws IllegalArgumentException if a code is not in its dictionary or the value is negative,
   *     NaN or infinite; nothing is added then
   * @throws IllegalStateException if the table was already built
   */
  public FlowTableBuilder addCodes(
      int reporter, int partner, int product, int period, int direction, int release, double value) {
    int n = releaseDictionary.size();
    if (release < 0 || release >= n) {
      throw new IllegalArgumentException(
          "release code = " + release + ": expected a code from 0 to " + (n - 1)
              + " (the dictionary has " + n + " releases)");
    }
    addCodes(reporter, partner, product, period, direction, value);
    int[] column = releaseColumn;
    if (column == null && release != 0) {
      column = new int[values.length];
      releaseColumn = column;
    }
    if (column != null) {
      column[size - 1] = release;
    }
    releasedRows++;
    return this;
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
  public FlowTableBuilder addCodes(
      int reporter, int partner, int product, int period, int direction, double value) {
    if (built) {
      throw new IllegalStateException("build() was called: expected a new builder");
    }
    Checks.nonNegative("value", value);
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
  public FlowTableBuilder addAll(
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
        Checks.nonNegative("value", values[i]);
      }
    }
    if (bad < 0) {
      for (int d = 0; d < Dimension.ALL.length; d++) {
        for (int i = from; i < to; i++) {
          checkCode(d, sources[d][i]);
        }
      }
    }
    int[] any = {any0, any1, any2, any3, any4};
    boolean[] nonZero = {any0 != 0, any1 != 0, any2 != 0, any3 != 0, any4 != 0};
    int n = to - from;
    reserve(n, nonZero);
    for (int d = 0; d < Dimension.ALL.length; d++) {
      CodeColumn column = columns[d];
      if (column == null) {
        continue;
      }
      // the codes are checked: their OR bounds them, and says whether they need the high bits
      column.holding(any[d]);
      int[] source = sources[d];
      char[] low = column.low;
      char[] high = column.high;
      if (high == null) {
        for (int i = 0; i < n; i++) {
          low[size + i] = (char) source[from + i];
        }
      } else {
        for (int i = 0; i < n; i++) {
          int code = source[from + i];
          low[size + i] = (char) code;
          high[size + i] = (char) (code >>> 16);
        }
      }
    }
    System.arraycopy(values, from, this.values, size, n);
    size += n;
    return this;
  }

  /**
   * Adds {@code to − from} rows at once whose codes are looked up in code maps: in dimension
   * {@code d} (reporter, partner, product, period, direction, the order of {@link Dimension#ALL}),
   * row {@code i} gets the code {@code maps[d][keys[d][i]]}. A dimension whose map has a single
   * entry gives every row that code, and its keys are not read (they may be an empty array). The
   * fast path of readers that number the distinct keys of a block of rows themselves (the raw
   * numbers of a BACI block, say): the codes of each map are checked once, the rows only for a
   * key inside the map and a finite non-negative value, and the codes are written straight into
   * the table's columns, with no copy of the rows in between. The arrays are read, not kept.
   *
   * <pre>{@code
   * // rows keyed 0, 1, 0 in a block; key 0 is the reporter code 1, key 1 the code 0
   * b.addMapped(
   *     new int[][] {{0, 1, 0}, {}, {}, {}, {}},
   *     new int[][] {{1, 0}, {0}, {0}, {0}, {0}},
   *     new double[] {1.5, 2.0, 4.0}, 0, 3);
   * }</pre>
   *
   * @param keys the keys of each dimension's rows, five arrays, not null
   * @param maps the code of each key, five arrays of one entry or more, not null
   * @param values values, finite and non-negative, not null
   * @param from the first index to add, inclusive
   * @param to the last index, exclusive
   * @return this builder
   * @throws IndexOutOfBoundsException if the range is outside the values or the keys of a
   *     dimension whose map has more than one entry
   * @throws IllegalArgumentException if there are not five keys and five maps, a map is empty, a
   *     map holds a code that is not in its dictionary, a key is outside its map or a value is
   *     negative, NaN or infinite; nothing is added then
   * @throws IllegalStateException if the table was already built
   */
  public FlowTableBuilder addMapped(
      int[][] keys, int[][] maps, double[] values, int from, int to) {
    return addMapped(keys, NO_RUNS, NO_STARTS, 0, maps, values, from, to);
  }

  private static final boolean[] NO_RUNS = new boolean[Dimension.ALL.length];
  private static final int[] NO_STARTS = new int[0];

  /**
   * Adds {@code to − from} rows at once like {@link #addMapped(int[][], int[][], double[], int,
   * int)}, with the keys of some dimensions given once for each run of consecutive rows instead of
   * once for each row: the form of a block of a file sorted by those dimensions (a BACI file is
   * sorted by year, exporter and importer, and its rows come in runs of a few hundred that share
   * all three). Run {@code r} covers the rows from {@code runStarts[r]} up to the start of the next
   * run (the last up to {@code to}); in a dimension {@code d} marked in {@code byRun}, all of them
   * get the code {@code maps[d][keys[d][r]]}, and in the others row {@code i} gets {@code
   * maps[d][keys[d][i]]}, as there. The codes of each map are checked once, the runs for starts in
   * order and a key inside the map, the rows for a key inside the map and a finite non-negative
   * value; a run's code is written into the table's column once for each of its rows, without a
   * lookup per row. The arrays are read, not kept.
   *
   * <pre>{@code
   * // three rows in two runs (rows 0 and 1, row 2): reporter key 0, then key 1, by run;
   * // product keys by row
   * b.addMapped(
   *     new int[][] {{0, 1}, {}, {2, 0, 1}, {}, {}},
   *     new boolean[] {true, false, false, false, false},
   *     new int[] {0, 2}, 2,
   *     new int[][] {{1, 0}, {0}, {0, 1, 2}, {0}, {0}},
   *     new double[] {1.5, 2.0, 4.0}, 0, 3);
   * // reporter codes 1, 1, 0; product codes 2, 0, 1
   * }</pre>
   *
   * @param keys the keys of each dimension (five arrays, in the order of {@link Dimension#ALL}):
   *     one for each run in a dimension marked in {@code byRun}, one for each row in the others;
   *     not read where the dimension's map has a single entry; not null
   * @param byRun which dimensions have their keys by run, five flags, not null
   * @param runStarts the first row of each run: {@code from}, then increasing, each below {@code
   *     to}; not null
   * @param runs the number of runs: at least 1 if {@code from < to} and a dimension is marked,
   *     at most {@code runStarts.length}
   * @param maps the code of each key, five arrays of one entry or more, not null
   * @param values values, finite and non-negative, not null
   * @param from the first index to add, inclusive
   * @param to the last index, exclusive
   * @return this builder
   * @throws IndexOutOfBoundsException if the range is outside the values, the keys of a dimension
   *     by row whose map has more than one entry, or the runs outside {@code runStarts} or the
   *     keys of a dimension by run
   * @throws IllegalArgumentException if there are not five key arrays, five flags and five maps,
   *     a map is empty, a map holds a code that is not in its dictionary, the runs do not start at
   *     {@code from} and increase below {@code to}, a key is outside its map or a value is
   *     negative, NaN or infinite; nothing is added then
   * @throws IllegalStateException if the table was already built
   */
  public FlowTableBuilder addMapped(
      int[][] keys,
      boolean[] byRun,
      int[] runStarts,
      int runs,
      int[][] maps,
      double[] values,
      int from,
      int to) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(byRun, "byRun");
    Objects.requireNonNull(runStarts, "runStarts");
    Objects.requireNonNull(maps, "maps");
    Objects.requireNonNull(values, "values");
    if (built) {
      throw new IllegalStateException("build() was called: expected a new builder");
    }
    int dims = Dimension.ALL.length;
    if (keys.length != dims || maps.length != dims) {
      throw new IllegalArgumentException(
          keys.length + " key arrays and " + maps.length + " maps: expected " + dims + " of each");
    }
    if (byRun.length != dims) {
      throw new IllegalArgumentException(
          byRun.length + " flags in byRun: expected " + dims + ", one for each dimension");
    }
    Objects.checkFromToIndex(from, to, values.length);
    boolean anyByRun = false;
    for (int d = 0; d < dims; d++) {
      anyByRun |= byRun[d] && Objects.requireNonNull(maps[d], "maps[d]").length > 1;
    }
    if (anyByRun && from < to) {
      checkRuns(runStarts, runs, from, to);
    }
    boolean[] nonZero = new boolean[dims];
    int[] orOfCodes = new int[dims];
    for (int d = 0; d < dims; d++) {
      int[] map = Objects.requireNonNull(maps[d], "maps[d]");
      int[] key = Objects.requireNonNull(keys[d], "keys[d]");
      if (map.length == 0) {
        throw new IllegalArgumentException(
            Dimension.ALL[d].label() + " map is empty: expected one code or more");
      }
      if (map.length > 1) {
        if (!byRun[d]) {
          Objects.checkFromToIndex(from, to, key.length);
        } else if (from < to) {
          Objects.checkFromToIndex(0, runs, key.length);
        }
      }
      for (int code : map) {
        checkCode(d, code);
        nonZero[d] |= code != 0;
        orOfCodes[d] |= code;
      }
    }
    long badValue = 0;
    for (int i = from; i < to; i++) {
      long bits = Double.doubleToRawLongBits(values[i]);
      badValue |= bits | (MAX_FINITE_BITS - bits);
    }
    if (badValue < 0) {
      for (int i = from; i < to; i++) {
        Checks.nonNegative("value", values[i]);
      }
    }
    int n = to - from;
    reserve(n, nonZero);
    // the rows are written past `size` and only counted at the end: a bad key adds nothing
    for (int d = 0; d < dims; d++) {
      CodeColumn column = columns[d];
      if (column == null) {
        continue;
      }
      int[] map = maps[d];
      int[] key = keys[d];
      column.holding(orOfCodes[d]);
      if (map.length == 1) {
        column.fill(size, size + n, map[0]);
        continue;
      }
      int at = size - from;
      if (byRun[d]) {
        runsInto(d, column, key, map, runStarts, runs, at, to);
        continue;
      }
      char[] low = column.low;
      char[] high = column.high;
      try {
        if (high == null) {
          for (int i = from; i < to; i++) {
            low[at + i] = (char) map[key[i]];
          }
        } else {
          for (int i = from; i < to; i++) {
            int code = map[key[i]];
            low[at + i] = (char) code;
            high[at + i] = (char) (code >>> 16);
          }
        }
      } catch (ArrayIndexOutOfBoundsException e) {
        for (int i = from; i < to; i++) {
          if (key[i] < 0 || key[i] >= map.length) {
            throw new IllegalArgumentException(
                Dimension.ALL[d].label() + " key = " + key[i] + " at index " + i
                    + ": expected a key from 0 to " + (map.length - 1)
                    + " (the map has " + map.length + " codes)", e);
          }
        }
        throw e;
      }
    }
    System.arraycopy(values, from, this.values, size, n);
    size += n;
    return this;
  }

  /** Checks that runs start at {@code from} and increase below {@code to}. */
  private static void checkRuns(int[] runStarts, int runs, int from, int to) {
    if (runs < 1) {
      throw new IllegalArgumentException(
          "runs = " + runs + " for rows " + from + " to " + to + ": expected 1 or more");
    }
    Objects.checkFromToIndex(0, runs, runStarts.length);
    if (runStarts[0] != from) {
      throw new IllegalArgumentException(
          "runStarts[0] = " + runStarts[0] + ": expected the first row, " + from);
    }
    for (int r = 1; r < runs; r++) {
      if (runStarts[r] <= runStarts[r - 1] || runStarts[r] >= to) {
        throw new IllegalArgumentException(
            "runStarts[" + r + "] = " + runStarts[r] + " after " + runStarts[r - 1]
                + ": expected the runs to start in increasing order below " + to);
      }
    }
  }

  /**
   * Writes the code of each run's key into its rows of a column, past {@code size} (row {@code i}
   * of the arguments at {@code at + i}); a key outside the map adds nothing.
   */
  private static void runsInto(
      int d, CodeColumn column, int[] key, int[] map, int[] runStarts, int runs, int at, int to) {
    for (int r = 0; r < runs; r++) {
      if (key[r] < 0 || key[r] >= map.length) {
        throw new IllegalArgumentException(
            Dimension.ALL[d].label() + " key = " + key[r] + " of run " + r
                + ": expected a key from 0 to " + (map.length - 1)
                + " (the map has " + map.length + " codes)");
      }
    }
    for (int r = 0; r < runs; r++) {
      column.fill(at + runStarts[r], at + (r + 1 < runs ? runStarts[r + 1] : to), map[key[r]]);
    }
  }

  /**
   * Makes room for {@code n} more rows and creates the columns of the dimensions marked in
   * {@code nonZero} that have none yet.
   */
  private void reserve(int n, boolean[] nonZero) {
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
    for (int d = 0; d < Dimension.ALL.length; d++) {
      if (columns[d] == null && nonZero[d]) {
        columns[d] = new CodeColumn(this.values.length);
      }
    }
  }

  private void put(int d, int code) {
    CodeColumn column = columns[d];
    if (column == null) {
      if (code == 0 && dictionarySizes[d] > 0) {
        return;
      }
      checkCode(d, code);
      column = new CodeColumn(values.length);
      columns[d] = column;
    } else if (code < 0 || code >= dictionarySizes[d]) {
      checkCode(d, code);
    }
    column.set(size, code);
  }

  private void checkCode(int d, int code) {
    int n = dictionarySizes[d];
    if (code < 0 || code >= n) {
      throw new IllegalArgumentException(
          Dimension.ALL[d].label()
              + " code = "
              + code
              + ": expected a code from 0 to "
              + (n - 1)
              + " (the dictionary has "
              + n
              + " labels)");
    }
  }

  private void grow(int capacity) {
    values = Arrays.copyOf(values, capacity);
    int[] r = releaseColumn;
    if (r != null) {
      releaseColumn = Arrays.copyOf(r, capacity);
    }
    for (CodeColumn column : columns) {
      if (column != null) {
        column.resize(capacity);
      }
    }
  }

  /**
   * Builds the table. The builder cannot be used afterwards.
   *
   * @return the table, never null
   * @throws IllegalArgumentException under {@link DuplicatePolicy#REJECT}, if two rows share all
   *     five keys (and their release); the message names up to five such keys; or if some rows
   *     were given a release and others not
   * @throws IllegalStateException if the table was already built
   */
  public FlowTable build() {
    if (built) {
      throw new IllegalStateException("build() was called: expected a new builder");
    }
    built = true;
    if (!releaseDictionary.isEmpty() && releasedRows != size) {
      throw new IllegalArgumentException(
          (size - releasedRows)
              + " of "
              + size
              + " rows have no release, the others one of "
              + releaseDictionary
              + ": expected a release for every row or for none");
    }
    // columns keep their spare capacity: trimming would copy them, doubling the peak memory
    @Nullable CodeColumn[] finished = columns.clone();
    double[] v = values;
    List<ImmutableList<String>> dicts = new ArrayList<>();
    for (List<String> dict : dictionaries) {
      dicts.add(ImmutableList.copyOf(dict));
    }
    Releases releases =
        releaseDictionary.isEmpty()
            ? Releases.NONE
            : new Releases(releaseColumn, ImmutableList.copyOf(releaseDictionary));
    FlowTable table = new FlowTable(finished, v, size, ImmutableList.copyOf(dicts), releases);
    if (duplicates == DuplicatePolicy.REJECT) {
      DuplicateKeys.reject(table);
    }
    return table;
  }
}

