package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void largeInput_showsEveryFivePercentOnce() {
    long total = 100_000_000L; // above the 16 MiB threshold, and divisible by 100
    ProgressMeter m = new ProgressMeter(err, "flows.csv", total, false);
    assertThat(m.enabled()).isTrue();
    m.update(total / 100, 10); // 1% -> shows 0%
    m.update(total / 50, 20); // 2% -> still 0%, nothing new
    m.update(total / 10, 100); // 10%
    m.update(total, 1000); // 100%
    m.finish(1000);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\rreading flows.csv: 0% (10 rows)"
                + "\rreading flows.csv: 10% (100 rows)"
                + "\rreading flows.csv: 100% (1,000 rows)"
                + "\rreading flows.csv: done (1,000 rows)\n");
  }

  @Test
  void gzipInput_countsAsItsUnpackedSizeAgainstTheThreshold() {
    // 8.6 MB of gzip (about 20 MB of CSV) used to show nothing: the threshold saw the packed size
    long packed = 8_600_000L;
    assertThat(new ProgressMeter(err, "f.csv.gz", packed, false, true).enabled()).isTrue();
    assertThat(new ProgressMeter(err, "f.csv", packed, false, false).enabled()).isFalse();
    assertThat(new ProgressMeter(err, "f.csv.gz", ProgressMeter.THRESHOLD / 4 - 1, false, true).enabled())
        .isFalse();
  }

  @Test
  void smallInput_orQuiet_showsNothing() {
    ProgressMeter small = new ProgressMeter(err, "f", ProgressMeter.THRESHOLD - 1, false);
    small.update(1, 1);
    small.finish(1);
    ProgressMeter quiet = new ProgressMeter(err, "f", ProgressMeter.THRESHOLD * 4, true);
    quiet.update(ProgressMeter.THRESHOLD, 1);
    quiet.finish(1);
    assertThat(small.enabled()).isFalse();
    assertThat(quiet.enabled()).isFalse();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void unknownPosition_showsRowsOnly() {
    ProgressMeter m = new ProgressMeter(err, "baci.csv", ProgressMeter.THRESHOLD, false);
    m.update(0, 1_048_576);
    m.update(0, 1_048_576); // no news, nothing written
    m.update(0, 2_097_152);
    m.finish(2_500_000);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\rreading baci.csv: 1,048,576 rows"
                + "\rreading baci.csv: 2,097,152 rows"
                + "\rreading baci.csv: done (2,500,000 rows)\n");
  }
}
