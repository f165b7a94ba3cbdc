package io.github.digitrade.bench;

import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.io.SyntheticBaci;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Group-by kernels on a 1M-row synthetic BACI table: nanoseconds per row. A row of the group-by
 * reads 2 int codes and 1 double (16 bytes) and updates 2 doubles in a 230 × 5000 matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TableBenchmark {

  static final int ROWS = 1_000_000;

  FlowTable table;
  LabeledMatrix exports;

  /** Builds the table once. */
  @Setup
  public void setup() {
    table = SyntheticBaci.of(ROWS, 42).table();
    exports = table.matrix(Dimension.REPORTER, Dimension.PRODUCT);
  }

  /**
   * Sums values into the dense exporter × product matrix.
   *
   * @return the matrix
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public LabeledMatrix groupByExporterProduct() {
    return table.matrix(Dimension.REPORTER, Dimension.PRODUCT);
  }

  /**
   * Sums values by exporter.
   *
   * @return the sums
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public LabeledVector sumByExporter() {
    return table.sum(Dimension.REPORTER);
  }

  /**
   * RCA and HHI from the 230 × 5000 matrix (per cell of the matrix is ROWS/1.15M of a row).
   *
   * @return the HHI per exporter
   */
  @Benchmark
  public LabeledVector rcaAndHhiFromMatrix() {
    Specialization.rca(exports);
    return Concentration.hhiByRow(exports);
  }
}
