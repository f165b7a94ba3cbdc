package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.io.FlowFormat;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.FlowWriter;
import io.github.digitrade.io.ReadMode;
import io.github.digitrade.io.RowError;
import io.github.digitrade.io.SyntheticBaci;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkFlowReaderTest {

  private static final SparkSession SPARK = Spark.session();

  @TempDir static Path dir;

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** The core reader's message for a file, without the {@code file:line: } prefix. */
  private static String coreError(FlowReader reader, Path file) {
    try {
      reader.read(file);
    } catch (FlowFormatException e) {
      String m = String.valueOf(e.getMessage());
      String prefix = file.getFileName() + ":" + e.error().line() + ": ";
      assertThat(m).startsWith(prefix);
      return m.substring(prefix.length());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the core reader accepted " + file);
  }

  /** The first example of the Spark error, without the {@code source: } prefix. */
  private static String sparkError(FlowDataset flows) {
    try {
      flows.total();
    } catch (FlowDatasetException e) {
      assertThat(e.badRows()).isEqualTo(1);
      String first = e.examples().get(0);
      return first.substring(first.indexOf(": ") + 2);
    }
    throw new AssertionError("Spark accepted " + flows);
  }

  @Test
  void test_csv_tidyRoundTripAgreesWithTheCore() throws IOException {
    FlowTable t =
        FlowTable.builder()
            .add("CHN", "USA", "8517", "2022", "X", 90.125)
            .add("CHN", "DEU", "0101", "2022", "X", 10)
            .add("IDN", "USA", "1511", "2022", "X", 45.5)
            .add("IDN", "CHN", "0101", "2022", "X", 1e-3)
            .build();
    Path file = dir.resolve("tidy.csv");
    FlowWriter.write(t, file);
    FlowTable coreRead = FlowReader.tidy().read(file).table();
    FlowDataset flows = SparkFlowReader.of(FlowFormat.tidy()).csv(SPARK, file.toString());
    assertThat(flows.rca()).isEqualTo(coreRead.rca());
    assertThat(flows.hhi(Dimension.PRODUCT)).isEqualTo(coreRead.hhi(Dimension.PRODUCT));
    // product codes keep their leading zeros
    assertThat(flows.sum(Dimension.PRODUCT).labels()).containsExactly("0101", "1511", "8517");
  }

  @Test
  void test_csv_headerNamesIgnoreCaseAndSpaces() throws IOException {
    Path file =
        write("mixed.csv", " Reporter ,PARTNER,product,Period,direction,VALUE\nCHN,USA, 8517 ,2022,X, 2.5 \n");
    FlowDataset flows = SparkFlowReader.tidy().csv(SPARK, file.toString());
    assertThat(flows.sum(Dimension.PRODUCT).asMap()).containsEntry("8517", 2.5);
  }

  @Test
  void test_csv_missingColumnAsTheCore() throws IOException {
    Path file = write("nocol.csv", "exporter,partner,product,period,direction,value\nCHN,USA,1,2022,X,1\n");
    String expected = coreError(FlowReader.tidy(), file);
    assertThatThrownBy(() -> SparkFlowReader.tidy().csv(SPARK, file.toString()))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(file + ":1: " + expected);
    assertThat(expected)
        .isEqualTo("\"exporter,partner,product,period,direction,value\": no column for the"
            + " reporter: expected a header named reporter");
  }

  @Test
  void test_csv_badValuesAsTheCore() throws IOException {
    String[] rows = {
      "CHN,USA,8517,2022,X,-3.2", // negative
      "CHN,USA,8517,2022,X,NaN", // not a number
      "CHN,USA,8517,2022,X,1.5e", // not a number
      "CHN,USA,8517,2022,X,", // missing
      "CHN,USA,8517,2022,X,1e400", // too large
      "CHN, ,8517,2022,X,1", // blank label
      "CHN,USA,8517,2022,1", // too few fields
      "CHN,USA,8517,2022,X,1,2", // too many fields
    };
    Path file =
        write(
            "bad.csv",
            "reporter,partner,product,period,direction,value\nIDN,CHN,1511,2022,X,4\n"
                + String.join("\n", rows)
                + "\n");
    // the core in lenient mode lists every bad row; Spark flags the same rows with the same words
    List<RowError> core = FlowReader.tidy().withMode(ReadMode.LENIENT).read(file).report().errors();
    List<String> expected = new ArrayList<>();
    for (RowError e : core) {
      String m = e.toString();
      expected.add(m.substring(m.indexOf(": ") + 2));
    }
    List<String> actual = new ArrayList<>();
    for (String p : SparkFlowReader.tidy().csv(SPARK, file.toString()).problems(20)) {
      assertThat(p).startsWith("file:" + file + ": ");
      actual.add(p.substring(p.indexOf(": ") + 2));
    }
    assertThat(expected).hasSize(rows.length);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void test_error_countsEveryBadRowAndNamesTheFile() throws IOException {
    Path file =
        write(
            "three.csv",
            """
            reporter,partner,product,period,direction,value
            CHN,USA,8517,2022,M,-1
            CHN,USA,8517,2022,X,-2
            CHN,USA,8517,2022,M,x
            CHN,USA,8517,2022,X,5
            """);
    FlowDataset flows = SparkFlowReader.tidy().csv(SPARK, file.toString());
    // the filter keeps the bad rows of other directions: they are reported all the same
    assertThatThrownBy(() -> flows.exports().total())
        .isInstanceOfSatisfying(
            FlowDatasetException.class,
            e -> {
              assertThat(e.badRows()).isEqualTo(3);
              assertThat(e.examples()).hasSize(3);
              assertThat(e.examples().get(0)).contains("three.csv: column 6 (value) \"");
            })
        .hasMessageStartingWith("3 rows are not a valid trade flow:\n  file:")
        .hasMessageContaining("negative value: expected a finite, non-negative number");
  }

  @Test
  void test_csv_comtradeAgreesWithTheCore() throws IOException {
    Path file =
        write(
            "comtrade.csv",
            """
            period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
            2023,156,X,842,8517,100.5
            2023,156,X,360,1511,20
            2023,360,X,156,1511,45
            2023,156,M,842,8517,7
            """);
    FlowTable c = FlowReader.comtrade().read(file).table();
    FlowDataset s = SparkFlowReader.comtrade().csv(SPARK, file.toString());
    assertThat(s.exports().rca()).isEqualTo(c.exports().rca());
    assertThat(s.balance("X", "M").asMap()).containsEntry("156", 113.5).containsEntry("360", 45.0);
    Path bad = write("comtrade-bad.csv", "period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n2023,1560,X,842,8517,1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, bad.toString())))
        .isEqualTo(coreError(FlowReader.comtrade(), bad));
    Path bad2 = write("comtrade-bad2.csv", "period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n2023,15a,X,842,8517,1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, bad2.toString())))
        .isEqualTo(coreError(FlowReader.comtrade(), bad2));
  }

  @Test
  void test_csvAndParquet_baciAgreesWithTheCore() throws IOException {
    Path file = dir.resolve("baci.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      SyntheticBaci.of(5_000, 3).write(out);
    }
    FlowTable core = FlowReader.baci().read(file).table();
    FlowDataset csv = SparkFlowReader.of(FlowFormat.named("baci")).csv(SPARK, file.toString());
    assertThat(csv.rca()).isEqualTo(core.rca());
    assertThat(csv.hhi(Dimension.PARTNER)).isEqualTo(core.hhi(Dimension.PARTNER));
    // the same rows as BACI-shaped Parquet with integer codes and a double value
    Path parquet = dir.resolve("baci.parquet");
    SPARK.read().option("header", "true").option("inferSchema", "true").csv(file.toString())
        .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    assertThat(SPARK.read().parquet(parquet.toString()).schema().apply("k").dataType())
        .isEqualTo(DataTypes.IntegerType);
    FlowDataset pq = SparkFlowReader.baci().parquet(SPARK, parquet.toString());
    assertThat(pq.rca()).isEqualTo(core.rca());
    assertThat(pq.sum(Dimension.PRODUCT).labels().get(0)).isEqualTo("010110");
    Path bad = write("baci-bad.csv", "t,i,j,k,v,q\n2022,4,8,1000000,1.5,NA\n");
    assertThat(sparkError(SparkFlowReader.baci().csv(SPARK, bad.toString())))
        .isEqualTo(coreError(FlowReader.baci(), bad));
    Path bad2 = write("baci-bad2.csv", "t,i,j,k,v,q\n2022,4,1008,10110,1.5,NA\n");
    assertThat(sparkError(SparkFlowReader.baci().csv(SPARK, bad2.toString())))
        .isEqualTo(coreError(FlowReader.baci(), bad2));
  }

  @Test
  void test_parquet_tidyWithNaNAndNegativeValues() throws IOException {
    Path parquet = dir.resolve("tidy-nan.parquet");
    SPARK.createDataFrame(
            List.of(
                RowFactory.create("CHN", "USA", "8517", "2022", "X", 1.0),
                RowFactory.create("CHN", "USA", "8517", "2022", "X", Double.NaN)),
            FlowDatasetTest.TIDY)
        .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    assertThat(sparkError(SparkFlowReader.tidy().parquet(SPARK, parquet.toString())))
        .isEqualTo("column 6 (value) \"NaN\": not a number: expected a finite, non-negative"
            + " decimal such as 12.5 or 1.2e3");
    Dataset<Row> negative =
        SPARK.createDataFrame(
            List.of(RowFactory.create("CHN", "USA", "8517", "2022", "X", -2.0)),
            FlowDatasetTest.TIDY);
    assertThat(sparkError(FlowDataset.of(negative)))
        .isEqualTo("column 6 (value) \"-2.0\": negative value: expected a finite, non-negative"
            + " number");
  }

  @Test
  void test_from_schemaErrorsBeforeAnyJob() {
    Dataset<Row> good =
        SPARK.createDataFrame(
            List.of(RowFactory.create("CHN", "USA", "8517", "2022", "X", 1.0)),
            FlowDatasetTest.TIDY);
    Dataset<Row> textValue = good.withColumn("value", functions.lit(true));
    Dataset<Row> doubleLabel = good.withColumn("period", functions.lit(2022.5));
    Dataset<Row> noPartner = good.drop("partner");
    SPARK.sparkContext().setJobGroup("schema-errors", "schema errors", false);
    try {
      assertThatThrownBy(() -> FlowDataset.of(textValue))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dataset with columns [reporter, partner, product, period, direction,"
              + " value]: column 6 (value) has type boolean: expected a number, or text in the CSV number"
              + " format");
      assertThatThrownBy(() -> FlowDataset.of(doubleLabel))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("column 4 (period) has type double: expected text or whole numbers");
      assertThatThrownBy(() -> FlowDataset.of(noPartner))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("no column for the partner: expected a header named partner");
      // a text value column is fine through the CSV rules of a reader
      assertThat(SparkFlowReader.tidy().toString()).startsWith("SparkFlowReader{tidy, ");
    } finally {
      SPARK.sparkContext().clearJobGroup();
    }
    assertThat(SPARK.sparkContext().statusTracker().getJobIdsForGroup("schema-errors")).isEmpty();
  }

  @Test
  void test_from_integerLabelsAreText() {
    Dataset<Row> df =
        SPARK.createDataFrame(
                List.of(RowFactory.create("CHN", "USA", "8517", "2022", "X", 1.0)),
                FlowDatasetTest.TIDY)
            .withColumn("period", functions.lit(2022))
            .withColumn("value", functions.lit(3).cast("decimal(10,2)"));
    FlowDataset flows = FlowDataset.of(df);
    assertThat(flows.year(2022).total()).isEqualTo(3.0);
  }
}
