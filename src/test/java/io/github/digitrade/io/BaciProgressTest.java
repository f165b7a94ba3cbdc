package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress of a BACI file read in parallel blocks moves with the bytes, not only per million rows. */
class BaciProgressTest {

  @TempDir Path dir;

  @Test
  void test_progressIsReportedOncePerBlock() throws IOException {
    // 400,000 rows of about 30 bytes: some 12 MB, six 2 MiB blocks, fewer than 2^20 rows
    Path file = dir.resolve("baci.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      SyntheticBaci.of(400_000, 3).write(out);
    }
    long size = Files.size(file);
    List<Long> bytes = new ArrayList<>();
    ReadResult r =
        FlowReader.baci()
            .withCountryCodes(SyntheticBaci.countryCodes())
            .withProgress((b, total, rows) -> bytes.add(b))
            .read(file);
    assertThat(r.report().rowsRead()).isEqualTo(400_000);
    List<Long> partial = bytes.stream().filter(b -> b > 0 && b < size).toList();
    assertThat(partial).as("progress before the end, in bytes of %d", size).hasSizeGreaterThanOrEqualTo(2);
    assertThat(partial).isSorted();
  }
}
