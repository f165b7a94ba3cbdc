package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.calc.ComplexityIndices;
import io.github.digitrade.calc.Exclusion;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.calc.MatrixSeries;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.calc.VectorSeries;
import io.github.digitrade.io.FlowReader;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import io.github.digitrade.reference.PartnerGroups;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The pooled cases a table used to sum silently: a tidy file with exports and imports for
 * 2021–2023 ({@code panel_2021_2023.csv}) and the CBEC releases of 2021.
 */
class SafePanelsTest {

  private static FlowTable panel() throws IOException {
    try (InputStream in = SafePanelsTest.class.getResourceAsStream("panel_2021_2023.csv")) {
      return FlowReader.tidy()
          .read(Objects.requireNonNull(in, "panel_2021_2023.csv"), "panel_2021_2023.csv")
          .table();
    }
  }

  /** Every one-direction indicator, by name, as a call on a table. */
  private static final Map<String, Function<FlowTable, Object>> ONE_DIRECTION =
      Map.of(
          "rca", FlowTable::rca,
          "presence", FlowTable::presence,
          "complexity", FlowTable::complexity,
          "hhi", t -> t.hhi(Dimension.PARTNER),
          "normalisedHhi", t -> t.normalisedHhi(Dimension.PARTNER, HhiConvention.ALL_LINES),
          "concentrationRatio", t -> t.concentrationRatio(Dimension.PRODUCT, 1),
          "theil", t -> t.theil(Dimension.PRODUCT, TheilConvention.ALL_LINES),
          "shares", t -> t.shares(Dimension.REPORTER, Dimension.PARTNER),
          "tradeIntensity", FlowTable::tradeIntensity,
          "exportSimilarity", FlowTable::exportSimilarity);

