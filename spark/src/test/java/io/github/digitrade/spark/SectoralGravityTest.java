package io.github.digitrade.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.substring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.spark.SectoralGravity.GroupFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sectoral gravity: each group fitted in an executor task equals the core fitting the same group
 * on the driver, bit for bit, at 1 and 2 partitions; every failing group is reported.
 */
class SectoralGravityTest {

  private static final SparkSession SPARK = Spark.session();

  static final String[] COUNTRIES = {"CHN", "DEU", "IDN", "JPN", "KOR", "USA", "VNM"};

  private record Data(Dataset<Row> flows, Dataset<Row> distances) {}

  private static final Data DATA = data();
  static final Dataset<Row> flows = DATA.flows();
  static final Dataset<Row> distances = DATA.distances();

  /**
   * Exports of 7 economies in 3 years and 3 product chapters (2 products each) from a gravity
   * equation with distance elasticity -0.6, -0.9 and -1.2 by chapter; chapter 04 trades nothing
   * (every value 0); in chapter 05 one importer buys nothing, so that the fit leaves its
   * importer-year levels out.
   */
  static Data data() {
    Random r = new Random(20261201);
    double[][] dist = new double[COUNTRIES.length][COUNTRIES.length];
    List<Row> d = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      for (int j = 0; j < COUNTRIES.length; j++) {
        if (i != j) {
          dist[i][j] = Math.log(500 + 9000 * Math.abs(Math.sin(i * 3.1 + j * 1.7 + i * j)));
          d.add(RowFactory.create(COUNTRIES[i], COUNTRIES[j], dist[i][j]));
        }
      }
    }
    List<Row> f = new ArrayList<>();
    String[] chapters = {"01", "02", "03", "04", "05"};
    double[] beta = {-0.6, -0.9, -1.2, -1, -1};
    for (int c = 0; c < chapters.length; c++) {
      for (String product : List.of(chapters[c] + "0110", chapters[c] + "0220")) {
        for (int t = 2020; t <= 2022; t++) {
          for (int i = 0; i < COUNTRIES.length; i++) {
            for (int j = 0; j < COUNTRIES.length; j++) {
              if (i == j) {
                continue;
              }
              double mu = Math.exp(12 + 0.3 * i - 0.2 * j + 0.05 * (t - 2020) + beta[c] * dist[i][j]);
              double v = mu * Math.exp(0.5 * r.nextGaussian());
              if (c == 3 || (c == 4 && j == COUNTRIES.length - 1)) {
                v = 0;
              }
              f.add(RowFactory.create(COUNTRIES[i], COUNTRIES[j], product, Integer.toString(t),
                  "X", v));
            }
          }
        }
      }
    }
    return new Data(SPARK.createDataFrame(f, FlowDatasetTest.TIDY), SPARK.createDataFrame(d,
        new StructType().add("exporter", DataTypes.StringType)
            .add("importer", DataTypes.StringType).add("ln_dist", DataTypes.DoubleType)));
  }

  static Dataset<Row> panel(int partitions) {
    return SectoralGravity.panel(FlowDataset.of(flows.repartition(partitions)),
            substring(col("product"), 1, 2))
        .join(distances, new String[] {"exporter", "importer"})
        .withColumn("exp_t", concat_ws("|", col("exporter"), col("period")))
        .withColumn("imp_t", concat_ws("|", col("importer"), col("period")));
  }

  static final SectoralGravity MODEL =
      SectoralGravity.ppml("trade").regressors("ln_dist").absorb("exp_t", "imp_t");

  static Dataset<Row> p1;
  static SectoralGravity.Fits one;
  static SectoralGravity.Fits two;

  @BeforeAll
  static void fits() {
    p1 = panel(1);
    one = MODEL.fit(p1);
    two = MODEL.fit(panel(2));
  }

  @Test
  void eachGroupEqualsTheCoreOnTheDriver_atOneAndTwoPartitions() {
    assertThat(one.groups().keySet()).containsExactly("01", "02", "03", "04", "05");
    assertThat(two).isEqualTo(one); // bit-identical, messages included
    List<Row> all = p1.select("group", "trade", "ln_dist", "exp_t", "imp_t").collectAsList();
    for (String g : List.of("01", "02", "03", "05")) {
      List<Row> rows = new ArrayList<>();
      for (Row r : all) {
        if (r.getString(0).equals(g)) {
          rows.add(RowFactory.create(r.get(1), r.get(2), r.get(3), r.get(4)));
        }
      }
      GravityFit core = MODEL.model().fit(MODEL.frame(rows));
      GroupFit spark = one.get(g);
      assertThat(spark.status()).isEqualTo(GroupFit.Status.FITTED);
      assertThat(spark.coefficient("ln_dist")).isEqualTo(core.coefficient("ln_dist"));
      assertThat(spark.standardErrors().get(0))
          .isEqualTo(core.standardError("ln_dist", core.defaultVcov()));
      assertThat(spark.observations()).isEqualTo(core.observations());
    }
    // the generated elasticities, up to the noise
    assertThat(one.get("01").coefficient("ln_dist")).isBetween(-0.8, -0.4);
    assertThat(one.get("03").coefficient("ln_dist")).isBetween(-1.4, -1.0);
  }

  @Test
  void badGroupsAreReportedNeverDropped() {
    SectoralGravity.Fits fits = two;
    GroupFit zero = fits.get("04");
    assertThat(zero.status()).isEqualTo(GroupFit.Status.FAILED);
    assertThat(zero.message()).isNotBlank();
    assertThat(zero.observations()).isEqualTo(3 * 42);
    assertThatThrownBy(() -> zero.coefficient("ln_dist"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("group 04 was not fitted");
    GroupFit separated = fits.get("05");
    assertThat(separated.dropped()).isPositive();
    assertThat(separated.message()).contains("observations left out");
    assertThat(fits.problems()).containsExactly(zero);
    // an iteration limit of 1: every fitted group says it did not converge
    SectoralGravity.Fits capped = MODEL.maxIterations(1).fit(p1);
    assertThat(capped.get("01").status()).isEqualTo(GroupFit.Status.NOT_CONVERGED);
    assertThat(capped.get("01").message()).startsWith("NOT CONVERGED after 1 iteration");
    assertThat(capped.problems()).hasSize(5);
  }

  @Test
  void badPanelsAreRefusedBeforeAnyJob() {
    Dataset<Row> p = p1;
    assertThatThrownBy(() -> SectoralGravity.ppml("trade").regressors("ln_distance").fit(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no column \"ln_distance\" in the panel");
    assertThatThrownBy(() -> SectoralGravity.ppml("trade").absorb("ln_dist").fit(p))
        .hasMessageContaining("column \"ln_dist\" of the panel is double: expected a text column");
    assertThatThrownBy(() -> SectoralGravity.ppml("exp_t").fit(p))
        .hasMessageContaining("expected a numeric column");
    assertThatThrownBy(() -> MODEL.maxIterations(0)).hasMessage("maxIterations = 0: expected at least 1");
  }

  @Test
  void panelRefusesMixedDirectionsAndBadRows() {
    Dataset<Row> mixed = flows.union(SPARK.createDataFrame(
        List.of(RowFactory.create("CHN", "DEU", "010110", "2020", "M", 5.0)), FlowDatasetTest.TIDY));
    assertThatThrownBy(() -> SectoralGravity.panel(FlowDataset.of(mixed), col("product")))
        .hasMessage("a gravity panel needs one direction, and the flows hold 2 (M, X): choose with"
            + " exports() or imports()");
    Dataset<Row> negative = flows.union(SPARK.createDataFrame(
        List.of(RowFactory.create("CHN", "DEU", "010110", "2020", "X", -5.0)), FlowDatasetTest.TIDY));
    assertThatThrownBy(() -> SectoralGravity.panel(FlowDataset.of(negative), col("product")))
        .isInstanceOf(FlowDatasetException.class).hasMessageContaining("negative value");
  }
}
