package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one-pass checks of {@link FlowTableBuilder#addAll}: the same outcome as row by row. */
class FlowTableAddAllTest {

  private static FlowTableBuilder builder() {
    FlowTableBuilder b = FlowTable.builder();
    b.code(Dimension.REPORTER, "A");
    b.code(Dimension.REPORTER, "B");
    b.code(Dimension.PARTNER, "C");
    b.code(Dimension.PRODUCT, "1");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    return b;
  }

  private static final int[] ZEROS = new int[4];

  @Test
  void acceptsZeroNegativeZeroAndTheLargestDouble() {
    FlowTableBuilder b = builder();
    int[] reporters = {0, 1, 1, 0};
    double[] values = {0.0, -0.0, Double.MAX_VALUE, 2.5};
    b.addAll(reporters, ZEROS, ZEROS, ZEROS, ZEROS, values, 0, 4);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(4);
    // A: 0 + 2.5 = 2.5; B: -0 + MAX_VALUE = MAX_VALUE
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(2.5);
    assertThat(t.sum(Dimension.REPORTER).get("B")).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void rejectsBadValuesAndAddsNothing() {
    FlowTableBuilder b = builder();
    int[] reporters = {0, 1, 0, 1};
    assertThatThrownBy(
            () ->
                b.addAll(
                    reporters, ZEROS, ZEROS, ZEROS, ZEROS,
                    new double[] {1, 2, Double.POSITIVE_INFINITY, 3}, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = Infinity: expected a finite number ≥ 0");
    assertThatThrownBy(
            () -> b.addAll(reporters, ZEROS, ZEROS, ZEROS, ZEROS, new double[] {1, 2, 3, -1e-300},
                0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = -1.0E-300: expected a finite number ≥ 0");
    assertThat(b.size()).isZero();
  }

  @Test
  void rejectsCodesOutsideTheirDictionaryAndAddsNothing() {
    FlowTableBuilder b = builder();
    double[] values = {1, 2, 3, 4};
    assertThatThrownBy(
            () -> b.addAll(new int[] {0, 1, 2, 0}, ZEROS, ZEROS, ZEROS, ZEROS, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter code = 2: expected a code from 0 to 1 (the dictionary has 2 labels)");
    assertThatThrownBy(
            () -> b.addAll(ZEROS, ZEROS, ZEROS, new int[] {0, 0, 0, -3}, ZEROS, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period code = -3: expected a code from 0 to 0 (the dictionary has 1 labels)");
    // the bad rows lie outside the range added
    b.addAll(new int[] {0, 1, 2, 0}, ZEROS, ZEROS, ZEROS, ZEROS, values, 0, 2);
    assertThat(b.size()).isEqualTo(2);
  }
}
