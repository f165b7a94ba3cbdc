package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.calc.ComplexitySeries;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MissingLabels;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.calc.VectorSeries;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowDatasetTest {

  static final StructType TIDY =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("reporter", DataTypes.StringType, true),
              DataTypes.createStructField("partner", DataTypes.StringType, true),
              DataTypes.createStructField("product", DataTypes.StringType, true),
              DataTypes.createStructField("period", DataTypes.StringType, true),
              DataTypes.createStructField("direction", DataTypes.StringType, true),
              DataTypes.createStructField("value", DataTypes.DoubleType, true)));

  private static final SparkSession SPARK = Spark.session();

  /** A panel of 3 years, exports and imports, 9 economies, 25 products, duplicates included. */
  private static FlowTable core;

  private static Dataset<Row> rows;

  @BeforeAll
  static void panel() {
    Random r = new Random(20261201);
    FlowTableBuilder b = FlowTable.builder();
    List<Row> list = new ArrayList<>();
    String[] economies = {"CHN", "DEU", "IDN", "IND", "JPN", "KOR", "MYS", "USA", "VNM"};
    for (int i = 0; i < 6000; i++) {
      String reporter = economies[r.nextInt(economies.length)];
      String partner = economies[r.nextInt(economies.length)];
      if (reporter.equals(partner)) {
        continue;
      }
      String product = String.format("%04d", 101 + 37 * r.nextInt(25));
      String period = Integer.toString(2021 + r.nextInt(3));
      String direction = r.nextInt(3) == 0 ? "M" : "X";
      // values over nine orders of magnitude, with all their binary digits used
      double value = Math.exp(r.nextGaussian() * 3 + 8) * (1 + r.nextDouble());
      b.add(reporter, partner, product, period, direction, value);
      list.add(RowFactory.create(reporter, partner, product, period, direction, value));
    }
    core = b.build();
    rows = SPARK.createDataFrame(list, TIDY);
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "FlowDatasetTest: %d of %d compared values bit-identical to the core%n",
        Agreement.identical, Agreement.compared);
  }

  @Test
  void test_indicators_handExample() {
    // the core's package example: CHN exports 90 to USA (8517) and 10 to IDN (1511); IDN 45 to CHN
    Dataset<Row> df =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("CHN", "USA", "8517", "2023", "X", 90.0),
                RowFactory.create("CHN", "IDN", "1511", "2023", "X", 10.0),
                RowFactory.create("IDN", "CHN", "1511", "2023", "X", 45.0)),
            TIDY);
    FlowDataset flows = FlowDataset.of(df);
    // RCA of IDN in 1511: (45/45) / (55/145) = 145/55 = 2.636…
    assertThat(flows.rca().get("IDN", "1511")).isCloseTo(145.0 / 55.0, within(1e-15));
    // partner HHI of CHN: 0.9² + 0.1² = 0.82
    assertThat(flows.hhi(Dimension.PARTNER).get("CHN")).isCloseTo(0.82, within(1e-15));
    // totals: CHN 100, IDN 45; all 145
    assertThat(flows.sum(Dimension.REPORTER).asMap()).containsEntry("CHN", 100.0)
        .containsEntry("IDN", 45.0);
    assertThat(flows.total()).isEqualTo(145.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7})
  void test_indicators_agreeWithTheCore(int partitions) {
    FlowDataset flows = FlowDataset.of(rows).repartition(partitions);
    FlowDataset x = flows.exports();
    FlowTable cx = core.exports();
    String p = partitions + " partitions: ";
    Agreement.close(cx.byPeriod().rca(), x.byPeriod().rca(), p + "rca");
    Agreement.close(cx.byPeriod().hhi(Dimension.PARTNER), x.byPeriod().hhi(Dimension.PARTNER),
        p + "hhi partner");
    Agreement.close(cx.byPeriod().sum(Dimension.REPORTER), x.byPeriod().sum(Dimension.REPORTER),
        p + "sum");
    Agreement.close(core.filter(Dimension.REPORTER, "CHN").byPeriod().grubelLloyd("X", "M"),
        flows.filter(Dimension.REPORTER, "CHN").byPeriod().grubelLloyd("X", "M"),
        p + "grubelLloyd");
    if (partitions != 1) {
      return;
    }
    Agreement.close(cx.byPeriod().presence(), x.byPeriod().presence(), "presence");
    Agreement.close(cx.byPeriod().hhi(Dimension.PRODUCT), x.byPeriod().hhi(Dimension.PRODUCT),
        "hhi product");
    Agreement.close(
        cx.byPeriod().normalisedHhi(Dimension.PRODUCT, HhiConvention.ALL_LINES),
        x.byPeriod().normalisedHhi(Dimension.PRODUCT, HhiConvention.ALL_LINES),
        "normalised hhi");
    Agreement.close(cx.byPeriod().concentrationRatio(Dimension.PARTNER, 3),
        x.byPeriod().concentrationRatio(Dimension.PARTNER, 3), "cr3");
    Agreement.close(cx.byPeriod().theil(Dimension.PRODUCT, TheilConvention.ALL_LINES),
        x.byPeriod().theil(Dimension.PRODUCT, TheilConvention.ALL_LINES), "theil");
    Agreement.close(cx.byPeriod().shares(Dimension.REPORTER, Dimension.PARTNER),
        x.byPeriod().shares(Dimension.REPORTER, Dimension.PARTNER), "shares");
    Agreement.close(cx.byPeriod().tradeIntensity(), x.byPeriod().tradeIntensity(),
        "intensity");
    Agreement.close(cx.byPeriod().exportSimilarity(), x.byPeriod().exportSimilarity(),
        "similarity");
    ComplexitySeries ce = cx.byPeriod().complexity();
    ComplexitySeries se = x.byPeriod().complexity();
    Agreement.close(ce.eci(), se.eci(), "eci");
    // one period through the single-result face
    Agreement.close(cx.year(2022).rca(), x.year(2022).rca(), "rca 2022");
    Agreement.close(cx.year(2022).complexity().pci(), x.year(2022).complexity().pci(), "pci");
    // balances: exports minus imports per reporter, the core's sums subtracted
    VectorSeries balance = flows.byPeriod().balance("X", "M");
    for (String year : List.of("2021", "2022", "2023")) {
      FlowTable t = core.filter(Dimension.PERIOD, year);
      LabeledVector expected =
          t.exports().sum(Dimension.REPORTER)
              .minus(t.imports().sum(Dimension.REPORTER), MissingLabels.ZERO);
      Agreement.close(expected, balance.get(year), "balance " + year);
    }
    Agreement.close(
        core.filter(Dimension.PERIOD, "2023").exports().sum(Dimension.REPORTER)
            .minus(core.filter(Dimension.PERIOD, "2023").imports().sum(Dimension.REPORTER),
                MissingLabels.ZERO),
        flows.year(2023).balance("X", "M"), "balance 2023 single");
  }

  @Test
  void test_aggregate_sameBitsWhateverThePartitioning() {
    FlowTable one = FlowDataset.of(rows).repartition(1).aggregate(Dimension.REPORTER);
    FlowTable seven = FlowDataset.of(rows).repartition(7).aggregate(Dimension.REPORTER);
    assertThat(seven.byPeriod().sum(Dimension.REPORTER))
        .isEqualTo(one.byPeriod().sum(Dimension.REPORTER));
    // the collapsed dimensions hold the one label "*"
    assertThat(one.labelsPresent(Dimension.PRODUCT)).containsExactly(FlowDataset.ALL);
    assertThat(one.labelsPresent(Dimension.DIRECTION)).containsExactly("M", "X");
  }

  @Test
  void test_rca_mixedDirectionsRefusedAsByTheCore() {
    FlowDataset flows = FlowDataset.of(rows);
    assertThatThrownBy(() -> core.year(2022).rca())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs one direction");
    String expected = catchMessage(() -> core.year(2022).rca());
    assertThatThrownBy(() -> flows.year(2022).rca())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected);
  }

  @Test
  void test_hhi_mixedPeriodsRefusedAsByTheCore() {
    String expected = catchMessage(() -> core.exports().hhi(Dimension.PARTNER));
    assertThat(expected).contains("needs one period");
    assertThatThrownBy(() -> FlowDataset.of(rows).exports().hhi(Dimension.PARTNER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> FlowDataset.of(rows).balance("X", "M"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("balance needs one period, and these flows hold 3 (2021, 2022,"
            + " 2023)");
  }

  @Test
  void test_aggregate_noRowLeft() {
    assertThatThrownBy(() -> FlowDataset.of(rows).year(1999).rca())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset: no flow matches period = 1999: expected at least one row (check the"
            + " labels, such as the direction X or M)");
  }

  @Test
  void test_filter_noLabel() {
    assertThatThrownBy(() -> FlowDataset.of(rows).filter(Dimension.REPORTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter filter has no label: expected one or more");
    assertThatThrownBy(() -> FlowDataset.of(rows).repartition(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partitions = 0: expected 1 or more");
  }

  @Test
  void test_toString_runsNoJob() {
    assertThat(FlowDataset.of(rows).exports().year(2022).toString())
        .isEqualTo("FlowDataset[dataset; direction = X, period = 2022]");
    assertThat(FlowDataset.of(rows).byPeriod().toString())
        .isEqualTo("SparkByPeriod[FlowDataset[dataset]]");
    assertThat(FlowDataset.of(rows).toDF().columns())
        .containsExactly("reporter", "partner", "product", "period", "direction", "value");
  }

  static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }
}
