package io.github.digitrade.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.gravity.CoefficientTable;
import io.github.digitrade.gravity.Factor;
import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sectoral gravity on Spark: one PPML gravity model per product group, each fitted by the core's
 * estimator ({@link GravityModel}) inside one executor task, the coefficient tables collected to the
 * driver.
 *
 * <p>{@link #panel} aggregates flows on Spark to the pair × period panel of each product group
 * ({@code group, exporter, importer, period, trade}), summing with {@link ExactSums} so that the
 * panel does not depend on the partitioning. The user adds the regressors and fixed-effect columns
 * with Spark (a join with pair covariates, {@code concat(exporter, period)} for exporter-period
 * effects); {@link #fit} then groups the rows by the group column, and the task that receives a
 * group sorts its rows (by the fixed-effect labels, then the numeric columns), builds a core {@link
 * ModelFrame} and fits {@link #model()}. The sort makes each group's frame, and so its estimates, the
 * same to the last bit for any partitioning: a group fitted on the driver from the same rows in the
 * same order gives the same doubles. A task fits every group Spark's shuffle hands it (there are
 * {@code spark.sql.shuffle.partitions} tasks); a group's rows are never split across tasks, so one
 * group must fit in an executor's memory.
 *
 * <p><b>Every group is reported.</b> A group whose fit fails (all outcomes zero, no regressor left,
 * a bad value) is {@link GroupFit.Status#FAILED} with the estimator's message; one that reaches the
 * iteration limit is {@link GroupFit.Status#NOT_CONVERGED} with its estimates and convergence line;
 * observations the estimator leaves out (separation, all-zero fixed-effect levels) are counted in
 * {@link GroupFit#dropped()}. No group is silently left out.
 *
 * <pre>{@code
 * Dataset<Row> panel = SectoralGravity.panel(flows.exports(), substring(col("product"), 1, 2))
 *     .join(distances, List.of("exporter", "importer").toArray(new String[0]))   // ln_dist
 *     .withColumn("exp_t", concat_ws("|", col("exporter"), col("period")))
 *     .withColumn("imp_t", concat_ws("|", col("importer"), col("period")));
 * SectoralGravity.Fits fits = SectoralGravity.ppml("trade").regressors("ln_dist")
 *     .absorb("exp_t", "imp_t").fit(panel);
 * fits.get("85").coefficient("ln_dist");
 * }</pre>
 *
 * <p>Instances are immutable, serializable and thread-safe.
 */
public final class SectoralGravity implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The product-group column of a panel. */
  public static final String GROUP = "group";

  /** The exporter column of a panel. */
  public static final String EXPORTER = "exporter";

  /** The importer column of a panel. */
  public static final String IMPORTER = "importer";

  /** The period column of a panel. */
  public static final String PERIOD = "period";

  /** The trade column of a panel. */
  public static final String TRADE = "trade";

  private static final StructType RESULT =
      new StructType()
          .add("group", DataTypes.StringType, false)
          .add("status", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false)
          .add("observations", DataTypes.IntegerType, false)
          .add("dropped", DataTypes.IntegerType, false)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("estimates", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("std_errors", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

  /** The outcome column. */
  private final String outcome;

  /** The regressor columns. */
  private final ImmutableList<String> regressors;

  /** The absorbed fixed-effect columns. */
  private final ImmutableList<String> fixedEffects;

  /** The IRLS iteration limit, or 0 for the estimator's default. */
  private final int maxIterations;

  private SectoralGravity(
      String outcome, ImmutableList<String> regressors, ImmutableList<String> fixedEffects,
      int maxIterations) {
    this.outcome = outcome;
    this.regressors = regressors;
    this.fixedEffects = fixedEffects;
    this.maxIterations = maxIterations;
  }

  /**
   * Starts a PPML model of this outcome with no regressors and no fixed effects, fitted with the
   * estimator's default settings.
   *
   * @param outcome the numeric outcome column, such as {@code trade}, not null
   * @return the model, never null
   */
  public static SectoralGravity ppml(String outcome) {
    return new SectoralGravity(
        requireNonNull(outcome, "outcome"), ImmutableList.of(), ImmutableList.of(), 0);
  }

  /**
   * Returns this model with these regressors (numeric columns of the panel).
   *
   * @param names the regressors, not null
   * @return the new model, never null
   */
  public SectoralGravity regressors(String... names) {
    return new SectoralGravity(outcome, ImmutableList.copyOf(names), fixedEffects, maxIterations);
  }

  /**
   * Returns this model with these absorbed fixed effects (text columns of the panel).
   *
   * @param factors the fixed-effect columns, not null
   * @return the new model, never null
   */
  public SectoralGravity absorb(String... factors) {
    return new SectoralGravity(outcome, regressors, ImmutableList.copyOf(factors), maxIterations);
  }

  /**
   * Returns this model with another IRLS iteration limit (see {@link
   * GravityModel#maxIterations(int)}).
   *
   * @param limit at least 1
   * @return the new model, never null
   * @throws IllegalArgumentException if below 1
   */
  public SectoralGravity maxIterations(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("maxIterations = " + limit + ": expected at least 1");
    }
    return new SectoralGravity(outcome, regressors, fixedEffects, limit);
  }

  /**
   * Returns the core model each group fits: PPML of the outcome on the regressors with the fixed
   * effects absorbed, the estimator's defaults otherwise, non-convergence reported rather than
   * thrown (see {@link GroupFit.Status#NOT_CONVERGED}).
   *
   * @return the model, never null
   */
  public GravityModel model() {
    GravityModel m =
        GravityModel.ppml(outcome)
            .regressors(regressors.toArray(new String[0]))
            .absorb(fixedEffects.toArray(new String[0]))
            .allowNonConvergence();
    return maxIterations > 0 ? m.maxIterations(maxIterations) : m;
  }

  /**
   * Aggregates flows to the pair × period panel of each product group on Spark: {@code group,
   * exporter, importer, period, trade}, where trade is the exact sum ({@link ExactSums}) of the
   * flows of the group's products from the reporter (exporter) to the partner (importer) in the
   * period. One Spark job checks the input first.
   *
   * @param flows flows of one direction (such as {@link FlowDataset#exports()}), not null
   * @param group the product group of a flow, a text expression over the flow columns, such as
   *     {@code substring(col("product"), 1, 2)} for HS chapters, not null
   * @return the panel, lazy, never null
   * @throws FlowDatasetException if a row of the input is not a valid trade flow
   * @throws IllegalArgumentException if the flows hold no row or several directions, or were read
   *     from a period column that mixes frequencies (the core reader's message)
   */
  public static Dataset<Row> panel(FlowDataset flows, Column group) {
    requireNonNull(flows, "flows");
    requireNonNull(group, "group");
    flows.checkRead();
    Dataset<Row> rows = flows.rows();
    Row check =
        rows.agg(
                count(when(col(SparkFlowReader.PROBLEM).isNotNull(), 1)),
                collect_set(col(FlowDataset.DIRECTION)))
            .first();
    long bad = check.getLong(0);
    if (bad > 0) {
      throw new FlowDatasetException(bad, flows.problems(3));
    }
    List<String> directions = new ArrayList<>(check.getList(1));
    directions.sort(Comparator.naturalOrder());
    if (directions.isEmpty()) {
      throw new IllegalArgumentException(
          flows + ": no flow: expected at least one row for a gravity panel");
    }
    if (directions.size() > 1) {
      throw new IllegalArgumentException(
          "a gravity panel needs one direction, and the flows hold " + directions.size() + " ("
              + String.join(", ", directions) + "): choose with exports() or imports()");
    }
    return rows.groupBy(
            group.cast(DataTypes.StringType).as(GROUP),
            col(FlowDataset.REPORTER).as(EXPORTER),
            col(FlowDataset.PARTNER).as(IMPORTER),
            col(FlowDataset.PERIOD).as(PERIOD))
        .agg(ExactSums.sum(col(FlowDataset.VALUE)).as(TRADE));
  }

  /**
   * Fits the model to every group of a panel, each group inside one executor task, and collects
   * the results.
   *
   * @param panel a dataset with a text {@value #GROUP} column, the numeric outcome and regressor
   *     columns and the text fixed-effect columns, not null
   * @return one result per group, never null
   * @throws IllegalArgumentException if a column is missing or has the wrong type (before any job
   *     runs), or the panel has no row
   */
  public Fits fit(Dataset<Row> panel) {
    requireNonNull(panel, "panel");
    StructType schema = panel.schema();
    check(schema, GROUP, false);
    check(schema, outcome, true);
    for (String r : regressors) {
      check(schema, r, true);
    }
    for (String f : fixedEffects) {
      check(schema, f, false);
    }
    List<String> numeric = new ArrayList<>();
    numeric.add(outcome);
    numeric.addAll(regressors);
    Dataset<Row> cols =
        panel.select(
            concat(GROUP, numeric, fixedEffects).stream().map(c -> col(c)).toArray(Column[]::new));
    List<Row> out =
        cols.groupByKey(new GroupKey(), Encoders.STRING())
            .mapGroups(new FitGroup(this, numeric.size(), fixedEffects.size()),
                Encoders.row(RESULT))
            .collectAsList();
    if (out.isEmpty()) {
      throw new IllegalArgumentException("the panel has no row: expected at least one group");
    }
    ImmutableMap.Builder<String, GroupFit> b = ImmutableMap.builder();
    out.stream()
        .map(SectoralGravity::groupFit)
        .sorted(Comparator.comparing(GroupFit::group))
        .forEach(g -> b.put(g.group(), g));
    return new Fits(b.buildOrThrow());
  }

  /**
   * Builds the core frame of one group's rows, in the order the executor task uses: sorted by the
   * fixed-effect labels, then by the numeric columns. Fitting {@link #model()} to it on the driver
   * gives the task's estimates.
   *
   * @param rows the group's rows, with the columns {@code outcome, regressors…, fixed effects…} in
   *     this order (the group column left out)
   * @return the frame, never null
   */
  ModelFrame frame(List<Row> rows) {
    return frame(rows, 1 + regressors.size(), fixedEffects.size(), 0);
  }

  private ModelFrame frame(List<Row> rows, int nNumeric, int nFactors, int offset) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order(nNumeric, nFactors, offset));
    int n = sorted.size();
    ModelFrame.Builder b = ModelFrame.builder();
    List<String> numeric = new ArrayList<>();
    numeric.add(outcome);
    numeric.addAll(regressors);
    for (int k = 0; k < nNumeric; k++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        Object o = sorted.get(i).get(offset + k);
        v[i] = o == null ? Double.NaN : ((Number) o).doubleValue();
      }
      b.number(numeric.get(k), v);
    }
    for (int q = 0; q < nFactors; q++) {
      List<String> labels = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Object o = sorted.get(i).get(offset + nNumeric + q);
        labels.add(o == null ? "" : o.toString());
      }
      b.factor(Factor.of(fixedEffects.get(q), labels));
    }
    return b.build();
  }

  private static Comparator<Row> order(int nNumeric, int nFactors, int offset) {
    return (a, c) -> {
      for (int q = 0; q < nFactors; q++) {
        int k = offset + nNumeric + q;
        int d = String.valueOf(a.get(k)).compareTo(String.valueOf(c.get(k)));
        if (d != 0) {
          return d;
        }
      }
      for (int k = offset; k < offset + nNumeric; k++) {
        int d = Double.compare(number(a, k), number(c, k));
        if (d != 0) {
          return d;
        }
      }
      return 0;
    };
  }

  private static double number(Row r, int k) {
    Object o = r.get(k);
    return o == null ? Double.NaN : ((Number) o).doubleValue();
  }

  private static List<String> concat(String first, List<String> a, List<String> b) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  private static void check(StructType schema, String name, boolean numeric) {
    String[] names = schema.fieldNames();
    if (!Arrays.asList(names).contains(name)) {
      throw new IllegalArgumentException(
          "no column \"" + name + "\" in the panel: expected one of " + Arrays.toString(names));
    }
    var type = schema.apply(name).dataType();
    boolean isNumber = type instanceof org.apache.spark.sql.types.NumericType;
    if (numeric && !isNumber) {
      throw new IllegalArgumentException(
          "column \"" + name + "\" of the panel is " + type.simpleString()
              + ": expected a numeric column");
    }
    if (!numeric && !type.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "column \"" + name + "\" of the panel is " + type.simpleString()
              + ": expected a text column (cast it, such as col(\"" + name + "\").cast(\"string\"))");
    }
  }

  /** Fits one group (runs in an executor task). */
  Row fitGroup(String group, Iterator<Row> it, int nNumeric, int nFactors) {
    List<Row> rows = new ArrayList<>();
    it.forEachRemaining(rows::add);
    ModelFrame frame;
    GravityFit fit;
    try {
      frame = frame(rows, nNumeric, nFactors, 1);
      fit = model().fit(frame);
    } catch (RuntimeException e) {
      String m = e.getMessage();
      return RowFactory.create(group, GroupFit.Status.FAILED.name(),
          m == null ? e.getClass().getSimpleName() : m, rows.size(), 0, new String[0],
          new double[0], new double[0]);
    }
    CoefficientTable t = fit.table(fit.defaultVcov());
    int k = t.rows().size();
    String[] terms = new String[k];
    double[] est = new double[k];
    double[] se = new double[k];
    for (int i = 0; i < k; i++) {
      CoefficientTable.Row r = t.rows().get(i);
      terms[i] = r.name();
      est[i] = r.estimate();
      se[i] = r.stdError();
    }
    boolean ok = fit.convergence().converged();
    String message = fit.convergence().toString();
    if (!fit.dropped().isEmpty()) {
      message += String.format(Locale.ROOT, "; %d observations left out, such as %s",
          fit.dropped().size(), fit.dropped().get(0));
    }
    return RowFactory.create(group, (ok ? GroupFit.Status.FITTED : GroupFit.Status.NOT_CONVERGED)
        .name(), message, fit.observations(), fit.dropped().size(), terms, est, se);
  }

  private static GroupFit groupFit(Row r) {
    List<String> terms = r.getList(5);
    List<Double> est = r.getList(6);
    List<Double> se = r.getList(7);
    return new GroupFit(
        r.getString(0),
        GroupFit.Status.valueOf(r.getString(1)),
        r.getString(2),
        r.getInt(3),
        r.getInt(4),
        ImmutableList.copyOf(terms),
        ImmutableList.copyOf(est),
        ImmutableList.copyOf(se));
  }

  /**
   * Returns the model as text.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "SectoralGravity[" + model() + " per " + GROUP + "]";
  }

  private static final class GroupKey implements MapFunction<Row, String> {
    @Serial private static final long serialVersionUID = 1L;

    @Override
    public String call(Row r) {
      Object g = r.get(0);
      return g == null ? "" : g.toString();
    }
  }

  private static final class FitGroup implements MapGroupsFunction<String, Row, Row> {
    @Serial private static final long serialVersionUID = 1L;
    private final SectoralGravity model;
    private final int nNumeric;
    private final int nFactors;

    FitGroup(SectoralGravity model, int nNumeric, int nFactors) {
      this.model = model;
      this.nNumeric = nNumeric;
      this.nFactors = nFactors;
    }

    @Override
    public Row call(String group, Iterator<Row> rows) {
      return model.fitGroup(group, rows, nNumeric, nFactors);
    }
  }

  /**
   * The result of one group.
   *
   * @param group the group label, not null
   * @param status how the fit ended, not null
   * @param message the estimator's convergence line and what it left out, or why it failed
   * @param observations the observations used (for a failed fit: the rows of the group)
   * @param dropped the observations the estimator left out
   * @param terms the coefficient names (empty for a failed fit)
   * @param estimates the estimates, one per term
   * @param standardErrors the standard errors (the estimator's default variance), one per term
   */
  public record GroupFit(
      String group,
      Status status,
      String message,
      int observations,
      int dropped,
      ImmutableList<String> terms,
      ImmutableList<Double> estimates,
      ImmutableList<Double> standardErrors) {

    /** How a group's fit ended. */
    public enum Status {
      /** Converged; the estimates are the estimator's. */
      FITTED,
      /** Reached the iteration limit; the estimates are the last iterate, not a solution. */
      NOT_CONVERGED,
      /** The estimator refused the group; {@link GroupFit#message()} says why. */
      FAILED
    }

    /**
     * Checks and copies the components.
     *
     * @param group the group
     * @param status the status
     * @param message the message
     * @param observations the observations
     * @param dropped the observations left out
     * @param terms the terms
     * @param estimates the estimates
     * @param standardErrors the standard errors
     */
    public GroupFit {
      requireNonNull(group, "group");
      requireNonNull(status, "status");
      requireNonNull(message, "message");
      requireNonNull(terms, "terms");
      requireNonNull(estimates, "estimates");
      requireNonNull(standardErrors, "standardErrors");
    }

    /**
     * Returns the estimate of one term.
     *
     * @param term a coefficient name, not null
     * @return the estimate
     * @throws IllegalStateException if the group failed
     * @throws IllegalArgumentException if there is no such term
     */
    public double coefficient(String term) {
      if (status == Status.FAILED) {
        throw new IllegalStateException("group " + group + " was not fitted: " + message);
      }
      int k = terms.indexOf(term);
      if (k < 0) {
        throw new IllegalArgumentException(
            "no term \"" + term + "\" in group " + group + ": expected one of " + terms);
      }
      return estimates.get(k);
    }

    /**
     * Returns one line, such as {@code 85: FITTED, 240 observations, ln_dist -0.912 (0.081)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(group).append(": ").append(status);
      if (status == Status.FAILED) {
        return s.append(", ").append(message).toString();
      }
      s.append(", ").append(observations).append(" observations");
      for (int k = 0; k < terms.size(); k++) {
        s.append(String.format(Locale.ROOT, ", %s %.4g (%.3g)", terms.get(k), estimates.get(k),
            standardErrors.get(k)));
      }
      return s.toString();
    }
  }

  /**
   * The results of every group of a panel, by group label in label order.
   *
   * @param groups the results, not null
   */
  public record Fits(ImmutableMap<String, GroupFit> groups) {

    /**
     * Checks the component.
     *
     * @param groups the results
     */
    public Fits {
      requireNonNull(groups, "groups");
    }

    /**
     * Returns the result of one group.
     *
     * @param group a group label, not null
     * @return the result, never null
     * @throws IllegalArgumentException if the panel had no such group
     */
    public GroupFit get(String group) {
      GroupFit g = groups.get(requireNonNull(group, "group"));
      if (g == null) {
        throw new IllegalArgumentException(
            "no group \"" + group + "\": expected one of " + groups.keySet());
      }
      return g;
    }

    /**
     * Returns the groups that did not fit or did not converge.
     *
     * @return the list, never null
     */
    public ImmutableList<GroupFit> problems() {
      return groups.values().stream().filter(g -> g.status() != GroupFit.Status.FITTED)
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns one line per group.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (GroupFit g : groups.values()) {
        s.append(g).append('\n');
      }
      return s.toString();
    }
  }
}
