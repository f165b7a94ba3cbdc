package io.github.digitrade.bench;

import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.io.SyntheticBaci;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading 1M synthetic BACI rows (about 31.7 MB): nanoseconds per row, from a file (blocks parsed
 * in parallel) and from an in-memory stream (one thread). Bytes per row ÷ ns per row gives GB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReadBenchmark {

  static final int ROWS = 1_000_000;

  byte[] bytes;
  Path file;
  FlowReader reader;

  /**
   * Writes the data once.
   *
   * @throws IOException if the temporary file cannot be written
   */
  @Setup
  public void setup() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticBaci.of(ROWS, 42).write(out);
    bytes = out.toByteArray();
    file = Files.createTempFile("baci", ".csv");
    Files.write(file, bytes);
    reader = FlowReader.baci().withCountryCodes(SyntheticBaci.countryCodes());
    System.out.println("bytes per row: " + (double) bytes.length / ROWS);
    // the same rows with the last header renamed from q to qty: the columns are found by name as
    // before, but the file no longer has BACI's exact layout, so the general path reads it
    byte[] header = "t,i,j,k,v,qty".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int old = "t,i,j,k,v,q".length();
    renamed = new byte[bytes.length - old + header.length];
    System.arraycopy(header, 0, renamed, 0, header.length);
    System.arraycopy(bytes, old, renamed, header.length, bytes.length - old);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the file: blocks parsed on all cores.
   *
   * @return the result
   * @throws IOException if reading fails
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ReadResult file() throws IOException {
    return reader.read(file);
  }

  /**
   * Reads the bytes as a stream: one thread.
   *
   * @return the result
   * @throws IOException if reading fails
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ReadResult stream() throws IOException {
    return reader.read(new ByteArrayInputStream(bytes), "baci.csv");
  }

  /**
   * Reads the bytes with the general CSV path (no byte-level fast path), one thread.
   *
   * @return the result
   * @throws IOException if reading fails
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ReadResult generalPath() throws IOException {
    return reader.read(new ByteArrayInputStream(renamed), "baci.csv");
  }

  byte[] renamed;
}
