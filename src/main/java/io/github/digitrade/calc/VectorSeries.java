package io.github.digitrade.calc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One labelled vector per period: an indicator computed period by period, such as the partner HHI
 * of every exporter in each year ({@code table.exports().byPeriod().hhi(PARTNER)}). Periods are in
 * time order.
 *
 * <p>{@link #series(String)} turns one label into a time series ({@code LabeledVector} over the
 * periods) that charts as a line; {@link #writeCsv(Appendable)} writes the long form {@code
 * period,label,value,axis,reason} that {@link #parseCsv(String, String)} reads back.
 *
 * <pre>{@code
 * VectorSeries hhi = table.exports().byPeriod().hhi(Dimension.PARTNER);
 * hhi.get("2023");          // LabeledVector{CHN=0.09, …}
 * hhi.series("CHN");        // LabeledVector{2021=0.10, 2022=0.09, 2023=0.09}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VectorSeries {

  private final ImmutableMap<String, LabeledVector> byPeriod;

  private VectorSeries(ImmutableMap<String, LabeledVector> byPeriod) {
    this.byPeriod = byPeriod;
  }

  /**
   * Returns a series of one vector per period label, in the given order.
   *
   * @param byPeriod the vector of each period, in time order, not null; no key blank
   * @return the series, never null
   * @throws IllegalArgumentException if a period label is blank
   */
  public static VectorSeries of(Map<String, LabeledVector> byPeriod) {
    return new VectorSeries(Series.check(byPeriod));
  }

  /**
   * Returns the period labels, in time order.
   *
   * @return the periods, never null
   */
  public ImmutableList<String> periods() {
    return byPeriod.keySet().asList();
  }

  /**
   * Returns the number of periods.
   *
   * @return the count, zero or more
   */
  public int size() {
    return byPeriod.size();
  }

  /**
   * Returns the vector of one period.
   *
   * @param period the period label, such as {@code "2023"}, not null
   * @return the vector, never null
   * @throws IllegalArgumentException if the series has no such period; the message lists them
   */
  public LabeledVector get(String period) {
    return Series.get(byPeriod, period);
  }

  /**
   * Returns the vector of one period.
   *
   * @param period the period, not null
   * @return the vector, never null
   * @throws IllegalArgumentException if the series has no such period
   */
  public LabeledVector get(Period period) {
    return get(period.toString());
  }

  /**
   * Returns the vectors by period label, in time order.
   *
   * @return the map, never null
   */
  public ImmutableMap<String, LabeledVector> asMap() {
    return byPeriod;
  }

  /**
   * Returns the time series of one label: its value in each period, labelled by period. A period
   * in which the label has no value is excluded and listed with the reason.
   *
   * <pre>{@code
   * Chart.line("HHI of China's export markets", "0–1", hhi.series("CHN"));
   * }</pre>
   *
   * @param label the label, not null
   * @return the values over the periods, never null
   */
  public LabeledVector series(String label) {
    Objects.requireNonNull(label, "label");
    List<String> periods = new ArrayList<>();
    double[] v = new double[byPeriod.size()];
    List<Exclusion> excluded = new ArrayList<>();
    for (Map.Entry<String, LabeledVector> e : byPeriod.entrySet()) {
      LabeledVector x = e.getValue();
      if (x.contains(label)) {
        v[periods.size()] = x.get(label);
        periods.add(e.getKey());
      } else {
        excluded.add(
            new Exclusion(
                Exclusion.Axis.ITEM, e.getKey(), LabeledVector.missing(label, x.excluded())));
      }
    }
    return LabeledVector.of(periods, java.util.Arrays.copyOf(v, periods.size()), excluded);
  }

  /**
   * Writes the series as CSV in long form, {@code period,label,value,axis,reason}, period after
   * period (see {@link LabeledVector#writeCsv(Appendable)}).
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeCsv(Appendable out) throws IOException {
    out.append("period,").append(LongCsv.VECTOR_HEADER).append('\n');
    for (Map.Entry<String, LabeledVector> e : byPeriod.entrySet()) {
      LongCsv.writeVector(out, e.getKey(), e.getValue());
    }
  }

  /**
   * Reads a series written by {@link #writeCsv(Appendable)}; periods in order of first appearance.
   *
   * @param source the name used in error messages, not null
   * @param text the CSV text, not null
   * @return the series, never null
   * @throws IllegalArgumentException naming the line if the text is not such a CSV
   */
  public static VectorSeries parseCsv(String source, String text) {
    List<Csv.Row> rows = LongCsv.rows(source, text, "period," + LongCsv.VECTOR_HEADER);
    ImmutableMap.Builder<String, LabeledVector> b = ImmutableMap.builder();
    LongCsv.byPeriod(rows).forEach((p, r) -> b.put(p, LongCsv.parseVector(r)));
    return new VectorSeries(b.buildOrThrow());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VectorSeries that && byPeriod.equals(that.byPeriod);
  }

  @Override
  public int hashCode() {
    return byPeriod.hashCode();
  }

  /**
   * Returns one line per period, such as {@code 2023: LabeledVector{CHN=0.09, …}}, at most 12
   * periods, then how many more.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return Series.text("VectorSeries", byPeriod);
  }
}
