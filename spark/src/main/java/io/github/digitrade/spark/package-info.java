/**
 * digitrade's indicators on Apache Spark: trade flows read from CSV, Parquet or any {@code
 * Dataset<Row>} ({@link io.github.digitrade.spark.SparkFlowReader}) into a {@link
 * io.github.digitrade.spark.FlowDataset}, aggregated on the cluster with an exact sum ({@link
 * io.github.digitrade.spark.ExactSums}) to the small cube an indicator needs, then computed by the
 * core library's kernels on the driver, so results equal the core's whatever the partitioning.
 * Results go back to Spark for writing as Parquet or CSV with {@link
 * io.github.digitrade.spark.SparkResults}. Sectoral gravity ({@link
 * io.github.digitrade.spark.SectoralGravity}) fits one core PPML model per product group inside
 * executor tasks and collects the coefficient tables.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * FlowDataset flows = SparkFlowReader.tidy().csv(spark, "flows.csv");
 * MatrixSeries rca = flows.exports().byPeriod().rca();
 * SparkResults.of(spark, rca).write().parquet("rca.parquet");
 * }</pre>
 */
@NullMarked
package io.github.digitrade.spark;

import org.jspecify.annotations.NullMarked;
