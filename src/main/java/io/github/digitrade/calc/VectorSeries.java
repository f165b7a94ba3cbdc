package io.github.digitrade.calc;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
public final class VectorSeries extends PeriodSeries<LabeledVector> {

  private VectorSeries(Map<String, LabeledVector> byPeriod) {
    super(byPeriod);
  }

  /**
   * Returns a series of one vector per period label, in the given order.
   *
   * @param byPeriod the vector of each period, in time order, not null; no key blank
   * @return the series, never null
   * @throws IllegalArgumentException if a period label is blank
   */
  public static VectorSeries of(Map<String, LabeledVector> byPeriod) {
    return new VectorSeries(byPeriod);
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
    return timeSeries(
        x -> x.contains(label), x -> x.get(label), x -> LabeledVector.missing(label, x.excluded()));
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
    for (Map.Entry<String, LabeledVector> e : asMap().entrySet()) {
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
}
