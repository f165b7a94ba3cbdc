package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.Sums;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FlowTablePropertiesTest {

  /** A row: reporter, partner, product, period, direction indices and a value. */
  private record Row(int r, int p, int k, int t, int d, double v) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 5)
        .zip(integers().between(0, 5), integers().between(0, 9), (a, b, c) -> new int[] {a, b, c})
        .zip(
            integers().between(0, 2),
            doubles().between(0, 1e6).mix(doubles().between(0, 1e-3), 20),
            (abc, t, v) -> new Row(abc[0], abc[1], abc[2], t, t % 2, v));
  }

  private static FlowTable table(List<Row> rows) {
    FlowTableBuilder b = FlowTable.builder();
    for (Row x : rows) {
      b.add("R" + x.r, "P" + x.p, "0" + x.k, "20" + (20 + x.t), x.d == 0 ? "X" : "M", x.v);
    }
    return b.build();
  }

  private static double bound(List<Row> rows) {
    return Sums.errorBound(rows.stream().mapToDouble(Row::v).toArray()) * 4;
  }

  @Test
  void matrixCellsAddUpToTheTotal() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(0, 60))
        .checkAssert(
            list -> {
              FlowTable t = table(list);
              double cells = Sums.sum(t.matrix(Dimension.REPORTER, Dimension.PRODUCT).toArray());
              assertThat(cells).isCloseTo(t.total(), org.assertj.core.data.Offset.offset(bound(list)));
            });
  }

  @Test
  void aggregatesDoNotDependOnRowOrder() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(1, 60), integers().all())
        .checkAssert(
            (list, seed) -> {
              List<Row> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(seed));
              LabeledMatrix a = table(list).matrix(Dimension.PARTNER, Dimension.PERIOD);
              LabeledMatrix b = table(shuffled).matrix(Dimension.PARTNER, Dimension.PERIOD);
              assertThat(b.rowLabels()).isEqualTo(a.rowLabels());
              assertThat(b.columnLabels()).isEqualTo(a.columnLabels());
              double[] x = a.toArray();
              double[] y = b.toArray();
              for (int i = 0; i < x.length; i++) {
                assertThat(y[i]).isCloseTo(x[i], org.assertj.core.data.Offset.offset(bound(list)));
              }
            });
  }

  @Test
  void filterAndItsComplementPartitionTheRows() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(0, 60), integers().between(0, 5))
        .checkAssert(
            (list, keep) -> {
              FlowTable t = table(list);
              String label = "R" + keep;
              FlowTable in = t.filter(Dimension.REPORTER, label::equals);
              FlowTable out = t.filter(Dimension.REPORTER, r -> !r.equals(label));
              assertThat(in.size() + out.size()).isEqualTo(t.size());
              long expected = list.stream().filter(r -> r.r == keep).count();
              assertThat(in.size()).isEqualTo((int) expected);
            });
  }

  @Test
  void sumByADimensionEqualsTheRowSumsOfItsMatrix() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(0, 60))
        .checkAssert(
            list -> {
              FlowTable t = table(list);
              LabeledMatrix m = t.matrix(Dimension.REPORTER, Dimension.PARTNER);
              var sums = t.sum(Dimension.REPORTER);
              assertThat(sums.labels()).isEqualTo(m.rowLabels());
              for (String r : m.rowLabels()) {
                assertThat(Sums.sum(m.row(r).toArray()))
                    .isCloseTo(sums.get(r), org.assertj.core.data.Offset.offset(bound(list)));
              }
            });
  }
}
