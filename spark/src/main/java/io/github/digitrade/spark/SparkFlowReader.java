package io.github.digitrade.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.github.digitrade.io.Aggregate;
import io.github.digitrade.io.ColumnMapping;
import io.github.digitrade.io.ComtradeRule;
import io.github.digitrade.io.FlowFormat;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.PeriodLabels;
import io.github.digitrade.io.RowError;
import io.github.digitrade.model.Release;
import io.github.digitrade.table.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads trade flows from what Spark reads — CSV files, Parquet files or any {@code Dataset<Row>} —
 * into a {@link FlowDataset}, with the column rules and the error messages of the core's {@code
 * io.github.digitrade.io.FlowReader}.
 *
 * <p>Three layouts, as in the core:
 *
 * <ul>
 *   <li>{@link #tidy()}: columns {@code reporter, partner, product, period, direction, value}, or
 *       any {@link ColumnMapping} ({@link #tidy(ColumnMapping)}); header names match ignoring case
 *       and surrounding spaces, the first name of a mapping present wins; the mapping's release
 *       column ({@code release} or {@code vintage}), when present, is read as {@link Release}s;
 *   <li>{@link #comtrade()}: UN Comtrade bulk files, with numeric reporter and partner codes (UN
 *       M49, 0 to 999) kept as their numbers, only the leaf records kept, by the core's rules
 *       ({@link ComtradeRule#all()}): the aggregates and breakdowns are counted by kind in {@link
 *       FlowDataset#report()}; legacy flow codes 1 to 4 read as {@code M, X, RX, RM};
 *   <li>{@link #baci()}: CEPII BACI, {@code t, i, j, k, v}, country codes 0 to 999 kept as numbers,
 *       products as six-digit codes ({@code 10110} becomes {@code "010110"}), direction {@code X}.
 * </ul>
 *
 * <p><b>Errors.</b> A missing column is a {@link FlowFormatException} for files (naming the file
 * and the header, as the core reader does) and an {@link IllegalArgumentException} for a dataset;
 * so is a column of the wrong type (a label must be text or whole numbers, the value a number):
 * both are found from the schema, before any Spark job runs. Reading a CSV header takes one small
 * job. Row problems — a missing, negative, NaN or infinite value, a blank label, a bad code, a
 * period label of no form {@link PeriodLabels} accepts, a CSV line with the wrong number of fields
 * — are flagged per row, counted in the same aggregation that
 * computes a result, and raised as a {@link FlowDatasetException} with the core's wording; nothing
 * is dropped silently. A tidy or Comtrade read whose period column mixes frequencies is refused at
 * its first result with the core's message ({@link PeriodLabels#mixedFrequencies}), an {@link
 * IllegalArgumentException} naming the smallest label of each frequency.
 *
 * <p>CSV files are read with RFC 4180 quoting (a quote inside a quoted field is doubled) and UTF-8;
 * a field cannot hold a line break. Values are parsed with the core's grammar: an optional {@code
 * +}, digits with an optional decimal point, an optional exponent, surrounding spaces allowed.
 *
 * <pre>{@code
 * FlowDataset flows = SparkFlowReader.tidy().csv(spark, "flows/*.csv");
 * FlowDataset baci = SparkFlowReader.baci().parquet(spark, "baci.parquet");
 * FlowDataset mine = SparkFlowReader.tidy().from(spark.table("trade"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SparkFlowReader {

  /** The hidden column of a row's problem, null when the row is valid. */
  static final String PROBLEM = "_digitrade_problem";

  /** The hidden column of a row's source file. */
  static final String SOURCE = "_digitrade_source";

  /** The hidden column of a Comtrade record's {@link Aggregate} kind (its name), null when kept. */
  static final String EXCLUDED = "_digitrade_excluded";

  /** The kind of a Comtrade record whose {@code isLeaf} cell is neither leaf nor aggregate. */
  private static final String BAD_LEAF = "!";

  private static final String CORRUPT = "_digitrade_corrupt";

  private static final String NUMBER = "^\\+?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

  private static final String VALUE_EXPECTED = "expected a finite, non-negative number";

  private enum Format {
    TIDY,
    COMTRADE,
    BACI
  }

  private final Format format;
  private final ColumnMapping mapping;

  private SparkFlowReader(Format format, ColumnMapping mapping) {
    this.format = format;
    this.mapping = mapping;
  }

  /**
   * Returns the reader of one of the core's formats: tidy (with its mapping), BACI or Comtrade.
   *
   * <pre>{@code
   * SparkFlowReader.of(FlowFormat.named("baci")).parquet(spark, "baci.parquet");
   * }</pre>
   *
   * @param format the format, not null
   * @return the reader, never null
   * @throws IllegalArgumentException if the format is not one of the three
   */
  public static SparkFlowReader of(FlowFormat format) {
    Objects.requireNonNull(format, "format");
    return switch (format.name()) {
      case "tidy" -> tidy(format.mapping());
      case "baci" -> baci();
      case "comtrade" -> comtrade();
      default ->
          throw new IllegalArgumentException(
              "format = " + format + ": expected one of " + FlowFormat.names());
    };
  }

  /**
   * Returns a reader of digitrade's tidy layout ({@link ColumnMapping#tidy()}).
   *
   * @return the reader, never null
   */
  public static SparkFlowReader tidy() {
    return tidy(ColumnMapping.tidy());
  }

  /**
   * Returns a reader of a tidy layout with the given columns or constants.
   *
   * @param mapping which column holds each dimension and the value, not null
   * @return the reader, never null
   */
  public static SparkFlowReader tidy(ColumnMapping mapping) {
    return new SparkFlowReader(Format.TIDY, Objects.requireNonNull(mapping, "mapping"));
  }

  /**
   * Returns a reader of UN Comtrade bulk files ({@link ColumnMapping#comtrade()}).
   *
   * @return the reader, never null
   */
  public static SparkFlowReader comtrade() {
    return new SparkFlowReader(Format.COMTRADE, ColumnMapping.comtrade());
  }

  /**
   * Returns a reader of CEPII BACI files ({@code t, i, j, k, v}) that keeps numeric country codes.
   *
   * @return the reader, never null
   */
  public static SparkFlowReader baci() {
    return new SparkFlowReader(Format.BACI, ColumnMapping.tidy());
  }

  /**
   * Reads CSV files with a header line.
   *
   * @param spark the session, not null
   * @param paths one or more files, directories or globs, as {@code DataFrameReader.csv} takes
   * @return the flows, read lazily, never null
   * @throws FlowFormatException if a column of the layout is missing from the header
   */
  public FlowDataset csv(SparkSession spark, String... paths) throws FlowFormatException {
    Objects.requireNonNull(spark, "spark");
    String source = String.join(", ", paths);
    StructType header =
        spark.read().option("header", "true").option("inferSchema", "false").csv(paths).schema();
    List<StructField> fields = new ArrayList<>();
    for (StructField f : header.fields()) {
      fields.add(DataTypes.createStructField(f.name(), DataTypes.StringType, true));
    }
    int width = fields.size();
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    Dataset<Row> df =
        spark
            .read()
            .schema(DataTypes.createStructType(fields))
            .option("header", "true")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .option("escape", "\"")
            .option("encoding", "UTF-8")
            .csv(paths)
            .withColumn(SOURCE, col("_metadata.file_path"));
    // fields of a malformed line, counting commas outside quotes
    Column found = size(split(col(CORRUPT), ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
    Column fieldCount =
        when(
            col(CORRUPT).isNotNull(),
            concat(
                lit("\""),
                substring(col(CORRUPT), 1, 200),
                lit("\": found "),
                found.cast(DataTypes.StringType),
                when(found.equalTo(1), lit(" field")).otherwise(lit(" fields")),
                lit(": expected " + width + ", as in the header")));
    try {
      return build(df, header, source, fieldCount);
    } catch (LayoutException e) {
      throw new FlowFormatException(
          new RowError(source, 1, 0, "", shorten(String.join(",", header.fieldNames())), e.why));
    }
  }

  /**
   * Reads Parquet files; label columns may be text or whole numbers, the value any number.
   *
   * @param spark the session, not null
   * @param paths one or more files or directories
   * @return the flows, read lazily, never null
   * @throws FlowFormatException if a column of the layout is missing or has the wrong type
   */
  public FlowDataset parquet(SparkSession spark, String... paths) throws FlowFormatException {
    Objects.requireNonNull(spark, "spark");
    String source = String.join(", ", paths);
    Dataset<Row> raw = spark.read().parquet(paths);
    StructType schema = raw.schema();
    try {
      return build(raw.withColumn(SOURCE, col("_metadata.file_path")), schema, source, null);
    } catch (LayoutException e) {
      throw new FlowFormatException(
          new RowError(source, 1, 0, "", shorten(String.join(",", schema.fieldNames())), e.why));
    }
  }

  /**
   * Reads the flows of any dataset whose columns follow this reader's layout; label columns may
   * be text or whole numbers, the value any number.
   *
   * @param rows the dataset, not null
   * @return the flows, lazily, never null
   * @throws IllegalArgumentException if a column of the layout is missing or has the wrong type,
   *     naming it and the dataset's columns
   */
  public FlowDataset from(Dataset<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    StructType schema = rows.schema();
    try {
      return build(rows.withColumn(SOURCE, lit("dataset")), schema, "dataset", null);
    } catch (LayoutException e) {
      throw new IllegalArgumentException(
          "dataset with columns " + List.of(schema.fieldNames()) + ": " + e.why);
    }
  }

  @Override
  public String toString() {
    return "SparkFlowReader{" + format.name().toLowerCase(java.util.Locale.ROOT) + ", " + mapping
        + "}";
  }

  /** A layout that does not fit the schema; becomes a format or argument exception. */
  private static final class LayoutException extends Exception {
    private static final long serialVersionUID = 1L;
    final String why;

    LayoutException(String why) {
      super(why, null, false, false);
      this.why = why;
    }
  }

  /** A column of the source: position from 1, name as in the source, type. */
  private record Field(int position, String name, DataType type) {
    Column col() {
      return org.apache.spark.sql.functions.col("`" + name.replace("`", "``") + "`");
    }

    Column problem(Column text, String why) {
      return concat(
          lit("column " + position + " (" + name + ") \""),
          coalesce(substring(text, 1, 200), lit("")),
          lit("\": " + why));
    }

    boolean text() {
      return type.equals(DataTypes.StringType);
    }

    boolean integral() {
      return type.equals(DataTypes.IntegerType)
          || type.equals(DataTypes.LongType)
          || type.equals(DataTypes.ShortType)
          || type.equals(DataTypes.ByteType);
    }

    boolean numeric() {
      return integral()
          || type.equals(DataTypes.DoubleType)
          || type.equals(DataTypes.FloatType)
          || type instanceof DecimalType;
    }
  }

  private static Field find(StructType schema, List<String> names, String what)
      throws LayoutException {
    StructField[] fields = schema.fields();
    for (String n : names) {
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].name().strip().equalsIgnoreCase(n.strip())) {
          return new Field(i + 1, fields[i].name(), fields[i].dataType());
        }
      }
    }
    throw new LayoutException(
        "no column for the "
            + what
            + ": expected a header named "
            + (names.size() == 1 ? names.get(0) : "one of " + names));
  }

  private static LayoutException wrongType(Field f, String expected) {
    return new LayoutException(
        "column "
            + f.position()
            + " ("
            + f.name()
            + ") has type "
            + f.type().simpleString()
            + ": expected "
            + expected);
  }

  /**
   * A dimension's key column (text, or a whole number labelled only after grouping), how the key
   * becomes its label, and its problem, null when valid.
   */
  private record Labelled(Column key, FlowDataset.KeyLabel how, @Nullable Column problem) {
    static Labelled text(Column key, @Nullable Column problem) {
      return new Labelled(key, FlowDataset.KeyLabel.TEXT, problem);
    }
  }

  private FlowDataset build(
      Dataset<Row> df, StructType schema, String source, @Nullable Column fieldCount)
      throws LayoutException {
    List<Column> problems = new ArrayList<>();
    if (fieldCount != null) {
      problems.add(fieldCount);
    }
    Labelled[] labels = new Labelled[Dimension.values().length];
    Column value;
    Column excluded = lit(null).cast(DataTypes.StringType);
    @Nullable Column release = null;
    // the period column whose labels must be of one frequency; none for BACI's year numbers
    @Nullable Field period = null;
    if (format == Format.BACI) {
      Field t = find(schema, List.of("t"), "year");
      Field i = find(schema, List.of("i"), "exporter");
      Field j = find(schema, List.of("j"), "importer");
      Field k = find(schema, List.of("k"), "product");
      Field v = find(schema, List.of("v"), "value");
      value = value(v, problems);
      labels[0] = code(i, 999, "expected a country code from 0 to 999");
      labels[1] = code(j, 999, "expected a country code from 0 to 999");
      Labelled product = code(k, 999_999, "expected an HS6 code of at most 6 digits");
      labels[2] = new Labelled(product.key(), FlowDataset.KeyLabel.PRODUCT6, product.problem());
      labels[3] = code(t, 999_999_999, "");
      labels[4] = Labelled.text(lit("X"), null);
      addProblems(labels, problems);
    } else if (format == Format.COMTRADE) {
      Field v = find(schema, mapping.value(), "value");
      value = value(v, problems);
      Field[] f = new Field[labels.length];
      for (Dimension d : Dimension.values()) {
        f[FlowDataset.slot(d)] = find(schema, mapping.columns(d), d.label());
      }
      labels[0] = m49(f[0], Dimension.REPORTER);
      labels[1] = m49(f[1], Dimension.PARTNER);
      labels[2] = label(f[2], Dimension.PRODUCT);
      labels[3] = label(f[3], Dimension.PERIOD);
      period = f[3];
      labels[4] =
          f[4].name().strip().equalsIgnoreCase(ComtradeRule.LEGACY_FLOW_HEADER)
              ? legacyFlow(f[4])
              : label(f[4], Dimension.DIRECTION);
      // as the core: a malformed code first, then the kind of record, then the other labels
      addProblems(new Labelled[] {labels[0], labels[1]}, problems);
      Rules rules = rules(schema);
      problems.add(when(rules.kind().equalTo(BAD_LEAF), rules.leafProblem()));
      List<Column> kept = new ArrayList<>();
      addProblems(new Labelled[] {labels[2], labels[3], labels[4]}, kept);
      if (!kept.isEmpty()) {
        problems.add(when(rules.kind().isNull(), coalesce(kept.toArray(new Column[0]))));
      }
      excluded = rules.kind();
    } else {
      Field v = find(schema, mapping.value(), "value");
      value = value(v, problems);
      for (Dimension d : Dimension.values()) {
        List<String> names = mapping.columns(d);
        if (names.isEmpty()) {
          labels[FlowDataset.slot(d)] = Labelled.text(lit(mapping.constant(d)), null);
          continue;
        }
        Field f = find(schema, names, d.label());
        labels[FlowDataset.slot(d)] = label(f, d);
        if (d == Dimension.PERIOD) {
          period = f;
        }
      }
      addProblems(labels, problems);
      Field r = releaseField(schema);
      if (r != null) {
        release = release(r, problems);
      }
    }
    Column problem = problems.isEmpty() ? lit(null).cast(DataTypes.StringType)
        : coalesce(problems.toArray(new Column[0]));
    List<Column> columns = new ArrayList<>();
    String[] names = {
      FlowDataset.REPORTER, FlowDataset.PARTNER, FlowDataset.PRODUCT, FlowDataset.PERIOD,
      FlowDataset.DIRECTION
    };
    FlowDataset.KeyLabel[] how = new FlowDataset.KeyLabel[labels.length];
    for (int d = 0; d < labels.length; d++) {
      columns.add(labels[d].key().as(names[d]));
      how[d] = labels[d].how();
    }
    columns.add(value.as(FlowDataset.VALUE));
    columns.add(problem.as(PROBLEM));
    columns.add(col(SOURCE));
    // an excluded record is counted, not kept; a bad record is reported, whatever its kind
    columns.add(when(problem.isNull(), excluded).as(EXCLUDED));
    if (release != null) {
      columns.add(release.as(FlowDataset.RELEASE));
    }
    Dataset<Row> typed = df.select(columns.toArray(new Column[0]));
    return FlowDataset.read(
        typed,
        source,
        how,
        format == Format.COMTRADE,
        release != null,
        period == null ? null : "column " + period.position() + " (" + period.name() + ")");
  }

  private static void addProblems(Labelled[] labels, List<Column> problems) {
    for (Labelled l : labels) {
      if (l.problem() != null) {
        problems.add(l.problem());
      }
    }
  }

  /** The kind a Comtrade record is: an {@link Aggregate} name, {@link #BAD_LEAF}, or null. */
  private record Rules(Column kind, Column leafProblem) {}

  /**
   * The Comtrade leaf-record rules of the core ({@link ComtradeRule#all()}) as one column: the
   * name of the first kind that applies, {@link #BAD_LEAF} for an {@code isLeaf} cell that is
   * neither, null for a leaf record. A rule whose column the schema lacks does not apply.
   */
  private static Rules rules(StructType schema) {
    Column kind = null;
    Column leafProblem = lit(null).cast(DataTypes.StringType);
    for (ComtradeRule rule : ComtradeRule.all()) {
      Field f;
      try {
        f = find(schema, rule.columns(), rule.kind().name());
      } catch (LayoutException absent) {
        continue;
      }
      // the cell without surrounding spaces, blank when missing
      Column t = coalesce(trim(f.col().cast(DataTypes.StringType)), lit(""));
      String code = "^(?i)" + java.util.regex.Pattern.quote(rule.code()) + "$";
      Column zeros = t.rlike("^0+$");
      Column blank = t.equalTo("");
      Column applies =
          switch (rule.test()) {
            case NUMBER_IS ->
                t.rlike("^[0-9]{1,9}$")
                    .and(t.cast(DataTypes.LongType).equalTo(Long.parseLong(rule.code())));
            case ZEROS -> zeros;
            case TEXT_IS -> t.rlike(code);
            case NOT_LEAF -> t.rlike("^(?i)(0|false)$");
            case NEITHER_BLANK_NOR_ZEROS -> blank.or(zeros).unary_$bang();
            case NEITHER_BLANK_NOR_TEXT -> blank.or(t.rlike(code)).unary_$bang();
          };
      String kindName = rule.kind().name();
      if (rule.test() == ComtradeRule.Test.NOT_LEAF) {
        Column bad = blank.or(applies).or(t.rlike("^(?i)(1|true)$")).unary_$bang();
        kind = kind == null ? when(bad, BAD_LEAF) : kind.when(bad, BAD_LEAF);
        leafProblem = f.problem(f.col().cast(DataTypes.StringType), ComtradeRule.NOT_LEAF_EXPECTED);
      }
      kind = kind == null ? when(applies, kindName) : kind.when(applies, kindName);
    }
    // the reporter and partner rules always apply: kind is never null here
    return new Rules(Objects.requireNonNull(kind, "kind"), leafProblem);
  }

  /** A legacy trade-flow code 1 to 4 as its current flow code ({@link ComtradeRule#legacyFlows()}). */
  private static Labelled legacyFlow(Field f) {
    Column t = coalesce(trim(f.col().cast(DataTypes.StringType)), lit(""));
    Column key = null;
    List<String> flows = ComtradeRule.legacyFlows();
    for (int i = 0; i < flows.size(); i++) {
      Column is = t.equalTo(Integer.toString(i + 1));
      key = key == null ? when(is, flows.get(i)) : key.when(is, flows.get(i));
    }
    Column k = Objects.requireNonNull(key, "key");
    return Labelled.text(
        k, when(k.isNull(), f.problem(f.col().cast(DataTypes.StringType),
            ComtradeRule.LEGACY_FLOW_EXPECTED)));
  }

  /** The release column of a tidy layout, null when the mapping reads none or it is absent. */
  private @Nullable Field releaseField(StructType schema) throws LayoutException {
    if (mapping.release().isEmpty()) {
      return null;
    }
    try {
      return find(schema, mapping.release(), "release");
    } catch (LayoutException absent) {
      if (mapping.releaseRequired()) {
        throw absent;
      }
      return null;
    }
  }

  /**
   * The release of each row in its text form ({@link Release#toString()}), parsed by the core's
   * {@link Release#parse(String)}, adding its problem.
   */
  private static Column release(Field f, List<Column> problems) throws LayoutException {
    if (!f.text()) {
      throw wrongType(f, "text (a release such as revised of 2022-03-10)");
    }
    Column parsed = RELEASE_PARSER.apply(f.col());
    Column bad = parsed.startsWith("!");
    problems.add(
        when(bad,
            concat(
                lit("column " + f.position() + " (" + f.name() + ") \""),
                coalesce(substring(f.col(), 1, 200), lit("")),
                lit("\": "),
                parsed.substr(2, Integer.MAX_VALUE))));
    return when(bad.unary_$bang(), parsed);
  }

  /** The release of a cell as its text, or {@code "!"} and why it is not one. */
  private static final UserDefinedFunction RELEASE_PARSER =
      udf(
              (UDF1<String, String>)
                  cell -> {
                    try {
                      return Release.parse(cell == null ? "" : cell).toString();
                    } catch (IllegalArgumentException e) {
                      return "!" + e.getMessage();
                    }
                  },
              DataTypes.StringType)
          .withName("digitrade_release");

  /** The value as a double, adding its problem. */
  private static Column value(Field v, List<Column> problems) throws LayoutException {
    Column raw = v.col();
    if (v.text()) {
      Column t = trim(raw);
      Column parsed = t.try_cast(DataTypes.DoubleType);
      problems.add(
          when(raw.isNull().or(t.equalTo("")),
                  v.problem(raw, "missing value: " + VALUE_EXPECTED))
              .when(t.startsWith("-"), v.problem(raw, "negative value: " + VALUE_EXPECTED))
              .when(
                  t.rlike(NUMBER).unary_$bang(),
                  v.problem(
                      raw,
                      "not a number: expected a finite, non-negative decimal such as 12.5 or"
                          + " 1.2e3"))
              .when(
                  parsed.equalTo(Double.POSITIVE_INFINITY),
                  v.problem(raw, "value too large for a double: " + VALUE_EXPECTED)));
      return parsed;
    }
    if (!v.numeric()) {
      throw wrongType(v, "a number, or text in the CSV number format");
    }
    Column d = raw.cast(DataTypes.DoubleType);
    Column text = raw.cast(DataTypes.StringType);
    problems.add(
        when(raw.isNull(), v.problem(text, "missing value: " + VALUE_EXPECTED))
            .when(
                d.isNaN(),
                v.problem(
                    text,
                    "not a number: expected a finite, non-negative decimal such as 12.5 or 1.2e3"))
            .when(d.lt(0), v.problem(text, "negative value: " + VALUE_EXPECTED))
            .when(
                d.equalTo(Double.POSITIVE_INFINITY),
                v.problem(text, "value too large for a double: " + VALUE_EXPECTED)));
    return d;
  }

  /**
   * A label column of text or whole numbers; a period label must be of a form the core accepts
   * ({@link PeriodLabels#frequency(String)}), whole numbers read as their decimal digits.
   */
  private static Labelled label(Field f, Dimension d) throws LayoutException {
    Column raw = f.col();
    String blank = "blank " + d.label() + ": expected a label";
    if (f.text()) {
      Column t = trim(raw);
      Column problem = when(raw.isNull().or(t.equalTo("")), f.problem(raw, blank));
      if (d == Dimension.PERIOD) {
        problem = problem.when(FREQUENCY.apply(t).isNull(), f.problem(raw, PeriodLabels.notAPeriod()));
      }
      return Labelled.text(t, problem);
    }
    if (f.integral()) {
      Column t = raw.cast(DataTypes.StringType);
      Column problem = when(raw.isNull(), f.problem(t, blank));
      if (d == Dimension.PERIOD) {
        problem = problem.when(FREQUENCY.apply(t).isNull(), f.problem(t, PeriodLabels.notAPeriod()));
      }
      return new Labelled(raw.cast(DataTypes.LongType), FlowDataset.KeyLabel.NUMBER, problem);
    }
    throw wrongType(f, "text or whole numbers");
  }

  /**
   * The frequency of a period label ({@link PeriodLabels#frequency(String)}) as its name, null
   * when the label is of no accepted form.
   */
  static final UserDefinedFunction FREQUENCY =
      udf(
              (UDF1<String, String>)
                  label ->
                      label == null
                          ? null
                          : PeriodLabels.frequency(label).map(Enum::name).orElse(null),
              DataTypes.StringType)
          .withName("digitrade_period_frequency");

  /** A UN M49 code of a Comtrade file: 0 to 999, kept as its number. */
  private static Labelled m49(Field f, Dimension d) throws LayoutException {
    Labelled code = code(f, 999, "expected a UN M49 code from 0 to 999");
    if (!f.text()) {
      return code;
    }
    // a blank code is a blank label, and a malformed one names what a code is
    Column raw = f.col();
    Column t = trim(raw);
    String suffix = " (a UN M49 code from 0 to 999)";
    Column problem =
        when(raw.isNull().or(t.equalTo("")), f.problem(raw, "blank " + d.label() + ": expected a label"))
            .when(
                length(t).gt(9),
                f.problem(raw, "too many digits: expected a whole number of at most 9 digits" + suffix))
            .when(t.rlike("^[0-9]+$").unary_$bang(),
                f.problem(raw, "not a whole number: expected digits only" + suffix))
            .otherwise(code.problem());
    return new Labelled(code.key(), code.how(), problem);
  }

  /**
   * A whole-number code of text or an integer column, from 0 to {@code max}, as its decimal
   * number; {@code tooLarge} is the message above {@code max} (unused when {@code max} is the
   * nine-digit limit).
   */
  private static Labelled code(Field f, int max, String tooLarge) throws LayoutException {
    Column raw = f.col();
    if (f.text()) {
      Column t = trim(raw);
      Column n = t.try_cast(DataTypes.LongType);
      Column problem =
          when(raw.isNull().or(t.equalTo("")), f.problem(raw, "missing: expected a whole number"))
              .when(
                  length(t).gt(9),
                  f.problem(raw, "too many digits: expected a whole number of at most 9 digits"))
              .when(t.rlike("^[0-9]+$").unary_$bang(),
                  f.problem(raw, "not a whole number: expected digits only"))
              .when(n.gt(max), f.problem(raw, tooLarge));
      return new Labelled(n, FlowDataset.KeyLabel.NUMBER, problem);
    }
    if (!f.integral()) {
      throw wrongType(f, "whole numbers");
    }
    Column text = raw.cast(DataTypes.StringType);
    Column n = raw.cast(DataTypes.LongType);
    Column problem =
        when(raw.isNull(), f.problem(text, "missing: expected a whole number"))
            .when(n.lt(0), f.problem(text, "not a whole number: expected digits only"))
            .when(
                n.gt(999_999_999L),
                f.problem(text, "too many digits: expected a whole number of at most 9 digits"))
            .when(n.gt(max), f.problem(text, tooLarge));
    return new Labelled(n, FlowDataset.KeyLabel.NUMBER, problem);
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "\u2026";
  }
}
