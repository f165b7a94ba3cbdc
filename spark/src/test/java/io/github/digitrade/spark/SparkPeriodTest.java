package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadMode;
import io.github.digitrade.io.RowError;
import io.github.digitrade.table.Dimension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The period rules of the core readers in the Spark reader: a label of no accepted form is a bad
 * row in the core's words, and a period column that mixes frequencies is refused with the core's
 * message (without line numbers), for 1, 2 and 7 partitions.
 */
class SparkPeriodTest {

  private static final SparkSession SPARK = Spark.session();

  private static final String TIDY = "reporter,partner,product,period,direction,value\n";

  private static final String COMTRADE =
      "reporterCode,partnerCode,cmdCode,period,flowCode,primaryValue\n";

  @TempDir static Path dir;

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** The core's strict error, from {@code column}: without the file and the line numbers. */
  private static String coreMixed(FlowReader reader, Path file) throws IOException {
    try {
      reader.read(file);
    } catch (FlowFormatException e) {
      String m = String.valueOf(e.getMessage());
      return m.substring(m.indexOf(": column ") + 2).replaceAll(", line [0-9]+\\)", ")");
    }
    throw new AssertionError("the core reader accepted " + file);
  }

  /** The Spark error of a total at some partitions, from {@code column}. */
  private static String sparkMixed(FlowDataset flows) {
    try {
      flows.total();
    } catch (FlowDatasetException e) {
      throw new AssertionError("bad rows instead of mixed frequencies", e);
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      return m.substring(m.indexOf(": column ") + 2);
    }
    throw new AssertionError("Spark accepted " + flows);
  }

  private static Dataset<Row> csv(Path file, int partitions) {
    return SPARK.read().option("header", "true").csv(file.toString()).repartition(partitions);
  }

  @Test
  void test_malformedPeriods_areBadRowsInTheCoresWords() throws IOException {
    String[] bad = {
      "CHN,USA,8517,FY2023,X,1", // a fiscal-year label
      "CHN,USA,8517,20231,X,1", // five digits
      "CHN,USA,8517,2023-13,X,1", // no month 13
      "CHN,USA,8517,2023-Q5,X,1", // no quarter 5
    };
    Path file = write("badperiod.csv", TIDY + "IDN,CHN,1511,2022,X,4\n" + String.join("\n", bad) + "\n");
    List<String> expected = new ArrayList<>();
    for (RowError e : FlowReader.tidy().withMode(ReadMode.LENIENT).read(file).report().errors()) {
      String m = e.toString();
      expected.add(m.substring(m.indexOf(": ") + 2));
    }
    assertThat(expected).hasSize(bad.length);
    assertThat(expected.get(0))
        .startsWith("column 4 (period) \"FY2023\": not a period label: expected a year such as");
    for (int partitions : new int[] {1, 2, 7}) {
      FlowDataset flows = SparkFlowReader.tidy().from(csv(file, partitions));
      List<String> actual = new ArrayList<>();
      for (String p : flows.problems(20)) {
        actual.add(p.substring(p.indexOf(": ") + 2));
      }
      assertThat(actual).as(partitions + " partitions").containsExactlyInAnyOrderElementsOf(expected);
      assertThatThrownBy(flows::total)
          .isInstanceOfSatisfying(
              FlowDatasetException.class, e -> assertThat(e.badRows()).isEqualTo(bad.length));
    }
  }

