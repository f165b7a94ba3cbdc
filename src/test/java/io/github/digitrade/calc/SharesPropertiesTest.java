package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class SharesPropertiesTest {

  @Test
  void sharesSumToOne() {
    qt().withExamples(1000)
        .forAll(Gens.values(50))
        .checkAssert(
            x -> {
              double[] s = Shares.shares(x);
              assertThat(Sums.sum(s)).isCloseTo(1.0, within((s.length + 2) * 0x1p-52));
              for (double v : s) {
                assertThat(v).isBetween(0.0, 1.0);
              }
            });
  }

  @Test
  void sharesByRowEqualSharesOfEachRowBitForBit() {
    qt().withExamples(1000)
        .forAll(Gens.matrices(5, 6))
        .checkAssert(
            m -> {
              LabeledMatrix s = Shares.sharesByRow(m);
              for (String r : s.rowLabels()) {
                assertThat(s.row(r).toArray()).containsExactly(Shares.shares(m.row(r).toArray()));
              }
              assertThat(s.rowCount() + s.excluded().size()).isEqualTo(m.rowCount());
            });
  }
}
