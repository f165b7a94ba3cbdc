package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FlowTableBuilder#expectedRows(int, Dimension...)}: the code columns made up front, on
 * another thread for a large reservation, give the table of a builder without them.
 */
class FlowTableReserveTest {

  private static FlowTableBuilder builder() {
    FlowTableBuilder b = FlowTable.builder();
    for (String r : new String[] {"A", "B", "C"}) {
      b.code(Dimension.REPORTER, r);
    }
    b.code(Dimension.PARTNER, "P");
    b.code(Dimension.PRODUCT, "1");
    b.code(Dimension.PRODUCT, "2");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    return b;
  }

  /** Adds random rows; reserved (in parallel from a million rows) or not, the same table. */
  @Test
  void aReservationWithColumnsGivesTheSameTable() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 50), integers().between(0, 2))
        .checkAssert(
            (seed, rows, size) -> {
              int reserve = new int[] {0, 10, 1 << 20}[size];
              FlowTableBuilder plain = builder();
              FlowTableBuilder reserved =
                  builder().expectedRows(reserve, Dimension.REPORTER, Dimension.PRODUCT);
              SplittableRandom rnd = new SplittableRandom(seed);
              for (int r = 0; r < rows; r++) {
                // codes of 0 only now and then: a reserved column may stay all 0
                int reporter = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0;
                int product = rnd.nextInt(2);
                double v = rnd.nextInt(100) / 4.0;
                plain.addCodes(reporter, 0, product, 0, 0, v);
                reserved.addCodes(reporter, 0, product, 0, 0, v);
              }
              FlowTable a = plain.build();
              FlowTable b = reserved.build();
              assertThat(b.size()).isEqualTo(a.size());
              for (int r = 0; r < rows; r++) {
                for (Dimension d : Dimension.values()) {
                  assertThat(b.code(d, r)).isEqualTo(a.code(d, r));
                }
                assertThat(b.value(r)).isEqualTo(a.value(r));
              }
              assertThat(b.sum(Dimension.REPORTER)).isEqualTo(a.sum(Dimension.REPORTER));
            });
  }

  @Test
  void reservedColumnsTakeRowsAddedAtOnceAndWideCodes() {
    FlowTableBuilder b = FlowTable.builder();
    for (int p = 0; p < 70_000; p++) {
      b.code(Dimension.PRODUCT, Integer.toString(p));
    }
    b.code(Dimension.REPORTER, "A");
    b.code(Dimension.PARTNER, "P");
    b.code(Dimension.PERIOD, "2022");
    b.code(Dimension.DIRECTION, "X");
    b.expectedRows(1 << 20, Dimension.PRODUCT, Dimension.PARTNER);
    // products 69,999 and 3 by row; every row's partner is P (code 0) in a reserved column
    b.addMapped(
        new int[][] {{}, {}, {0, 1, 0}, {}, {}},
        new int[][] {{0}, {0}, {69_999, 3}, {0}, {0}},
        new double[] {1, 2, 4},
        0,
        3);
    FlowTable t = b.build();
    assertThat(t.code(Dimension.PRODUCT, 0)).isEqualTo(69_999);
    assertThat(t.code(Dimension.PRODUCT, 1)).isEqualTo(3);
    // 1 + 4 = 5 and 2
    assertThat(t.sum(Dimension.PRODUCT).get("69999")).isEqualTo(5.0);
    assertThat(t.sum(Dimension.PRODUCT).get("3")).isEqualTo(2.0);
    assertThat(t.sum(Dimension.PARTNER).get("P")).isEqualTo(7.0);
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void refusesANegativeCountAndANullDimension() {
    FlowTableBuilder b = builder();
    assertThatThrownBy(() -> b.expectedRows(-1, Dimension.REPORTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = -1: expected zero or more");
    assertThatThrownBy(() -> b.expectedRows(10, Dimension.REPORTER, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("coded");
    assertThat(b.size()).isZero();
  }
}
