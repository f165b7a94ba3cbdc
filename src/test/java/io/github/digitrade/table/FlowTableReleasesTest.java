package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.digitrade.calc.DuplicatePolicy;
import io.github.digitrade.calc.HhiConvention;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Release;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The release (vintage) of each row as part of what a table holds. */
class FlowTableReleasesTest {

  private static final Release PRELIMINARY = Release.of(Vintage.PRELIMINARY);
  private static final Release REVISED = Release.of(Vintage.REVISED);

  /** CBEC's 2021 total in two releases and 2020 in one (CNY billions, GACC). */
  private static FlowTable cbecLike() {
    return FlowTable.builder()
        .add("CHN", "WLD", "TOTAL", "2021", "TOTAL", PRELIMINARY, 1980)
        .add("CHN", "WLD", "TOTAL", "2021", "TOTAL", REVISED, 1920)
        .add("CHN", "WLD", "TOTAL", "2020", "TOTAL", REVISED, 1620)
        .build();
  }

  @Test
  void cbec2021IsRefusedPooledAndLatestGivesTheRevisedFigure() {
    FlowTable t = cbecLike().year(2021);
    // pooled, 1980 + 1920 = 3900 would mean nothing: refused, naming the key, both releases and
    // how to choose
    assertThatThrownBy(t::total)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "total needs one release of each figure, and (CHN, WLD, TOTAL, 2021, TOTAL) is given"
                + " in several releases (preliminary 1980.0, revised 1920.0); the table holds"
                + " [preliminary, revised]: choose with latest() or vintage(...)");
    // latest: revised (rank 2) beats preliminary (rank 1), so 1920
    assertThat(t.latest().total()).isEqualTo(1920.0);
    assertThat(t.vintage(Vintage.PRELIMINARY).total()).isEqualTo(1980.0);
    assertThat(t.vintage(Vintage.REVISED).total()).isEqualTo(1920.0);
  }

  @Test
  void cbecFromTradeFlowsCarriesItsReleases() {
    FlowTable cbec = FlowTable.from(ChinaDigitalTrade.cbec());
    assertThat(cbec.releases()).isNotEmpty();
    FlowTable y2021 = cbec.direction(FlowDirection.TOTAL).year(2021);
    assertThatThrownBy(y2021::total)
        .hasMessageContaining("is given in several releases (preliminary")
        .hasMessageContaining("choose with latest() or vintage(...)");
    // the same figures as TradeFlows: 1920 revised, 1980 preliminary
    assertThat(y2021.latest().total()).isEqualTo(1920.0);
    assertThat(y2021.vintage(Vintage.PRELIMINARY).total()).isEqualTo(1980.0);
    // and the same latest() as TradeFlows over the whole collection: figure by figure
    FlowTable viaFlows = FlowTable.from(ChinaDigitalTrade.cbec().latest());
    FlowTable viaTable = cbec.latest();
    assertThat(viaTable.size()).isEqualTo(viaFlows.size());
    assertThat(viaTable.matrix(Dimension.PERIOD, Dimension.DIRECTION))
        .isEqualTo(viaFlows.matrix(Dimension.PERIOD, Dimension.DIRECTION));
  }

  @Test
  void keysOfDifferentReleasesAddUp() {
    FlowTable t = cbecLike();
    // 2020 is given only revised, 2021 (latest) revised: 1620 + 1920 = 3540
    assertThat(t.latest().total()).isEqualTo(3540.0);
    // 2020 revised and 2021 preliminary are different keys: 1620 + 1980 = 3600, no refusal
    FlowTable mixedKeys =
        FlowTable.builder()
            .add("CHN", "WLD", "TOTAL", "2021", "TOTAL", PRELIMINARY, 1980)
            .add("CHN", "WLD", "TOTAL", "2020", "TOTAL", REVISED, 1620)
            .build();
    assertThat(mixedKeys.total()).isEqualTo(3600.0);
    assertThat(mixedKeys.requireOneRelease()).isSameAs(mixedKeys);
    assertThat(mixedKeys.latest().size()).isEqualTo(2);
  }

  @Test
  void releasesAreListedEarliestFirstAndCountedByToString() {
    Release dated = Release.of(Vintage.REVISED, LocalDate.of(2023, 6, 1));
    FlowTable t =
        FlowTable.builder()
            .add("A", "B", "1", "2021", "X", dated, 1)
            .add("A", "B", "1", "2021", "X", Release.of(Vintage.FINAL), 2)
            .add("A", "B", "1", "2020", "X", PRELIMINARY, 3)
            .add("A", "B", "1", "2019", "X", REVISED, 4)
            .build();
    // by vintage, then date (a missing date first)
    assertThat(t.releases()).containsExactly(PRELIMINARY, REVISED, dated, Release.of(Vintage.FINAL));
    assertThat(t.toString())
        .isEqualTo(
            "FlowTable[4 rows; 1 reporter, 1 partner, 1 product, 3 periods, 1 direction;"
                + " 4 releases; total 10.0]");
    // latest of 2021: final (rank 3) over revised: 2; the others are alone in their key
    assertThat(t.latest().total()).isEqualTo(2.0 + 3 + 4);
    assertThat(t.release(0)).contains(dated);
    // a filter keeps the releases of the rows it keeps
    assertThat(t.year(2020).releases()).containsExactly(PRELIMINARY);
  }

  @Test
  void aTableWithoutReleasesBehavesAsBefore() {
    FlowTable t = FlowTable.builder().add("A", "B", "1", "2021", "X", 5).build();
    assertThat(t.releases()).isEmpty();
    assertThat(t.release(0)).isEmpty();
    assertThat(t.latest()).isSameAs(t);
    assertThat(t.requireOneRelease()).isSameAs(t);
    assertThat(t.toString())
        .isEqualTo(
            "FlowTable[1 row; 1 reporter, 1 partner, 1 product, 1 period, 1 direction; total 5.0]");
    assertThatThrownBy(() -> t.vintage(Vintage.REVISED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vintage = revised: the table has no release column");
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void vintageNotInTheTableIsAnErrorNamingItsReleases() {
    assertThatThrownBy(() -> cbecLike().vintage(Vintage.FINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vintage = final: the table's releases are [preliminary, revised]");
    assertThatThrownBy(() -> cbecLike().vintage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("vintage");
  }

  /** Every indicator and aggregate of one result, by name. */
  private static Map<String, Function<FlowTable, Object>> everyFace() {
    Map<String, Function<FlowTable, Object>> m = new LinkedHashMap<>();
    m.put("rca", FlowTable::rca);
    m.put("presence", FlowTable::presence);
    m.put("complexity", FlowTable::complexity);
    m.put("hhi", t -> t.hhi(Dimension.PARTNER));
    m.put("normalisedHhi", t -> t.normalisedHhi(Dimension.PARTNER, HhiConvention.ALL_LINES));
    m.put("concentrationRatio", t -> t.concentrationRatio(Dimension.PRODUCT, 1));
    m.put("theil", t -> t.theil(Dimension.PRODUCT, TheilConvention.ALL_LINES));
    m.put("shares", t -> t.shares(Dimension.REPORTER, Dimension.PARTNER));
    m.put("tradeIntensity", FlowTable::tradeIntensity);
    m.put("exportSimilarity", FlowTable::exportSimilarity);
    m.put("grubelLloyd", t -> t.grubelLloyd("X", "M"));
    m.put("sum", t -> t.sum(Dimension.REPORTER));
    m.put("matrix", t -> t.matrix(Dimension.REPORTER, Dimension.PRODUCT));
    m.put("total", FlowTable::total);
    return m;
  }

  private static FlowTable exportsInTwoReleases() {
    return FlowTable.builder()
        .add("CHN", "USA", "8517", "2023", "X", PRELIMINARY, 90)
        .add("CHN", "USA", "8517", "2023", "X", REVISED, 95)
        .add("CHN", "DEU", "2709", "2023", "X", REVISED, 10)
        .add("IDN", "USA", "2709", "2023", "X", REVISED, 45)
        .add("IDN", "USA", "8517", "2023", "M", REVISED, 5)
        .build();
  }

  @Test
  void everyIndicatorRefusesAKeyGivenInSeveralReleases() {
    FlowTable t = exportsInTwoReleases();
    everyFace()
        .forEach(
            (name, face) -> {
              FlowTable input = name.equals("grubelLloyd") ? t : t.exports();
              assertThatThrownBy(() -> face.apply(input))
                  .as(name)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith(name + " needs one release of each figure")
                  .hasMessageContaining("(CHN, USA, 8517, 2023, X) is given in several releases")
                  .hasMessageContaining("choose with latest() or vintage(...)");
              // after the choice, every face answers
              FlowTable chosen = name.equals("grubelLloyd") ? t.latest() : t.exports().latest();
              assertThat(face.apply(chosen)).as(name).isNotNull();
            });
    assertThatThrownBy(() -> t.exports().byPeriod().hhi(Dimension.PARTNER))
        .hasMessageStartingWith("hhi needs one release of each figure");
    assertThatThrownBy(() -> t.byPeriod().sum(Dimension.REPORTER))
        .hasMessageStartingWith("sum needs one release of each figure");
    // latest: CHN exports 95 (revised over preliminary 90) + 10 = 105, IDN 45
    assertThat(t.exports().latest().sum(Dimension.REPORTER).get("CHN")).isEqualTo(105.0);
    assertThat(t.exports().latest().byPeriod().sum(Dimension.REPORTER).get("2023").get("IDN"))
        .isEqualTo(45.0);
  }

  @Test
  void rejectedDuplicatesIncludeTheRelease() {
    // the same key in two releases is not a duplicate
    FlowTable twoReleases =
        FlowTable.builder()
            .duplicates(DuplicatePolicy.REJECT)
            .add("A", "B", "1", "2021", "X", PRELIMINARY, 1)
            .add("A", "B", "1", "2021", "X", REVISED, 2)
            .build();
    assertThat(twoReleases.size()).isEqualTo(2);
    // the same key in the same release is
    FlowTableBuilder b =
        FlowTable.builder()
            .duplicates(DuplicatePolicy.REJECT)
            .add("A", "B", "1", "2021", "X", REVISED, 1)
            .add("A", "B", "1", "2021", "X", REVISED, 2);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "1 duplicate key (A, B, 1, 2021, X, revised): expected each (reporter, partner,"
                + " product, period, direction, release) once under DuplicatePolicy.REJECT");
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void badReleaseInputIsRefused() {
    // rows with and without a release cannot be mixed
    FlowTableBuilder mixed =
        FlowTable.builder()
            .add("A", "B", "1", "2021", "X", 1)
            .add("A", "B", "1", "2021", "X", REVISED, 2);
    assertThatThrownBy(mixed::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "1 of 2 rows have no release, the others one of [revised]: expected a release for"
                + " every row or for none");
    // a release code outside the dictionary adds nothing
    FlowTableBuilder b = FlowTable.builder();
    int r = b.code(Dimension.REPORTER, "A");
    assertThatThrownBy(() -> b.addCodes(r, r, r, r, r, 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("release code = 0: expected a code from 0 to -1 (the dictionary has 0 releases)");
    assertThat(b.size()).isZero();
    assertThatThrownBy(() -> b.releaseCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("release");
    assertThatThrownBy(() -> FlowTable.builder().add("A", "B", "1", "2021", "X", REVISED, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cbecLike().release(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** A row: key indices, a release index (0 preliminary … 3 final) and a value. */
  private record Row(int reporter, int product, int year, int release, int value) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 2)
        .zip(integers().between(0, 2), integers().between(0, 2), (a, b, c) -> new int[] {a, b, c})
        .zip(
            integers().between(0, 3),
            integers().between(0, 1000),
            (k, r, v) -> new Row(k[0], k[1], k[2], r, v));
  }

  private static final Release[] RELEASES = {
    PRELIMINARY, REVISED, Release.of(Vintage.REVISED, LocalDate.of(2024, 5, 1)),
    Release.of(Vintage.FINAL)
  };

  private static FlowTable table(List<Row> rows, boolean withReleases) {
    FlowTableBuilder b = FlowTable.builder();
    for (Row x : rows) {
      String r = "R" + x.reporter;
      String k = "0" + x.product;
      String y = Integer.toString(2021 + x.year);
      if (withReleases) {
        b.add(r, "W", k, y, "X", RELEASES[x.release], x.value);
      } else {
        b.add(r, "W", k, y, "X", x.value);
      }
    }
    return b.build();
  }

  @Test
  void latestHoldsOneReleasePerKeyAndIsIdempotent() {
    qt().withExamples(500)
        .forAll(lists().of(rows()).ofSizeBetween(0, 40))
        .checkAssert(
            list -> {
              FlowTable latest = table(list, true).latest();
              assertThat(latest.requireOneRelease()).isSameAs(latest);
              assertThat(latest.latest().size()).isEqualTo(latest.size());
              // every key survives: latest drops releases, never keys
              Set<List<Integer>> keys = new HashSet<>();
              for (Row x : list) {
                keys.add(List.of(x.reporter, x.product, x.year));
              }
              Set<List<String>> left = new HashSet<>();
              for (int i = 0; i < latest.size(); i++) {
                left.add(
                    List.of(
                        latest.label(Dimension.REPORTER, i),
                        latest.label(Dimension.PRODUCT, i),
                        latest.label(Dimension.PERIOD, i)));
              }
              assertThat(left).hasSize(keys.size());
            });
  }

  @Test
  void oneReleasePerKeyTotalsAsIfThereWereNoReleaseColumn() {
    qt().withExamples(500)
        .forAll(lists().of(rows()).ofSizeBetween(0, 40))
        .checkAssert(
            list -> {
              // keep the first row of each key: one release per key
              Set<List<Integer>> seen = new HashSet<>();
              List<Row> unique = new ArrayList<>();
              for (Row x : list) {
                if (seen.add(List.of(x.reporter, x.product, x.year))) {
                  unique.add(x);
                }
              }
              FlowTable with = table(unique, true);
              FlowTable without = table(unique, false);
              assertThat(with.total()).isEqualTo(without.total());
              assertThat(with.matrix(Dimension.REPORTER, Dimension.PERIOD))
                  .isEqualTo(without.matrix(Dimension.REPORTER, Dimension.PERIOD));
            });
  }

  @Test
  void vintagesPartitionTheRows() {
    qt().withExamples(500)
        .forAll(lists().of(rows()).ofSizeBetween(1, 40))
        .checkAssert(
            list -> {
              FlowTable t = table(list, true);
              int n = 0;
              for (Vintage v : Vintage.values()) {
                boolean present = t.releases().stream().anyMatch(r -> r.vintage() == v);
                if (present) {
                  n += t.vintage(v).size();
                }
              }
              assertThat(n).isEqualTo(t.size());
            });
  }
}
