package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The main job's counterfactual section, end to end on the guide's panel (the fixture {@code
 * gravity/agtpa_gravity_1986_2006_4y.csv.gz}, see the README next to it): the figures in the
 * report are those of the guide's two applications computed through the API
 * (GuideApplicationsTest pins them): trade without borders raises Canada's real GDP by 54.40 % and
 * the United States' by 10.68 %; removing NAFTA in 1994 lowers Mexico's by 3.69 %, Canada's by 3.33
 * % and the United States' by 0.33 %.
 */
class CounterfactualSectionTest {

  @TempDir Path dir;


  private static MainRun run(String... args) {
    return MainRun.of(args);
  }

  static String panel() throws URISyntaxException {
    return Path.of(
            Objects.requireNonNull(
                    CounterfactualSectionTest.class.getResource(
                        "/io/github/digitrade/gravity/agtpa_gravity_1986_2006_4y.csv.gz"))
                .toURI())
        .toString();
  }

  /** The cells of the table row of a country in the text brief. */
  static String[] row(String text, String country) {
    return Arrays.stream(text.split("\n"))
        .filter(l -> l.strip().startsWith(country + " "))
        .findFirst()
        .orElseThrow()
        .trim()
        .split("\\s+");
  }

  @Test
  void noBorders_addsTheTableAndTheChartToTheReport() throws IOException, URISyntaxException {
    Path html = dir.resolve("r.html");
    MainRun r = run("--gravity-panel", panel(), "--counterfactual", "no-borders", "--reference", "DEU",
        "--out", html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("General-equilibrium counterfactual: no-borders, 2006")
        .contains("INTL_BRDR -2.4745")
        .contains("full endowment converged after 6 iterations");
    // columns: country, exports (conditional), exports, real GDP, inward MR, outward MR, price
    assertThat(row(r.out(), "CAN")[3]).isEqualTo("54.40");
    assertThat(row(r.out(), "USA")[3]).isEqualTo("10.68");
    assertThat(row(r.out(), "DEU")[4]).isEqualTo("0.00"); // the reference's inward resistance
    String doc = Files.readString(html);
    XmlCheck.parse(doc);
    assertThat(doc)
        .contains("Change in real GDP (welfare), full endowment: the 60 largest changes of 69"
            + " countries")
        .contains("Canada: 54.4%");
  }

  @Test
  void noRta_reproducesTheNaftaApplication() throws URISyntaxException {
    MainRun r = run("--gravity-panel", panel(), "--counterfactual", "no-rta:CAN,MEX,USA",
        "--sigma", "7", "--reference", "DEU", "--counterfactual-year", "1994", "--brief-only");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("General-equilibrium counterfactual: no-rta:CAN,MEX,USA, 1994")
        .contains("RTA 0.5572")
        .contains("6 pairs with an RTA among CAN, MEX, USA");
    assertThat(row(r.out(), "MEX")[3]).isEqualTo("-3.69");
    assertThat(row(r.out(), "CAN")[3]).isEqualTo("-3.33");
    assertThat(row(r.out(), "USA")[3]).isEqualTo("-0.33");
    assertThat(row(r.out(), "MEX")[1]).isEqualTo("-29.40"); // conditional exports
  }

  /** The cells of the row of a table whose first cell is {@code first} and that has n cells. */
  static String[] cells(String text, String first, int n) {
    return Arrays.stream(text.split("\n"))
        .map(l -> l.trim().split("\\s+"))
        .filter(c -> c.length == n && c[0].equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " of " + n + " cells"));
  }

  @Test
  void noRta_showsTheBaselineEstimation_withPairClusteredErrors() throws Exception {
    MainRun r = run("--gravity-panel", panel(), "--counterfactual", "no-rta:CAN,MEX,USA",
        "--reference", "DEU", "--counterfactual-year", "1994", "--brief-only");
    assertThat(r.code()).as(r.err()).isZero();
    String flat = r.out().replaceAll("\\s+", " ");
    // the guide's Stata log: 28,482 observations, 84 left out in 7 pair effects of zeros only
    assertThat(flat)
        .contains("Baseline gravity estimation: PPML trade ~ RTA | exp_year + imp_year + pair")
        .contains("observations used 28,482")
        .contains("observations left out 84: 84 in 7 fixed-effect levels with only zero outcomes")
        .contains("fixed effect pair 2,408 levels estimated, 7 left out (only zero outcomes)")
        .contains("Clustered (pair)")
        .contains("convergence converged after");
    CounterfactualSection.Solved s = CounterfactualSection.solve(new CounterfactualSection.Request(
        Path.of(panel()), new CounterfactualSection.Scenario(CounterfactualSection.Kind.NO_RTA,
            java.util.List.of("CAN", "MEX", "USA")), 7, "DEU", java.util.OptionalInt.of(1994)));
    double b = s.fit().coefficient("RTA");
    double se = s.fit().standardError("RTA", io.github.digitrade.gravity.Vcov.cluster("pair"));
    // term, estimate, SE, z = b / se, p, b - 1.96 se, b + 1.96 se
    String[] rta = cells(r.out(), "RTA", 7);
    assertThat(rta[1]).isEqualTo("0.5572").isEqualTo(Fmt.fixed(b, 4));
    assertThat(rta[2]).isEqualTo(Fmt.fixed(se, 4));
    assertThat(rta[3]).isEqualTo(Fmt.fixed(b / se, 2));
    assertThat(rta[5]).isEqualTo(Fmt.fixed(b - 1.959964 * se, 4));
    assertThat(rta[6]).isEqualTo(Fmt.fixed(b + 1.959964 * se, 4));
  }