  @Test
  void everyOneDirectionIndicatorRefusesBothDirectionsAndSaysHowToChoose() throws IOException {
    FlowTable t = panel();
    for (Map.Entry<String, Function<FlowTable, Object>> e : ONE_DIRECTION.entrySet()) {
      assertThatThrownBy(() -> e.getValue().apply(t))
          .as(e.getKey())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              e.getKey()
                  + " needs one direction, and this table holds 2 (M, X): choose with exports(),"
                  + " imports() or direction(...)");
    }
    // per period, the direction is checked too
    assertThatThrownBy(() -> t.byPeriod().hhi(Dimension.PARTNER))
        .hasMessageContaining("hhi needs one direction, and this table holds 2 (M, X)");
  }

  @Test
  void everyOneDirectionIndicatorRefusesThreeYearsAndPointsToByPeriod() throws IOException {
    FlowTable x = panel().exports();
    for (Map.Entry<String, Function<FlowTable, Object>> e : ONE_DIRECTION.entrySet()) {
      assertThatThrownBy(() -> e.getValue().apply(x))
          .as(e.getKey())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              e.getKey()
                  + " needs one period, and this table holds 3 (2021, 2022, 2023): choose one with"
                  + " period(...) or year(...), or ask for one result per period with byPeriod()");
    }
    assertThatThrownBy(() -> panel().filter(Dimension.REPORTER, "CHN").grubelLloyd("X", "M"))
        .hasMessageContaining("grubelLloyd needs one period, and this table holds 3");
  }

  @Test
  void rcaOfOneDirectionAndYearIsNotThePooledNumber() throws IOException {
    FlowTable t = panel();
    // 2023 exports: CHN 100 (2709: 20), IDN 50 (2709: 45); X_w = 150, X_2709 = 65
    // RCA CHN 2709 = (20/100)/(65/150) = 0.461538…
    LabeledMatrix rca = t.exports().year(2023).rca();
    assertThat(rca.get("CHN", "2709")).isCloseTo(0.2 / (65.0 / 150), within(1e-15));
    // the raw group-by still pools on request: all rows, both directions, three years
    // CHN 2709 = 50 (X) + 270 (M) = 320 of CHN's 570; 2709 = 455 of 770 → (320/570)/(455/770)
    LabeledMatrix pooled = Specialization.rca(t.matrix(Dimension.REPORTER, Dimension.PRODUCT));
    assertThat(pooled.get("CHN", "2709"))
        .isCloseTo((320.0 / 570) / (455.0 / 770), within(1e-15))
        .isNotCloseTo(rca.get("CHN", "2709"), within(0.1));
  }

  @Test
  void hhiPerPeriodIsALabelledSeries() throws IOException {
    VectorSeries hhi = panel().exports().byPeriod().hhi(Dimension.PARTNER);
    assertThat(hhi.periods()).containsExactly("2021", "2022", "2023");
    // CHN by partner: 2021 USA 70, DEU 30 → 0.49 + 0.09; 2022 50/50 → 0.5; 2023 60/40 → 0.52
    LabeledVector chn = hhi.series("CHN");
    assertThat(chn.labels()).containsExactly("2021", "2022", "2023");
    assertThat(chn.toArray()).containsExactly(new double[] {0.58, 0.5, 0.52}, within(1e-15));
    // IDN: 2021 40/10 → 0.68; 2022 30/20 → 0.52; 2023 5/45 → 0.82
    assertThat(hhi.series("IDN").toArray())
        .containsExactly(new double[] {0.68, 0.52, 0.82}, within(1e-15));
    // one result per period is the single result of that period's table
    assertThat(hhi.get(Period.ofYear(2022)))
        .isEqualTo(panel().exports().year(2022).hhi(Dimension.PARTNER));
    assertThat(hhi.toString()).startsWith("VectorSeries[3 periods]\n2021: LabeledVector{CHN=");
  }

  @Test
  void everyIndicatorHasItsPerPeriodFace() throws IOException {
    FlowTable x = panel().exports();
    ByPeriod bp = x.byPeriod();
    for (String y : List.of("2021", "2022", "2023")) {
      FlowTable one = x.filter(Dimension.PERIOD, y);
      assertThat(bp.rca().get(y)).isEqualTo(one.rca());
      assertThat(bp.presence().get(y)).isEqualTo(one.presence());
      assertThat(bp.shares(Dimension.REPORTER, Dimension.PRODUCT).get(y))
          .isEqualTo(one.shares(Dimension.REPORTER, Dimension.PRODUCT));
      assertThat(bp.concentrationRatio(Dimension.PARTNER, 1).get(y))
          .isEqualTo(one.concentrationRatio(Dimension.PARTNER, 1));
      assertThat(bp.theil(Dimension.PRODUCT, TheilConvention.POSITIVE_LINES).get(y))
          .isEqualTo(one.theil(Dimension.PRODUCT, TheilConvention.POSITIVE_LINES));
      assertThat(bp.normalisedHhi(Dimension.PARTNER, HhiConvention.ALL_LINES).get(y))
          .isEqualTo(one.normalisedHhi(Dimension.PARTNER, HhiConvention.ALL_LINES));
      assertThat(bp.tradeIntensity().get(y)).isEqualTo(one.tradeIntensity());
      assertThat(bp.exportSimilarity().get(y)).isEqualTo(one.exportSimilarity());
      assertThat(bp.sum(Dimension.REPORTER).get(y)).isEqualTo(one.sum(Dimension.REPORTER));
    }
    // 2023 RCA of CHN in 2709 as a cell series: 2021 (10/100)/(50/150) = 0.3, …
    MatrixSeries rca = bp.rca();
    assertThat(rca.series("CHN", "2709").get("2021")).isCloseTo(0.1 / (50.0 / 150), within(1e-15));
    // Grubel-Lloyd per period of CHN: 2021 2709 X 10, M 80 → 1 − 70/90
    VectorSeries gl = panel().filter(Dimension.REPORTER, "CHN").byPeriod().grubelLloyd("X", "M");
    assertThat(gl.get("2021").get("2709")).isCloseTo(1 - 70.0 / 90, within(1e-15));
  }

  @Test
  void complexityPerPeriodEqualsComplexityOfEachPeriod() {
    FlowTableBuilder b = FlowTable.builder();
    // nested baskets in both years: A p1..p3, B p1..p2, C p1
    String[][] baskets = {{"p1", "p2", "p3"}, {"p1", "p2"}, {"p1"}};
    String[] countries = {"A", "B", "C"};
    for (String year : List.of("2022", "2023")) {
      for (int c = 0; c < 3; c++) {
        for (String p : baskets[c]) {
          b.add(countries[c], "W", p, year, "X", 10.0 / baskets[c].length);
        }
      }
    }
    FlowTable t = b.build();
    var cs = t.byPeriod().complexity();
    ComplexityIndices y2023 = t.year(2023).complexity();
    assertThat(cs.get("2023").eci()).isEqualTo(y2023.eci());
    assertThat(cs.eci().series("A").toArray())
        .containsExactly(new double[] {y2023.eci().get("A"), y2023.eci().get("A")}, within(0.0));
    assertThat(cs.pci().get("2022")).isEqualTo(t.year(2022).complexity().pci());
  }

  @Test
  void aFilterOnALabelNotInTheDictionaryIsAnErrorNamingTheClosestLabels() throws IOException {
    FlowTable t = panel();
    assertThatThrownBy(() -> t.year(2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period \"2024\" is not a label of this table; closest: 2021, 2022, 2023: expected one"
                + " of its 3 period labels");
    assertThatThrownBy(() -> t.filter(Dimension.REPORTER, "CNH"))
        .hasMessageStartingWith("reporter \"CNH\" is not a label of this table; closest: CHN");
    // a table read without ISO codes has numeric labels: "IDN" is not one of them
    FlowTable numeric =
        FlowTable.builder().add("156", "360", "8517", "2023", "X", 1).build();
    assertThatThrownBy(() -> numeric.filter(Dimension.PARTNER, "IDN"))
        .hasMessageStartingWith("partner \"IDN\" is not a label of this table; closest: 360");
    assertThatThrownBy(() -> t.imports().direction(FlowDirection.RE_EXPORT))
        .hasMessageStartingWith("direction \"RX\" is not a label of this table");
    // a known label that matches no remaining row gives an empty table
    assertThat(t.exports().year(2022).filter(Dimension.PRODUCT, "8517").filter(Dimension.REPORTER, "IDN").size())
        .isZero();
  }

  @Test
  void toStringCountsWhatTheRowsHold() throws IOException {
    FlowTable t = panel();
    assertThat(t.toString())
        .isEqualTo(
            "FlowTable[20 rows; 2 reporters, 2 partners, 2 products, 3 periods, 2 directions;"
                + " total 770.0]");
    FlowTable one = t.exports().year(2021).filter(Dimension.PARTNER, "USA");
    assertThat(one.toString())
        .isEqualTo(
            "FlowTable[3 rows; 2 reporters, 1 partner, 2 products, 1 period, 1 direction;"
                + " total 110.0]");
    assertThat(one.labels(Dimension.PARTNER)).hasSize(2); // the dictionary is shared
    assertThat(one.labelsPresent(Dimension.PARTNER)).containsExactly("USA");
    assertThat(t.periods())
        .containsExactly(Period.ofYear(2021), Period.ofYear(2022), Period.ofYear(2023));
  }

  @Test
  void groupFiltersUseMembershipOnTheDate() throws IOException {
    FlowTable t = panel();
    // RCEP: China from 2022-01-01 (Indonesia's date is not embedded: no confirmed source)
    LocalDate mid2022 = LocalDate.of(2022, 6, 30);
    assertThat(t.reporterIn(PartnerGroups.rcep(), LocalDate.of(2021, 12, 31)).size()).isZero();
    assertThat(t.reporterIn(PartnerGroups.rcep(), mid2022).labelsPresent(Dimension.REPORTER))
        .containsExactly("CHN");
    // ASEAN: Indonesia a founding member from 1967-08-08
    assertThat(t.reporterIn(PartnerGroups.asean(), LocalDate.of(1967, 8, 7)).size()).isZero();
    assertThat(t.reporterIn(PartnerGroups.asean(), mid2022).labelsPresent(Dimension.REPORTER))
        .containsExactly("IDN");
    // no ASEAN partner in an alpha-3 table: empty, not an error
    assertThat(t.partnerIn(PartnerGroups.asean(), mid2022).size()).isZero();
    // numeric codes: no member can match, which is an error saying how to label the codes
    FlowTable numeric = FlowTable.builder().add("156", "360", "8517", "2023", "X", 1).build();
    assertThatThrownBy(() -> numeric.partnerIn(PartnerGroups.asean(), mid2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("members of ASEAN on 2022-06-30")
        .hasMessageContaining("whose labels are 360")
        .hasMessageContaining("withIsoCodes()");
  }

  @Test
  void cbecReleasesAreNotAddedTogether() {
    TradeFlows y2021 =
        ChinaDigitalTrade.cbec().period(Period.ofYear(2021)).direction(FlowDirection.TOTAL);
    // 1980 preliminary + 1920 revised = 3900 was the pooled total
    assertThatThrownBy(y2021::total)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is given in several releases (preliminary")
        .hasMessageContaining("choose with latest() or vintage(...)");
    assertThat(y2021.latest().total()).isEqualTo(Money.of("1920", "CNY"));
    assertThat(y2021.vintage(Vintage.PRELIMINARY).total()).isEqualTo(Money.of("1980", "CNY"));
    // the table carries the releases, and its totals refuse them pooled
    assertThatThrownBy(() -> FlowTable.from(ChinaDigitalTrade.cbec()).total())
        .hasMessageContaining("several releases");
    assertThatThrownBy(() -> ChinaDigitalTrade.cbec().totalsBy(f -> f.period()))
        .hasMessageContaining("several releases");
    FlowTable latest = FlowTable.from(ChinaDigitalTrade.cbec().latest());
    assertThat(
            latest
                .direction(FlowDirection.TOTAL)
                .filter(Dimension.PERIOD, "2021")
                .total())
        .isEqualTo(1920.0);
  }

  @Test
  void latestKeepsTheLaterVintageOfEachFigureAndNothingElse() {
    TradeFlows cbec = ChinaDigitalTrade.cbec();
    TradeFlows latest = cbec.latest();
    // every figure once: latest of latest is latest, and latest passes the one-release check
    assertThat(latest.latest()).isEqualTo(latest);
    assertThat(latest.requireOneRelease()).isSameAs(latest);
    // 2021: preliminary 1980 gives way to revised 1920; 2022: 2110 (no vintage) to final 2100
    TradeFlows total = latest.direction(FlowDirection.TOTAL);
    assertThat(total.period(Period.ofYear(2021)).asList())
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(Money.of("1920", "CNY")));
    assertThat(total.period(Period.ofYear(2022)).total()).isEqualTo(Money.of("2100", "CNY"));
    // a figure given once is kept whatever its vintage: 2020 exports, preliminary only
    assertThat(
            latest.direction(FlowDirection.EXPORT).period(Period.ofYear(2020)).total())
        .isEqualTo(Money.of("1120", "CNY"));
  }

  @Test
  void exclusionsSurvivePerPeriod() {
    FlowTable t =
        FlowTable.builder()
            .add("CHN", "USA", "8517", "2022", "X", 1)
            .add("ATA", "USA", "8517", "2022", "X", 0)
            .add("CHN", "USA", "8517", "2023", "X", 2)
            .build();
    VectorSeries hhi = t.byPeriod().hhi(Dimension.PRODUCT);
    assertThat(hhi.get("2022").excluded()).extracting(Exclusion::label).containsExactly("ATA");
    // ATA has no row in 2023: the series of ATA lists both periods as excluded, with reasons
    assertThat(hhi.series("ATA").size()).isZero();
    assertThat(hhi.series("ATA").excluded()).extracting(Exclusion::label)
        .containsExactly("2022", "2023");
  }

  @Test
  void aSeriesChartsAsATimeSeriesAndPeriodsComeInTimeOrder() throws IOException {
    VectorSeries hhi = panel().exports().byPeriod().hhi(Dimension.PARTNER);
    io.github.digitrade.report.Chart chart =
        io.github.digitrade.report.Chart.line("Partner HHI of CHN", "0–1", hhi.series("CHN"));
    assertThat(chart.size()).isEqualTo(3);
    // periods sort by time, not by text: 2023-Q4 (from 1 October) before 2023-12 (from 1
    // December), although "2023-12" < "2023-Q4" as strings
    FlowTable t =
        FlowTable.builder()
            .add("CHN", "USA", "8517", "2024", "X", 1)
            .add("CHN", "USA", "8517", "2023-12", "X", 1)
            .add("CHN", "USA", "8517", "2023-Q4", "X", 1)
            .build();
    assertThat(t.byPeriod().periods()).containsExactly("2023-Q4", "2023-12", "2024");
    assertThat(t.byPeriod().toString())
        .startsWith("ByPeriod[3 periods: 2023-Q4, 2023-12, 2024] of FlowTable[3 rows;");
  }
}
