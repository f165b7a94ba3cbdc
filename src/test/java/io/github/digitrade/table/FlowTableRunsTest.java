package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FlowTableBuilder#addMapped(int[][], boolean[], int[], int, int[][], double[], int, int)}:
 * keys by run give every row of a run its run's code, the same table as keys by row.
 */
class FlowTableRunsTest {

  private static final int[] NONE = new int[0];
  private static final boolean[] REPORTER_BY_RUN = {true, false, false, false, false};

  private static FlowTableBuilder builder() {
    FlowTableBuilder b = FlowTable.builder();
    b.code(Dimension.REPORTER, "A");
    b.code(Dimension.REPORTER, "B");
    b.code(Dimension.PARTNER, "C");
    b.code(Dimension.PRODUCT, "1");
    b.code(Dimension.PRODUCT, "2");
    b.code(Dimension.PRODUCT, "3");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    return b;
  }

  @Test
  void everyRowOfARunGetsItsRunsCode() {
    FlowTableBuilder b = builder();
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
    FlowTableBuilder b = builder();
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
              FlowTableBuilder a = builder();
              a.code(Dimension.PERIOD, "2023");
              a.addMapped(byRow, maps, values, from, to);
              FlowTableBuilder b = builder();
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
  void wideCodesByRunFillTheirHighBitsToo() {
    FlowTableBuilder b = FlowTable.builder();
    for (int p = 0; p < 70_000; p++) {
      b.code(Dimension.PRODUCT, Integer.toString(p));
    }
    b.code(Dimension.REPORTER, "A");
    b.code(Dimension.PARTNER, "C");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    // products by run: rows 0-2 the code 69,999 (above 65,535), rows 3-4 the code 7
    b.addMapped(
        new int[][] {NONE, NONE, {0, 1}, NONE, NONE},
        new boolean[] {false, false, true, false, false},
        new int[] {0, 3},
        2,
        new int[][] {{0}, {0}, {69_999, 7}, {0}, {0}},
        new double[] {1, 2, 3, 4, 5},
        0,
        5);
    FlowTable t = b.build();
    assertThat(t.code(Dimension.PRODUCT, 0)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 2)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 3)).isEqualTo(7);
    // 1 + 2 + 3 = 6 and 4 + 5 = 9
    assertThat(t.sum(Dimension.PRODUCT).get("69999")).isEqualTo(6.0);
    assertThat(t.sum(Dimension.PRODUCT).get("7")).isEqualTo(9.0);
  }

  @Test
  void rejectsRunsOutOfOrderOrOutsideTheRangeAndBadRunKeysAndAddsNothing() {
    FlowTableBuilder b = builder();
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
    FlowTableBuilder b = builder();
    b.addMapped(
        new int[][] {NONE, NONE, NONE, NONE, NONE}, REPORTER_BY_RUN, NONE, 0,
        new int[][] {{0, 1}, {0}, {0}, {0}, {0}}, new double[0], 0, 0);
    assertThat(b.size()).isZero();
    assertThat(b.build().labels(Dimension.REPORTER)).containsExactly("A", "B");
  }
}
