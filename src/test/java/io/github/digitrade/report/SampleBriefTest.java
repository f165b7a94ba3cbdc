package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SampleBriefTest {

  private static Report report;
  private static String text;
  private static String html;

  @BeforeAll
  static void compute() {
    report = SampleBrief.report();
    // paragraphs wrap at 100 columns: compare with runs of white space as one space
    text = report.toText().replaceAll("\\s+", " ");
    html = report.toHtml();
  }

  @Test
  void headlines_areRecomputedOrNameTheMissingFigure() {
    // 1: SAFE's surplus as published, with what is missing to recompute it
    assertThat(text).contains("about 33 USD bn in 2025, more than 100% on 2024 (SAFE, reported"
        + " 2026-02-11)");
    assertThat(text).contains("missing are SAFE's annual exports and imports by EBOPS item for"
        + " 2024 and 2025");
    // 2: 294.76 / 661.72 = 0.44545 -> 44.5%; 2015 not recomputed
    assertThat(text).contains("2020 is recomputed, 294.76 / 661.72 = 44.5% (MOFCOM)");
    assertThat(text).contains("missing are MOFCOM's total services trade of 2015");
    // UNCTAD: 174.089 / 654.175 = 0.2661; 2020: 286.301 / 661.716 = 0.4327
    assertThat(text).contains("UNCTAD's own series, under its code set, gives 26.6% for 2015 and"
        + " 43.3% for 2020");
    // 3: 1,980 +15% printed with its release; 1980 / 1690 - 1 = 0.1716 -> +17.2%, mixed
    assertThat(text).contains("1,980 billion yuan, +15% (GACC preliminary 2022-02-17)");
    assertThat(text).contains("the rate is +17.2%, which mixes two releases");
    assertThat(text).doesNotContain("from memory").doesNotContain("not found")
        .doesNotContain("unverified");
  }

  @Test
  void cbec_showsPublishedAndComputedRatesPerRelease() {
    // within the revised generation: 1920 / 1620 - 1 = 0.1852 -> +18.5%, published +18.6%
    assertThat(text).containsPattern(
        "2021 +MOFCOM revised 2022-05-20 +1,920 +\\+18\\.6% +\\+18\\.5% +\\+13\\.6% on 1,690");
    // the 2021 rate implies a 2020 base of 1980 / 1.15 = 1721.7
    assertThat(text).contains("implies a 2020 base of 1,721.7 billion");
    // CAGR on latest releases (mixed): (2710 / 1620)^(1/4) - 1 = 0.1373
    assertThat(text).contains("compound annual growth rate of 13.7%; the two levels come from"
        + " different releases");
    // balance 2022 = 1530 - 527.8 = 1002.2, with the published +10.1% and -0.8%
    assertThat(text).containsPattern(
        "2022 +1,530\\.0 +\\+10\\.1% +527\\.8 +-0\\.8% +1,002\\.2 +GACC final");
  }

  @Test
  void dds_computesBalancesUnderNamedDefinitions() {
    // SAFE April 2026, WTO_MOFCOM: 23.3 - 22.0 = 1.3; HANDBOOK_CORE needs SK1
    assertThat(text).containsPattern("2026-04 +WTO_MOFCOM +23\\.3 +22\\.0 +1\\.3");
    assertThat(text).contains("2026-04 HANDBOOK_CORE – – not computable: SAFE does not publish SK1"
        + " separately");
    // SAFE August 2025, WTO_MOFCOM: exports 0.3 + 0.4 + 2.2 + 5.0 + 8.9 + 0.1 = 16.9, imports
    // 0.9 + 0.4 + 3.6 + 3.2 + 5.1 + 0.4 = 13.6, balance 3.3
    assertThat(text).containsPattern("2025-08 +WTO_MOFCOM +16\\.9 +13\\.6 +3\\.3");
    // January 2020: the SK line of SAFE's table was not read, so WTO_MOFCOM is not computed
    assertThat(text).contains("2020-01 WTO_MOFCOM – – not computable: the embedded table lacks SK"
        + " (line not read)");
    // SAFE's services balance of Q4 2025 in both releases, never pooled
    assertThat(text).containsPattern("2025-Q4 +-40\\.2 USD bn +preliminary 2026-02-13");
    assertThat(text).containsPattern("2025-Q4 +-48\\.5 USD bn +revised 2026-03-27");
    assertThat(text).contains("2025-Q4 (-40.2 USD bn, then -48.5 USD bn)");
    // UNCTAD 2022: 207.007 - 157.158 = 49.849 -> 49.8; 2023 44.9; 49.849/31.519 - 1 = +58.2%
    // share 2022: (207.007 + 157.158) / (424.056 + 465.053) = 364.165 / 889.109 = 0.4096
    assertThat(text).containsPattern("2022 +207\\.0 +\\+8\\.2% +157\\.2 +49\\.8 +18\\.3"
        + " +\\+58\\.2% +41\\.0%");
    // SI surplus 24.8 -> 31.8: +28.2%, across releases
    assertThat(text).contains("+28.2% computed, from two different releases");
    assertThat(text).contains("406.72 (CAICT)");
  }

  @Test
  void conversion_usesOnlyEmbeddedRates() {
    // the text converts the release the table converts, the revised 2,370 (not the preliminary
    // 2,380): 2370 / 7.0467 = 336.33; 2370 / 6.7261 = 352.36; difference 16.03 -> 16.0
    assertThat(text)
        .contains("2,370 billion yuan (MOFCOM revised 2024-09-27, the release the table converts)")
        .contains("336.33 billion US dollars at the 2023 rate (7.0467")
        .contains("2022 rate (6.7261) it would be 352.36 billion")
        .contains("by 16.0 billion")
        .doesNotContain("2,380 billion yuan");
    assertThat(text).containsPattern("2023 +MOFCOM revised 2024-09-27 +2,370 +7\\.0467 .* +336\\.3");
    // 2100 / 6.7261 = 312.22 -> 312.2; 1620 / 6.8974 = 234.87 -> 234.9 at the NBS average
    assertThat(text).containsPattern("2022 +GACC final 2023-06-26 +2,100 +6\\.7261 +PBoC central parity average \\(SAFE\\)"
        + " +312\\.2");
    assertThat(text).containsPattern("2020 +MOFCOM revised 2022-05-20 +1,620 +6\\.8974 +NBS communiqué average +234\\.9");
  }

  @Test
  void zones_comparePublishedCountsWithTheNamedRoster() {
    assertThat(text)
        .contains("MOFCOM reported 165 zones after batch 7 in 31 provincial-level regions")
        .contains("Haikou", "Sanya", "Alashankou")
        // 165 + 16 - 3 = 178
        .contains("giving 178 zones (derived")
        // 149 + 16 - 3 = 162 named
        .contains("149 after batch 7 and 162 active at the end of 2025 in 30")
        .contains("missing are the names of 16 zones of batch 7");
    assertThat(text).containsPattern("7 +2022-11-14 +国函〔2022〕126号 +33 +17 +0 +149");
    assertThat(text).containsPattern("Guangdong +21");
  }

  @Test
  void groups_andPlatforms_arePresent() {
    assertThat(text)
        .contains("ASEAN has 11 members at the end of 2025")
        .contains("Timor-Leste", "2025-10-26")
        .contains("Alibaba.com", "AliExpress")
        .contains("RCEP has 13 parties with a confirmed entry-into-force date");
  }

  @Test
  void html_isWellFormedWithFiveCharts() {
    Document d = XmlCheck.parse(html);
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(5);
    assertThat(report.charts())
        .extracting(Chart::kind)
        .containsExactly(
            Chart.Kind.LINE, Chart.Kind.COLUMNS, Chart.Kind.STEPS, Chart.Kind.BARS,
            Chart.Kind.BARS);
    // the rollout chart shows batch 8 as 16 new zones and 3 revoked, not a net +13
    assertThat(d.getDocumentElement().getTextContent())
        .contains("44.5%", "336.33", "162", "+16 \u22123");
  }

  @Test
  void everyTable_hasUnitAndSource() {
    assertThat(report.tables()).isNotEmpty();
    assertThat(report.tables())
        .allSatisfy(t -> assertThat(t.unit()).isNotBlank())
        .allSatisfy(t -> assertThat(t.source()).isNotBlank());
  }
}
