package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.LabeledVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportTest {

  private static Report sample() {
    LabeledVector v = LabeledVector.of(List.of("2020", "2021"), new double[] {1690, 1980});
    return Report.builder("China <digital> trade")
        .subtitle("Sample & test")
        .section("Cross-border e-commerce")
        .paragraph("CBEC trade grew by 17.2% in 2021 (1,980 / 1,690 - 1).")
        .table(
            Table.builder("CBEC")
                .columns("year", "value")
                .row("2020", "1,690")
                .row("2021", "1,980")
                .unit("billion CNY")
                .source("GACC \"preliminary\"")
                .build())
        .chart(Chart.line("CBEC", "billion CNY", v))
        .section("Second")
        .paragraph("More.")
        .conventions(List.of("Growth is year on year.", "Shares are fractions shown in %."))
        .build();
  }

  @Test
  void toHtml_isWellFormedXhtmlWithTablesChartsAndConventions() {
    String html = sample().toHtml();
    Document d = XmlCheck.parse(html);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("html");
    String text = d.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("China <digital> trade", "Sample & test", "1,690", "1,980", "billion CNY")
        .contains("Source: GACC \"preliminary\"", "Conventions", "Growth is year on year.");
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(1);
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength())
        .isEqualTo(1);
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h2").getLength())
        .isEqualTo(3);
  }

  @Test
  void toHtml_loadsNothingFromTheNetwork() {
    String html = sample().toHtml();
    assertThat(html).doesNotContain("src=", "<script", "<link", "@import", "url(");
    // the only links are the CSV and SVG take-outs, as data: URIs
    assertThat(Pattern.compile("href=\"(?!data:)").matcher(html).find()).isFalse();
    // the only URLs are the XHTML and SVG namespace names
    assertThat(Pattern.compile("https?://").matcher(html).results().count())
        .isEqualTo(2);
  }

  @Test
  void toHtml_isDeterministic() {
    assertThat(sample().toHtml()).isEqualTo(sample().toHtml());
  }

  @Test
  void toText_hasHeadingsTablesAndConventionsButNoCharts() {
    String text = sample().toText();
    assertThat(text)
        .startsWith("China <digital> trade\n=====================\nSample & test\n")
        .contains("\nCross-border e-commerce\n-----------------------\n")
        .contains("  2021  1,980\n")
        .contains("Conventions\n-----------\n- Growth is year on year.\n")
        .doesNotContain("<svg");
  }

  @Test
  void toText_wrapsLongParagraphsAt100Columns() {
    String words = "word ".repeat(60).trim();
    String text = Report.builder("t").paragraph(words).build().toText();
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(text.lines().filter(l -> l.startsWith("word")).count()).isEqualTo(3);
  }

  @Test
  void accessors_listTablesChartsAndConventions() {
    Report r = sample();
    assertThat(r.title()).isEqualTo("China <digital> trade");
    assertThat(r.tables()).hasSize(1);
    assertThat(r.charts()).hasSize(1);
    assertThat(r.conventions()).hasSize(2);
    assertThat(r).hasToString("Report{\"China <digital> trade\", 2 sections, 1 tables, 1 charts}");
  }

  @Test
  void writeHtml_writesUtf8(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("r.html");
    Report.builder("杭州 report").build().writeHtml(f);
    assertThat(Files.readString(f)).contains("<title>杭州 report</title>");
  }

  @Test
  void badInput_isRejectedWithMessage() {
    assertThatThrownBy(() -> Report.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title = \" \": expected a report title");
    assertThatThrownBy(() -> Report.builder("t").section(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heading = \"\": expected a section heading");
    assertThatThrownBy(() -> Report.builder("t").paragraph(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraph = \"\": expected some text");
    assertThatThrownBy(() -> Report.builder("t").conventions(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conventions[1] = \"\": expected a sentence");
  }
}
