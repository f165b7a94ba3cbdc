package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.VectorSeries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ByPeriodPropertiesTest {

  /** A row: reporter, partner, product and period indices, direction X or M, and a value. */
  private record Row(int r, int p, int k, int t, boolean x, double v) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 3)
        .zip(integers().between(0, 3), integers().between(0, 4), (a, b, c) -> new int[] {a, b, c})
        .zip(
            integers().between(0, 5),
            doubles().between(1, 1e6),
            (abc, t, v) -> new Row(abc[0], abc[1], abc[2], t % 3, t < 4, v));
  }

  private static FlowTable table(List<Row> rows) {
    FlowTableBuilder b = FlowTable.builder();
    for (Row x : rows) {
      b.add("R" + x.r, "P" + x.p, "0" + x.k, "20" + (21 + x.t), x.x ? "X" : "M", x.v);
    }
    return b.build();
  }

  @Test
  void eachPeriodOfAPerPeriodResultIsTheResultOfThatPeriodsTable() {
    qt().withExamples(300)
        .forAll(lists().of(rows()).ofSizeBetween(1, 40))
        .assuming(list -> list.stream().anyMatch(Row::x))
        .checkAssert(
            list -> {
              FlowTable x = table(list).exports();
              VectorSeries hhi = x.byPeriod().hhi(Dimension.PRODUCT);
              assertThat(hhi.periods()).isEqualTo(x.labelsPresent(Dimension.PERIOD));
              for (String p : hhi.periods()) {
                FlowTable one = x.filter(Dimension.PERIOD, p);
                assertThat(hhi.get(p)).isEqualTo(one.hhi(Dimension.PRODUCT));
                assertThat(x.byPeriod().shares(Dimension.REPORTER, Dimension.PARTNER).get(p))
                    .isEqualTo(one.shares(Dimension.REPORTER, Dimension.PARTNER));
              }
            });
  }

  @Test
  void aTableWithSeveralDirectionsOrPeriodsIsRefusedNeverPooled() {
    qt().withExamples(300)
        .forAll(lists().of(rows()).ofSizeBetween(1, 40))
        .checkAssert(
            list -> {
              FlowTable t = table(list);
              int directions = t.labelsPresent(Dimension.DIRECTION).size();
              int periods = t.labelsPresent(Dimension.PERIOD).size();
              if (directions > 1 || periods > 1) {
                assertThatThrownBy(() -> t.hhi(Dimension.PARTNER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(directions > 1 ? "one direction" : "one period");
              } else {
                assertThat(t.hhi(Dimension.PARTNER).size() + t.hhi(Dimension.PARTNER).excluded().size())
                    .isEqualTo(t.labelsPresent(Dimension.REPORTER).size());
              }
            });
  }

  @Test
  void toStringCountsTheLabelsTheRowsHold() {
    qt().withExamples(300)
        .forAll(lists().of(rows()).ofSizeBetween(1, 40), integers().between(0, 3))
        .checkAssert(
            (list, p) -> {
              FlowTable t = table(list).filter(Dimension.PARTNER, ("P" + p)::equals);
              int n = t.labelsPresent(Dimension.PARTNER).size();
              assertThat(n).isLessThanOrEqualTo(1);
              assertThat(t.toString()).contains(n + (n == 1 ? " partner," : " partners,"));
            });
  }
}
