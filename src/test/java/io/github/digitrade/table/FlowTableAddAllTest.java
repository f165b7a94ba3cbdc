package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The one-pass checks of {@link FlowTableBuilder#addAll} and {@link FlowTableBuilder#addMapped}:
 * the same outcome as row by row.
 */
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

  private static final int[] NONE = new int[0];

  @Test
  void addMappedGivesTheRowsTheCodesOfTheirKeys() {
    FlowTableBuilder b = builder();
    b.code(Dimension.PRODUCT, "2");
    // keys 0, 1, 0, 2 through the product map {1, 0, 1}: products "2", "1", "2", "2";
    // reporter keys 1, 0, 0, 1 through {0, 1}: A is key 0 and B key 1
    b.addMapped(
        new int[][] {{1, 0, 0, 1}, NONE, {0, 1, 0, 2}, NONE, NONE},
        new int[][] {{0, 1}, {0}, {1, 0, 1}, {0}, {0}},
        new double[] {1.0, 2.0, 4.0, 8.0},
        0,
        4);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(4);
    // product 2: rows 0, 2 and 3 = 1 + 4 + 8 = 13; product 1: row 1 = 2
    assertThat(t.sum(Dimension.PRODUCT).get("2")).isEqualTo(13.0);
    assertThat(t.sum(Dimension.PRODUCT).get("1")).isEqualTo(2.0);
    // B (reporter key 1): rows 0 and 3 = 1 + 8 = 9; A: rows 1 and 2 = 2 + 4 = 6
    assertThat(t.sum(Dimension.REPORTER).get("B")).isEqualTo(9.0);
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(6.0);
  }

  @Test
  void addMappedAppendsAfterRowsAddedOneByOne() {
    FlowTableBuilder b = builder();
    b.addCodes(1, 0, 0, 0, 0, 5.0);
    // a single-entry map gives every row its code: reporter B (1) for the two rows
    b.addMapped(
        new int[][] {NONE, NONE, NONE, NONE, NONE},
        new int[][] {{1}, {0}, {0}, {0}, {0}},
        new double[] {7.0, 0.5, 3.0},
        1,
        3);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(3);
    // B: 5 + 0.5 + 3 = 8.5
    assertThat(t.sum(Dimension.REPORTER).get("B")).isEqualTo(8.5);
    // every row has partner C: 5 + 0.5 + 3 = 8.5 (the 7.0 at index 0 is outside the range)
    assertThat(t.sum(Dimension.PARTNER).get("C")).isEqualTo(8.5);
  }

  @Test
  void addMappedRejectsBadMapsKeysAndValuesAndAddsNothing() {
    FlowTableBuilder b = builder();
    double[] values = {1, 2, 3};
    int[][] keys = {{0, 1, 2}, NONE, NONE, NONE, NONE};
    assertThatThrownBy(
            () -> b.addMapped(keys, new int[][] {{0, 1}, {0}, {0}, {0}, {0}}, values, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reporter key = 2 at index 2: expected a key from 0 to 1 (the map has 2 codes)");
    assertThatThrownBy(
            () -> b.addMapped(keys, new int[][] {{0, 1, 2}, {0}, {0}, {0}, {0}}, values, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter code = 2: expected a code from 0 to 1 (the dictionary has 2 labels)");
    assertThatThrownBy(
            () -> b.addMapped(keys, new int[][] {{0, 1, 1}, {}, {0}, {0}, {0}}, values, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner map is empty: expected one code or more");
    assertThatThrownBy(
            () ->
                b.addMapped(
                    keys, new int[][] {{0, 1, 1}, {0}, {0}, {0}, {0}},
                    new double[] {1, Double.NaN, 3}, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = NaN: expected a finite number ≥ 0");
    assertThatThrownBy(() -> b.addMapped(keys, new int[][] {{0, 1}}, values, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("5 key arrays and 1 maps: expected 5 of each");
    assertThatThrownBy(
            () ->
                b.addMapped(
                    new int[][] {{0, 1}, NONE, NONE, NONE, NONE},
                    new int[][] {{0, 1}, {0}, {0}, {0}, {0}}, values, 0, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(b.size()).isZero();
    // the bad key lies outside the range added
    b.addMapped(keys, new int[][] {{0, 1}, {0}, {0}, {0}, {0}}, values, 0, 2);
    assertThat(b.size()).isEqualTo(2);
  }
}
