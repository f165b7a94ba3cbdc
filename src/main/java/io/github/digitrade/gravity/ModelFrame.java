package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.ByteKeys;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.GzipMembers;
import io.github.digitrade.internal.Numbers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The data of a gravity model: named numeric columns ({@code double}, missing values are NaN) and
 * factor columns ({@link Factor}), all of the same length.
 *
 * <p>A frame is built column by column ({@link #builder()}), or read from a CSV file in the wide
 * layout gravity datasets use, one row per flow ({@link #readCsv}). Derived columns ({@link
 * #withLog}, {@link #withInteraction}) and row filters ({@link #where}, {@link #filter}) return new
 * frames; the original is unchanged. A frame read from a file remembers the file name and the line
 * of each row, so that an estimator that meets a bad value names the file, the line and the column.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ModelFrame f = ModelFrame.builder()
 *     .number("trade", new double[] {10, 0, 4})
 *     .factor("exporter", List.of("ARG", "ARG", "BRA"))
 *     .build();
 * f.rows();                  // 3
 * f.number("trade", 2);      // 4.0
 * f.label("exporter", 2);    // "BRA"
 * }</pre>
 */
public final class ModelFrame {

  private final int rows;
  private final ImmutableMap<String, double[]> numbers;
  private final ImmutableMap<String, Factor> factors;
  private final String source;
  private final int @Nullable [] lines;

  private ModelFrame(
      int rows,
      ImmutableMap<String, double[]> numbers,
      ImmutableMap<String, Factor> factors,
      String source,
      int @Nullable [] lines) {
    this.rows = rows;
    this.numbers = numbers;
    this.factors = factors;
    this.source = source;
    this.lines = lines;
  }

  /**
   * Starts a frame from a flow table of one direction, to which covariates are joined by pair or
   * by country and period; see {@link FlowJoin}.
   *
   * <pre>{@code
   * ModelFrame f = ModelFrame.fromFlows(table.exports()).pair("ln_DIST", distances).build();
   * }</pre>
   *
   * @param flows the flows, not null
   * @return the join, never null
   * @throws IllegalArgumentException if the table holds no rows, several directions, or totals
   */
  public static FlowJoin fromFlows(io.github.digitrade.table.FlowTable flows) {
    return new FlowJoin(flows);
  }

  /**
   * Returns a builder that takes columns one at a time.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the named columns of a CSV file with a header row (RFC 4180 quoting, UTF-8, optional
   * byte-order mark; a name ending in {@code .gz} is read through gzip). Numeric fields that are
   * empty or {@code NA} become NaN (missing); estimators refuse a missing value in a column they use,
   * naming the line. Factor fields are kept as text, so {@code "0011"} and {@code "11"} are two
   * levels.
   *
   * @param file the file, not null
   * @param numeric the columns to read as numbers, not null
   * @param factorColumns the columns to read as factors, not null
   * @return the frame, never null
   * @throws IllegalArgumentException naming the file, line and column for an unknown column, a row
   *     with the wrong number of fields, or a numeric field that is not a number
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ModelFrame readCsv(Path file, List<String> numeric, List<String> factorColumns) {
    requireNonNull(file, "file");
    requireNonNull(numeric, "numeric");
    requireNonNull(factorColumns, "factorColumns");
    String name = String.valueOf(file.getFileName());
    CsvColumns sink =
        new CsvColumns(name, ImmutableList.copyOf(numeric), ImmutableList.copyOf(factorColumns));
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = name.endsWith(".gz") ? new GzipMembers(raw) : raw) {
      Csv.scan(name, in, sink::record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return sink.frame();
  }

  /**
   * Parses CSV text as {@link #readCsv} reads a file.
   *
   * @param name the name used in error messages, not null
   * @param text the whole text, not null
   * @param numeric the columns to read as numbers, not null
   * @param factorColumns the columns to read as factors, not null
   * @return the frame, never null
   * @throws IllegalArgumentException as {@link #readCsv} does
   */
  public static ModelFrame parseCsv(
      String name, String text, List<String> numeric, List<String> factorColumns) {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    CsvColumns sink =
        new CsvColumns(name, ImmutableList.copyOf(numeric), ImmutableList.copyOf(factorColumns));
    Csv.scan(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink::record);
    return sink.frame();
  }

  /**
   * Collects the wanted columns of a CSV file record by record, straight from the bytes: numbers
   * through the readers' byte parser ({@link Numbers#decimal}; a field it does not take, such as
   * {@code NA}, goes the way of {@link Double#parseDouble}), factor labels looked up by their bytes
   * ({@link ByteKeys}) and decoded once per level.
   */
  private static final class CsvColumns {
    private final String file;
    private final ImmutableList<String> numeric;
    private final ImmutableList<String> factorNames;
    private int[] numIdx = new int[0];
    private int[] facIdx = new int[0];
    private int width = -1;
    private double[][] num;
    private int[][] fac;
    private final List<ByteKeys> dict = new ArrayList<>();
    private final List<List<String>> names = new ArrayList<>();
    private int[] lineOf = new int[1024];
    private int n;

    CsvColumns(String file, ImmutableList<String> numeric, ImmutableList<String> factorNames) {
      this.file = file;
      this.numeric = numeric;
      this.factorNames = factorNames;
      this.num = new double[numeric.size()][1024];
      this.fac = new int[factorNames.size()][1024];
      for (int k = 0; k < factorNames.size(); k++) {
        dict.add(new ByteKeys());
        names.add(new ArrayList<>());
      }
    }

    void record(int line, CsvScanner fields) {
      if (width < 0) {
        List<String> header = new ArrayList<>();
        for (int f = 0; f < fields.fieldCount(); f++) {
          header.add(Csv.text(file, line, fields, f));
        }
        header(header);
        return;
      }
      if (fields.fieldCount() != width) {
        throw new IllegalArgumentException(
            file + " line " + line + ": " + fields.fieldCount() + " fields: expected " + width
                + " as in the header");
      }
      if (n == lineOf.length) {
        int cap = 2 * n;
        lineOf = Arrays.copyOf(lineOf, cap);
        for (int k = 0; k < num.length; k++) {
          num[k] = Arrays.copyOf(num[k], cap);
        }
        for (int k = 0; k < fac.length; k++) {
          fac[k] = Arrays.copyOf(fac[k], cap);
        }
      }
      lineOf[n] = line;
      byte[] b = fields.buffer();
      for (int k = 0; k < numIdx.length; k++) {
        int f = numIdx[k];
        int s = fields.start(f);
        int e = fields.end(f);
        double v;
        try {
          v = Numbers.decimal(b, s, e);
        } catch (Numbers.BadNumber x) {
          v = parseNumber(Csv.text(file, line, fields, f), line, numeric.get(k));
        }
        num[k][n] = v;
      }
      for (int k = 0; k < facIdx.length; k++) {
        int f = facIdx[k];
        int s = fields.start(f);
        int e = fields.end(f);
        ByteKeys d = dict.get(k);
        int c = d.get(b, s, e);
        if (c < 0) {
          List<String> levels = names.get(k);
          c = levels.size();
          levels.add(Csv.text(file, line, fields, f));
          d.put(b, s, e, c);
        }
        fac[k][n] = c;
      }
      n++;
    }

    private void header(List<String> fields) {
      width = fields.size();
      numIdx = indices(fields, numeric);
      facIdx = indices(fields, factorNames);
    }

    private int[] indices(List<String> header, List<String> wanted) {
      int[] idx = new int[wanted.size()];
      for (int k = 0; k < idx.length; k++) {
        idx[k] = header.indexOf(wanted.get(k));
        if (idx[k] < 0) {
          throw new IllegalArgumentException(
              file + " line 1: no column \"" + wanted.get(k) + "\": expected one of " + header);
        }
      }
      return idx;
    }

    /** The slow path of a numeric field: blank or {@code NA} is missing, else parseDouble. */
    private double parseNumber(String field, int line, String column) {
      String t = field.strip();
      if (t.isEmpty() || t.equals("NA")) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + " line " + line + ": " + column + " = \"" + field + "\": expected a number",
            e);
      }
    }

    ModelFrame frame() {
      if (width < 0) {
        throw new IllegalArgumentException(file + ": empty: expected a header row");
      }
      Builder b = new Builder();
      b.rows = n;
      for (int k = 0; k < numIdx.length; k++) {
        b.putNumber(numeric.get(k), Arrays.copyOf(num[k], n));
      }
      for (int k = 0; k < facIdx.length; k++) {
        b.factor(Factor.trusted(factorNames.get(k), Arrays.copyOf(fac[k], n), names.get(k)));
      }
      return b.build(file, Arrays.copyOf(lineOf, n));
    }
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of rows
   */
  public int rows() {
    return rows;
  }

  /**
   * Returns the names of the numeric columns, in the order they were added.
   *
   * @return the names, never null
   */
  public ImmutableList<String> numberNames() {
    return numbers.keySet().asList();
  }

  /**
   * Returns the names of the factor columns, in the order they were added.
   *
   * @return the names, never null
   */
  public ImmutableList<String> factorNames() {
    return factors.keySet().asList();
  }

  /**
   * Returns one value of a numeric column.
   *
   * @param column the column, not null
   * @param row the row, from 0
   * @return the value, NaN if missing
   * @throws IllegalArgumentException if there is no such numeric column
   */
  public double number(String column, int row) {
    return numberView(column)[row];
  }

  /**
   * Returns a copy of a numeric column.
   *
   * @param column the column, not null
   * @return a copy of the values, never null
   * @throws IllegalArgumentException if there is no such numeric column
   */
  public double[] column(String column) {
    return numberView(column).clone();
  }

  /**
   * Returns a factor column.
   *
   * @param column the column, not null
   * @return the factor, never null
   * @throws IllegalArgumentException if there is no such factor column
   */
  public Factor factor(String column) {
    requireNonNull(column, "column");
    Factor f = factors.get(column);
    if (f == null) {
      throw new IllegalArgumentException(
          "no factor column \"" + column + "\": expected one of " + factors.keySet()
              + (numbers.containsKey(column) ? " (" + column + " is numeric; read it as a factor)" : ""));
    }
    return f;
  }

  /**
   * Returns the level name of one row of a factor column.
   *
   * @param column the factor column, not null
   * @param row the row, from 0
   * @return the level name, never null
   * @throws IllegalArgumentException if there is no such factor column
   */
  public String label(String column, int row) {
    Factor f = factor(column);
    return f.level(f.code(row));
  }

  /**
   * Returns where a row came from: {@code "file.csv line 7"} for a frame read from a file, {@code
   * "row 5"} (from 0) otherwise.
   *
   * @param row the row, from 0
   * @return the location, never null
   */
  public String where(int row) {
    return lines == null ? "row " + row : source + " line " + lines[row];
  }

  /** The column itself, not copied: for this package only. */
  double[] numberView(String column) {
    requireNonNull(column, "column");
    double[] v = numbers.get(column);
    if (v == null) {
      throw new IllegalArgumentException(
          "no numeric column \"" + column + "\": expected one of " + numbers.keySet()
              + (factors.containsKey(column) ? " (" + column + " is a factor)" : ""));
    }
    return v;
  }

  boolean hasNumber(String column) {
    return numbers.containsKey(column);
  }

  /**
   * Returns this frame with one more numeric column, the natural logarithm of another, such as
   * {@code ln_DIST = log(DIST)}. Missing values stay missing.
   *
   * @param name the new column, not null, not already present
   * @param source the numeric column to take the logarithm of, not null
   * @return the new frame, never null
   * @throws IllegalArgumentException naming the row and the value if a value is zero or negative,
   *     or if a column name is unknown or taken
   */
  public ModelFrame withLog(String name, String source) {
    double[] x = numberView(source);
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      double v = x[i];
      if (!(v > 0) && !Double.isNaN(v)) {
        throw new IllegalArgumentException(
            where(i) + ": " + source + " = " + v + ": expected a positive number to take log(" + source + ")");
      }
      out[i] = Math.log(v);
    }
    return withNumber(name, out);
  }

  /**
   * Returns this frame with one more numeric column.
   *
   * @param name the new column, not null, not already present
   * @param values one value per row, copied
   * @return the new frame, never null
   * @throws IllegalArgumentException if the length is not {@link #rows()} or the name is taken
   */
  public ModelFrame withNumber(String name, double[] values) {
    Builder b = toBuilder();
    b.number(name, values);
    return b.build(source, lines);
  }

  /**
   * Returns this frame with one more factor column.
   *
   * @param factor the factor, not null, of length {@link #rows()}, with a new name
   * @return the new frame, never null
   * @throws IllegalArgumentException if the length is not {@link #rows()} or the name is taken
   */
  public ModelFrame withFactor(Factor factor) {
    Builder b = toBuilder();
    b.factor(factor);
    return b.build(source, lines);
  }

  /**
   * Returns this frame with the interaction of two factor columns (such as exporter × year) as a
   * new factor column.
   *
   * @param name the new column, not null, not already present
   * @param a the first factor column, not null
   * @param b the second factor column, not null
   * @return the new frame, never null
   * @throws IllegalArgumentException if a column is unknown or the name is taken
   */
  public ModelFrame withInteraction(String name, String a, String b) {
    return withFactor(Factor.interact(name, factor(a), factor(b)));
  }

  /**
   * Returns the rows whose value in a numeric column passes a test, such as the years 1986, 1990,
   * …, 2006: {@code where("year", y -> (y - 1986) % 4 == 0)}. Missing values are passed to the test
   * as NaN.
   *
   * @param column the numeric column, not null
   * @param test the test, not null
   * @return the frame of the rows that pass, never null
   * @throws IllegalArgumentException if there is no such numeric column
   */
  public ModelFrame where(String column, DoublePredicate test) {
    double[] x = numberView(column);
    requireNonNull(test, "test");
    return filter(i -> test.test(x[i]));
  }

  /**
   * Returns the rows whose index passes a test; the test may read this frame, such as {@code
   * f.filter(i -> !f.label("exporter", i).equals(f.label("importer", i)))} for international flows.
   *
   * @param test the test on the row index, not null
   * @return the frame of the rows that pass, never null
   */
  public ModelFrame filter(IntPredicate test) {
    requireNonNull(test, "test");
    int[] keep = new int[rows];
    int m = 0;
    for (int i = 0; i < rows; i++) {
      if (test.test(i)) {
        keep[m++] = i;
      }
    }
    return select(Arrays.copyOf(keep, m));
  }

  /** The frame of some rows, in the given order. */
  ModelFrame select(int[] keep) {
    Builder b = new Builder();
    b.rows = keep.length;
    for (Map.Entry<String, double[]> e : numbers.entrySet()) {
      double[] src = e.getValue();
      double[] v = new double[keep.length];
      for (int i = 0; i < keep.length; i++) {
        v[i] = src[keep[i]];
      }
      b.putNumber(e.getKey(), v);
    }
    for (Factor f : factors.values()) {
      b.factor(f.select(keep));
    }
    int[] l = null;
    if (lines != null) {
      l = new int[keep.length];
      for (int i = 0; i < keep.length; i++) {
        l[i] = lines[keep[i]];
      }
    }
    return b.build(source, l);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.rows = rows;
    for (Map.Entry<String, double[]> e : numbers.entrySet()) {
      b.putNumber(e.getKey(), e.getValue());
    }
    for (Factor f : factors.values()) {
      b.factor(f);
    }
    return b;
  }

  /**
   * Returns the size and the columns, such as {@code ModelFrame[3 rows; numbers: trade; factors:
   * exporter (2 levels)]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ModelFrame[").append(rows).append(" rows");
    s.append("; numbers: ").append(String.join(", ", numbers.keySet()));
    s.append("; factors: ");
    boolean first = true;
    for (Factor f : factors.values()) {
      s.append(first ? "" : ", ").append(f.name()).append(" (").append(f.levelCount()).append(" levels)");
      first = false;
    }
    return s.append(']').toString();
  }

  /**
   * Collects columns; every column must have the same length.
   *
   * <p>Not thread-safe; build once.
   */
  public static final class Builder {
    private final Map<String, double[]> numbers = new LinkedHashMap<>();
    private final Map<String, Factor> factors = new LinkedHashMap<>();
    private int rows = -1;
    private @Nullable String first;

    private Builder() {}

    private void length(String name, int length) {
      if (numbers.containsKey(name) || factors.containsKey(name)) {
        throw new IllegalArgumentException("column \"" + name + "\" is already present: expected a new name");
      }
      if (rows >= 0 && length != rows) {
        throw new IllegalArgumentException(
            "column \"" + name + "\" has " + length + " rows: expected " + rows + " as "
                + (first == null ? "the frame" : "column \"" + first + "\"") + " has");
      }
      if (rows < 0) {
        rows = length;
        first = name;
      }
    }

    void putNumber(String name, double[] values) {
      length(name, values.length);
      numbers.put(name, values);
    }

    /**
     * Adds a numeric column; NaN marks a missing value.
     *
     * @param name the column name, not null or blank, new
     * @param values one value per row, copied
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or taken, or the length differs from the
     *     columns added before
     */
    public Builder number(String name, double[] values) {
      requireNonNull(name, "name");
      requireNonNull(values, "values");
      if (name.isBlank()) {
        throw new IllegalArgumentException("column name \"" + name + "\": expected a non-blank name");
      }
      putNumber(name, values.clone());
      return this;
    }

    /**
     * Adds a factor column from one label per row.
     *
     * @param name the column name, not null or blank, new
     * @param labels one label per row, not null
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or taken, or the length differs
     */
    public Builder factor(String name, List<String> labels) {
      return factor(Factor.of(name, labels));
    }

    /**
     * Adds a factor column.
     *
     * @param factor the factor, not null; its name must be new
     * @return this builder
     * @throws IllegalArgumentException if the name is taken, or the length differs
     */
    public Builder factor(Factor factor) {
      requireNonNull(factor, "factor");
      length(factor.name(), factor.rows());
      factors.put(factor.name(), factor);
      return this;
    }

    /**
     * Builds the frame.
     *
     * @return the frame, never null
     * @throws IllegalArgumentException if no column was added
     */
    public ModelFrame build() {
      return build("", null);
    }

    ModelFrame build(String source, int @Nullable [] lines) {
      if (rows < 0) {
        throw new IllegalArgumentException("no columns: expected at least one column");
      }
      return new ModelFrame(
          rows, ImmutableMap.copyOf(numbers), ImmutableMap.copyOf(factors), source, lines);
    }
  }
}
