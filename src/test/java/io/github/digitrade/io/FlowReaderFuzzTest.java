package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of every reader format: for any bytes, a reader returns a table whose
 * rows satisfy the invariants (every data row kept or counted as skipped, labels not blank and
 * without look-alike characters, values finite and not negative), or throws the documented {@link
 * FlowFormatException} (or {@link ArithmeticException} for totals beyond the {@code double} range).
 * Under {@code ./mvnw test} each test replays its committed corpus in {@code
 * src/test/resources/io/github/digitrade/io/FlowReaderFuzzTestInputs}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see docs/fuzzing.md).
 */
class FlowReaderFuzzTest {

  private static void check(FlowReader reader, byte[] data) throws IOException {
    for (ReadMode mode : ReadMode.values()) {
      ReadResult r;
      try {
        r = reader.withMode(mode).read(new ByteArrayInputStream(data), "fuzz.csv");
      } catch (FlowFormatException documented) {
        assertThat(documented.getMessage()).startsWith("fuzz.csv");
        continue;
      }
      ReadReport report = r.report();
      assertThat(report.rowsRead())
          .isEqualTo(report.rowsKept() + report.excludedRows() + report.skippedRows());
      assertThat(report.skippedRows()).isGreaterThanOrEqualTo(0);
      if (mode == ReadMode.STRICT) {
        assertThat(report.skippedRows()).isZero();
      }
      FlowTable t = r.table();
      assertThat((long) t.size()).isLessThanOrEqualTo(report.rowsKept());
      for (Dimension d : Dimension.values()) {
        for (String label : t.labels(d)) {
          assertThat(label).isNotBlank();
          assertThat(LookalikeLabels.problem(label)).isNull();
        }
      }
      try {
        double total = t.total();
        assertThat(total).isFinite().isGreaterThanOrEqualTo(0.0);
      } catch (ArithmeticException documented) {
        assertThat(documented.getMessage()).contains("overflows");
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void tidy(byte[] data) throws IOException {
    check(FlowReader.tidy(), data);
  }

  @FuzzTest(maxDuration = "2m")
  void baci(byte[] data) throws IOException {
    check(FlowReader.baci(), data);
    check(FlowReader.baci().withIsoCodes(), data);
  }

  @FuzzTest(maxDuration = "2m")
  void comtrade(byte[] data) throws IOException {
    check(FlowReader.comtrade(), data);
    check(FlowReader.comtrade().withAggregates(), data);
  }
}
