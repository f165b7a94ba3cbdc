package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.digitrade.calc.LabeledVector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The colours and the second channels of the charts: contrast with the white background (WCAG 2.x:
 * 4.5:1 for text, 3:1 for graphical objects), luminance steps between neighbouring series so that
 * they stay apart in grey, a dash pattern and a marker shape per line series, and a title and a
 * description on every chart of the reports.
 */
class ChartAccessibilityTest {

  private static final String WHITE = "#ffffff";
  private static final String SVG = "http://www.w3.org/2000/svg";

  @Test
  void wcag_contrastOfKnownPairs() {
    // black on white: (1 + 0.05) / (0 + 0.05) = 21
    assertThat(Wcag.contrast("#000000", WHITE)).isCloseTo(21, within(1e-9));
    assertThat(Wcag.contrast(WHITE, "#000000")).isCloseTo(21, within(1e-9));
    // #767676: channel 118/255 = 0.4627 -> ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812;
    // (1.05) / (0.1812 + 0.05) = 4.54, the lightest grey that passes 4.5:1 on white
    assertThat(Wcag.luminance("#767676")).isCloseTo(0.1812, within(1e-4));
    assertThat(Wcag.contrast("#767676", WHITE)).isCloseTo(4.54, within(0.01));
    assertThat(Wcag.contrast("#777777", WHITE)).isLessThan(4.5);
    assertThat(Wcag.contrast("#abcdef", "#abcdef")).isEqualTo(1);
  }

  @Test
  void seriesColours_haveThreeToOneOnWhite_andNeighboursTwoToOneInGrey() {
    for (String c : Chart.PALETTE) {
      assertThat(Wcag.contrast(c, WHITE)).as("series colour %s on white", c)
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(Chart.PALETTE).hasSize(Chart.MAX_SERIES).doesNotHaveDuplicates();
    for (int k = 1; k < Chart.PALETTE.size(); k++) {
      assertThat(Wcag.contrast(Chart.PALETTE.get(k - 1), Chart.PALETTE.get(k)))
          .as("series %s and %s in grey", k - 1, k).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void textColours_haveFourAndAHalfToOne_andMarks_threeToOne() {
    for (String c : List.of(SvgWriter.TEXT, SvgWriter.MUTED, SvgWriter.PRIMARY,
        SvgWriter.SECONDARY, SvgWriter.POSITIVE, SvgWriter.NEGATIVE)) {
      assertThat(Wcag.contrast(c, WHITE)).as("text colour %s on white", c)
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(Wcag.contrast(SvgWriter.AXIS, WHITE)).as("axis").isGreaterThanOrEqualTo(3);
  }

  @Test
  void lineSeries_differByDashAndMarker_notByColourAlone() {
    List<String> years = List.of("2019", "2020", "2021");
    Chart.Builder b = Chart.lines("Eight series", ValueFormat.count("items"));
    for (int k = 0; k < Chart.MAX_SERIES; k++) {
      b.series("series " + k, LabeledVector.of(years, new double[] {k + 1, k + 2, k + 3}));
    }
    Document d = XmlCheck.parse(b.source("test").build().svg());
    Set<String> dashes = new HashSet<>();
    NodeList paths = d.getElementsByTagNameNS(SVG, "path");
    for (int i = 0; i < paths.getLength(); i++) {
      dashes.add(((Element) paths.item(i)).getAttribute("stroke-dasharray"));
    }
    assertThat(dashes).as("one dash pattern per series").hasSize(Chart.MAX_SERIES);
    // the points of each series: 3 per series and one in its legend entry, one shape each
    Set<String> shapes = new HashSet<>();
    for (String tag : List.of("circle", "rect", "polygon")) {
      NodeList nodes = d.getElementsByTagNameNS(SVG, tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        if (Chart.PALETTE.contains(e.getAttribute("fill"))) {
          String shape = tag + (tag.equals("polygon") ? ":" + outline(e.getAttribute("points"))
              : "");
          shapes.add(e.getAttribute("fill") + " " + shape);
        }
      }
    }
    Set<String> perColour = new HashSet<>();
    for (String s : shapes) {
      perColour.add(s.substring(s.indexOf(' ') + 1));
    }
    assertThat(shapes).as("one shape per colour").hasSize(Chart.MAX_SERIES);
    assertThat(perColour).as("distinct shapes").hasSize(Chart.MAX_SERIES);
    assertThat(SvgWriter.MARKERS).isGreaterThanOrEqualTo(Chart.MAX_SERIES);
  }

  /** A polygon's outline whatever its size and place: offsets from its first point, scaled. */
  private static String outline(String points) {
    String[] p = points.split(" ", -1);
    double[] x = new double[p.length];
    double[] y = new double[p.length];
    double max = 0;
    for (int i = 0; i < p.length; i++) {
      String[] xy = p[i].split(",", -1);
      x[i] = Double.parseDouble(xy[0]);
      y[i] = Double.parseDouble(xy[1]);
      max = Math.max(max, Math.max(Math.abs(x[i] - x[0]), Math.abs(y[i] - y[0])));
    }
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < p.length; i++) {
      s.append(Math.round(4 * (x[i] - x[0]) / max)).append(',')
          .append(Math.round(4 * (y[i] - y[0]) / max)).append(' ');
    }
    return s.toString();
  }

  @Test
  void everyChartOfTheReports_hasATitleAndADescription() {
    for (Chart c : SampleBrief.report().charts()) {
      Document d = XmlCheck.parse(c.svg());
      Element root = d.getDocumentElement();
      assertThat(root.getAttribute("role")).isEqualTo("img");
      Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
      Element desc = (Element) root.getElementsByTagNameNS(SVG, "desc").item(0);
      assertThat(title.getParentNode()).isSameAs(root);
      assertThat(title.getTextContent()).isEqualTo(c.title());
      assertThat(desc.getParentNode()).isSameAs(root);
      assertThat(desc.getTextContent()).as("desc of %s", c.title()).isNotBlank()
          .contains("Unit: ");
    }
  }
}
