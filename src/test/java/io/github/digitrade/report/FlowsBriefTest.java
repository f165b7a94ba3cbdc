package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FlowsBriefTest {

  private static LabeledVector v(List<String> labels, double... values) {
    return LabeledVector.of(labels, values);
  }

  /** A three-country, three-product world; every expected number is worked out in a comment. */
  static FlowsBrief.Panel panel(Optional<LabeledVector> eci) {
    List<String> partners = List.of("USA", "IDN", "VNM");
    List<String> products = List.of("8517", "1511", "6109");
    return new FlowsBrief.Panel(
        "CHN",
        2023,
        ValueFormat.amount("USD", 1e6),
        "test panel",
        v(List.of("2022", "2023"), 100, 120),
        v(List.of("2022", "2023"), 80, 90),
        v(partners, 60, 40, 20),
        v(partners, 30, 50, 10),
        v(List.of("USA", "IDN", "VNM", "CHN"), 500, 100, 150, 90),
        v(products, 70, 10, 40),
        v(products, 50, 30, 10),
        LabeledMatrix.of(
            List.of("CHN", "IDN", "VNM"),
            products,
            new double[] {70, 10, 40, 5, 45, 3, 30, 1, 19}),
        eci,
        FlowsBrief.Trends.none());
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void overview_showsBalanceGrowthAndCagr() {
    String text = flat(FlowsBrief.report(panel(Optional.empty())).toText());
    // balance 120 - 90 = 30; normalised 30 / 210 = 0.143; YoY 120/100 - 1 = 20%, 90/80 - 1 = 12.5%
    assertThat(text)
        .contains("China exported USD 120 million and imported USD 90 million in 2023: a surplus"
            + " of USD 30 million")
        .contains("(normalised balance 0.143)")
        .contains("compound annual rate of 20.0% from 2022 to 2023")
        .contains("2023 120 90 30 +20.0% +12.5%");
  }

  @Test
  void partners_showShareConcentrationAndIntensity() {
    String text = flat(FlowsBrief.report(panel(Optional.empty())).toText());
    // shares 60/120 = 50%, 40/120 = 33.3%, 20/120 = 16.7%; HHI .25 + .1111 + .0278 = 0.3889
    // intensity with USA: (60/120) / (500/840) = 0.84; IDN: (40/120)/(100/840) = 2.80
    assertThat(text)
        .contains("USA United States 60.0 50.0% 30.0 30.0 0.84")
        .contains("IDN Indonesia 40.0 33.3% 50.0 -10.0 2.80")
        .contains("HHI 0.3889");
  }

  @Test
  void products_rankRcaAgainstTheExportersInTheFile() {
    String text = flat(FlowsBrief.report(panel(Optional.empty())).toText());
    // X_w = 120 + 53 + 50 = 223; RCA 8517 = (70/120)/(105/223) = 1.239;
    // 6109 = (40/120)/(62/223) = 1.199; 1511 = (10/120)/(56/223) = 0.332
    assertThat(text)
        .contains("RCA of 1 or more in 2 of 3 products")
        .contains("8517 Telephone sets, including smartphones")
        .contains("1.24 70.0 58.3%")
        .contains("1.20 40.0 33.3%")
        .contains("0.33 10.0 8.3%");
  }

  @Test
  void intraIndustry_showsAggregateAndAdjustedGrubelLloyd() {
    String text = flat(FlowsBrief.report(panel(Optional.empty())).toText());
    // 1 - (20 + 20 + 30) / (120 + 40 + 50) = 0.667; adjusted (210 - 70) / (210 - 30) = 0.778
    // product GL: 8517 1 - 20/120 = 0.833, 1511 1 - 20/40 = 0.5, 6109 1 - 30/50 = 0.4
    assertThat(text)
        .contains("Grubel-Lloyd index over 3 products: 0.667")
        .contains("imbalance: 0.778")
        .contains("70.0 50.0 0.833");
  }

  @Test
  void complexity_isShownWhenComputed() {
    LabeledVector eci = v(List.of("CHN", "IDN", "VNM"), 1.2, -0.9, -0.3);
    String text = flat(FlowsBrief.report(panel(Optional.of(eci))).toText());
    assertThat(text).contains("CHN scores 1.20, rank 1 of 3");
    assertThat(flat(FlowsBrief.report(panel(Optional.empty())).toText()))
        .doesNotContain("Economic complexity");
  }

  @Test
  void html_isWellFormedWithLineDivergingAndBarCharts() {
    Report r = FlowsBrief.report(panel(Optional.empty()));
    Document d = XmlCheck.parse(r.toHtml());
    assertThat(r.charts())
        .extracting(Chart::kind)
        .containsExactly(Chart.Kind.LINE, Chart.Kind.COLUMNS, Chart.Kind.DIVERGING, Chart.Kind.BARS,
            Chart.Kind.BARS);
    assertThat(d.getDocumentElement().getTextContent()).contains("surplus", "deficit", "8517");
  }
}
