package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabeledCsvPropertiesTest {

  private static String csv(LabeledMatrix m) {
    StringBuilder s = new StringBuilder();
    try {
      m.writeCsv(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  @Test
  void matrixCsvReadsBackAnEqualMatrix() {
    qt().withExamples(300)
        .forAll(Gens.matrices(4, 5))
        .checkAssert(m -> assertThat(LabeledMatrix.parseCsv("m.csv", csv(m))).isEqualTo(m));
  }

  @Test
  void vectorCsvReadsBackEveryDoubleExactly() {
    qt().withExamples(300)
        .forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(
            d -> {
              List<String> labels = new ArrayList<>(List.of("x", "y"));
              LabeledVector v = LabeledVector.of(labels, new double[] {d, -d});
              StringBuilder s = new StringBuilder();
              try {
                v.writeCsv(s);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(LabeledVector.parseCsv("v.csv", s.toString())).isEqualTo(v);
            });
  }

  @Test
  void addingTheRowsReorderedDoublesEveryCellExactly() {
    qt().withExamples(300)
        .forAll(Gens.matrices(4, 4))
        .checkAssert(
            m -> {
              // alignment is by label, not by position: m + (m sorted by a column) = 2m, exactly
              LabeledMatrix reordered = m.sortedBy(m.columnLabels().get(0));
              double[] twice = m.toArray();
              for (int i = 0; i < twice.length; i++) {
                twice[i] *= 2;
              }
              assertThat(m.plus(reordered).toArray()).containsExactly(twice);
            });
  }
}
