package io.github.digitrade.spark;

import io.github.digitrade.calc.ComplexitySeries;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.MissingLabels;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.calc.VectorSeries;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.Indicators;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One result per period of a {@link FlowDataset}, as the core's {@code ByPeriod}: one Spark
 * aggregation to the cube the indicator needs (with every period in it), then the core's
 * per-period face on the collected table, so a time series costs one job, not one per period.
 *
 * <pre>{@code
 * flows.exports().byPeriod().hhi(Dimension.PARTNER).get("2023").get("CHN");
 * flows.byPeriod().balance("X", "M");
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class SparkByPeriod
    implements Indicators<VectorSeries, MatrixSeries, ComplexitySeries> {

  private final FlowDataset flows;

  SparkByPeriod(FlowDataset flows) {
    this.flows = Objects.requireNonNull(flows, "flows");
  }

  private FlowTable cube(Dimension... keep) {
    return flows.cube(keep);
  }

  @Override
  public MatrixSeries rca() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).byPeriod().rca();
  }

  @Override
  public MatrixSeries presence() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).byPeriod().presence();
  }

  @Override
  public ComplexitySeries complexity() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).byPeriod().complexity();
  }

  @Override
  public VectorSeries hhi(Dimension over) {
    return cube(Dimension.REPORTER, over).byPeriod().hhi(over);
  }

  @Override
  public VectorSeries normalisedHhi(Dimension over, HhiConvention convention) {
    return cube(Dimension.REPORTER, over).byPeriod().normalisedHhi(over, convention);
  }

  @Override
  public VectorSeries concentrationRatio(Dimension over, int k) {
    return cube(Dimension.REPORTER, over).byPeriod().concentrationRatio(over, k);
  }

  @Override
  public VectorSeries theil(Dimension over, TheilConvention convention) {
    return cube(Dimension.REPORTER, over).byPeriod().theil(over, convention);
  }

  @Override
  public MatrixSeries shares(Dimension rows, Dimension columns) {
    return cube(rows, columns).byPeriod().shares(rows, columns);
  }

  @Override
  public MatrixSeries tradeIntensity() {
    return cube(Dimension.REPORTER, Dimension.PARTNER).byPeriod().tradeIntensity();
  }

  @Override
  public MatrixSeries exportSimilarity() {
    return cube(Dimension.REPORTER, Dimension.PRODUCT).byPeriod().exportSimilarity();
  }

  @Override
  public VectorSeries grubelLloyd(String exportDirection, String importDirection) {
    return cube(Dimension.PRODUCT).byPeriod().grubelLloyd(exportDirection, importDirection);
  }

  /**
   * Returns the sum by one dimension in each period, such as total exports by exporter per year.
   *
   * @param dimension the dimension, not null
   * @return the series, never null
   */
  public VectorSeries sum(Dimension dimension) {
    return cube(dimension).byPeriod().sum(dimension);
  }

  /**
   * Returns the trade balance of each reporter in each period, {@code X_c − M_c}; a reporter with
   * flows in one direction only has zero in the other.
   *
   * @param exportDirection the direction label of exports, such as {@code "X"}, not null
   * @param importDirection the direction label of imports, such as {@code "M"}, not null
   * @return the balances per period, never null
   * @throws IllegalArgumentException if a direction label occurs in no row
   */
  public VectorSeries balance(String exportDirection, String importDirection) {
    Map<String, LabeledVector> out = new LinkedHashMap<>();
    cube(Dimension.REPORTER)
        .byPeriod()
        .tables()
        .forEach((p, t) -> out.put(p, balance(t, exportDirection, importDirection)));
    return VectorSeries.of(out);
  }

  /** Exports minus imports by reporter in a table of one period. */
  static LabeledVector balance(FlowTable t, String exportDirection, String importDirection) {
    Objects.requireNonNull(exportDirection, "exportDirection");
    Objects.requireNonNull(importDirection, "importDirection");
    LabeledVector x = t.direction(exportDirection).sum(Dimension.REPORTER);
    LabeledVector m = t.direction(importDirection).sum(Dimension.REPORTER);
    return x.minus(m, MissingLabels.ZERO);
  }

  /**
   * Returns a summary such as {@code SparkByPeriod[FlowDataset[flows.csv]]}; it runs no job.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "SparkByPeriod[" + flows + "]";
  }
}
