package io.github.digitrade.report;

import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Sums;
import java.util.List;

/** The brief on the embedded sample data. */
final class SampleBrief {

  private SampleBrief() {}

  /**
   * Computes the brief on the embedded sample data.
   *
   * @return the report, never null
   */
  static Report report() {
    // China's CBEC imports and exports, broad GACC series, billion CNY (GACC 2021-01-14 and later)
    List<String> years = List.of("2020", "2021", "2022", "2023", "2024");
    double[] cbec = {1690, 1920, 2100, 2380, 2710};
    LabeledVector levels = LabeledVector.of(years, cbec);
    return Report.builder("digitrade brief")
        .subtitle("China's cross-border e-commerce, embedded sample data")
        .section("Cross-border e-commerce")
        .paragraph(
            "China CBEC trade 2020-2024, billion CNY, total " + Fmt.fixed(Sums.sum(cbec), 0) + ".")
        .chart(Chart.line("China CBEC trade", "billion CNY", levels))
        .build();
  }
}
