package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PivotTest {

  @Test
  void test_toMatrix_firstSeenOrderAndZeroForMissingCells() {
    LabeledMatrix m =
        Pivot.create().add("CHN", "8517", 90).add("IDN", "1511", 45).add("CHN", "1511", 10).toMatrix();
    assertThat(m.rowLabels()).containsExactly("CHN", "IDN");
    assertThat(m.columnLabels()).containsExactly("8517", "1511");
    // IDN never exported 8517: 0
    assertThat(m.toArray()).containsExactly(90, 10, 0, 45);
  }

  @Test
  void test_toMatrix_duplicatesSummedOrRejected() {
    Pivot p = Pivot.create().add("CHN", "8517", 3).add("CHN", "8517", 4).add("CHN", "1511", 1);
    // 3 + 4 = 7
    assertThat(p.toMatrix(DuplicatePolicy.SUM).get("CHN", "8517")).isEqualTo(7.0);
    assertThat(p.toMatrix()).isEqualTo(p.toMatrix(DuplicatePolicy.SUM));
    assertThatThrownBy(() -> p.toMatrix(DuplicatePolicy.REJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cell (CHN, 8517) is given 2 times [3.0, 4.0]: expected one value per cell under"
                + " DuplicatePolicy.REJECT");
    assertThat(Pivot.create().add("A", "x", 1).toMatrix(DuplicatePolicy.REJECT).get("A", "x"))
        .isEqualTo(1.0);
  }

  @Test
  void test_toMatrix_duplicatesSumWithCompensation() {
    // 1e100 + 1 − 1e100 can't be given (negative); 0.1 ten times is 1.0 with compensation
    Pivot p = Pivot.create();
    for (int i = 0; i < 10; i++) {
      p.add("A", "x", 0.1);
    }
    assertThat(p.toMatrix().get("A", "x")).isEqualTo(1.0);
  }

  @Test
  void test_add_rejectsBadInput() {
    assertThatThrownBy(() -> Pivot.create().add("CHN", "8517", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value at (CHN, 8517) = -1.0: expected a finite number ≥ 0");
    assertThatThrownBy(() -> Pivot.create().add(" ", "8517", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell (\" \", \"8517\"): expected non-blank row and column labels");
    assertThatThrownBy(() -> Pivot.create().add("CHN", "", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cell (\"CHN\", \"\"): expected non-blank row and column labels");
    assertThat(Pivot.create().toMatrix().rowCount()).isZero();
  }

  @Test
  void test_pivotThenRca_agreesWithDirectMatrix() {
    LabeledMatrix direct =
        LabeledMatrix.of(
            List.of("CHN", "IDN"), List.of("8517", "1511"), new double[] {90, 10, 5, 45});
    LabeledMatrix pivoted =
        Pivot.create()
            .add("CHN", "8517", 90)
            .add("CHN", "1511", 10)
            .add("IDN", "8517", 5)
            .add("IDN", "1511", 45)
            .toMatrix();
    assertThat(Specialization.rca(pivoted)).isEqualTo(Specialization.rca(direct));
  }
}
