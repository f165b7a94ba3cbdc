package io.github.digitrade.bench;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.io.SyntheticBaci;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Parsing kernels on one thread, in bytes per second per core (the {@code bytes} counter): 1M
 * synthetic BACI rows (about 31.7 MB) held in memory, read through the BACI fast path (blocks
 * parsed one after the other on the calling thread, dictionaries and table included), through the
 * general CSV path (the same rows with the last header renamed, so the columns are found by name
 * and every record goes through {@link CsvScanner} and the number parsers), and tokenised alone by
 * {@link CsvScanner} (no numbers, no table).
 *
 * <pre>{@code
 * ./mvnw -B -Pbench test-compile exec:exec -Djmh.args="ParseBenchmark -f 1 -wi 3 -i 5"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParseBenchmark {

  static final int ROWS = 1_000_000;

  byte[] baci = new byte[0];
  byte[] general = new byte[0];
  FlowReader reader = FlowReader.baci();

  /** Bytes parsed, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes parsed in this iteration. */
    public long bytes;

    /** Starts the count of an iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /**
   * Generates the rows once.
   *
   * @throws IOException never (in-memory streams)
   */
  @Setup
  public void setup() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticBaci.of(ROWS, 42).write(out);
    baci = out.toByteArray();
    reader = FlowReader.baci().withCountryCodes(SyntheticBaci.countryCodes());
    byte[] header = "t,i,j,k,v,qty".getBytes(StandardCharsets.US_ASCII);
    int old = "t,i,j,k,v,q".length();
    general = new byte[baci.length - old + header.length];
    System.arraycopy(header, 0, general, 0, header.length);
    System.arraycopy(baci, old, general, header.length, baci.length - old);
  }

  /**
   * The BACI fast path on one thread.
   *
   * @param count the byte counter
   * @return the result
   * @throws IOException never
   */
  @Benchmark
  public ReadResult baciFastPath(Bytes count) throws IOException {
    ReadResult r = reader.read(new ByteArrayInputStream(baci), "baci.csv");
    count.bytes += baci.length;
    return r;
  }

  /**
   * The general path ({@link CsvScanner} and the number parsers) on one thread.
   *
   * @param count the byte counter
   * @return the result
   * @throws IOException never
   */
  @Benchmark
  public ReadResult generalPath(Bytes count) throws IOException {
    ReadResult r = reader.read(new ByteArrayInputStream(general), "baci.csv");
    count.bytes += general.length;
    return r;
  }

  /**
   * {@link CsvScanner} alone: every record tokenised, the field count summed.
   *
   * @param count the byte counter
   * @return the number of fields seen
   * @throws IOException never
   * @throws CsvScanner.SyntaxError never (the rows are well formed)
   */
  @Benchmark
  public long csvScanner(Bytes count) throws IOException, CsvScanner.SyntaxError {
    CsvScanner s = new CsvScanner(new ByteArrayInputStream(general), 1 << 20);
    long fields = 0;
    while (s.next()) {
      fields += s.fieldCount();
    }
    count.bytes += general.length;
    return fields;
  }
}
