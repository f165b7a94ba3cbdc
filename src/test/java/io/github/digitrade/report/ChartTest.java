package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.Exclusion;
import io.github.digitrade.calc.LabeledVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartTest {

  private static final LabeledVector CBEC =
      LabeledVector.of(
          List.of("2020", "2021", "2022", "2023"), new double[] {1690, 1980, 2110, 2380});
  // 1980 / 1690 - 1 = 0.1716; 2110 / 1980 - 1 = 0.0657; 2380 / 2110 - 1 = 0.128
  private static final LabeledVector YOY =
      LabeledVector.of(List.of("2021", "2022", "2023"), new double[] {0.1716, 0.0657, 0.128});

  private static int count(Document d, String element) {
    NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
    return nodes.getLength();
  }

  @Test
  void line_isWellFormedSvgWithValuesAndGrowthLabels() {
    Chart c = Chart.line("China CBEC trade", "billion CNY", CBEC, YOY);
    Document d = XmlCheck.parse(c.svg());
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    String text = d.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("China CBEC trade", "billion CNY", "1,690", "1,980", "2,380", "2020", "2023")
        .contains("+17.2%", "+6.6%", "+12.8%");
    // four level points; one background rect and three growth bars
    assertThat(count(d, "circle")).isEqualTo(4);
    assertThat(count(d, "rect")).isEqualTo(4);
    assertThat(c.kind()).isEqualTo(Chart.Kind.LINE);
    assertThat(c.size()).isEqualTo(4);
    assertThat(c).hasToString("Chart{LINE \"China CBEC trade\", billion CNY, 4 items}");
  }

  @Test
  void line_withoutGrowth_hasNoSecondaryAxis() {
    Chart c = Chart.line("Levels", "bn", CBEC);
    assertThat(c.svg()).doesNotContain("growth on the previous period").doesNotContain("+");
    assertThat(count(XmlCheck.parse(c.svg()), "circle")).isEqualTo(4);
  }

  @Test
  void line_valueAxisHasNiceTicksFromZero() {
    String text = XmlCheck.text(Chart.line("Levels", "bn", CBEC).svg());
    // 0..2380 over 6 ticks: raw 476 -> step 500; ticks 0, 500, ..., 2,500
    assertThat(text).contains("500", "1,000", "1,500", "2,000", "2,500");
  }

  @Test
  void svg_isDeterministic() {
    assertThat(Chart.line("a", "b", CBEC, YOY).svg())
        .isEqualTo(Chart.line("a", "b", CBEC, YOY).svg());
  }

  @Test
  void labels_areEscaped() {
    LabeledVector v =
        LabeledVector.of(List.of("<b>&\"x\"", "A & B"), new double[] {1, 2});
    for (Chart c :
        List.of(
            Chart.columns("Tom & Jerry <3", "\"units\"", v),
            Chart.bars("Tom & Jerry <3", "\"units\"", v),
            Chart.diverging("Tom & Jerry <3", "\"units\"", v, "a<b", "c&d"),
            Chart.line("Tom & Jerry <3", "\"units\"", v),
            Chart.steps("Tom & Jerry <3", "\"units\"", v))) {
      String text = XmlCheck.text(c.svg());
      assertThat(text).as(c.toString()).contains("Tom & Jerry <3", "\"units\"", "A & B");
      assertThat(c.svg()).contains("&lt;b&gt;&amp;&quot;x&quot;");
    }
  }

  @Test
  void columns_drawOneBarPerValue() {
    LabeledVector v = LabeledVector.of(List.of("B2B", "B2C", "C2C"), new double[] {3, 7, 0});
    Document d = XmlCheck.parse(Chart.columns("Platforms by model", "count", v).svg());
    // one background rect plus one bar per value
    assertThat(count(d, "rect")).isEqualTo(4);
    assertThat(d.getDocumentElement().getTextContent()).contains("B2B", "7", "count");
  }

  @Test
  void columns_rotateLongLabels() {
    List<String> labels = new ArrayList<>();
    double[] values = new double[20];
    for (int i = 0; i < 20; i++) {
      labels.add("Province number " + i);
      values[i] = i;
    }
    Chart c = Chart.columns("Zones", "count", LabeledVector.of(labels, values));
    assertThat(c.svg()).contains("rotate(-40");
    XmlCheck.parse(c.svg());
  }

  @Test
  void bars_heightGrowsWithTheNumberOfBars() {
    LabeledVector two = LabeledVector.of(List.of("a", "b"), new double[] {1, 2});
    LabeledVector four = LabeledVector.of(List.of("a", "b", "c", "d"), new double[] {1, 2, 3, 4});
    int h2 = Integer.parseInt(
        XmlCheck.parse(Chart.bars("t", "u", two).svg()).getDocumentElement().getAttribute("height"));
    int h4 = Integer.parseInt(
        XmlCheck.parse(Chart.bars("t", "u", four).svg()).getDocumentElement().getAttribute("height"));
    // 22 units per row
    assertThat(h4 - h2).isEqualTo(44);
  }

  @Test
  void diverging_colorsSignsAndShowsLegend() {
    LabeledVector balance =
        LabeledVector.of(List.of("USA", "JPN", "KOR"), new double[] {361.0, -8.2, -36.7});
    Chart c = Chart.diverging("Balance by partner", "billion USD", balance, "surplus", "deficit");
    String svg = c.svg();
    String text = XmlCheck.text(svg);
    assertThat(text).contains("surplus", "deficit", "361", "-8.2", "-36.7", "USA", "KOR");
    assertThat(svg).contains(SvgWriter.POSITIVE).contains(SvgWriter.NEGATIVE);
  }

  @Test
  void steps_annotateLevelsAndChanges() {
    // 165 + 16 - 3 = 178 after the 2025 batch
    LabeledVector zones =
        LabeledVector.of(List.of("2015", "2016", "2022", "2025"), new double[] {1, 13, 165, 178});
    String text = XmlCheck.text(Chart.steps("Pilot zones", "zones", zones).svg());
    assertThat(text).contains("165", "178", "+12", "+152", "+13");
  }

  @Test
  void steps_showDecreasesWithAMinusSign() {
    LabeledVector v = LabeledVector.of(List.of("a", "b"), new double[] {10, 7});
    assertThat(XmlCheck.text(Chart.steps("t", "u", v).svg())).contains("\u22123");
  }

  @Test
  void emptyValues_areRejectedWithMessage() {
    LabeledVector empty = LabeledVector.of(List.of(), new double[0]);
    assertThatThrownBy(() -> Chart.line("t", "u", empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series \"u\" is empty: expected at least one value to chart");
    LabeledVector allExcluded =
        LabeledVector.of(
            List.of(), new double[0],
            List.of(new Exclusion(Exclusion.Axis.ROW, "CHN", "zero exports")));
    assertThatThrownBy(() -> Chart.bars("t", "u", allExcluded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "series \"u\" is empty (1 labels excluded): expected at least one value to chart");
  }

  @Test
  void badInput_isRejectedWithMessage() {
    LabeledVector signed = LabeledVector.of(List.of("a", "b"), new double[] {1, -2});
    assertThatThrownBy(() -> Chart.columns("t", "u", signed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values[1] (b) = -2.0: expected a non-negative value (use Chart.diverging for signed"
                + " values)");
    assertThatThrownBy(() -> Chart.bars(" ", "u", signed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title = \" \": expected a chart title");
    assertThatThrownBy(() -> Chart.line("t", "", signed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit = \"\": expected the unit of the values, e.g. \"billion CNY\"");
    assertThatThrownBy(() -> Chart.diverging("t", "u", signed, "", "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "positive = \"\": expected a legend for positive values, e.g. \"surplus\"");
    LabeledVector growth = LabeledVector.of(List.of("2030"), new double[] {0.1});
    assertThatThrownBy(() -> Chart.line("t", "u", CBEC, growth))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("growth label 2030 is not in values: expected one of [2020, 2021, 2022, 2023]");
  }

  @Test
  void tooManyBars_areRejectedWithAHint() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 61; i++) {
      labels.add("p" + i);
    }
    LabeledVector v = LabeledVector.of(labels, new double[61]);
    assertThatThrownBy(() -> Chart.bars("t", "u", v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series \"u\" has 61 items: expected at most 60 (chart values.top(k) for a"
            + " ranking)");
  }

  @Test
  void steps_withExits_showEntriesAndExits() {
    // batch 8: 165 + 16 - 3 = 178
    LabeledVector zones =
        LabeledVector.of(List.of("2022-11", "2025-04"), new double[] {165, 178});
    LabeledVector exits = LabeledVector.of(List.of("2025-04"), new double[] {3});
    String text = XmlCheck.text(Chart.steps("Pilot zones", "zones", zones, exits).svg());
    assertThat(text).contains("+16 \u22123").doesNotContain("+13");
    assertThatThrownBy(
            () -> Chart.steps("t", "u", zones, LabeledVector.of(List.of("x"), new double[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exits label x is not in levels: expected one of [2022-11, 2025-04]");
    assertThatThrownBy(
            () ->
                Chart.steps(
                    "t", "u", zones, LabeledVector.of(List.of("2025-04"), new double[] {-1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exits[0] (2025-04) = -1.0: expected a count >= 0");
  }

  @Test
  void multiples_drawOnePanelPerSeries_onOneSharedScale() {
    List<String> years = List.of("2019", "2020", "2022");
    LabeledVector a = LabeledVector.of(years, new double[] {0.5, 1.5, 2.5});
    LabeledVector b = LabeledVector.of(years, new double[] {0.2, 0.3, 0.4});
    Chart c = Chart.multiples("RCA by product", ValueFormat.index("RCA", 2))
        .series("8517 Telephone sets", a)
        .series("6109 T-shirts", b)
        .reference(1, "RCA = 1")
        .source("test")
        .build();
    Document d = XmlCheck.parse(c.svg());
    assertThat(c.kind()).isEqualTo(Chart.Kind.MULTIPLES);
    assertThat(c.size()).isEqualTo(6);
    assertThat(count(d, "circle")).isEqualTo(6);
    String text = d.getDocumentElement().getTextContent();
    // each panel is titled by its series and its latest value
    assertThat(text).contains("8517 Telephone sets", "2.50 (2022)", "6109 T-shirts",
        "0.40 (2022)", "RCA = 1", "Source: test.");
    // one scale: the height of every point above the zero line is proportional to its value
    double zero = Double.NaN;
    NodeList lines = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
    for (int i = 0; i < lines.getLength(); i++) {
      org.w3c.dom.Element l = (org.w3c.dom.Element) lines.item(i);
      if (l.getAttribute("stroke").equals(SvgWriter.AXIS)
          && l.getAttribute("y1").equals(l.getAttribute("y2"))) {
        zero = Double.parseDouble(l.getAttribute("y1"));
      }
    }
    double[] values = {0.5, 1.5, 2.5, 0.2, 0.3, 0.4};
    NodeList circles = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
    double perUnit = (zero - Double.parseDouble(
        ((org.w3c.dom.Element) circles.item(2)).getAttribute("cy"))) / 2.5;
    for (int i = 0; i < 6; i++) {
      double cy = Double.parseDouble(((org.w3c.dom.Element) circles.item(i)).getAttribute("cy"));
      assertThat((zero - cy) / values[i]).as("point %s", i).isCloseTo(perUnit,
          org.assertj.core.data.Offset.offset(0.1 / values[i]));
    }
    // the years are spaced in proportion to time, 2022 twice as far from 2020 as 2020 from 2019
    double x0 = Double.parseDouble(((org.w3c.dom.Element) circles.item(0)).getAttribute("cx"));
    double x1 = Double.parseDouble(((org.w3c.dom.Element) circles.item(1)).getAttribute("cx"));
    double x2 = Double.parseDouble(((org.w3c.dom.Element) circles.item(2)).getAttribute("cx"));
    assertThat(x2 - x1).isCloseTo(2 * (x1 - x0), org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void multiples_refuseMoreThanTwelvePanels_andGrowth() {
    Chart.Builder m = Chart.multiples("Many", ValueFormat.count("items"));
    for (int i = 0; i < Chart.MAX_PANELS; i++) {
      m.series("item " + i, CBEC);
    }
    assertThatThrownBy(() -> m.series("one more", CBEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small multiples show at most 12 panels");
    assertThatThrownBy(() -> Chart.multiples("g", ValueFormat.count("x")).growth(YOY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a line chart");
    assertThat(m.build().svg()).contains("item 11");
  }
}
