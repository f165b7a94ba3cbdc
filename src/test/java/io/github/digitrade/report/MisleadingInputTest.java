package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line cases that used to give a wrong number, or lose data, with exit code 0. */
class MisleadingInputTest {

  @TempDir Path dir;


  private static MainRun run(String... args) {
    return MainRun.of(args);
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static final String HEADER = "reporter,partner,product,period,direction,value\n";

  @Test
  void test_outEqualToFlows_isRefusedAndTheDataKept() throws IOException {
    String data = HEADER + "CHN,USA,1,2023,X,10\n";
    Path flows = file("flows.csv", data);
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--out", flows.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "digitrade: --out "
                + flows
                + " is the --flows file: expected another file, since the report would replace"
                + " the data (see --help)\n");
    assertThat(Files.readString(flows)).isEqualTo(data);
    // the same file under another name
    Path other = dir.resolve(".").resolve("flows.csv");
    assertThat(run("--flows", flows.toString(), "--reporter", "CHN", "--out", other.toString()).code())
        .isEqualTo(Main.USAGE);
  }

  @Test
  void test_outIsReplacedWholeAndHelpSaysSo() throws IOException {
    Path flows = file("flows.csv", HEADER + "CHN,USA,1,2023,X,10\n");
    Path out = file("r.html", "old report");
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(dir)) {
      // no temporary file left beside it
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("flows.csv", "r.html");
    }
    assertThat(run("--help").out()).contains("existing file is replaced");
  }

  @Test
  void test_outInAMissingDirectory_namesTheOutput() throws IOException {
    Path flows = file("flows.csv", HEADER + "CHN,USA,1,2023,X,10\n");
    Path out = dir.resolve("missing").resolve("r.html");
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("digitrade: cannot write --out " + out + ": ");
    assertThat(r.err()).doesNotContain("--flows");
  }

  @Test
  void test_aFileOfImportsOnly_isNotReportedAsExports() throws IOException {
    Path flows = file("imports.csv", HEADER + "CHN,USA,1,2023,M,1000\n");
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("exported");
    assertThat(r.err())
        .isEqualTo(
            "digitrade: directions in the file are [M]: the brief needs exports, direction X (and M"
                + " for imports)\n");
  }

  @Test
  void test_aHeaderOnlyFile_saysItHasNoRows() throws IOException {
    Path flows = file("empty.csv", HEADER);
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "digitrade: the file has no data rows (a header only?): expected at least one flow\n");
  }

  @Test
  void test_year_doesNotAlsoSumQuartersAndMonths() throws IOException {
    Path mixed =
        file("mixed.csv", HEADER + "CHN,USA,1,2023,X,100\nCHN,USA,1,2023-Q1,X,25\nCHN,USA,1,202301,X,8\n");
    MainRun r = run("--flows", mixed.toString(), "--reporter", "CHN", "--year", "2023", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "digitrade: mixed.csv:3: column 4 (period) \"2023-Q1\": the period column mixes"
                + " frequencies: \"2023\" (annual, line 2) and \"2023-Q1\" (quarterly, line 3); a"
                + " year beside its quarters or months would be counted twice: expected one"
                + " frequency per file, so split the file or keep one frequency\n");
    // months alone are summed into their year: 8 + 9 = 17, and 2022 is not part of it
    Path months =
        file("months.csv", HEADER + "CHN,USA,1,202301,X,8\nCHN,USA,1,2023-02,X,9\nCHN,USA,1,202212,X,50\n");
    MainRun ok = run("--flows", months.toString(), "--reporter", "CHN", "--year", "2023", "--brief-only");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("China exported 17");
  }

  @Test
  void test_fiscalYearLabel_namesValueColumnAndAcceptedForms() throws IOException {
    Path flows = file("fy.csv", HEADER + "CHN,USA,1,FY2023,X,10\n");
    MainRun r = run("--flows", flows.toString(), "--reporter", "CHN", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "digitrade: fy.csv:2: column 4 (period) \"FY2023\": not a period label: expected a"
                + " year such as 2023, a half-year such as 2023-H1, a quarter such as 2023-Q1 or"
                + " 2023Q1, or a month such as 2023-01 or 202301\n");
  }

  private Path comtradeFixture(String name) throws IOException {
    Path f = dir.resolve(name);
    try (java.io.InputStream in =
        java.util.Objects.requireNonNull(
            MisleadingInputTest.class.getResourceAsStream("/io/github/digitrade/io/comtrade/" + name),
            name)) {
      Files.copy(in, f);
    }
    return f;
  }

  @Test
  void test_comtradeAggregates_areNotSummedIntoTheBrief() throws IOException {
    for (String name : new String[] {"comtrade_plus_2023.csv", "comtrade_legacy_2016.csv"}) {
      Path f = comtradeFixture(name);
      MainRun r = run("--flows", f.toString(), "--format", "comtrade", "--reporter", "CHN",
          "--brief-only");
      assertThat(r.code()).as(r.err()).isZero();
      String out = r.out().replaceAll("\\s+", " ");
      // leaf exports 60 + 40 = 100 (all records summed gave 400); imports 30 from the USA
      assertThat(out).contains("China exported USD 100 and imported USD 30 in");
      // neither World as a partner nor TOTAL as a product
      assertThat(out).doesNotContain("WLD").doesNotContain("TOTAL").doesNotContain("World");
      assertThat(out).contains("16 aggregate or breakdown records excluded");
    }
  }

  @Test
  void test_comtradeFileOfAggregatesOnly_saysSo() throws IOException {
    Path f =
        file(
            "world.csv",
            """
            period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
            2023,156,X,0,TOTAL,100
            2023,156,X,842,TOTAL,60
            """);
    MainRun r = run("--flows", f.toString(), "--format", "comtrade", "--reporter", "CHN",
        "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "digitrade: all 2 records of the file are aggregates or breakdowns (partner World (0)"
                + " 1, commodity TOTAL 1): the brief needs leaf records by partner and product,"
                + " such as a bulk file by HS6 code and partner\n");
  }
}
