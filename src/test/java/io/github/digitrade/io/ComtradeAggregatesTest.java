package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * UN Comtrade files hold partner World, commodity TOTAL, commodities above the leaf level and
 * breakdown records beside the leaf records; summing them all counted trade two to four times.
 * The fixtures (synthetic, see {@code comtrade/README.md}) follow both header generations and hold
 * the same 21 records: 5 leaf records and 16 aggregates or breakdowns.
 */
class ComtradeAggregatesTest {

  private static final String CURRENT = "comtrade/comtrade_plus_2023.csv";
  private static final String LEGACY = "comtrade/comtrade_legacy_2016.csv";

  static ReadResult read(FlowReader reader, String fixture) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(ComtradeAggregatesTest.class.getResourceAsStream(fixture), fixture)) {
      return reader.read(in, fixture.substring(fixture.indexOf('/') + 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, LEGACY})
  void test_chinaExports_areTheLeafRecordsOnly(String fixture) throws IOException {
    FlowTable t = read(FlowReader.comtrade().withIsoCodes(), fixture).table();
    // CHN's leaf exports: 60 to the USA (851712) + 40 to Indonesia (010121) = 100; summing every
    // record gave 400 (+100 to World by product, +100 TOTAL by partner, +100 TOTAL to World)
    assertThat(t.exports().filter(Dimension.REPORTER, "CHN").total()).isEqualTo(100.0);
    assertThat(t.filter(Dimension.DIRECTION, "M").filter(Dimension.REPORTER, "CHN").total())
        .isEqualTo(30.0);
    assertThat(t.labels(Dimension.PARTNER)).doesNotContain("WLD", "0");
    assertThat(t.labels(Dimension.PRODUCT)).containsExactlyInAnyOrder("851712", "010121");
    assertThat(t.labels(Dimension.REPORTER)).containsExactlyInAnyOrder("CHN", "IDN", "USA");
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, LEGACY})
  void test_worldIsNoPartner_andTotalIsNoProduct(String fixture) throws IOException {
    FlowTable t = read(FlowReader.comtrade().withIsoCodes(), fixture).table();
    // CHN's partner shares: USA 60 / 100, IDN 40 / 100; World had 200 / 400 = 50% before
    Map<String, Double> partners =
        t.exports().filter(Dimension.REPORTER, "CHN").sum(Dimension.PARTNER).asMap();
    assertThat(partners).containsOnlyKeys("USA", "IDN").containsEntry("USA", 60.0);
    assertThat(t.exports().rca().columnLabels()).doesNotContain("TOTAL").contains("851712");
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, LEGACY})
  void test_transportBreakdown_doesNotDoubleTheFlow(String fixture) throws IOException {
    FlowTable t = read(FlowReader.comtrade().withIsoCodes(), fixture).table();
    // USA -> CHN 851712: the total over modes of transport is 100; sea 60 + air 30 made it 190
    assertThat(
            t.exports()
                .filter(Dimension.REPORTER, "USA")
                .filter(Dimension.PARTNER, "CHN")
                .filter(Dimension.PRODUCT, "851712")
                .total())
        .isEqualTo(100.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, LEGACY})
  void test_everyExcludedRecord_isCountedByKind(String fixture) throws IOException {
    ReadReport r = read(FlowReader.comtrade(), fixture).report();
    Map<Aggregate, Long> expected = new LinkedHashMap<>();
    expected.put(Aggregate.REPORTER_GROUP, 1L);
    expected.put(Aggregate.PARTNER_WORLD, 6L);
    expected.put(Aggregate.COMMODITY_TOTAL, 4L);
    expected.put(Aggregate.COMMODITY_NOT_LEAF, 1L);
    expected.put(Aggregate.SECOND_PARTNER, 1L);
    expected.put(Aggregate.CUSTOMS_PROCEDURE, 1L);
    expected.put(Aggregate.TRANSPORT_MODE, 2L);
    assertThat(r.excluded()).containsExactlyEntriesOf(expected);
    // 21 records = 5 kept + 16 excluded + 0 skipped
    assertThat(r.rowsRead()).isEqualTo(21);
    assertThat(r.rowsKept()).isEqualTo(5);
    assertThat(r.excludedRows()).isEqualTo(16);
    assertThat(r.skippedRows()).isZero();
    assertThat(r.toString())
        .endsWith(
            ": 21 rows read, 5 kept, 16 excluded as aggregates or breakdowns (reporter European"
                + " Union (97) 1, partner World (0) 6, commodity TOTAL 4, commodity above the leaf"
                + " level 1, second partner other than World 1, customs procedure other than C00"
                + " 1, mode of transport other than 0 2), 0 skipped");
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, LEGACY})
  void test_aggregates_onRequest_areSeparateTablesByKindAndCode(String fixture)
      throws IOException {
    ReadResult r = read(FlowReader.comtrade().withIsoCodes().withAggregates(), fixture);
    assertThat(r.table().size()).isEqualTo(5);
    Map<String, Double> totals = new LinkedHashMap<>();
    long rows = 0;
    for (AggregateTable a : r.aggregates()) {
      totals.put(a.kind() + (a.code().isEmpty() ? "" : " " + a.code()), a.table().total());
      rows += a.table().size();
    }
    // every excluded record is in exactly one table
    assertThat(rows).isEqualTo(16);
    assertThat(totals)
        .containsEntry("TRANSPORT_MODE 1", 60.0)
        .containsEntry("TRANSPORT_MODE 2", 30.0)
        .containsEntry("CUSTOMS_PROCEDURE C01", 10.0)
        .containsEntry("SECOND_PARTNER 702", 5.0)
        .containsEntry("COMMODITY_NOT_LEAF", 30.0)
        .containsEntry("REPORTER_GROUP", 70.0)
        // World: CHN 60 + 40 + 100 (TOTAL) + 30 (M), IDN 30, USA 100
        .containsEntry("PARTNER_WORLD", 360.0)
        // TOTAL by partner: CHN 60 + 40, IDN 30, USA 100
        .containsEntry("COMMODITY_TOTAL", 230.0);
    AggregateTable world =
        r.aggregates().stream().filter(a -> a.kind() == Aggregate.PARTNER_WORLD).findFirst()
            .orElseThrow();
    assertThat(world.table().labels(Dimension.PARTNER)).containsExactly("WLD");
    assertThat(world.toString()).isEqualTo("PARTNER_WORLD: 6 rows");
    // without the option the aggregates are only counted
    assertThat(read(FlowReader.comtrade(), fixture).aggregates()).isEmpty();
  }

  @Test
  void test_levelsMixedWithoutIsLeaf_areRefused() {
    String text =
        """
        period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
        2023,156,X,842,85,60
        2023,156,X,842,8517,60
        """;
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "c.csv:1: \"\": commodities 85 and 8517 are both in the file: 85 holds 8517, so a sum"
                + " over commodities would count 8517 twice: expected leaf codes only (give the"
                + " isLeaf or aggrLevel column, or keep one level of the classification)");
  }

  @Test
  void test_badFlags_areMalformedRows() throws IOException {
    String text =
        """
        period,reporterCode,flowCode,partnerCode,cmdCode,isLeaf,primaryValue
        2023,156,X,842,851712,maybe,60
        2023,156,X,842,851713,1,60
        """;
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "c.csv:2: column 6 (isLeaf) \"maybe\": expected 1 or true (a leaf code), 0 or false"
                + " (an aggregate)");
    ReadResult lenient =
        FlowReader.comtrade()
            .withMode(ReadMode.LENIENT)
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.csv");
    assertThat(lenient.report().skippedRows()).isEqualTo(1);
    assertThat(lenient.table().total()).isEqualTo(60.0);
    // a malformed country code is malformed even on a World record
    assertThatThrownBy(
            () -> read("period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n2023,CHN,X,0,TOTAL,1\n"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("column 2 (reporterCode) \"CHN\": not a whole number");
  }

  @Test
  void test_blankBreakdownCodes_areTheTotal() throws IOException {
    String text =
        """
        period,reporterCode,flowCode,partnerCode,partner2Code,customsCode,motCode,cmdCode,primaryValue
        2023,156,X,842,,,,851712,60
        2023,156,X,842,000,C00,0,851713,5
        """;
    ReadResult r = read(text);
    assertThat(r.table().total()).isEqualTo(65.0);
    assertThat(r.report().excluded()).isEmpty();
  }

  private static ReadResult read(String text) throws IOException {
    return FlowReader.comtrade()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "c.csv");
  }

  @Test
  void test_listOfKinds_isDocumented() {
    assertThat(List.of(Aggregate.values())).hasSize(8);
    assertThat(Aggregate.TRANSPORT_MODE.description()).isEqualTo("mode of transport other than 0");
  }
}
