package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.digitrade.io.FileRegions.Region;
import io.github.digitrade.io.FileRegions.Way;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of {@link FileRegions} copies the same bytes as the file holds, fails with an {@link
 * IOException} naming the file when the file no longer holds the region, and the mapping ways
 * release their mappings at once.
 */
class FileRegionsTest {

  @TempDir Path dir;

  private static List<Way> available() {
    return Stream.of(Way.values()).filter(Way::available).toList();
  }

  private Path file(int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    Path f = dir.resolve("region-" + size + "-" + seed + ".csv");
    Files.write(f, bytes);
    return f;
  }

  @Test
  void theBestWayOnThisJdkIsAMappingReleasedAtOnce() {
    int feature = Runtime.version().feature();
    // Java 22 made the foreign-memory API final; before it, the JDK's invokeCleaner releases a
    // mapping (jdk.unsupported is part of every full JDK)
    assertThat(FileRegions.BEST).isEqualTo(feature >= 22 ? Way.SEGMENT : Way.BUFFER);
    assertThat(FileRegions.BEST.available()).isTrue();
    assertThat(Way.READ.available()).isTrue();
    assertThat(Way.SEGMENT.available()).isEqualTo(feature >= 22);
    // never offered where the JDK deprecates it for removal (and, from Java 24 on, warns)
    assertThat(Way.BUFFER.available()).isEqualTo(feature < 23);
  }

