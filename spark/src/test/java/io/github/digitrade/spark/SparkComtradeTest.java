package io.github.digitrade.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.io.Aggregate;
import io.github.digitrade.io.FlowFormatException;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.io.ReadReport;
import io.github.digitrade.io.ReadResult;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Comtrade leaf-record rules in the Spark reader: the core's fixtures of both header
 * generations give the same kept flows and the same exclusion counts through the core and through
 * Spark, for 1, 2 and 7 partitions.
 */
class SparkComtradeTest {

  private static final SparkSession SPARK = Spark.session();

  /** The core's Comtrade fixtures (synthetic; see their README). */
  private static final Path FIXTURES = Path.of("../src/test/resources/io/github/digitrade/io/comtrade");

  @TempDir static Path dir;

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Every row of a table as text, sorted: the kept flows, whatever the order of rows. */
  private static Set<String> flows(FlowTable t) {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < t.size(); i++) {
      List<String> key = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        key.add(t.label(d, i));
      }
      out.add(String.join(",", key) + "=" + Double.toString(t.value(i)));
    }
    return out;
  }

  private static FlowTable keptBySpark(FlowDataset s) {
    return s.aggregate(Dimension.REPORTER, Dimension.PARTNER, Dimension.PRODUCT);
  }

  @Test
  void test_bothHeaderGenerations_keepTheCoresFlowsAndCountTheCoresExclusions()
      throws IOException {
    for (String name : List.of("comtrade_plus_2023.csv", "comtrade_legacy_2016.csv")) {
      Path file = FIXTURES.resolve(name);
      ReadResult core = FlowReader.comtrade().read(file);
      // 5 leaf records of 21 in each file (README of the fixtures)
      assertThat(core.report().rowsKept()).as(name).isEqualTo(5);
      assertThat(core.report().excludedRows()).as(name).isEqualTo(16);
      for (int partitions : new int[] {1, 2, 7}) {
        Dataset<Row> text =
            SPARK.read().option("header", "true").csv(file.toString()).repartition(partitions);
        FlowDataset s = SparkFlowReader.comtrade().from(text);
        String where = name + " at " + partitions + " partitions";
        assertThat(flows(keptBySpark(s))).as(where).isEqualTo(flows(core.table()));
        ReadReport r = s.report();
        assertThat(r.excluded()).as(where).isEqualTo(core.report().excluded());
        assertThat(r.rowsRead()).as(where).isEqualTo(core.report().rowsRead());
        assertThat(r.rowsKept()).as(where).isEqualTo(core.report().rowsKept());
        assertThat(r.skippedRows()).as(where).isZero();
      }
      FlowDataset csv = SparkFlowReader.comtrade().csv(SPARK, file.toString());
      assertThat(flows(keptBySpark(csv))).as(name).isEqualTo(flows(core.table()));
      assertThat(csv.report().excluded()).as(name).isEqualTo(core.report().excluded());
      assertThat(csv.exports().rca()).as(name).isEqualTo(core.table().exports().rca());
    }
  }

  @Test
  void test_everyKindIsExcludedAndCountedLikeTheCore() throws IOException {
    // one record per rule, after a leaf record; blank breakdown codes are the total
    String text =
        """
            period,reporterCode,flowCode,partnerCode,cmdCode,aggrLevel,isLeaf,partner2Code,customsCode,motCode,mosCode,primaryValue
            2023,156,X,842,8517,4,1,0,C00,0,0,1
            2023,97,X,842,8517,4,1,0,C00,0,0,2
            2023,156,X,000,8517,4,1,0,C00,0,0,3
            2023,156,X,842,total,4,1,0,C00,0,0,4
            2023,156,X,842,85,0,1,0,C00,0,0,5
            2023,156,X,842,8518,4,FALSE,0,C00,0,0,6
            2023,156,X,842,8519,4,1,702,C00,0,0,7
            2023,156,X,842,8520,4,1,0,c01,0,0,8
            2023,156,X,842,8521,4,1,0,C00,2,0,9
            2023,156,X,842,8522,4,1,0,C00,0,3,10
            2023,156,X,842,8523,,,,,,,11
            2023, 097 ,X,842,8524,4,1,0,C00,0,0,12
            """;
    Path file = write("kinds.csv", text);
    ReadResult core = FlowReader.comtrade().read(file);
    FlowDataset s = SparkFlowReader.comtrade().csv(SPARK, file.toString());
    assertThat(s.report().excluded()).isEqualTo(core.report().excluded());
    assertThat(s.report().excluded())
        .containsEntry(Aggregate.REPORTER_GROUP, 2L)
        .containsEntry(Aggregate.PARTNER_WORLD, 1L)
        .containsEntry(Aggregate.COMMODITY_TOTAL, 2L)
        .containsEntry(Aggregate.COMMODITY_NOT_LEAF, 1L)
        .containsEntry(Aggregate.SECOND_PARTNER, 1L)
        .containsEntry(Aggregate.CUSTOMS_PROCEDURE, 1L)
        .containsEntry(Aggregate.TRANSPORT_MODE, 1L)
        .containsEntry(Aggregate.SUPPLY_MODE, 1L);
    // kept: 8517 (1) and 8523 (11, blank breakdowns): 1 + 11 = 12
    assertThat(s.total()).isEqualTo(core.table().total()).isEqualTo(12.0);
    assertThat(s.report().toString()).isEqualTo(core.report().toString().replace("kinds.csv", file.toString()));
  }

  @Test
  void test_legacyFlowCodes_areTheCurrentLetters() throws IOException {
    String text =
        """
            Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)
            2016,1,156,842,8517,1
            2016,2,156,842,8517,2
            2016,3,156,842,8517,4
            2016,4,156,842,8517,8
            """;
    Path file = write("legacy.csv", text);
    FlowTable core = FlowReader.comtrade().read(file).table();
    FlowDataset s = SparkFlowReader.comtrade().csv(SPARK, file.toString());
    assertThat(flows(keptBySpark(s))).isEqualTo(flows(core));
    assertThat(s.sum(Dimension.DIRECTION).asMap())
        .containsEntry("M", 1.0).containsEntry("X", 2.0).containsEntry("RX", 4.0)
        .containsEntry("RM", 8.0);
  }

  /** The core's strict message for a file, without the {@code file:line: } prefix. */
  private static String coreError(Path file) {
    try {
      FlowReader.comtrade().read(file);
    } catch (FlowFormatException e) {
      String m = String.valueOf(e.getMessage());
      return m.substring(m.indexOf(": ") + 2);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the core reader accepted " + file);
  }

  private static String sparkError(FlowDataset flows) {
    try {
      flows.total();
    } catch (FlowDatasetException e) {
      assertThat(e.badRows()).isEqualTo(1);
      assertThat(flows.report().skippedRows()).isEqualTo(1);
      String first = e.examples().get(0);
      return first.substring(first.indexOf(": ") + 2);
    }
    throw new AssertionError("Spark accepted " + flows);
  }

  @Test
  void test_badInput_isTheCoresError_andOnlyWhereTheCoreLooks() throws IOException {
    String header = "period,reporterCode,flowCode,partnerCode,cmdCode,isLeaf,primaryValue\n";
    // an isLeaf that is neither 0/false nor 1/true, on a record no earlier rule excludes
    Path leaf = write("leaf.csv", header + "2023,156,X,842,8517,maybe,1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, leaf.toString())))
        .isEqualTo(coreError(leaf))
        .isEqualTo("column 6 (isLeaf) \"maybe\": expected 1 or true (a leaf code), 0 or false (an"
            + " aggregate)");
    // the same cell on a partner World record: excluded before the isLeaf rule looks
    Path world = write("world.csv", header + "2023,156,X,842,8517,1,1\n2023,156,X,0,8517,maybe,1\n");
    FlowDataset w = SparkFlowReader.comtrade().csv(SPARK, world.toString());
    assertThat(w.total()).isEqualTo(FlowReader.comtrade().read(world).table().total());
    assertThat(w.report().excluded()).containsEntry(Aggregate.PARTNER_WORLD, 1L);
    // a negative value on an excluded record is still an error, as the core parses it first
    Path value = write("value.csv", header + "2023,156,X,0,8517,1,-1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, value.toString())))
        .isEqualTo(coreError(value));
    // a legacy flow code other than 1 to 4
    Path flow =
        write("flow.csv", "Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)\n2016,5,156,842,8517,1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, flow.toString())))
        .isEqualTo(coreError(flow));
    // a malformed partner code is an error even where the record would be excluded
    Path code = write("code.csv", header + "2023,97,X,8x,8517,1,1\n");
    assertThat(sparkError(SparkFlowReader.comtrade().csv(SPARK, code.toString())))
        .isEqualTo(coreError(code));
  }

  @Test
  void test_keptCodesAtTwoLevels_areRefusedWithTheCoresMessage() throws IOException {
    Path file =
        write(
            "levels.csv",
            """
                period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
                2023,156,X,842,85,10
                2023,156,X,842,8517,4
                """);
    String core = coreError(file);
    FlowDataset s = SparkFlowReader.comtrade().csv(SPARK, file.toString());
    assertThatThrownBy(() -> s.hhi(Dimension.PARTNER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(core)
        .hasMessageContaining("commodities 85 and 8517 are both in the file");
  }
}