  @Test
  void test_mixedFrequencies_refusedAsTheCore_whateverThePartitionsAndFilters()
      throws IOException {
    // the annual label first, then its quarter: the core names both, Spark the same two labels
    Path file =
        write(
            "mixed.csv",
            TIDY + "CHN,USA,8517,2023,X,4\nCHN,USA,8517,2023-Q1,X,1\nCHN,USA,8517,2023-Q2,X,1\n");
    String expected = coreMixed(FlowReader.tidy(), file);
    assertThat(expected)
        .isEqualTo(
            "column 4 (period) \"2023-Q1\": the period column mixes frequencies: \"2023\""
                + " (annual) and \"2023-Q1\" (quarterly); a year beside its quarters or months"
                + " would be counted twice: expected one frequency per file, so split the file or"
                + " keep one frequency");
    for (int partitions : new int[] {1, 2, 7}) {
      FlowDataset flows = SparkFlowReader.tidy().from(csv(file, partitions));
      assertThat(sparkMixed(flows)).as(partitions + " partitions").isEqualTo(expected);
      // a filter on one period does not hide the mix: the read is refused, as in the core
      assertThat(sparkMixed(flows.year(2023))).as(partitions + " partitions").isEqualTo(expected);
    }
    assertThatThrownBy(() -> SparkFlowReader.tidy().csv(SPARK, file.toString()).total())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": " + expected);
  }

  @Test
  void test_oneFrequencyInBothForms_isAccepted() throws IOException {
    // 2023-01 and 202302 are both months: one frequency, as the core reads it
    Path file = write("months.csv", TIDY + "CHN,USA,8517,2023-01,X,4\nCHN,USA,8517,202302,X,1\n");
    assertThat(FlowReader.tidy().read(file).table().total()).isEqualTo(5.0);
    for (int partitions : new int[] {1, 7}) {
      FlowDataset flows = SparkFlowReader.tidy().from(csv(file, partitions));
      assertThat(flows.total()).isEqualTo(5.0);
      assertThat(flows.aggregate().labelsPresent(Dimension.PERIOD))
          .containsExactly("2023-01", "202302");
    }
  }

  @Test
  void test_comtrade_mixOfKeptRecordsRefused_mixInExcludedRecordIgnored() throws IOException {
    Path mixed = write("ct_mixed.csv", COMTRADE + "156,842,8517,2023,X,10\n156,842,8517,202301,X,5\n");
    String expected = coreMixed(FlowReader.comtrade(), mixed);
    assertThat(expected).startsWith("column 4 (period) \"202301\": the period column mixes");
    for (int partitions : new int[] {1, 2, 7}) {
      assertThat(sparkMixed(SparkFlowReader.comtrade().from(csv(mixed, partitions))))
          .as(partitions + " partitions")
          .isEqualTo(expected);
    }
    // partner 0 (World) is an excluded record: the core never reads its period, nor does Spark
    Path world = write("ct_world.csv", COMTRADE + "156,842,8517,2023,X,10\n156,0,8517,202301,X,5\n");
    assertThat(FlowReader.comtrade().read(world).table().total()).isEqualTo(10.0);
    for (int partitions : new int[] {1, 7}) {
      assertThat(SparkFlowReader.comtrade().from(csv(world, partitions)).total()).isEqualTo(10.0);
    }
  }

  @Test
  void test_gravityPanel_refusesMixedFrequencies() throws IOException {
    Path file =
        write("panel.csv", TIDY + "CHN,USA,8517,2023,X,4\nCHN,USA,8517,2023-Q1,X,1\n");
    String expected = coreMixed(FlowReader.tidy(), file);
    FlowDataset flows = SparkFlowReader.tidy().from(csv(file, 2));
    assertThatThrownBy(
            () -> SectoralGravity.panel(flows, org.apache.spark.sql.functions.col("product")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset: " + expected);
  }

  @Test
  void test_wholeNumberPeriods_readAsTheirDigits() {
    var schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("reporter", DataTypes.StringType, false),
                DataTypes.createStructField("partner", DataTypes.StringType, false),
                DataTypes.createStructField("product", DataTypes.StringType, false),
                DataTypes.createStructField("period", DataTypes.IntegerType, false),
                DataTypes.createStructField("direction", DataTypes.StringType, false),
                DataTypes.createStructField("value", DataTypes.DoubleType, false)));
    Dataset<Row> mixed =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("CHN", "USA", "8517", 2023, "X", 1.0),
                RowFactory.create("CHN", "USA", "8517", 202301, "X", 2.0)),
            schema);
    assertThatThrownBy(() -> SparkFlowReader.tidy().from(mixed).total())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dataset: column 4 (period) \"202301\": the period column mixes frequencies: \"2023\""
                + " (annual) and \"202301\" (monthly); a year beside its quarters or months would"
                + " be counted twice: expected one frequency per file, so split the file or keep"
                + " one frequency");
    Dataset<Row> bad =
        SPARK.createDataFrame(List.of(RowFactory.create("CHN", "USA", "8517", 20231, "X", 1.0)), schema);
    assertThatThrownBy(() -> SparkFlowReader.tidy().from(bad).total())
        .isInstanceOf(FlowDatasetException.class)
        .hasMessageContaining("dataset: column 4 (period) \"20231\": not a period label: expected");
  }
}
