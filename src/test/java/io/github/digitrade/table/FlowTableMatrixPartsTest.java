package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.LabeledMatrix;
import org.junit.jupiter.api.Test;

/** The group-by of {@link FlowTable#matrix(Dimension, Dimension)} over a fixed row partition. */
class FlowTableMatrixPartsTest {

  /**
   * Cell (A, 01): 1e16 + 1 + 1 + 1 = 1e16 + 3, which rounds to 1e16 + 4 (a tie, to even); a plain
   * loop gives 1e16 (each 1 is lost). Cell (B, 02): 2 + 3 = 5. Cells (A, 02) and (B, 01): 0.
   */
  private static FlowTable table() {
    return FlowTable.builder()
        .add("A", "P", "01", "2022", "X", 1e16)
        .add("A", "Q", "01", "2022", "X", 1)
        .add("B", "P", "02", "2022", "X", 2)
        .add("A", "R", "01", "2022", "X", 1)
        .add("B", "Q", "02", "2022", "X", 3)
        .add("A", "S", "01", "2022", "X", 1)
        .build();
  }

  @Test
  void everyPartitionGivesTheHandComputedCells() {
    FlowTable t = table();
    for (int parts = 1; parts <= 8; parts++) {
      LabeledMatrix m = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, parts);
      assertThat(m.rowLabels()).as("parts = %d", parts).containsExactly("A", "B");
      assertThat(m.columnLabels()).as("parts = %d", parts).containsExactly("01", "02");
      assertThat(m.toArray()).as("parts = %d", parts).containsExactly(1e16 + 4, 0, 0, 5);
    }
  }

  @Test
  void publicMatrixUsesOnePartBelowTheThreshold() {
    FlowTable t = table();
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PRODUCT))
        .isEqualTo(t.matrix(Dimension.REPORTER, Dimension.PRODUCT, 1));
  }

  @Test
  void publicMatrixUsesTwoFixedPartsFromTheThresholdOn() {
    // PARALLEL_ROWS rows: row i has reporter i % 3, product i % 7 and value i % 11 + 0.1, so each
    // cell's exact sum is a multiple of 0.1 well inside double precision
    FlowTableBuilder b = FlowTable.builder().expectedRows(FlowTable.PARALLEL_ROWS);
    String[] reporters = {"R0", "R1", "R2"};
    String[] products = {"00", "01", "02", "03", "04", "05", "06"};
    for (int i = 0; i < FlowTable.PARALLEL_ROWS; i++) {
      b.add(reporters[i % 3], "P", products[i % 7], "2022", "X", i % 11 + 0.1);
    }
    FlowTable t = b.build();
    LabeledMatrix two = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, 2);
    LabeledMatrix one = t.matrix(Dimension.REPORTER, Dimension.PRODUCT, 1);
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PRODUCT)).isEqualTo(two);
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PRODUCT)).isEqualTo(two);
    double[] x = one.toArray();
    double[] y = two.toArray();
    for (int i = 0; i < x.length; i++) {
      // both are within one rounding of the exact cell sum, so within 2 ulps of each other
      assertThat(Math.abs(y[i] - x[i])).isLessThanOrEqualTo(2 * Math.ulp(x[i]));
    }
  }

  @Test
  void sameDimensionTwiceIsRejectedWhateverThePartition() {
    assertThatThrownBy(() -> table().matrix(Dimension.PERIOD, Dimension.PERIOD, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = columns = PERIOD: expected two different dimensions");
  }
}
