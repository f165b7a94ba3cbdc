package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.calc.DuplicatePolicy;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticBaciTest {

  /** Large enough for several 2 MiB blocks of the parallel reader. */
  private static final int ROWS = 400_000;

  @TempDir static Path dir;
  private static byte[] bytes;
  private static Path file;
  private static FlowTable expected;

  @BeforeAll
  static void generate() throws IOException {
    SyntheticBaci g = SyntheticBaci.of(ROWS, 7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    g.write(out);
    bytes = out.toByteArray();
    file = Files.write(dir.resolve("baci.csv"), bytes);
    expected = g.table();
  }

  private static FlowReader reader() {
    return FlowReader.baci().withCountryCodes(SyntheticBaci.countryCodes());
  }

  private static void assertSameTable(FlowTable actual) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (Dimension d : Dimension.values()) {
      assertThat(actual.labels(d)).isEqualTo(expected.labels(d));
    }
    for (int r = 0; r < expected.size(); r += 997) {
      assertThat(actual.code(Dimension.PRODUCT, r)).isEqualTo(expected.code(Dimension.PRODUCT, r));
      assertThat(actual.value(r)).isEqualTo(expected.value(r));
    }
    LabeledMatrix a = actual.matrix(Dimension.REPORTER, Dimension.PRODUCT);
    LabeledMatrix b = expected.matrix(Dimension.REPORTER, Dimension.PRODUCT);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void fileReadInParallelGivesTheGeneratedTable() throws IOException {
    List<Long> rows = new ArrayList<>();
    ReadResult r = reader().withProgress((b, total, n) -> rows.add(n)).read(file);
    assertSameTable(r.table());
    assertThat(r.report().rowsRead()).isEqualTo(ROWS);
    assertThat(rows).last().isEqualTo((long) ROWS);
  }

  @Test
  void streamAndGzipReadsGiveTheGeneratedTable() throws IOException {
    assertSameTable(reader().read(new ByteArrayInputStream(bytes), "baci.csv").table());
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes);
    }
    assertSameTable(reader().read(new ByteArrayInputStream(gz.toByteArray()), "baci.csv.gz").table());
  }

  @Test
  void generatedRowsHaveTheDocumentedShape() throws IOException {
    assertThat(expected.size()).isEqualTo(ROWS);
    assertThat(expected.labels(Dimension.REPORTER).size()).isLessThanOrEqualTo(SyntheticBaci.COUNTRIES);
    assertThat(expected.labels(Dimension.PRODUCT)).hasSize(SyntheticBaci.PRODUCTS);
    assertThat(expected.labels(Dimension.PERIOD)).containsExactly("2022");
    assertThat(new String(bytes, 0, 40, StandardCharsets.US_ASCII)).startsWith("t,i,j,k,v,q\n2022,4,");
    // distinct keys: the strict duplicate policy accepts the file
    FlowTable strict = reader().withDuplicates(DuplicatePolicy.REJECT).read(file).table();
    assertThat(strict.size()).isEqualTo(ROWS);
    for (int r = 0; r < strict.size(); r += 101) {
      assertThat(strict.label(Dimension.REPORTER, r)).isNotEqualTo(strict.label(Dimension.PARTNER, r));
    }
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    SyntheticBaci.of(1000, 7).write(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    SyntheticBaci.of(1000, 7).write(b);
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    SyntheticBaci.of(1000, 8).write(c);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    assertThat(a.toByteArray()).isNotEqualTo(c.toByteArray());
    assertThat(SyntheticBaci.of(1000, 7).toString()).isEqualTo("SyntheticBaci[1000 rows, seed 7]");
  }

  @Test
  void countryCodeFileReadsBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticBaci.writeCountryCodes(out);
    assertThat(FlowReader.baciCountryCodes(new ByteArrayInputStream(out.toByteArray()), "codes.csv"))
        .isEqualTo(SyntheticBaci.countryCodes())
        .containsEntry(4, "QMA")
        // country 229: Q, M + 229 / 26 = U, A + 229 % 26 = V
        .containsEntry(920, "QUV")
        .hasSize(SyntheticBaci.COUNTRIES);
  }

  @Test
  void errorsInLaterBlocksNameTheirLine() throws IOException {
    // break the value of data line 350,000 (file line 350,001)
    byte[] broken = bytes.clone();
    int line = 1;
    int at = 0;
    while (line < 350_001) {
      if (broken[at++] == '\n') {
        line++;
      }
    }
    int comma = at;
    for (int commas = 0; commas < 4; comma++) {
      if (broken[comma] == ',') {
        commas++;
      }
    }
    broken[comma] = '-';
    // and make the exporter of data line 380,000 (file line 380,001) an unknown, odd code
    while (line < 380_001) {
      if (broken[at++] == '\n') {
        line++;
      }
    }
    int exporterEnd = at + "2022,".length();
    while (broken[exporterEnd] != ',') {
      exporterEnd++;
    }
    broken[exporterEnd - 1] = '9';
    Path bad = Files.write(dir.resolve("bad.csv"), broken);
    assertThatThrownBy(() -> reader().read(bad))
        .isInstanceOf(FlowFormatException.class)
        .satisfies(
            e -> {
              RowError err = ((FlowFormatException) e).error();
              assertThat(err.line()).isEqualTo(350_001);
              assertThat(err.column()).isEqualTo(5);
              assertThat(err.message())
                  .isEqualTo("negative value: expected a finite, non-negative number");
            });
    ReadResult lenient = reader().withMode(ReadMode.LENIENT).read(bad);
    assertThat(lenient.report().skippedRows()).isEqualTo(2);
    assertThat(lenient.table().size()).isEqualTo(ROWS - 2);
    RowError unknown = lenient.report().errors().get(1);
    assertThat(unknown.line()).isEqualTo(380_001);
    assertThat(unknown.column()).isEqualTo(2);
    assertThat(unknown.columnName()).isEqualTo("i");
    assertThat(unknown.text()).endsWith("9");
    assertThat(unknown.message())
        .isEqualTo("unknown country code: expected a code of the country-code file");
  }

  @Test
  void aFileTruncatedWhileItIsReadInParallelIsAnErrorNamingTheFileNotAHang() throws Exception {
    // truncated to half its length from the progress listener, on the reading thread, after the
    // first, second, ... block: the blocks in flight then fail their size check or fault in their
    // mapped copy, whichever the timing gives; either is the IOException naming the file. Blocks
    // copied whole before the truncation give the whole table, which is right too
    for (int after = 1; after <= 4; after++) {
      Path f = Files.write(dir.resolve("cut-" + after + ".csv"), bytes);
      int trigger = after;
      int[] calls = {0};
      FlowReader r =
          reader()
              .withProgress(
                  (b, total, n) -> {
                    if (++calls[0] == trigger) {
                      try (FileChannel w = FileChannel.open(f, StandardOpenOption.WRITE)) {
                        w.truncate(bytes.length / 2);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }
                  });
      List<Throwable> raised = new CopyOnWriteArrayList<>();
      List<FlowTable> read = new CopyOnWriteArrayList<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  read.add(r.read(f).table());
                } catch (Throwable e) {
                  raised.add(e);
                }
              });
      // a daemon, joined for at most a minute: a reader stuck in its channel's close fails here
      t.setDaemon(true);
      t.start();
      t.join(60_000);
      assertThat(t.isAlive()).as("after %d blocks: the reader is stuck", after).isFalse();
      // the reader asks for at most its threads (up to 8) + 2 blocks ahead: when the file has
      // more, the last is asked for only after the first block's progress, so the first attempt
      // must fail
      int threads = Math.min(8, Runtime.getRuntime().availableProcessors());
      boolean mustFail = after == 1 && (bytes.length - 1) / BaciRows.BLOCK + 1 > threads + 2;
      if (raised.isEmpty() && !mustFail) {
        assertThat(read).as("after %d blocks", after).hasSize(1);
        assertSameTable(read.get(0));
        continue;
      }
      assertThat(raised).as("after %d blocks", after).hasSize(1);
      assertThat(read).as("after %d blocks", after).isEmpty();
      assertThat(raised.get(0))
          .as("after %d blocks", after)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cut-" + after + ".csv: the file changed while it was read");
    }
  }

  @Test
  void rowCountIsValidated() {
    assertThatThrownBy(() -> SyntheticBaci.of(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows = -1: expected 0 to 263350000");
    assertThat(Arrays.asList(SyntheticBaci.of(0, 1).table().size())).containsExactly(0);
  }
}
