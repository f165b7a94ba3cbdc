package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one-pass checks of {@link FlowTableBuilder#addAll} and {@link FlowTableBuilder#addMapped}:
 * the same outcome as row by row; and the keys of {@code addMapped} by run, which give every row
 * of a run its run's code, the same table as keys by row.
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

  private static final boolean[] REPORTER_BY_RUN = {true, false, false, false, false};

  /** The builder of {@link #builder()} with the products "2" and "3" too. */
  private static FlowTableBuilder threeProducts() {
    FlowTableBuilder b = builder();
    b.code(Dimension.PRODUCT, "2");
    b.code(Dimension.PRODUCT, "3");
    return b;
  }

  @Test
  void everyRowOfARunGetsItsRunsCode() {
    FlowTableBuilder b = threeProducts();
    // runs: rows 0-1 (reporter key 0 -> code 1, B), row 2 (key 1 -> code 0, A);
    // product keys by row 2, 0, 1 through the identity map: products "3", "1", "2"
    b.addMapped(
        new int[][] {{0, 1}, NONE, {2, 0, 1}, NONE, NONE},
        REPORTER_BY_RUN,
        new int[] {0, 2},
        2,
        new int[][] {{1, 0}, {0}, {0, 1, 2}, {0}, {0}},
        new double[] {1.5, 2.0, 4.0},
        0,
        3);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.label(Dimension.REPORTER, 0)).isEqualTo("B");
    assertThat(t.label(Dimension.REPORTER, 1)).isEqualTo("B");
    assertThat(t.label(Dimension.REPORTER, 2)).isEqualTo("A");
    assertThat(t.label(Dimension.PRODUCT, 0)).isEqualTo("3");
    // B: 1.5 + 2.0 = 3.5; A: 4.0
    assertThat(t.sum(Dimension.REPORTER).get("B")).isEqualTo(3.5);
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(4.0);
  }

  @Test
  void runsOfARangeStartAtItsFirstIndexAndAppendAfterEarlierRows() {
    FlowTableBuilder b = threeProducts();
    b.addCodes(0, 0, 0, 0, 0, 5.0);
    // rows 1 to 3 of the arrays: runs at 1 (key 1 -> B) and 3 (key 0 -> A); the 9.0 at index 0
    // is outside the range
    b.addMapped(
        new int[][] {{1, 0}, NONE, NONE, NONE, NONE},
        REPORTER_BY_RUN,
        new int[] {1, 3},
        2,
        new int[][] {{0, 1}, {0}, {0}, {0}, {0}},
        new double[] {9.0, 0.5, 0.25, 3.0},
        1,
        4);
    FlowTable t = b.build();
    assertThat(t.size()).isEqualTo(4);
    // A: 5 + 3 = 8; B: 0.5 + 0.25 = 0.75
    assertThat(t.sum(Dimension.REPORTER).get("A")).isEqualTo(8.0);
    assertThat(t.sum(Dimension.REPORTER).get("B")).isEqualTo(0.75);
  }

  /** A random table's rows in random runs, added both ways: the same codes and values. */
  @Test
  void keysByRunGiveTheTableOfTheSameKeysByRow() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 4))
        .checkAssert(
            (seed, rows, from) -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              int to = from + rows;
              double[] values = new double[to];
              int[][] byRow = new int[5][to];
              int[] starts = new int[Math.max(1, rows)];
              int[][] runKeys = new int[5][Math.max(1, rows)];
              int runs = 0;
              for (int i = from; i < to; i++) {
                values[i] = rnd.nextInt(1000) / 8.0;
                if (i == from || rnd.nextInt(3) == 0) {
                  starts[runs] = i;
                  runKeys[0][runs] = rnd.nextInt(2);
                  runKeys[3][runs] = rnd.nextInt(2);
                  runs++;
                }
                byRow[0][i] = runKeys[0][runs - 1];
                byRow[3][i] = runKeys[3][runs - 1];
                byRow[2][i] = rnd.nextInt(3);
              }
              int[][] maps = {{1, 0}, {0}, {2, 0, 1}, {0, 1}, {0}};
              FlowTableBuilder a = threeProducts();
              a.code(Dimension.PERIOD, "2023");
              a.addMapped(byRow, maps, values, from, to);
              FlowTableBuilder b = threeProducts();
              b.code(Dimension.PERIOD, "2023");
              b.addMapped(
                  new int[][] {runKeys[0], NONE, byRow[2], runKeys[3], NONE},
                  new boolean[] {true, false, false, true, false},
                  starts, runs, maps, values, from, to);
              FlowTable ta = a.build();
              FlowTable tb = b.build();
              assertThat(tb.size()).isEqualTo(ta.size()).isEqualTo(rows);
              for (Dimension d : Dimension.values()) {
                for (int r = 0; r < rows; r++) {
                  assertThat(tb.code(d, r)).as("%s of row %d", d, r).isEqualTo(ta.code(d, r));
                }
              }
              for (int r = 0; r < rows; r++) {
                assertThat(tb.value(r)).isEqualTo(ta.value(r));
              }
            });
  }

  @Test
  void rejectsRunsOutOfOrderOrOutsideTheRangeAndBadRunKeysAndAddsNothing() {
    FlowTableBuilder b = threeProducts();
    double[] values = {1, 2, 3, 4};
    int[][] keys = {{0, 1, 0}, NONE, NONE, NONE, NONE};
    int[][] maps = {{0, 1}, {0}, {0}, {0}, {0}};
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {1, 2, 3}, 3, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runStarts[0] = 1: expected the first row, 0");
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {0, 2, 2}, 3, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "runStarts[2] = 2 after 2: expected the runs to start in increasing order below 4");
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {0, 2, 4}, 3, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "runStarts[2] = 4 after 2: expected the runs to start in increasing order below 4");
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {0}, 0, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runs = 0 for rows 0 to 4: expected 1 or more");
    assertThatThrownBy(
            () ->
                b.addMapped(
                    new int[][] {{0, 2}, NONE, NONE, NONE, NONE}, REPORTER_BY_RUN,
                    new int[] {0, 2}, 2, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter key = 2 of run 1: expected a key from 0 to 1 (the map has 2 codes)");
    // more runs than starts, more runs than keys
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {0, 1}, 3, maps, values, 0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(
            () -> b.addMapped(keys, REPORTER_BY_RUN, new int[] {0, 1, 2, 3}, 4, maps, values, 0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(
            () -> b.addMapped(keys, new boolean[] {true}, new int[] {0}, 1, maps, values, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 flags in byRun: expected 5, one for each dimension");
    assertThat(b.size()).isZero();
    // a map of one code needs no runs: every row gets it
    b.addMapped(
        new int[][] {NONE, NONE, NONE, NONE, NONE}, REPORTER_BY_RUN, NONE, 0,
        new int[][] {{1}, {0}, {0}, {0}, {0}}, values, 0, 4);
    assertThat(b.build().sum(Dimension.REPORTER).get("B")).isEqualTo(10.0);
  }

  @Test
  void anEmptyRangeNeedsNoRuns() {
    FlowTableBuilder b = threeProducts();
    b.addMapped(
        new int[][] {NONE, NONE, NONE, NONE, NONE}, REPORTER_BY_RUN, NONE, 0,
        new int[][] {{0, 1}, {0}, {0}, {0}, {0}}, new double[0], 0, 0);
    assertThat(b.size()).isZero();
    assertThat(b.build().labels(Dimension.REPORTER)).containsExactly("A", "B");
  }
}
