package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.digitrade.table.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged gzip data is always an error, as {@code gzip -t} sees it; nothing is dropped quietly. */
class GzipDamageTest {

  @TempDir Path dir;

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static ReadResult read(byte[] data) throws IOException {
    return FlowReader.tidy().read(new ByteArrayInputStream(data), "two.csv.gz");
  }

  private static final String FIRST =
      "reporter,partner,product,period,direction,value\nCHN,USA,1,2022,X,1\nCHN,USA,2,2022,X,2\n";
  private static final String SECOND = "CHN,VNM,1,2022,X,4\nCHN,VNM,2,2022,X,8\n";

  @Test
  void test_secondMemberCutAtEveryByte_throwsOrReadsEveryRow() throws IOException {
    byte[] one = gzip(FIRST);
    byte[] two = gzip(SECOND);
    // the sweep covers the header (10 bytes), the deflate data and the 8-byte trailer
    assertThat(two.length).isLessThanOrEqualTo(70);
    List<Integer> silent = new ArrayList<>();
    int threw = 0;
    for (int cut = 0; cut <= 70; cut++) {
      byte[] data = concat(one, Arrays.copyOf(two, Math.min(cut, two.length)));
      int expectedRows = cut == 0 ? 2 : cut >= two.length ? 4 : -1;
      try {
        ReadResult r = read(data);
        if (r.table().size() != expectedRows) {
          silent.add(cut);
        }
      } catch (FlowFormatException e) {
        assertThat(e.getMessage()).contains("truncated or corrupt gzip data");
        threw++;
      }
    }
    assertThat(silent).as("cuts read without error but with rows missing").isEmpty();
    // every cut strictly inside the second member throws: 1 .. length-1
    assertThat(threw).isEqualTo(two.length - 1);
    // cut = 0 is a complete one-member file (2 rows); the whole file has all 4 rows: 1+2+4+8 = 15
    assertThat(read(concat(one, two)).table().total()).isEqualTo(15.0);
  }

  @Test
  void test_cutWithinTheFirst18BytesOfTheLastMember_throws() throws IOException {
    byte[] one = gzip(FIRST);
    byte[] two = gzip(SECOND);
    for (int cut = 1; cut < 18; cut++) {
      byte[] data = concat(one, Arrays.copyOf(two, cut));
      assertThatThrownBy(() -> read(data))
          .as("cut at %d", cut)
          .isInstanceOf(FlowFormatException.class)
          .hasMessageContaining("gzip member 2 cut in its");
    }
  }

  @Test
  void test_garbageAfterAValidMember_throws() throws IOException {
    byte[] one = gzip(FIRST);
    for (String garbage : List.of("x", "garbage after the member", "\0\0\0\0")) {
      byte[] data = concat(one, garbage.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> read(data))
          .as(garbage)
          .isInstanceOf(FlowFormatException.class)
          .hasMessageContaining("trailing bytes after gzip member 1");
    }
    byte[] badCrc = gzip(FIRST);
    badCrc[badCrc.length - 8] ^= 1;
    assertThatThrownBy(() -> read(badCrc))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("CRC-32 mismatch");
  }

  @Test
  void test_aStreamThatCannotSeekIsRead() throws IOException {
    // a pipe answers available() with "Illegal seek"; the reader must not depend on it
    byte[] data = concat(gzip(FIRST), gzip(SECOND));
    InputStream pipeLike =
        new FilterInputStream(new ByteArrayInputStream(data)) {
          @Override
          public int available() throws IOException {
            throw new IOException("Illegal seek");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            // a pipe delivers little at a time
            return super.read(b, off, Math.min(len, 7));
          }
        };
    ReadResult r = FlowReader.tidy().read(pipeLike, "pipe.csv.gz");
    assertThat(r.table().size()).isEqualTo(4);
    assertThat(r.table().sum(Dimension.PARTNER).get("VNM")).isEqualTo(12.0);
  }

  @Test
  void test_aNamedPipeIsReadThroughItsPath() throws Exception {
    Path fifo = dir.resolve("flows.csv.gz");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      made = false;
    }
    assumeThat(made && Files.exists(fifo)).as("mkfifo is available").isTrue();
    byte[] data = concat(gzip(FIRST), gzip(SECOND));
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(data);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    ReadResult r = FlowReader.tidy().read(fifo);
    writer.get(10, TimeUnit.SECONDS);
    assertThat(r.table().size()).isEqualTo(4);
  }

  @Test
  void test_aDirectoryIsNamedInTheError() {
    assertThatThrownBy(() -> FlowReader.tidy().read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage(dir + ": is a directory: expected a CSV file, plain or gzip");
    assertThatThrownBy(() -> FlowReader.tidy().read(dir.resolve("missing.csv")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("missing.csv");
  }
}
