package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.calc.Bilateral;
import io.github.digitrade.calc.Complexity;
import io.github.digitrade.calc.Concentration;
import io.github.digitrade.calc.Exclusion;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.Shares;
import io.github.digitrade.calc.Specialization;
import io.github.digitrade.calc.TheilConvention;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import org.junit.jupiter.api.Test;

class FlowTablePanelsTest {

  /** CHN exports 90 of 8517 and 10 of 1511; IDN 5 and 45; ATA nothing but an import. */
  private static FlowTable table() {
    return FlowTable.builder()
        .add("CHN", "USA", "8517", "2022", "X", 60)
        .add("CHN", "DEU", "8517", "2022", "X", 30)
        .add("CHN", "USA", "1511", "2022", "X", 10)
        .add("IDN", "USA", "8517", "2022", "X", 5)
        .add("IDN", "DEU", "1511", "2022", "X", 45)
        .add("CHN", "USA", "1511", "2022", "M", 4)
        .build();
  }

  private static FlowTable exports() {
    return table().filter(Dimension.DIRECTION, "X");
  }

  @Test
  void rcaIsTheBalassaIndexOfTheExporterProductMatrix() {
    // X_w = 150; IDN 1511: (45/50)/(55/150) = 2.4545…; CHN 8517: (90/100)/(95/150) = 1.4210…
    LabeledMatrix rca = exports().rca();
    assertThat(rca.get("IDN", "1511")).isCloseTo(0.9 / (55.0 / 150), within(1e-15));
    assertThat(rca.get("CHN", "8517")).isCloseTo(0.9 / (95.0 / 150), within(1e-15));
    assertThat(rca)
        .isEqualTo(Specialization.rca(exports().matrix(Dimension.REPORTER, Dimension.PRODUCT)));
    assertThat(exports().presence().toArray()).containsExactly(0, 1, 1, 0);
  }

  @Test
  void concentrationPerReporterUsesTheCalcKernels() {
    // CHN basket shares 0.1 and 0.9: HHI = 0.01 + 0.81 = 0.82; IDN 0.9, 0.1: 0.82
    assertThat(exports().hhi(Dimension.PRODUCT).toArray())
        .containsExactly(new double[] {0.82, 0.82}, within(1e-15));
    LabeledMatrix byPartner = exports().matrix(Dimension.REPORTER, Dimension.PARTNER);
    assertThat(exports().hhi(Dimension.PARTNER)).isEqualTo(Concentration.hhiByRow(byPartner));
    assertThat(exports().concentrationRatio(Dimension.PRODUCT, 1).toArray())
        .containsExactly(new double[] {0.9, 0.9}, within(1e-15));
    assertThat(exports().theil(Dimension.PRODUCT, TheilConvention.POSITIVE_LINES))
        .isEqualTo(
            Concentration.theilByRow(
                exports().matrix(Dimension.REPORTER, Dimension.PRODUCT),
                TheilConvention.POSITIVE_LINES));
  }

  @Test
  void sharesIntensityAndSimilarity() {
    LabeledMatrix shares = exports().shares(Dimension.REPORTER, Dimension.PRODUCT);
    // CHN: 10/100 and 90/100
    assertThat(shares.row("CHN").toArray()).containsExactly(0.1, 0.9);
    assertThat(shares)
        .isEqualTo(Shares.sharesByRow(exports().matrix(Dimension.REPORTER, Dimension.PRODUCT)));
    // M_DEU = 30 + 45 = 75, M_USA = 75, M_w = 150; TII CHN→DEU = (30/100)/(75/150) = 0.6
    LabeledMatrix tii = exports().tradeIntensity();
    assertThat(tii.get("CHN", "DEU")).isCloseTo(0.6, within(1e-15));
    // FK similarity = 100·(min(0.1, 0.9) + min(0.9, 0.1)) = 20
    LabeledMatrix fk = exports().exportSimilarity();
    assertThat(fk.get("CHN", "IDN")).isCloseTo(20, within(1e-12));
    assertThat(fk)
        .isEqualTo(Bilateral.exportSimilarity(exports().matrix(Dimension.REPORTER, Dimension.PRODUCT)));
  }

