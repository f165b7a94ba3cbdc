package io.github.digitrade.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session of the test suite: two threads, no UI, few shuffle partitions. */
final class Spark {
  private static final SparkSession SESSION =
      SparkSession.builder()
          .master("local[2]")
          .appName("digitrade-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.warehouse.dir", "target/spark-warehouse")
          .getOrCreate();

  private Spark() {}

  static SparkSession session() {
    return SESSION;
  }
}
