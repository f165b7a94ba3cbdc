package io.github.digitrade.spark;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.VectorSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Labelled results as Spark datasets in the long layout, to write as Parquet or CSV with Spark's
 * writers: a vector gives {@code (label, value)}, a matrix {@code (row, column, value)}, and a
 * per-period series puts {@code period} first. Values are the results' doubles, unchanged; the
 * labels a result excludes (with their reasons) stay in the result itself ({@code excluded()}).
 *
 * <pre>{@code
 * MatrixSeries rca = flows.exports().byPeriod().rca();
 * SparkResults.of(spark, rca).write().parquet("rca.parquet");
 * SparkResults.of(spark, flows.exports().byPeriod().hhi(Dimension.PARTNER))
 *     .write().option("header", "true").csv("hhi");
 * }</pre>
 */
public final class SparkResults {

  private static final StructType VECTOR =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("label", DataTypes.StringType, false),
              DataTypes.createStructField("value", DataTypes.DoubleType, false)));

  private static final StructType MATRIX =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("row", DataTypes.StringType, false),
              DataTypes.createStructField("column", DataTypes.StringType, false),
              DataTypes.createStructField("value", DataTypes.DoubleType, false)));

  private SparkResults() {}

  /**
   * Returns a vector as rows {@code (label, value)}, in the vector's order.
   *
   * @param spark the session, not null
   * @param v the vector, not null
   * @return the dataset, never null
   */
  public static Dataset<Row> of(SparkSession spark, LabeledVector v) {
    List<Row> rows = new ArrayList<>();
    addVector(rows, null, v);
    return spark.createDataFrame(rows, VECTOR);
  }

  /**
   * Returns a matrix as rows {@code (row, column, value)}, row by row.
   *
   * @param spark the session, not null
   * @param m the matrix, not null
   * @return the dataset, never null
   */
  public static Dataset<Row> of(SparkSession spark, LabeledMatrix m) {
    List<Row> rows = new ArrayList<>();
    addMatrix(rows, null, m);
    return spark.createDataFrame(rows, MATRIX);
  }

  /**
   * Returns a series of vectors as rows {@code (period, label, value)}, in time order.
   *
   * @param spark the session, not null
   * @param s the series, not null
   * @return the dataset, never null
   */
  public static Dataset<Row> of(SparkSession spark, VectorSeries s) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, LabeledVector> e : s.asMap().entrySet()) {
      addVector(rows, e.getKey(), e.getValue());
    }
    return spark.createDataFrame(rows, withPeriod(VECTOR));
  }

  /**
   * Returns a series of matrices as rows {@code (period, row, column, value)}, in time order.
   *
   * @param spark the session, not null
   * @param s the series, not null
   * @return the dataset, never null
   */
  public static Dataset<Row> of(SparkSession spark, MatrixSeries s) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, LabeledMatrix> e : s.asMap().entrySet()) {
      addMatrix(rows, e.getKey(), e.getValue());
    }
    return spark.createDataFrame(rows, withPeriod(MATRIX));
  }

  private static StructType withPeriod(StructType t) {
    List<org.apache.spark.sql.types.StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("period", DataTypes.StringType, false));
    f.addAll(List.of(t.fields()));
    return DataTypes.createStructType(f);
  }

  private static void addVector(List<Row> rows, @org.jspecify.annotations.Nullable String period,
      LabeledVector v) {
    Objects.requireNonNull(v, "v");
    for (int i = 0; i < v.size(); i++) {
      String label = v.labels().get(i);
      rows.add(
          period == null
              ? RowFactory.create(label, v.get(i))
              : RowFactory.create(period, label, v.get(i)));
    }
  }

  private static void addMatrix(List<Row> rows, @org.jspecify.annotations.Nullable String period,
      LabeledMatrix m) {
    Objects.requireNonNull(m, "m");
    for (int r = 0; r < m.rowCount(); r++) {
      for (int c = 0; c < m.columnCount(); c++) {
        String row = m.rowLabels().get(r);
        String column = m.columnLabels().get(c);
        rows.add(
            period == null
                ? RowFactory.create(row, column, m.get(r, c))
                : RowFactory.create(period, row, column, m.get(r, c)));
      }
    }
  }
}
