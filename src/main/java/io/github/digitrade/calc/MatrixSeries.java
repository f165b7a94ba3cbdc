package io.github.digitrade.calc;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One labelled matrix per period: a matrix indicator computed period by period, such as the RCA
 * of every exporter in every product in each year ({@code table.exports().byPeriod().rca()}).
 * Periods are in time order.
 *
 * <p>{@link #series(String, String)} turns one cell into a time series ({@code LabeledVector} over
 * the periods) that charts as a line; {@link #writeCsv(Appendable)} writes the long form {@code
 * period,row,column,value,axis,reason} that {@link #parseCsv(String, String)} reads back.
 *
 * <pre>{@code
 * MatrixSeries rca = table.exports().byPeriod().rca();
 * rca.get("2023");                   // LabeledMatrix 40×5000 […]
 * rca.series("CHN", "851712");       // LabeledVector{2021=…, 2022=…, 2023=…}
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MatrixSeries extends PeriodSeries<LabeledMatrix> {

  private MatrixSeries(Map<String, LabeledMatrix> byPeriod) {
    super(byPeriod);
  }

  /**
   * Returns a series of one vector per period label, in the given order.
   *
   * @param byPeriod the vector of each period, in time order, not null; no key blank
   * @return the series, never null
   * @throws IllegalArgumentException if a period label is blank
   */
  public static MatrixSeries of(Map<String, LabeledMatrix> byPeriod) {
    return new MatrixSeries(byPeriod);
  }

  /**
   * Returns the time series of one cell: its value in each period, labelled by period. A period in
   * which the row or column is absent is excluded and listed with the reason.
   *
   * @param row the row label, not null
   * @param column the column label, not null
   * @return the values over the periods, never null
   */
  public LabeledVector series(String row, String column) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    return timeSeries(
        x -> x.rowLabels().contains(row) && x.columnLabels().contains(column),
        x -> x.get(row, column),
        x ->
            LabeledVector.missing(
                x.rowLabels().contains(row) ? column : row, x.excluded()));
  }

  /**
   * Writes the series as CSV in long form, {@code period,row,column,value,axis,reason},
   * period after period (see {@link LabeledMatrix#writeCsv(Appendable)}).
   *
   * @param out where to write, not null
   * @throws IOException if {@code out} fails
   */
  public void writeCsv(Appendable out) throws IOException {
    out.append("period,").append(LongCsv.MATRIX_HEADER).append('\n');
    for (Map.Entry<String, LabeledMatrix> e : asMap().entrySet()) {
      LongCsv.writeMatrix(out, e.getKey(), e.getValue());
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
  public static MatrixSeries parseCsv(String source, String text) {
    List<Csv.Row> rows = LongCsv.rows(source, text, "period," + LongCsv.MATRIX_HEADER);
    ImmutableMap.Builder<String, LabeledMatrix> b = ImmutableMap.builder();
    LongCsv.byPeriod(rows).forEach((p, r) -> b.put(p, LongCsv.parseMatrix(r)));
    return new MatrixSeries(b.buildOrThrow());
  }
}
