package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.Sums;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the partitioned group-by behind {@link FlowTable#matrix(Dimension, Dimension)}. */
class FlowTableMatrixPartsPropertiesTest {

  /** A row: reporter and product indices and a value. */
  private record Row(int r, int k, double v) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 4)
        .zip(
            integers().between(0, 6),
            doubles().between(0, 1e6).mix(doubles().between(0, 1e-3), 20).mix(
                doubles().between(1e15, 1e17), 10),
            Row::new);
  }

  private static FlowTable table(List<Row> rows) {
    FlowTableBuilder b = FlowTable.builder();
    for (Row x : rows) {
      b.add("R" + x.r, "P", "0" + x.k, "2022", "X", x.v);
    }
    return b.build();
  }

  @Test
  void partitionedMatrixIsDeterministic() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(0, 80), integers().between(1, 6))
        .checkAssert(
            (list, parts) -> {
              FlowTable t = table(list);
              LabeledMatrix a = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, parts);
              LabeledMatrix b = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, parts);
              assertThat(b).isEqualTo(a);
            });
  }

  @Test
  void partitionedMatrixAgreesWithOnePartWithinTheSumsBound() {
    qt().withExamples(1000)
        .forAll(lists().of(rows()).ofSizeBetween(0, 80), integers().between(2, 6))
        .checkAssert(
            (list, parts) -> {
              FlowTable t = table(list);
              LabeledMatrix one = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, 1);
              LabeledMatrix many = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, parts);
              assertThat(many.rowLabels()).isEqualTo(one.rowLabels());
              assertThat(many.columnLabels()).isEqualTo(one.columnLabels());
              for (int r = 0; r < one.rowCount(); r++) {
                for (int c = 0; c < one.columnCount(); c++) {
                  String rl = one.rowLabels().get(r);
                  String cl = one.columnLabels().get(c);
                  double[] cell =
                      list.stream()
                          .filter(x -> ("R" + x.r).equals(rl) && ("0" + x.k).equals(cl))
                          .mapToDouble(Row::v)
                          .toArray();
                  // each result is within the Sums bound of the exact sum, so within twice it
                  double bound = 2 * Sums.errorBound(cell);
                  assertThat(many.get(r, c)).isCloseTo(one.get(r, c), Offset.offset(bound));
                }
              }
            });
  }
}
