package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.VectorSeries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkResultsTest {

  private static final SparkSession SPARK = Spark.session();

  @TempDir Path dir;

  @Test
  void test_of_vectorAndMatrix() {
    LabeledVector v = LabeledVector.of(List.of("CHN", "IDN"), new double[] {0.82, 1.0});
    assertThat(SparkResults.of(SPARK, v).collectAsList().toString())
        .isEqualTo("[[CHN,0.82], [IDN,1.0]]");
    LabeledMatrix m =
        LabeledMatrix.of(List.of("CHN", "IDN"), List.of("1511", "8517"), new double[] {0, 1, 2, 0});
    assertThat(SparkResults.of(SPARK, m).columns()).containsExactly("row", "column", "value");
    assertThat(SparkResults.of(SPARK, m).collectAsList().toString())
        .isEqualTo("[[CHN,1511,0.0], [CHN,8517,1.0], [IDN,1511,2.0], [IDN,8517,0.0]]");
  }

  @Test
  void test_of_seriesWrittenAsParquetAndCsvReadBackUnchanged() {
    // a value with all 53 bits used survives Parquet exactly and CSV through Java's shortest repr
    double third = 1.0 / 3.0;
    VectorSeries s =
        VectorSeries.of(
            Map.of(
                "2022", LabeledVector.of(List.of("CHN"), new double[] {third}),
                "2023", LabeledVector.of(List.of("CHN"), new double[] {0.5})));
    Dataset<Row> df = SparkResults.of(SPARK, s);
    assertThat(df.columns()).containsExactly("period", "label", "value");
    String parquet = dir.resolve("hhi.parquet").toString();
    df.write().parquet(parquet);
    List<Row> back = SPARK.read().parquet(parquet).orderBy("period").collectAsList();
    assertThat(back.get(0).getDouble(2)).isEqualTo(third);
    String csv = dir.resolve("hhi-csv").toString();
    df.write().option("header", "true").csv(csv);
    List<Row> text = SPARK.read().option("header", "true").csv(csv).orderBy("period").collectAsList();
    assertThat(Double.parseDouble(text.get(0).getString(2))).isEqualTo(third);
    assertThat(text.get(1).getString(0)).isEqualTo("2023");

    MatrixSeries ms =
        MatrixSeries.of(
            Map.of(
                "2022",
                LabeledMatrix.of(List.of("CHN"), List.of("8517"), new double[] {2.5})));
    assertThat(SparkResults.of(SPARK, ms).collectAsList().toString())
        .isEqualTo("[[2022,CHN,8517,2.5]]");
  }
}
