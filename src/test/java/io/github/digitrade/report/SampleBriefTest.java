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
  void cbec_showsVintagesSideBySideWithGrowthAndCagr() {
    // 2021: 1,980 preliminary and 1,920 revised; YoY of latest 1920 / 1690 - 1 = 13.6%
    assertThat(text).containsPattern("2021 +1,980 +1,920 +1,920 +\\+13\\.6%");
    // 2024 preliminary 2,630 is unverified (*), revised 2,710
    assertThat(text).containsPattern("2024 +2,630\\* +2,710 +2,710 +\\+14\\.3%");
    // CAGR 2020-2024 on latest releases: (2710 / 1690)^(1/4) - 1 = 0.1253
    assertThat(text).contains("compound annual growth rate of 12.5%");
    // balance 2022 = 1530 - 527.8 = 1002.2
    assertThat(text).containsPattern("2022 +1,530\\.0 +527\\.8 +1,002\\.2 +final");
  }

  @Test
  void dds_showsShareOfServicesTrade() {
    // 294.76 / 661.72 = 0.44545
    assertThat(text).contains("294.76 / 661.72 billion USD = 44.5%");
    // CAGR 2015-2024: (406.6 / 200)^(1/9) - 1 = 0.0820
    assertThat(text).contains("compound annual growth rate of 8.2% over 9 years");
    assertThat(text).contains("406.72 (CAICT)");
  }

  @Test
  void conversion_explainsThe287BillionArtefact() {
    // 1980 / 6.4515 = 306.91; 1980 / 6.8976 = 287.06; difference 19.85 -> 19.9
    assertThat(text)
        .contains("306.91 billion US dollars at the 2021 rate (6.4515")
        .contains("2020 rate (6.8976): 287.06 billion")
        .contains("by 19.9 billion");
  }

  @Test
  void zones_showRolloutFrom165To178() {
    assertThat(text)
        .contains("After batch 7 there were 165 zones; batch 8 added 16 and revoked 3")
        .contains("Haikou", "Sanya", "Alashankou")
        .contains("178 active zones in 31 provincial-level regions");
    assertThat(text).containsPattern("Guangdong +21");
  }

  @Test
  void groups_andPlatforms_arePresent() {
    assertThat(text)
        .contains("ASEAN has 11 members at the end of 2025")
        .contains("Timor-Leste", "2025-10-26")
        .contains("Alibaba.com", "AliExpress");
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
        .contains("44.5%", "306.91", "178", "+16 \u22123");
  }

  @Test
  void everyTable_hasUnitAndSource() {
    assertThat(report.tables()).isNotEmpty();
    assertThat(report.tables())
        .allSatisfy(t -> assertThat(t.unit()).isNotBlank())
        .allSatisfy(t -> assertThat(t.source()).isNotBlank());
  }
}
