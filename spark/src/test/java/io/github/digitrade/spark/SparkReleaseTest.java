package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.io.ColumnMapping;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.model.Release;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tidy layout's release column in the Spark reader, against the core's {@code FlowTable}. */
class SparkReleaseTest {

  private static final SparkSession SPARK = Spark.session();

  @TempDir static Path dir;

  /** CBEC's totals (CNY billions): 2021 preliminary and revised, 2020 revised. */
  private static final String CBEC =
      """
          reporter,partner,product,period,direction,release,value
          CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980
          CHN,WLD,TOTAL,2021,TOTAL,Revised,1920
          CHN,WLD,TOTAL,2020,TOTAL, revised ,1620
          """;

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("accepted");
  }

  @Test
  void test_aKeyInSeveralReleases_isRefusedWithTheCoresMessage_andChosenLikeTheCore()
      throws IOException {
    Path file = write("cbec.csv", CBEC);
    FlowTable core = FlowReader.tidy().read(file).table();
    for (int partitions : new int[] {1, 2, 7}) {
      FlowDataset s = SparkFlowReader.tidy().csv(SPARK, file.toString()).repartition(partitions);
      // 2021: 1980 + 1920 pooled is refused, with the core's words
      assertThat(message(() -> s.year(2021).total()))
          .isEqualTo(message(() -> core.year(2021).total()))
          .contains("(CHN, WLD, TOTAL, 2021, TOTAL) is given in several releases")
          .endsWith("choose with latest() or vintage(...)");
      // the whole latest table: the revised 1920 + 1620 = 3540
      assertThat(s.latest().total()).isEqualTo(core.latest().total()).isEqualTo(3540.0);
    }
    FlowDataset s = SparkFlowReader.tidy().csv(SPARK, file.toString());
    assertThat(s.releases()).isEqualTo(core.releases())
        .containsExactly(Release.of(Vintage.PRELIMINARY), Release.of(Vintage.REVISED));
    assertThat(message(() -> s.year(2021).hhi(Dimension.PARTNER)))
        .isEqualTo(message(() -> core.year(2021).hhi(Dimension.PARTNER)));
    // latest of 2021 is the revised 1920; the preliminary vintage is 1980
    assertThat(s.year(2021).latest().byPeriod().sum(Dimension.REPORTER).get("2021").get("CHN"))
        .isEqualTo(core.year(2021).latest().total())
        .isEqualTo(1920.0);
    assertThat(s.vintage(Vintage.PRELIMINARY).total())
        .isEqualTo(core.vintage(Vintage.PRELIMINARY).total()).isEqualTo(1980.0);
  }

  @Test
  void test_keysInOneReleaseEach_arePooledLikeTheCore() throws IOException {
    // two partners, each in one release: no key is in two releases, the total is 5 + 7 = 12
    Path file =
        write(
            "pooled.csv",
            """
                reporter,partner,product,period,direction,vintage,value
                CHN,USA,8517,2021,X,preliminary,5
                CHN,DEU,8517,2021,X,revised of 2022-06-01,7
                """);
    FlowTable core = FlowReader.tidy().read(file).table();
    FlowDataset s = SparkFlowReader.tidy().csv(SPARK, file.toString());
    assertThat(s.total()).isEqualTo(core.total()).isEqualTo(12.0);
    assertThat(s.hhi(Dimension.PARTNER)).isEqualTo(core.hhi(Dimension.PARTNER));
    assertThat(s.releases())
        .isEqualTo(core.releases())
        .containsExactly(
            Release.of(Vintage.PRELIMINARY), Release.of(Vintage.REVISED, LocalDate.of(2022, 6, 1)));
    assertThat(s.toDF().columns()).contains(FlowDataset.RELEASE);
  }

  @Test
  void test_aBadReleaseCell_isTheCoresError() throws IOException {
    Path file =
        write(
            "bad.csv",
            """
                reporter,partner,product,period,direction,release,value
                CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980
                CHN,WLD,TOTAL,2021,TOTAL,draft,1920
                """);
    String core;
    try {
      FlowReader.tidy().read(file);
      throw new AssertionError("the core accepted " + file);
    } catch (FlowFormatException e) {
      core = String.valueOf(e.getMessage()).substring("bad.csv:3: ".length());
    }
    FlowDataset s = SparkFlowReader.tidy().csv(SPARK, file.toString());
    assertThatThrownBy(s::total)
        .isInstanceOfSatisfying(
            FlowDatasetException.class,
            e -> {
              assertThat(e.badRows()).isEqualTo(1);
              String first = e.examples().get(0);
              assertThat(first.substring(first.indexOf(": ") + 2)).isEqualTo(core);
            });
    assertThat(core)
        .startsWith("column 6 (release) \"draft\": release = \"draft\": expected preliminary,");
  }

  @Test
  void test_withoutAReleaseColumn_thereAreNoReleases_andAMappingThatNamesOneRequiresIt()
      throws IOException {
    Path file =
        write(
            "plain.csv",
            "reporter,partner,product,period,direction,value\nCHN,WLD,TOTAL,2021,TOTAL,1980\n");
    FlowDataset s = SparkFlowReader.tidy().csv(SPARK, file.toString());
    assertThat(s.releases()).isEmpty();
    assertThat(s.latest()).isSameAs(s);
    assertThatThrownBy(() -> s.vintage(Vintage.FINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vintage = final: ")
        .hasMessageContaining("has no release column");
    ColumnMapping m =
        ColumnMapping.builder()
            .column(Dimension.REPORTER, "reporter")
            .column(Dimension.PARTNER, "partner")
            .column(Dimension.PRODUCT, "product")
            .column(Dimension.PERIOD, "period")
            .column(Dimension.DIRECTION, "direction")
            .value("value")
            .release("edition")
            .build();
    assertThatThrownBy(() -> SparkFlowReader.tidy(m).csv(SPARK, file.toString()))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("no column for the release: expected a header named edition");
  }
}
