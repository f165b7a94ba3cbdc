package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
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

  /** Every thread of the common pool busy: the calling thread makes the columns itself. */
  @Test
  void aBusyCommonPoolDoesNotHoldTheReservationUp() throws InterruptedException {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    int threads = pool.getParallelism();
    CountDownLatch started = new CountDownLatch(threads);
    CountDownLatch release = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            started.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    try {
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      FlowTableBuilder b = builder();
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> b.expectedRows(1 << 20, Dimension.REPORTER, Dimension.PARTNER));
      b.addCodes(2, 0, 1, 0, 0, 4.5);
      FlowTable t = b.build();
      assertThat(t.label(Dimension.REPORTER, 0)).isEqualTo("C");
      assertThat(t.total()).isEqualTo(4.5);
    } finally {
      release.countDown();
    }
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
