package io.github.digitrade.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.ComplexitySeries;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.calc.VectorSeries;
import io.github.digitrade.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The indicators of a flow table computed once per period, under the same names as the
 * single-result faces of {@link FlowTable} ({@link Indicators}): {@code
 * table.exports().byPeriod().hhi(Dimension.PARTNER)} is a {@link VectorSeries} with the partner
 * HHI of every exporter in every period. Periods come in time order (by {@link Period} when every
 * label is one, else by label). The table must still hold one direction (except for {@link
 * #grubelLloyd(String, String)}).
 *
 * <pre>{@code
 * VectorSeries hhi = table.exports().byPeriod().hhi(Dimension.PARTNER);
 * hhi.series("CHN");                               // China's partner HHI, year by year
 * table.exports().byPeriod().complexity().eci();   // ECI of every year
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ByPeriod
    implements Indicators<VectorSeries, MatrixSeries, ComplexitySeries> {

  private final FlowTable table;

  ByPeriod(FlowTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * Returns the period labels the rows hold, in time order.
   *
   * @return the labels, never null
   */
  public ImmutableList<String> periods() {
    ImmutableList<String> labels = table.labelsPresent(Dimension.PERIOD);
    List<Period> parsed = new ArrayList<>();
    for (String l : labels) {
      try {
        parsed.add(Period.parse(l));
      } catch (IllegalArgumentException notAPeriod) {
        return labels;
      }
    }
    List<String> out = new ArrayList<>(labels);
    out.sort((a, b) -> parsed.get(labels.indexOf(a)).compareTo(parsed.get(labels.indexOf(b))));
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the table of each period, in time order.
   *
   * @return the tables by period label, never null
   */
  public ImmutableMap<String, FlowTable> tables() {
    ImmutableMap.Builder<String, FlowTable> b = ImmutableMap.builder();
    for (String p : periods()) {
      b.put(p, table.filter(Dimension.PERIOD, p::equals));
    }
    return b.buildOrThrow();
  }

  private <T> Map<String, T> each(String indicator, boolean oneDirection, Function<FlowTable, T> f) {
    if (oneDirection) {
      table.oneDirection(indicator);
    }
    Map<String, T> out = new LinkedHashMap<>();
    tables().forEach((p, t) -> out.put(p, f.apply(t)));
    return out;
  }

  private VectorSeries vectors(String indicator, Function<FlowTable, LabeledVector> f) {
    return VectorSeries.of(each(indicator, true, f));
  }

  private MatrixSeries matrices(String indicator, Function<FlowTable, LabeledMatrix> f) {
    return MatrixSeries.of(each(indicator, true, f));
  }

  @Override
  public MatrixSeries rca() {
    return matrices("rca", FlowTable::rca);
  }

  @Override
  public MatrixSeries presence() {
    return matrices("presence", FlowTable::presence);
  }

  @Override
  public ComplexitySeries complexity() {
    Map<String, ComplexityIndices> m = each("complexity", true, FlowTable::complexity);
    return ComplexitySeries.of(m);
  }

  @Override
  public VectorSeries hhi(Dimension over) {
    return vectors("hhi", t -> t.hhi(over));
  }

  @Override
  public VectorSeries normalisedHhi(Dimension over, HhiConvention convention) {
    return vectors("normalisedHhi", t -> t.normalisedHhi(over, convention));
  }

  @Override
  public VectorSeries concentrationRatio(Dimension over, int k) {
    return vectors("concentrationRatio", t -> t.concentrationRatio(over, k));
  }

  @Override
  public VectorSeries theil(Dimension over, TheilConvention convention) {
    return vectors("theil", t -> t.theil(over, convention));
  }

  @Override
  public MatrixSeries shares(Dimension rows, Dimension columns) {
    return matrices("shares", t -> t.shares(rows, columns));
  }

  @Override
  public MatrixSeries tradeIntensity() {
    return matrices("tradeIntensity", FlowTable::tradeIntensity);
  }

  @Override
  public MatrixSeries exportSimilarity() {
    return matrices("exportSimilarity", FlowTable::exportSimilarity);
  }

  @Override
  public VectorSeries grubelLloyd(String exportDirection, String importDirection) {
    return VectorSeries.of(
        each("grubelLloyd", false, t -> t.grubelLloyd(exportDirection, importDirection)));
  }

  /**
   * Returns the sum by one dimension in each period, such as total exports by exporter per year.
   *
   * @param dimension the dimension, not null
   * @return the series, never null
   */
  public VectorSeries sum(Dimension dimension) {
    return VectorSeries.of(each("sum", false, t -> t.sum(dimension)));
  }

  /**
   * Returns a summary such as {@code ByPeriod[3 periods: 2021, 2022, 2023] of FlowTable[…]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    ImmutableList<String> p = periods();
    return "ByPeriod["
        + p.size()
        + (p.size() == 1 ? " period: " : " periods: ")
        + Labels.shortList(p)
        + "] of "
        + table;
  }
}