  @Test
  void flowsAndGravityPanel_giveOneReport_theBriefThenTheEstimationAndTheCounterfactual()
      throws Exception {
    Path html = dir.resolve("both.html");
    MainRun r = run("--flows", ReportBrowserTest.tidyFile(dir).toString(), "--unit", "USD",
        "--scale", "thousand", "--reporter", "CHN", "--gravity-panel", panel(),
        "--counterfactual", "no-borders", "--reference", "DEU", "--quiet", "--out",
        html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String doc = Files.readString(html);
    XmlCheck.parse(doc);
    int brief = doc.indexOf("Indicators by year");
    int estimation = doc.indexOf("Baseline gravity estimation: PPML trade ~ ln_DIST + CNTG +"
        + " INTL_BRDR | exporter + importer");
    int counterfactual = doc.indexOf("General-equilibrium counterfactual: no-borders, 2006");
    assertThat(brief).isPositive();
    assertThat(counterfactual).isGreaterThan(brief);
    assertThat(estimation).isGreaterThan(counterfactual);
    assertThat(doc).contains("Fit of the baseline estimation").contains("Heteroskedasticity-robust")
        .contains("Canada: 54.4%");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--counterfactual no-rta:CAN,XYZ --reference DEU|1|--counterfactual no-rta:CAN,XYZ:"
            + " unknown country XYZ",
        "--counterfactual no-rta:JPN,USA --reference DEU --counterfactual-year 1994|1|selects no"
            + " pair with an RTA in 1994: RTA is 0 on every pair among JPN, USA",
        "--counterfactual no-borders --reference ZZZ|1|--reference ZZZ is not in --gravity-panel",
        "--counterfactual no-borders --reference DEU --counterfactual-year 1995|1|"
            + "--counterfactual-year 1995 is not in --gravity-panel",
        "--counterfactual no-rta:CAN --reference DEU|2|selects no pair: expected at least two"
            + " countries",
        "--counterfactual no-rta:CAN,CAN --reference DEU|2|CAN is listed twice",
        "--counterfactual no-rta:CAN,MEXICO --reference DEU|2|\"MEXICO\" is not an ISO 3166-1"
            + " alpha-3 code",
        "--counterfactual no-tariffs --reference DEU|2|expected no-borders or no-rta:ISO3,ISO3",
        "--counterfactual no-borders --reference DEU --sigma 1|2|--sigma = 1: expected an"
            + " elasticity of substitution greater than 1",
        "--counterfactual no-borders --reference DEU --sigma 0.5|2|--sigma = 0.5: expected",
        "--counterfactual no-borders --reference DEU --sigma seven|2|--sigma = \"seven\": expected"
            + " a number greater than 1",
        "--counterfactual no-borders|2|needs --reference ISO3",
        "--reference DEU|2|needs --counterfactual WHAT",
      })
  void badCounterfactual_printsOneLine(String args, int code, String message)
      throws URISyntaxException {
    String[] a = ("--brief-only --gravity-panel " + panel() + " " + args).split(" ");
    MainRun r = run(a);
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).startsWith("digitrade: ").contains(message);
    assertThat(r.err().strip()).doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void counterfactualOptionsWithoutAPanel_areAUsageError() {
    MainRun r = run("--counterfactual", "no-borders", "--reference", "DEU");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("option --counterfactual applies to --gravity-panel");
  }

  @Test
  void missingPanelOrColumn_printsOneLineAndExits1() throws IOException {
    Path missing = dir.resolve("none.csv");
    MainRun r = run("--brief-only", "--gravity-panel", missing.toString(), "--counterfactual",
        "no-borders", "--reference", "DEU");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(
        "digitrade: cannot read --gravity-panel " + missing + ": no such file" + System.lineSeparator());
    Path noCntg = dir.resolve("p.csv");
    Files.writeString(noCntg, "exporter,importer,year,trade,DIST\nAAA,BBB,2006,1,100\n");
    r = run("--brief-only", "--gravity-panel", noCntg.toString(), "--counterfactual",
        "no-borders", "--reference", "AAA");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("CNTG");
  }

  @Test
  void noRtaOnOneYear_saysItNeedsSeveralYears() throws IOException {
    Path one = dir.resolve("one.csv");
    Files.writeString(one, """
        exporter,importer,year,trade,DIST,CNTG,LANG,CLNY,RTA
        AAA,AAA,2006,10,1,0,1,0,0
        AAA,BBB,2006,2,100,1,0,0,1
        BBB,AAA,2006,3,100,1,0,0,1
        BBB,BBB,2006,9,1,0,1,0,0
        """);
    MainRun r = run("--brief-only", "--gravity-panel", one.toString(), "--counterfactual",
        "no-rta:AAA,BBB", "--reference", "AAA");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("needs a panel of several years").contains("has only 2006");
  }

  @Test
  void panelAsOut_isRefused() throws URISyntaxException {
    MainRun r = run("--gravity-panel", panel(), "--counterfactual", "no-borders", "--reference", "DEU",
        "--out", panel());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is the --gravity-panel file");
  }
}