  @Test
  void everyWayCopiesTheBytesOfTheRegionAndNothingElse() throws IOException {
    // 700,000 bytes: regions of up to three pieces of 256 KiB for the positional reads
    int size = 700_000;
    Path f = file(size, 11);
    byte[] all = Files.readAllBytes(f);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      for (Way way : available()) {
        qt().withExamples(60)
            .forAll(integers().between(0, size), integers().between(0, size))
            .checkAssert(
                (a, c) -> {
                  int from = Math.min(a, c);
                  int length = Math.max(a, c) - from;
                  byte[] b = new byte[length + 16];
                  Arrays.fill(b, (byte) '#');
                  try {
                    FileRegions.read(way, ch, "region.csv", b, from, length);
                  } catch (IOException e) {
                    throw new AssertionError(way + " " + from + "+" + length, e);
                  }
                  assertThat(Arrays.copyOf(b, length))
                      .as("%s from %d, %d bytes", way, from, length)
                      .isEqualTo(Arrays.copyOfRange(all, from, from + length));
                  // the bytes after the region are the array's own
                  assertThat(Arrays.copyOfRange(b, length, length + 16))
                      .containsOnly((byte) '#');
                });
      }
    }
  }

  @Test
  void aRegionPastTheEndOfTheFileIsAnErrorNamingTheFile() throws IOException {
    Path f = file(1000, 3);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      for (Way way : available()) {
        byte[] b = new byte[2000];
        // 990 + 20 = 1,010 bytes: the last 10 are not in the file
        assertThatThrownBy(() -> FileRegions.read(way, ch, "trade.csv", b, 990, 20))
            .as("%s", way)
            .isInstanceOf(IOException.class)
            .hasMessage(
                "trade.csv: the file changed while it was read: it ends at byte 1000, expected at"
                    + " least 1010 bytes");
      }
    }
  }

  @Test
  void aFileThatEndsDuringPositionalReadsIsAnErrorNamingTheFile() throws IOException {
    Path f = file(300_000, 5);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      byte[] b = new byte[400_000];
      // the read behind the size check: the first piece of 256 KiB is read, the second ends at
      // byte 300,000 of the 400,000 asked
      assertThatThrownBy(() -> FileRegions.positional(ch, "trade.csv", b, 0, 400_000))
          .isInstanceOf(IOException.class)
          .hasMessage(
              "trade.csv: the file changed while it was read: it ends at byte 300000, expected at"
                  + " least 400000 bytes");
    }
  }

  @Test
  void aFileTruncatedAfterItsRegionWasMappedIsAnErrorNamingTheFileNotStaleBytes()
      throws Exception {
    for (Way way : List.of(Way.SEGMENT, Way.BUFFER)) {
      if (!way.available()) {
        continue;
      }
      Path f = file(1 << 16, 7);
      // on a thread of its own: the JDK raises the fault's InternalError when the thread next
      // checks for it, which may be after copy has thrown or returned; the thread goes on for a
      // while (sleeps, calls into the JDK) to collect it, and what it raises is kept, in order
      List<Throwable> raised = new CopyOnWriteArrayList<>();
      AtomicBoolean returned = new AtomicBoolean();
      Thread t =
          new Thread(
              () -> {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ);
                    Region r = FileRegions.map(way, ch, 0, 1 << 16)) {
                  try (FileChannel w = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    w.truncate(0);
                  }
                  FileRegions.copy(r.bytes(), ch, 0, new byte[1 << 16], 1 << 16, "trade.csv");
                  returned.set(true);
                } catch (Throwable e) {
                  raised.add(e);
                }
                for (int i = 0; i < 20; i++) {
                  try {
                    Thread.sleep(1);
                    Files.size(f);
                  } catch (Throwable e) {
                    raised.add(e);
                  }
                }
              });
      // a daemon, joined for at most a minute: a thread stuck in the JDK (a fault delivered inside
      // a call of the channel can leave the channel waiting for that call at its close) fails the
      // test, naming it, instead of holding the whole run
      t.setDaemon(true);
      t.start();
      t.join(60_000);
      assertThat(t.isAlive()).as("%s: the thread of the truncated file is stuck", way).isFalse();
      assertThat(returned).as("%s: copy returned the bytes of a truncated file", way).isFalse();
      // the one error is copy's IOException naming the file, caused by the fault: the fault is
      // raised inside copy (FileRegions.raisePendingFault), never later in the thread
      assertThat(raised).as("%s", way).hasSize(1);
      assertThat(raised.get(0))
          .as("%s", way)
          .isInstanceOf(IOException.class)
          .hasMessage(
              "trade.csv: the file changed while it was read (a mapped page is no longer in the"
                  + " file)");
      assertThat(raised.get(0).getCause())
          .as("%s", way)
          .isInstanceOf(InternalError.class)
          .matches(FileRegions::faulted);
    }
  }

  @Test
  void theFaultOfAMappedCopyIsRaisedBeforeTheChannelIsCalledAgainInterpretedOrCompiled()
      throws Exception {
    for (Way way : List.of(Way.SEGMENT, Way.BUFFER)) {
      if (!way.available()) {
        continue;
      }
      Path whole = file(4096, 11);
      List<String> seen = new CopyOnWriteArrayList<>();
      Thread t =
          new Thread(
              () -> {
                try (FileChannel ch = FileChannel.open(whole, StandardOpenOption.READ);
                    Region r = FileRegions.map(way, ch, 0, 4096)) {
                  byte[] b = new byte[4096];
                  // faults after 0, 2,000 and 40,000 copies that do not fault: copy runs
                  // interpreted at first, compiled (by either compiler) later
                  int done = 0;
                  for (int target : new int[] {0, 2_000, 40_000}) {
                    for (; done < target; done++) {
                      FileRegions.copy(r.bytes(), ch, 0, b, 4096, "whole.csv");
                    }
                    seen.add(faultOnce(way, target));
                  }
                } catch (Throwable e) {
                  seen.add("failed: " + e);
                }
              });
      t.setDaemon(true);
      t.start();
      t.join(120_000);
      assertThat(t.isAlive()).as("%s: a thread is stuck after a fault", way).isFalse();
      assertThat(seen)
          .as("%s", way)
          .containsExactly(
              "after 0: the copy's IOException, caused by the fault, and nothing later",
              "after 2000: the copy's IOException, caused by the fault, and nothing later",
              "after 40000: the copy's IOException, caused by the fault, and nothing later");
    }
  }

  /**
   * Maps a file, truncates it and copies from the mapping with {@link FileRegions#copy}; says what
   * the copy raised and whether anything was raised later in the thread, while it goes on calling
   * the channel and the JDK for a while. The channel's close returns only if no call of the
   * channel was cut short by the fault.
   */
  private String faultOnce(Way way, int after) throws IOException {
    Path f = file(4096, after);
    Throwable fromCopy = null;
    List<Throwable> later = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ);
        Region r = FileRegions.map(way, ch, 0, 4096)) {
      try (FileChannel w = FileChannel.open(f, StandardOpenOption.WRITE)) {
        w.truncate(0);
      }
      try {
        FileRegions.copy(r.bytes(), ch, 0, new byte[4096], 4096, "trade.csv");
      } catch (IOException | InternalError e) {
        fromCopy = e;
      }
      for (int i = 0; i < 20; i++) {
        try {
          ch.size();
          Thread.sleep(1);
          Files.size(f);
        } catch (Throwable e) {
          later.add(e);
        }
      }
    }
    boolean changed =
        fromCopy instanceof IOException
            && fromCopy.getCause() != null
            && FileRegions.faulted(fromCopy.getCause());
    return "after " + after + ": "
        + (changed && later.isEmpty()
            ? "the copy's IOException, caused by the fault, and nothing later"
            : "copy raised " + fromCopy + ", later " + later);
  }

  @Test
  void onlyTheFaultOfAMappedCopyIsTakenForAChangedFile() {
    assertThat(
            FileRegions.faulted(
                new InternalError(
                    "a fault occurred in a recent unsafe memory access operation in compiled Java"
                        + " code")))
        .isTrue();
    assertThat(FileRegions.faulted(new InternalError("something else"))).isFalse();
    assertThat(FileRegions.faulted(new InternalError())).isFalse();
    assertThat(FileRegions.faulted(new IllegalStateException("unsafe memory access"))).isFalse();
  }

  @Test
  void theMappingWaysLeaveNoMappingOfTheFileBehind() throws IOException {
    Path maps = Path.of("/proc/self/maps");
    assumeThat(Files.isReadable(maps)).as("a Linux /proc").isTrue();
    for (Way way : List.of(Way.SEGMENT, Way.BUFFER)) {
      if (!way.available()) {
        continue;
      }
      Path f = file(1 << 20, way == Way.SEGMENT ? 1 : 2);
      String name = f.toRealPath().toString();
      byte[] b = new byte[1 << 16];
      try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
        for (int i = 0; i < 16; i++) {
          FileRegions.read(way, ch, "trade.csv", b, (long) i << 16, 1 << 16);
        }
        // a mapped byte buffer left to the collector would still be mapped here, 16 times
        assertThat(Files.readAllLines(maps)).as("%s", way).noneMatch(l -> l.endsWith(name));
      }
    }
  }

  @Test
  void aClosedSegmentRegionRefusesItsBytes() throws IOException {
    assumeThat(Way.SEGMENT.available()).as("Java 22 or later").isTrue();
    Path f = file(4096, 9);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      Region r = FileRegions.map(Way.SEGMENT, ch, 0, 4096);
      r.close();
      assertThatThrownBy(() -> r.bytes().get(0)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aWayThatDoesNotMapIsRefusedByMap() throws IOException {
    Path f = file(16, 1);
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      assertThatThrownBy(() -> FileRegions.map(Way.READ, ch, 0, 16))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("way = READ: expected SEGMENT or BUFFER");
    }
  }
}
