package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** The column totals of {@link Specialization#rca(LabeledMatrix)}. */
class SpecializationColumnTotalsPropertiesTest {

  @Test
  void columnTotalsEqualSumsOfEachColumnBitForBit() {
    qt().withExamples(1000)
        .forAll(
            integers().between(1, 6),
            lists()
                .of(doubles().between(0, 1e6).mix(doubles().between(1e15, 1e17), 20))
                .ofSizeBetween(0, 36))
        .checkAssert(
            (cols, list) -> {
              int rows = list.size() / cols;
              double[] v = new double[rows * cols];
              for (int i = 0; i < v.length; i++) {
                v[i] = list.get(i);
              }
              double[] totals = Specialization.columnTotals(v, rows, cols);
              assertThat(totals).hasSize(cols);
              for (int c = 0; c < cols; c++) {
                double expected = Sums.sum(Panels.column(v, rows, cols, c));
                assertThat(Double.doubleToRawLongBits(totals[c]))
                    .isEqualTo(Double.doubleToRawLongBits(expected));
              }
            });
  }
}
