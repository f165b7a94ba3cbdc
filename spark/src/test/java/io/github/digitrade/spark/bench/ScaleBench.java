package io.github.digitrade.spark.bench;

import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.VectorSeries;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.SyntheticBaci;
import io.github.digitrade.spark.FlowDataset;
import io.github.digitrade.spark.SparkFlowReader;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The whole-process scale measurement of {@code bench/spark-scale.sh}: generates a BACI-shaped
 * dataset (CSV, then Parquet through Spark), or reads it and computes RCA and the partner HHI per
 * year, through Spark or through the core's {@code FlowTable}, printing the time of each step and
 * writing both results as CSV so that the two paths can be compared byte for byte.
 *
 * <pre>{@code
 * ScaleBench gen  DIR ROWS
 * ScaleBench spark DIR CORES
 * ScaleBench core DIR
 * ScaleBench sums DIR CORES
 * }</pre>
 */
public final class ScaleBench {
  private ScaleBench() {}

  /**
   * Runs one step.
   *
   * @param args the step and its arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "gen" -> generate(dir, Long.parseLong(args[2]));
      case "spark" -> spark(dir, Integer.parseInt(args[2]));
      case "core" -> core(dir);
      case "sums" -> sums(dir, Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("step = " + args[0] + ": expected gen, spark or core");
    }
  }

  private static SparkSession session(int cores) {
    return SparkSession.builder()
        .master("local[" + cores + "]")
        .appName("digitrade scale")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", Integer.toString(4 * cores))
        .getOrCreate();
  }

  private static void generate(Path dir, long rows) throws IOException {
    Files.createDirectories(dir);
    Path csv = dir.resolve("baci.csv");
    long t0 = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(csv)) {
      SyntheticBaci.of(rows, 42).write(out);
    }
    log("generate CSV", t0);
    SparkSession spark = session(2);
    StructType schema =
        DataTypes.createStructType(
            java.util.List.of(
                DataTypes.createStructField("t", DataTypes.IntegerType, false),
                DataTypes.createStructField("i", DataTypes.IntegerType, false),
                DataTypes.createStructField("j", DataTypes.IntegerType, false),
                DataTypes.createStructField("k", DataTypes.IntegerType, false),
                DataTypes.createStructField("v", DataTypes.DoubleType, false),
                DataTypes.createStructField("q", DataTypes.StringType, true)));
    t0 = System.nanoTime();
    spark.read().schema(schema).option("header", "true").csv(csv.toString())
        .write().mode("overwrite").parquet(dir.resolve("baci.parquet").toString());
    log("convert to Parquet", t0);
    spark.stop();
  }

  private static void spark(Path dir, int cores) throws IOException {
    long t0 = System.nanoTime();
    SparkSession spark = session(cores);
    log("start Spark local[" + cores + "]", t0);
    long start = System.nanoTime();
    FlowDataset flows = SparkFlowReader.baci().parquet(spark, dir.resolve("baci.parquet").toString());
    t0 = System.nanoTime();
    MatrixSeries rca = flows.byPeriod().rca();
    log("read + RCA per year", t0);
    t0 = System.nanoTime();
    VectorSeries hhi = flows.byPeriod().hhi(Dimension.PARTNER);
    log("read + partner HHI per year", t0);
    log("total (read, RCA, HHI)", start);
    write(dir, "spark" + cores, rca, hhi);
    spark.stop();
  }

  /** The exporter × product cube with Spark's own sum and with the exact sum, counted only. */
  private static void sums(Path dir, int cores) throws IOException {
    SparkSession spark = session(cores);
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> baci =
        spark.read().parquet(dir.resolve("baci.parquet").toString());
    for (int round = 0; round < 2; round++) {
      long t0 = System.nanoTime();
      long n = baci.groupBy("t", "i", "k").agg(org.apache.spark.sql.functions.sum("v")).count();
      log("Spark sum, " + n + " cells", t0);
      t0 = System.nanoTime();
      n = baci.groupBy("t", "i", "k")
          .agg(io.github.digitrade.spark.ExactSums.sum(org.apache.spark.sql.functions.col("v")))
          .count();
      log("ExactSums.sum, " + n + " cells", t0);
    }
    FlowDataset flows;
    try {
      flows = SparkFlowReader.baci().parquet(spark, dir.resolve("baci.parquet").toString());
    } catch (FlowFormatException e) {
      throw new IllegalStateException(e);
    }
    long t0 = System.nanoTime();
    long n =
        flows.toDF().groupBy("reporter", "product", "period", "direction")
            .agg(io.github.digitrade.spark.ExactSums.sum(org.apache.spark.sql.functions.col("value")))
            .count();
    log("labelled cube, ExactSums.sum, " + n + " cells", t0);
    t0 = System.nanoTime();
    FlowTable cube = flows.aggregate(Dimension.REPORTER, Dimension.PRODUCT);
    log("aggregate() to the driver, " + cube.size() + " rows", t0);
    t0 = System.nanoTime();
    cube.byPeriod().rca();
    log("core RCA on the collected cube", t0);
    spark.stop();
  }

  private static void core(Path dir) throws IOException {
    long start = System.nanoTime();
    FlowTable t;
    try {
      t = FlowReader.baci().read(dir.resolve("baci.csv")).table();
    } catch (FlowFormatException e) {
      throw new IllegalStateException(e);
    }
    log("read CSV into FlowTable (" + t.size() + " rows)", start);
    long t0 = System.nanoTime();
    MatrixSeries rca = t.byPeriod().rca();
    log("RCA per year", t0);
    t0 = System.nanoTime();
    VectorSeries hhi = t.byPeriod().hhi(Dimension.PARTNER);
    log("partner HHI per year", t0);
    log("total (read, RCA, HHI)", start);
    write(dir, "core", rca, hhi);
  }

  private static void write(Path dir, String name, MatrixSeries rca, VectorSeries hhi)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(name + "-rca.csv"), StandardCharsets.UTF_8)) {
      rca.writeCsv(w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(name + "-hhi.csv"), StandardCharsets.UTF_8)) {
      hhi.writeCsv(w);
    }
  }

  /** The process's CPU time so far, in nanoseconds (every thread, the executors' included). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long lastCpu = cpu();

  /**
   * Prints a step's wall time since {@code t0} and the process CPU time since the last step (for a
   * {@code total} line, since the process started).
   */
  private static void log(String step, long t0) {
    long c = cpu();
    double used = (step.startsWith("total") ? c : c - lastCpu) / 1e9;
    System.out.printf(
        Locale.ROOT, "%-40s %8.1f s   CPU %8.1f s%n", step, (System.nanoTime() - t0) / 1e9, used);
    lastCpu = c;
  }
}
