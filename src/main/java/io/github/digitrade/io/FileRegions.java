package io.github.digitrade.io;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Copies a region of a file into a heap array by the cheapest way the running JDK offers: through
 * a memory mapping of the region that is released as soon as the copy is made, or by positional
 * reads. The parallel BACI reader takes its blocks from here.
 *
 * <p>A positional read ({@link FileChannel#read(ByteBuffer, long)}) has the kernel copy the file's
 * cached pages into a buffer, and the JDK copy that buffer into the array; a mapping leaves one
 * copy, made in user space. On one machine of the project's kind the kernel's copy ran at 1.1–1.7
 * GB/s on one core against 5–8 GB/s for the copy from a mapping: 0.19–0.28 s against 0.04–0.06 s
 * of CPU for a 317 MB file; on another, 0.08–0.10 s against 0.05–0.06 s (see
 * docs/performance.md). A mapping's pages count toward the process's resident memory until it is
 * released, and the JDK releases a {@link MappedByteBuffer} only when the collector finds it
 * unreachable: every block of a file would stay resident until then. So a mapping is used only
 * where it can be released at once:
 *
 * <ul>
 *   <li>{@link Way#SEGMENT}, on Java 22 and later: {@code FileChannel.map} into a confined {@code
 *       java.lang.foreign.Arena}, closed after the copy (the methods are looked up by name, as the
 *       library is compiled for Java 17);
 *   <li>{@link Way#BUFFER}, on Java 17 to 21 (offered on 22 too, where the arena is taken): a
 *       {@link MappedByteBuffer} released by {@code sun.misc.Unsafe.invokeCleaner}, which the JDK
 *       provides for this (it is not used from Java 23 on, where it is deprecated for removal
 *       and, from Java 24 on, warns);
 *   <li>{@link Way#READ} otherwise (neither is reachable, say, in a runtime image without the
 *       {@code jdk.unsupported} module): positional reads of at most {@link #PIECE} bytes.
 * </ul>
 *
 * <p>Every way fails the same way when the file no longer holds the region, as when it was
 * truncated while being read: an {@link IOException} that names the file, never stale bytes.
 */
final class FileRegions {
  private FileRegions() {}

  /** A way of copying a region of a file into an array. */
  enum Way {
    /** A mapping into a confined arena, closed after the copy (Java 22 and later). */
    SEGMENT,
    /**
     * A mapped byte buffer released by {@code sun.misc.Unsafe.invokeCleaner} (Java 17 to 22; not
     * offered from Java 23 on, where the method is deprecated for removal).
     */
    BUFFER,
    /** Positional reads, on any JDK. */
    READ;

    /** Whether the running JDK offers this way. */
    boolean available() {
      return switch (this) {
        case SEGMENT -> SEGMENTS != null;
        case BUFFER -> CLEANER != null;
        case READ -> true;
      };
    }
  }

  /**
   * The most bytes read into a block by one call of {@link FileChannel#read(ByteBuffer, long)}. The
   * JDK reads into a heap array through a temporary direct buffer of the call's size and then
   * copies it into the array; at 256 KiB that buffer stays in the core's cache between the two
   * copies: a pass over a 317 MB file took 51 ms of CPU against 65 ms in calls of 2 MiB (see
   * docs/performance.md).
   */
  static final int PIECE = 256 << 10;

  /** The methods of the foreign-memory way, or null before Java 22. */
  private static final @Nullable Segments SEGMENTS = Segments.find();

  /**
   * {@code sun.misc.Unsafe.invokeCleaner} bound to the instance, or null if not reachable or
   * deprecated for removal (Java 23 and later).
   */
  private static final @Nullable MethodHandle CLEANER = cleaner();

  /** The way {@link #read(FileChannel, String, byte[], long, int)} takes on this JDK. */
  static final Way BEST =
      SEGMENTS != null ? Way.SEGMENT : CLEANER != null ? Way.BUFFER : Way.READ;

  /**
   * Copies {@code length} bytes of a file from {@code from} into the start of {@code b}, the
   * {@link #BEST} way.
   *
   * @throws IOException if the file is shorter than {@code from + length} bytes (the message names
   *     {@code source}), or if reading fails
   */
  static void read(FileChannel channel, String source, byte[] b, long from, int length)
      throws IOException {
    read(BEST, channel, source, b, from, length);
  }

  /**
   * Copies {@code length} bytes of a file from {@code from} into the start of {@code b}, the way
   * given (which must be {@linkplain Way#available() available}).
   *
   * @throws IOException if the file is shorter than {@code from + length} bytes (the message names
   *     {@code source}), or if reading fails
   */
  static void read(Way way, FileChannel channel, String source, byte[] b, long from, int length)
      throws IOException {
    long size = channel.size();
    if (from + length > size) {
      throw shorter(source, size, from + length);
    }
    if (way == Way.READ) {
      positional(channel, source, b, from, length);
      return;
    }
    try (Region r = map(way, channel, from, length)) {
      copy(r.bytes(), channel, from, b, length, source);
    }
  }

  /**
   * Reads {@code length} bytes from {@code from} into {@code b} in pieces of at most {@link
   * #PIECE}; a file that ends first is the {@link IOException} of a changed file.
   */
  static void positional(
      FileChannel channel, String source, byte[] b, long from, int length) throws IOException {
    for (int off = 0; off < length; ) {
      ByteBuffer bb = ByteBuffer.wrap(b, off, Math.min(PIECE, length - off));
      while (bb.hasRemaining()) {
        if (channel.read(bb, from + bb.position()) < 0) {
          throw shorter(source, from + bb.position(), from + length);
        }
      }
      off = bb.position();
    }
  }

  /**
   * Copies the first {@code length} bytes of a region mapped from {@code from} into {@code b}, and
   * checks that the file still holds the region. A page of the region that the file no longer
   * holds faults in the copy, and the JDK raises an {@link InternalError} for it ({@link
   * #faulted}): on Java 25 in the copy itself, on Java 17 only later, which {@link
   * #raisePendingFault} makes happen before this method calls the channel again. Either way it
   * becomes an {@link IOException} naming the file ({@link #changed}), and the copied bytes are
   * never returned; a file shorter than the region after a copy that did not fault is the same
   * {@code IOException}.
   */
  static void copy(
      ByteBuffer mapped, FileChannel channel, long from, byte[] b, int length, String source)
      throws IOException {
    try {
      mapped.get(0, b, 0, length);
      raisePendingFault();
    } catch (InternalError e) {
      if (faulted(e)) {
        throw changed(source, e);
      }
      throw e;
    }
    long size = channel.size();
    if (from + length > size) {
      throw shorter(source, size, from + length);
    }
  }

  /**
   * Lengths the compiler cannot take for constants: an array of two dimensions whose lengths are
   * not constants is made by a call into the VM in interpreted and in compiled code.
   */
  private static volatile int one = 1;

  private static volatile int zero = 0;

  /** The array {@link #raisePendingFault} makes, kept so that making it cannot be left out. */
  @SuppressWarnings("unused")
  private static volatile Object probe = new byte[0][0];

  /**
   * Has the JDK raise, here, the {@link InternalError} of a fault in a copy from a mapping (see
   * {@link #copy}) if it has not raised it yet; otherwise does nothing but make an empty array.
   *
   * <p>On Java 17 HotSpot records such a fault and raises its error only at the thread's next
   * return from a call into the VM made by Java code. Left to chance, that can be inside a later
   * call of the file's channel, after the channel has counted the call as in progress and before
   * it counts it as done; the channel's {@code close} then waits for that call for ever. Making
   * an array of two dimensions whose lengths are not constants is such a call into the VM in the
   * interpreter and in code compiled by either compiler. On Java 17.0.15, with the G1, Parallel
   * and Serial collectors, interpreted, with the first compiler only, the second only and both,
   * the error was raised here every time; on Java 25 it was raised by the copy itself.
   */
  static void raisePendingFault() {
    probe = new byte[one][zero];
  }

  /**
   * Whether an error is the JDK's report of a fault in a copy from a mapping (an {@link
   * InternalError} whose message names an unsafe memory access).
   */
  static boolean faulted(Throwable t) {
    String m = t.getMessage();
    return t instanceof InternalError && m != null && m.contains("unsafe memory access");
  }

  /** The {@link IOException} naming the file for a {@linkplain #faulted fault} of a mapping. */
  static IOException changed(String source, Throwable fault) {
    return new IOException(
        source + ": the file changed while it was read (a mapped page is no longer in the file)",
        fault);
  }

  private static IOException shorter(String source, long size, long expected) {
    return new IOException(
        source + ": the file changed while it was read: it ends at byte " + size
            + ", expected at least " + expected + " bytes");
  }

  /**
   * A mapped region of a file and what releases it; its bytes must not be used once it is closed.
   *
   * @param bytes the region's bytes, from position 0
   * @param release the arena or the cleaner's call that unmaps them
   */
  record Region(ByteBuffer bytes, AutoCloseable release) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        release.close();
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("releasing a mapping failed", e);
      }
    }
  }

  /** Maps {@code length} bytes of a file from {@code from}, one of the two mapping ways. */
  static Region map(Way way, FileChannel channel, long from, int length) throws IOException {
    return switch (way) {
      case SEGMENT ->
          Objects.requireNonNull(SEGMENTS, "the foreign-memory way is not available")
              .region(channel, from, length);
      case BUFFER -> {
        MethodHandle cleaner = Objects.requireNonNull(CLEANER, "invokeCleaner is not reachable");
        MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, from, length);
        Call unmap =
            () -> {
              cleaner.invokeExact((ByteBuffer) bytes);
              return null;
            };
        yield new Region(bytes, () -> invoke(unmap));
      }
      case READ -> throw new IllegalArgumentException("way = READ: expected SEGMENT or BUFFER");
    };
  }

  /** A call through a method handle, which may throw anything. */
  private interface Call {
    @Nullable Object call() throws Throwable;
  }

  /**
   * Makes a call through a method handle, passing on its I/O, runtime and error throwables and
   * wrapping any other (the handles here declare none).
   */
  private static @Nullable Object invoke(Call call) throws IOException {
    try {
      return call.call();
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("a call of the JDK's mapping methods failed", e);
    }
  }

  private static @Nullable MethodHandle cleaner() {
    if (Runtime.version().feature() >= 23) {
      return null;
    }
    try {
      Class<?> unsafe = Class.forName("sun.misc.Unsafe");
      Field f = unsafe.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return MethodHandles.lookup()
          .findVirtual(unsafe, "invokeCleaner", MethodType.methodType(void.class, ByteBuffer.class))
          .bindTo(f.get(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The methods of {@code java.lang.foreign} (Java 22 and later) that map a region into a confined
   * arena and view it as a byte buffer, found by name.
   *
   * @param ofConfined {@code Arena.ofConfined()}, as {@code ()Object}
   * @param map {@code FileChannel.map(MapMode, long, long, Arena)}, as {@code (FileChannel,
   *     MapMode, long, long, Object)Object}
   * @param asByteBuffer {@code MemorySegment.asByteBuffer()}, as {@code (Object)ByteBuffer}
   */
  private record Segments(MethodHandle ofConfined, MethodHandle map, MethodHandle asByteBuffer) {
    static @Nullable Segments find() {
      if (Runtime.version().feature() < 22) {
        return null;
      }
      try {
        Class<?> arena = Class.forName("java.lang.foreign.Arena");
        Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        MethodHandle ofConfined =
            l.findStatic(arena, "ofConfined", MethodType.methodType(arena))
                .asType(MethodType.methodType(Object.class));
        MethodHandle map =
            l.findVirtual(
                    FileChannel.class,
                    "map",
                    MethodType.methodType(
                        segment, FileChannel.MapMode.class, long.class, long.class, arena))
                .asType(
                    MethodType.methodType(
                        Object.class,
                        FileChannel.class,
                        FileChannel.MapMode.class,
                        long.class,
                        long.class,
                        Object.class));
        MethodHandle asByteBuffer =
            l.findVirtual(segment, "asByteBuffer", MethodType.methodType(ByteBuffer.class))
                .asType(MethodType.methodType(ByteBuffer.class, Object.class));
        return new Segments(ofConfined, map, asByteBuffer);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    /** Maps a region into a new confined arena, which the region's close closes. */
    Region region(FileChannel channel, long from, int length) throws IOException {
      AutoCloseable arena =
          (AutoCloseable) Objects.requireNonNull(invoke(() -> ofConfined.invoke()));
      try {
        Object segment =
            invoke(
                () ->
                    map.invoke(channel, FileChannel.MapMode.READ_ONLY, from, (long) length, arena));
        ByteBuffer bytes = (ByteBuffer) invoke(() -> asByteBuffer.invoke(segment));
        return new Region(Objects.requireNonNull(bytes), arena);
      } catch (IOException | RuntimeException | Error e) {
        try {
          arena.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
  }
}
