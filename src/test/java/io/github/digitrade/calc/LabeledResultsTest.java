package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabeledResultsTest {

  private static final Exclusion ATA = new Exclusion(Exclusion.Axis.ROW, "ATA", "total exports are zero");

  private static LabeledMatrix sample() {
    return LabeledMatrix.of(
        List.of("CHN", "IDN"), List.of("8517", "1511"), new double[] {90, 10, 5, 45}, List.of(ATA));
  }

  @Test
  void test_matrix_getByLabelsAndPositions() {
    LabeledMatrix m = sample();
    assertThat(m.get("IDN", "1511")).isEqualTo(45.0);
    assertThat(m.get(0, 1)).isEqualTo(10.0);
    assertThat(m.rowCount()).isEqualTo(2);
    assertThat(m.columnCount()).isEqualTo(2);
    assertThat(m.row("CHN").asMap()).containsExactly(
        org.assertj.core.api.Assertions.entry("8517", 90.0),
        org.assertj.core.api.Assertions.entry("1511", 10.0));
    assertThat(m.column("1511").toArray()).containsExactly(10.0, 45.0);
    assertThat(m.toArray()).containsExactly(90, 10, 5, 45);
  }

  @Test
  void test_matrix_excludedRowExplainsItself() {
    assertThatThrownBy(() -> sample().get("ATA", "8517"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row label ATA was excluded (total exports are zero)");
    assertThatThrownBy(() -> sample().get("CHN", "0101"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column label 0101 is not in this result");
  }

  @Test
  void test_matrix_toStringReadsWell() {
    assertThat(sample().toString())
        .isEqualTo(
            "LabeledMatrix 2×2 [CHN: 8517=90.0, 1511=10.0; IDN: 8517=5.0, 1511=45.0]"
                + " excluded [ROW ATA: total exports are zero]");
  }

  @Test
  void test_matrix_rejectsWrongLength() {
    assertThatThrownBy(() -> LabeledMatrix.of(List.of("A"), List.of("x", "y"), new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowMajor has 3 values: expected rows × columns = 1 × 2 = 2");
  }

  @Test
  void test_matrix_rejectsNaNNamingCell() {
    assertThatThrownBy(
            () -> LabeledMatrix.of(List.of("A"), List.of("x", "y"), new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (A, y) = NaN: expected a finite number");
  }

  @Test
  void test_matrix_rejectsDuplicateLabel() {
    assertThatThrownBy(() -> LabeledMatrix.of(List.of("A", "A"), List.of("x"), new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowLabels[1] = A repeats: expected unique labels");
  }

  @Test
  void test_matrix_rejectsExcludedLabelThatIsPresent() {
    assertThatThrownBy(
            () ->
                LabeledMatrix.of(
                    List.of("ATA"), List.of("x"), new double[1], List.of(ATA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("excluded ROW ATA is also in the matrix: expected it in one of the two");
  }

  @Test
  void test_vector_topAndToString() {
    LabeledVector v = LabeledVector.of(List.of("GBR", "USA", "DEU"), new double[] {0.065, 0.343, 0.046});
    assertThat(v.top(2).labels()).containsExactly("USA", "GBR");
    assertThat(v.top(2).toString()).isEqualTo("LabeledVector{USA=0.343, GBR=0.065}");
    assertThat(v.top(10).size()).isEqualTo(3);
    assertThat(v.get("DEU")).isEqualTo(0.046);
    assertThat(v.get(1)).isEqualTo(0.343);
    assertThat(v.contains("FRA")).isFalse();
    assertThatThrownBy(() -> v.top(-1)).hasMessage("k = -1: expected zero or more");
  }

  @Test
  void test_vector_rejectsBadInput() {
    assertThatThrownBy(() -> LabeledVector.of(List.of("A"), new double[2]))
        .hasMessage("labels has 1 items and values has 2: expected the same length");
    assertThatThrownBy(() -> LabeledVector.of(List.of("A"), new double[] {Double.POSITIVE_INFINITY}))
        .hasMessage("values[0] (A) = Infinity: expected a finite number");
    assertThatThrownBy(() -> LabeledVector.of(List.of(" "), new double[1]))
        .hasMessage("labels[0] = \" \": expected a non-blank label");
    assertThatThrownBy(() -> new Exclusion(Exclusion.Axis.ITEM, "A", ""))
        .hasMessage("reason = \"\": expected a non-blank reason");
  }

  @Test
  void test_equalsAndHashCode() {
    assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
    assertThat(sample()).isNotEqualTo(LabeledMatrix.of(List.of("CHN"), List.of("x"), new double[1]));
    LabeledVector a = LabeledVector.of(List.of("A"), new double[] {1});
    assertThat(a).isEqualTo(LabeledVector.of(List.of("A"), new double[] {1})).isNotEqualTo(a.top(0));
  }
}
