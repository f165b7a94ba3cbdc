package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  @TempDir Path dir;


  private static MainRun run(String... args) {
    return MainRun.of(args);
  }

  @Test
  void run_noArguments_printsBriefAndWritesReport() throws IOException {
    Path html = dir.resolve("r.html");
    MainRun r = run("--out", html.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("digitrade").contains("HTML report written to " + html);
    String doc = Files.readString(html);
    XmlCheck.parse(doc);
    assertThat(doc).contains("<svg");
  }

  @Test
  void run_briefOnly_writesNoFile() throws IOException {
    Path html = dir.resolve("r.html");
    MainRun r = run("--brief-only");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("HTML report written");
    assertThat(Files.exists(html)).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void run_quiet_printsNothingButWritesTheReport() {
    Path html = dir.resolve("q.html");
    MainRun r = run("--quiet", "--out=" + html);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.exists(html)).isTrue();
  }

  @Test
  void run_help_explainsEveryOption() {
    MainRun r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("--flows FILE", "--format FORMAT", "tidy", "baci", "comtrade", "--reporter ISO3",
            "--year YYYY", "--out FILE", "--brief-only", "--quiet", "--help", "Exit codes");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--bogus | unknown option --bogus",
        "-x | unknown option -x",
        "data.csv | unexpected argument \"data.csv\": expected options only, e.g. --flows data.csv",
        "--flows | option --flows needs a value: a file of trade flows",
        "--flows --reporter | option --flows needs a value: a file of trade flows",
        "--flows= | option --flows has an empty value: a file of trade flows",
        "--out | option --out needs a value: a file name such as report.html",
        "--flows a.csv --reporter CN | option --reporter = \"CN\": expected an ISO 3166-1 alpha-3"
            + " code such as CHN",
        "--flows a.csv --reporter CHN --year 23 | option --year = \"23\": expected a year such as 2023",
        "--flows a.csv --reporter CHN --year 1850 | option --year = 1850: expected a year from 1900"
            + " to 2100",
        "--flows a.csv --reporter CHN --format xlsx | option --format = \"xlsx\": expected one of"
            + " tidy, baci, comtrade",
        "--flows a.csv | option --flows needs --reporter ISO3, e.g. --reporter CHN",
        "--reporter CHN | option --reporter applies to --flows: give --flows FILE",
        "--year 2023 | option --year applies to --flows: give --flows FILE",
        "--format baci | option --format applies to --flows: give --flows FILE",
        "--quiet --quiet | option --quiet is given twice: expected it once",
        "--out a.html --out b.html | option --out is given twice: expected it once",
        "--help=yes | option --help takes no value, got \"yes\"",
        "--brief-only --quiet | --brief-only and --quiet together would output nothing",
        "--brief-only --out a.html | --brief-only writes no report, so --out has no effect",
      })
  void run_badCommandLine_printsOneLineAndExits2(String args, String message) {
    MainRun r = run(args.trim().split(" +", -1));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("digitrade: " + message + " (see --help)" + System.lineSeparator());
  }

  @Test
  void run_missingFile_printsOneLineAndExits1() {
    Path missing = dir.resolve("missing.csv");
    MainRun r = run("--flows", missing.toString(), "--reporter", "CHN");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("digitrade: cannot read --flows " + missing + ": no such file"
            + System.lineSeparator());
  }

  @Test
  void run_directoryAsFile_printsOneLineAndExits1() {
    MainRun r = run("--flows", dir.toString(), "--reporter", "CHN");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("digitrade: cannot read --flows " + dir + ": it is a directory, expected a file"
            + System.lineSeparator());
  }

  @Test
  void run_unwritableOut_printsOneLineAndExits1() {
    Path out = dir.resolve("no-such-dir").resolve("r.html");
    MainRun r = run("--quiet", "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("digitrade: cannot write --out " + out + ": ");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
  }

  private Path fixture() throws IOException {
    Path f = dir.resolve("flows.csv");
    try (var in = MainTest.class.getResourceAsStream("flows.csv")) {
      Files.copy(java.util.Objects.requireNonNull(in, "flows.csv fixture"), f);
    }
    return f;
  }

  @Test
  void run_flows_analysesTheReporterAndWritesTheReport() throws IOException {
    Path html = dir.resolve("chn.html");
    MainRun r = run("--flows", fixture().toString(), "--reporter", "chn", "--out", html.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    String text = r.out().replaceAll("\\s+", " ");
    // CHN 2023: exports 45+15+25+5+20+5 = 115, imports 20+10+45+5+10 = 90 (reported, direction M)
    assertThat(text)
        .contains("digitrade brief: China, 2023")
        .contains("China exported 115 and imported 90 in 2023: a surplus of 25")
                // 2022 exports 55+15+20+10 = 100, so YoY 115/100 - 1 = +15.0%
        .contains("+15.0%")
        .contains("Grubel-Lloyd")
        .contains("Economic complexity");
    XmlCheck.parse(Files.readString(html));
  }

  @Test
  void run_flows_comtradeBulkFile_mapsM49CodesToTheReporter() throws IOException {
    Path f = dir.resolve("comtrade.csv");
    // China (M49 156) in 2023: exports to the USA (842) 60 and Indonesia (360) 40, imports from the
    // USA 30; Indonesia reports its exports to China 30 (gzip and legacy headers are covered in io)
    Files.writeString(
        f,
        """
        typeCode,freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
        C,A,2023,156,X,842,"8517",60
        C,A,2023,156,X,360,"0101",40
        C,A,2023,156,M,842,"8517",30
        C,A,2023,360,X,156,"1511",30
        """);
    MainRun r = run("--flows", f.toString(), "--format", "comtrade", "--reporter", "CHN", "--brief-only");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    // exports 60 + 40 = 100; imports 30 reported by China itself (direction M): surplus 70
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("digitrade brief: China, 2023")
        .contains("China exported USD 100 and imported USD 30 in 2023");
  }

  @Test
  void run_flows_year_selectsTheYear() throws IOException {
    MainRun r = run("--flows", fixture().toString(), "--reporter", "CHN", "--year", "2022",
        "--brief-only");
    assertThat(r.code()).isZero();
    // CHN 2022: exports 100, imports 20 + 40 = 60
    assertThat(r.out().replaceAll("\\s+", " ")).contains("China exported 100 and imported 60 in 2022");
  }

  @Test
  void run_flows_unknownReporterOrYear_printsOneLineAndExits1() throws IOException {
    Path f = fixture();
    MainRun r = run("--flows", f.toString(), "--reporter", "FRA", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("digitrade: --reporter FRA has no exports in the file: reporters are CHN, IDN,"
            + " USA, VNM" + System.lineSeparator());
    MainRun y = run("--flows", f.toString(), "--reporter", "CHN", "--year", "2019", "--brief-only");
    assertThat(y.code()).isEqualTo(1);
    assertThat(y.err())
        .isEqualTo("digitrade: --year 2019: CHN has exports in [2022, 2023] only"
            + System.lineSeparator());
  }

  @Test
  void run_flows_malformedRow_printsOneLineWithTheLineAndExits1() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        """
        reporter,partner,product,period,direction,value
        CHN,USA,8517,2023,X,12
        CHN,USA,8517,2023,X,-5
        """);
    MainRun r = run("--flows", bad.toString(), "--reporter", "CHN", "--brief-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("digitrade: ").contains("bad.csv").contains("3");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void run_flows_baci_mapsCountryCodesAndComputesComplexity() throws IOException {
    Path baci = dir.resolve("baci.csv");
    try (var out = Files.newOutputStream(baci)) {
      io.github.digitrade.io.SyntheticBaci.of(20_000, 1).write(out);
    }
    // synthetic BACI numbers its countries 4, 8, 12, ...: 4 is Afghanistan in UN M49
    MainRun r = run("--flows", baci.toString(), "--format", "baci", "--reporter", "AFG",
        "--brief-only");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("digitrade brief: Afghanistan, 2022")
        .contains("Values in USD")
        .contains("Top products of Afghanistan by RCA, 2022")
        .contains("Economic complexity");
  }
}