  @Test
  void grubelLloydComparesExportsAndImportsByProduct() {
    // CHN 1511: X = 10, M = 4 → 1 − 6/14 = 0.5714…; 8517: X = 90, M = 0 → 0
    FlowTable chn = table().filter(Dimension.REPORTER, "CHN");
    var gl = chn.grubelLloyd("X", "M");
    assertThat(gl.get("1511")).isCloseTo(1 - 6.0 / 14, within(1e-15));
    assertThat(gl.get("8517")).isZero();
  }

  @Test
  void complexityRunsOnThePresenceMatrix() {
    FlowTableBuilder b = FlowTable.builder();
    // nested: A exports p1..p3, B p1..p2, C p1 only, with RCA ≥ 1 where exported
    String[][] baskets = {{"p1", "p2", "p3"}, {"p1", "p2"}, {"p1"}};
    String[] countries = {"A", "B", "C"};
    for (int c = 0; c < 3; c++) {
      for (String p : baskets[c]) {
        b.add(countries[c], "W", p, "2022", "X", 10.0 / baskets[c].length);
      }
    }
    FlowTable t = b.build();
    var ci = t.complexity();
    assertThat(ci.eci().get("A")).isGreaterThan(ci.eci().get("B"));
    assertThat(ci.eci().get("B")).isGreaterThan(ci.eci().get("C"));
    assertThat(ci.eci().toArray())
        .containsExactly(Complexity.eigenvector(t.presence()).eci().toArray(), within(0.0));
  }

  @Test
  void zeroRowsAreListedNotNaN() {
    FlowTable t =
        FlowTable.builder()
            .add("CHN", "USA", "8517", "2022", "X", 1)
            .add("ATA", "USA", "8517", "2022", "X", 0)
            .build();
    var hhi = t.hhi(Dimension.PRODUCT);
    assertThat(hhi.labels()).containsExactly("CHN");
    assertThat(hhi.excluded()).extracting(Exclusion::label).containsExactly("ATA");
  }

  @Test
  void fromTradeFlowsUsesCodesAndFlowCodes() {
    TradeFlows flows =
        TradeFlows.of(
            TradeFlow.of(
                Partner.of("CHN"),
                Partner.of("USA"),
                Period.ofYear(2022),
                FlowDirection.EXPORT,
                ProductCode.hs("851712"),
                DigitalNature.UNKNOWN,
                Money.of("12.50", "USD")),
            TradeFlow.of(
                Partner.of("CHN"),
                Partner.of("DEU"),
                Period.ofYear(2022),
                FlowDirection.RE_IMPORT,
                ProductCode.hs("0101"),
                DigitalNature.UNKNOWN,
                Money.of("1", "USD")));
    FlowTable t = FlowTable.from(flows);
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.labels(Dimension.PRODUCT)).containsExactly("851712", "0101");
    assertThat(t.labels(Dimension.DIRECTION)).containsExactly("X", "RM");
    assertThat(t.labels(Dimension.PERIOD)).containsExactly("2022");
    assertThat(t.total()).isEqualTo(13.5);
    TradeFlows mixed =
        TradeFlows.of(
            flows.iterator().next(),
            TradeFlow.of(
                Partner.of("CHN"),
                Partner.of("USA"),
                Period.ofYear(2022),
                FlowDirection.IMPORT,
                ProductCode.hs("0101"),
                DigitalNature.UNKNOWN,
                Money.of("1", "CNY")));
    assertThatThrownBy(() -> FlowTable.from(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "FlowTable.from: USD and CNY: expected one currency; convert with ExchangeRates or"
                + " filter to one currency first");
  }
}
