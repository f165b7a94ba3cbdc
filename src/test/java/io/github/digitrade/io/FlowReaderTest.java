package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.table.Dimension;
import io.github.digitrade.calc.DuplicatePolicy;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowReaderTest {

  @TempDir Path dir;

  private static ReadResult read(FlowReader reader, String text) throws IOException {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static String tidy(String... rows) {
    return "reporter,partner,product,period,direction,value\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void readsTidyCsvWithQuotesBomAndCrlf() throws IOException {
    String text =
        "\uFEFFreporter,partner,product,period,direction,value\r\n"
            + "CHN,USA,\"0101\",2022,X,1.5\r\n"
            + "\"Korea, Rep.\",\"USA\",\"say \"\"hi\"\"\",2022,X,2\r\n"
            + "\r\n"
            + " CHN ,USA,0101,2022,X, 3e2 \r\n";
    ReadResult r = read(FlowReader.tidy(), text);
    FlowTable t = r.table();
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.labels(Dimension.REPORTER)).containsExactly("CHN", "Korea, Rep.");
    assertThat(t.labels(Dimension.PRODUCT)).containsExactly("0101", "say \"hi\"");
    // CHN = 1.5 + 300
    assertThat(t.sum(Dimension.REPORTER).get("CHN")).isEqualTo(301.5);
    assertThat(r.report().rowsRead()).isEqualTo(3);
    assertThat(r.report().skippedRows()).isZero();
    assertThat(r.report().toString()).isEqualTo("t.csv: 3 rows read, 3 kept, 0 skipped");
  }

  @Test
  void readsQuotedLineBreaksAndKeepsPhysicalLineNumbers() throws IOException {
    String text = tidy("\"A\nB\",USA,1,2022,X,1", "CHN,USA,1,2022,X,-1");
    assertThatThrownBy(() -> read(FlowReader.tidy(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:4: column 6 (value) \"-1\": negative value: expected a finite, non-negative"
                + " number");
  }

  @Test
  void manyDistinctLabelsAreInterned() throws IOException {
    StringBuilder text = new StringBuilder(tidy());
    for (int i = 0; i < 1000; i++) {
      // each reporter twice: the second lookup finds the label by its bytes
      text.append("R").append(i).append(",USA,1,2022,X,1\n");
      text.append("R").append(i).append(",USA,2,2022,X,2\n");
    }
    FlowTable t = read(FlowReader.tidy(), text.toString()).table();
    assertThat(t.labels(Dimension.REPORTER)).hasSize(1000);
    // every reporter: 1 + 2
    assertThat(t.sum(Dimension.REPORTER).toArray()).containsOnly(3.0);
  }

  @Test
  void mapsColumnsAndConstants() throws IOException {
    ColumnMapping m =
        ColumnMapping.builder()
            .column(Dimension.REPORTER, "exporter")
            .column(Dimension.PARTNER, "IMPORTER")
            .column(Dimension.PRODUCT, "hs6", "product")
            .constant(Dimension.PERIOD, "2022")
            .constant(Dimension.DIRECTION, "X")
            .value("trade_value")
            .build();
    String text = "Importer, Exporter ,product,extra,trade_value\nUSA,CHN,851712,z,10\nDEU,CHN,851712,z,5";
    FlowTable t = read(FlowReader.tidy(m), text).table();
    // CHN 851712 = 10 + 5
    assertThat(t.matrix(Dimension.REPORTER, Dimension.PRODUCT).get("CHN", "851712")).isEqualTo(15.0);
    assertThat(t.labels(Dimension.PERIOD)).containsExactly("2022");
    assertThat(m.columns(Dimension.PRODUCT)).containsExactly("hs6", "product");
    assertThat(m.constant(Dimension.DIRECTION)).isEqualTo("X");
    assertThat(m.constant(Dimension.REPORTER)).isEmpty();
    assertThat(m.value()).containsExactly("trade_value");
  }

  @Test
  void missingColumnIsAHeaderError() {
    assertThatThrownBy(() -> read(FlowReader.tidy(), "reporter,partner,product,period,value\nA,B,1,2,3"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:1: \"reporter,partner,product,period,value\": no column for the direction:"
                + " expected a header named direction");
  }

  @Test
  void emptyFileIsAnError() {
    assertThatThrownBy(() -> read(FlowReader.tidy(), ""))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage("t.csv:1: \"\": empty file: expected a header row");
    assertThatThrownBy(() -> read(FlowReader.baci(), "\n\r\n"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage("t.csv:1: \"\": empty file: expected a header row");
  }

  @Test
  void headerOnlyFileIsAnEmptyTable() throws IOException {
    ReadResult r = read(FlowReader.tidy(), tidy());
    assertThat(r.table().size()).isZero();
    assertThat(r.report().rowsRead()).isZero();
    ReadResult b = read(FlowReader.baci(), "t,i,j,k,v,q");
    assertThat(b.table().size()).isZero();
  }

  @Test
  void strictModeStopsAtTheFirstMalformedRow() {
    String text = tidy("CHN,USA,1,2022,X,1", "CHN,USA,1,2022,X,NaN", "CHN,USA,1,2022,X");
    assertThatThrownBy(() -> read(FlowReader.tidy(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:3: column 6 (value) \"NaN\": not a number: expected a finite, non-negative"
                + " decimal such as 12.5 or 1.2e3")
        .satisfies(
            e -> {
              RowError err = ((FlowFormatException) e).error();
              assertThat(err.line()).isEqualTo(3);
              assertThat(err.column()).isEqualTo(6);
              assertThat(err.columnName()).isEqualTo("value");
              assertThat(err.text()).isEqualTo("NaN");
              assertThat(err.source()).isEqualTo("t.csv");
            });
  }

  @Test
  void lenientModeReportsEverySkippedRow() throws IOException {
    String text =
        tidy(
            "CHN,USA,1,2022,X,1",
            "CHN,USA,1,2022,X,-2",
            "CHN,USA,1,2022,X",
            ",USA,1,2022,X,1",
            "CHN,USA,1,2022,X,1e999",
            "CHN,USA,1,2022,X,\"1\"x",
            "CHN,USA,1,2022,X,1e300");
    ReadResult r = read(FlowReader.tidy().withMode(ReadMode.LENIENT), text);
    assertThat(r.table().size()).isEqualTo(2);
    assertThat(r.table().total()).isEqualTo(1 + 1e300);
    ReadReport report = r.report();
    assertThat(report.rowsRead()).isEqualTo(7);
    assertThat(report.rowsKept()).isEqualTo(2);
    assertThat(report.skippedRows()).isEqualTo(5);
    assertThat(report.errors().stream().map(RowError::toString))
        .containsExactly(
            "t.csv:3: column 6 (value) \"-2\": negative value: expected a finite, non-negative"
                + " number",
            "t.csv:4: \"CHN,USA,1,2022,X\": found 5 fields: expected 6, as in the header",
            "t.csv:5: column 1 (reporter) \"\": blank reporter: expected a label",
            "t.csv:6: column 6 (value) \"1e999\": value too large for a double: expected a finite,"
                + " non-negative number",
            "t.csv:7: column 6 (value) \"\"1\"x\": unexpected character after a closing"
                + " quote: expected a comma or a line end");
  }

  @Test
  void invalidUtf8IsAMalformedRow() throws IOException {
    byte[] head = tidy().getBytes(StandardCharsets.UTF_8);
    byte[] row = "C\u00c9N,USA,1,2022,X,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(row, row.length);
    bad[1] = (byte) 0xC3;
    bad[2] = (byte) 0x28;
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head);
    all.write(row);
    all.write(bad);
    ReadResult r =
        FlowReader.tidy()
            .withMode(ReadMode.LENIENT)
            .read(new ByteArrayInputStream(all.toByteArray()), "u.csv");
    assertThat(r.table().labels(Dimension.REPORTER)).containsExactly("C\u00c9N");
    assertThat(r.report().errors()).hasSize(1);
    assertThat(r.report().errors().get(0).message()).isEqualTo("invalid UTF-8: expected UTF-8 text");
  }

  @Test
  void unterminatedQuoteIsAMalformedRow() {
    assertThatThrownBy(() -> read(FlowReader.tidy(), tidy("CHN,USA,\"1,2022,X,1")))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage("t.csv:2: column 3 (product) \"\"1,2022,X,1\\n\": unterminated quoted field");
  }

  @Test
  void readsGzipFilesAndReportsProgress() throws IOException {
    byte[] data = tidy("CHN,USA,1,2022,X,1", "CHN,DEU,1,2022,X,2").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("flows.csv.gz");
    Files.write(file, gzip(data));
    List<long[]> reports = new ArrayList<>();
    ReadResult r =
        FlowReader.tidy()
            .withProgress((bytes, total, rows) -> reports.add(new long[] {bytes, total, rows}))
            .read(file);
    assertThat(r.table().total()).isEqualTo(3.0);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0)).containsExactly(Files.size(file), Files.size(file), 2);
  }

  @Test
  void truncatedGzipIsAnError() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      s.append("CHN,USA,").append(i).append(",2022,X,").append(i).append('\n');
    }
    byte[] gz = gzip(tidy(s.toString()).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    assertThatThrownBy(
            () -> FlowReader.tidy().read(new ByteArrayInputStream(cut), "cut.csv.gz"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageStartingWith("cut.csv.gz:1: \"\": truncated or corrupt gzip data (EOFException:");
  }

  @Test
  void readsBaciWithItsCountryCodes() throws IOException {
    Path codes = dir.resolve("country_codes.csv");
    Files.writeString(
        codes,
        """
        country_code,country_name,country_iso2,country_iso3
        156,China,CN,CHN
        842,"United States of America",US,USA
        490,"Other Asia, nes",NA,NA
        """);
    Map<Integer, String> map = FlowReader.baciCountryCodes(codes);
    assertThat(map).containsEntry(156, "CHN").containsEntry(842, "USA").containsEntry(490, "490");
    Path file = dir.resolve("baci.csv");
    Files.writeString(
        file,
        """
        t,i,j,k,v,q
        2022,156,842,10121,12.5,NA
        2022,156,842,"851712",0.25,           NA\r
        2022,842,490,851712,1.5e1,3.0
        """);
    ReadResult r = FlowReader.baci().withCountryCodes(map).read(file);
    FlowTable t = r.table();
    assertThat(t.labels(Dimension.REPORTER)).containsExactly("CHN", "USA");
    assertThat(t.labels(Dimension.PARTNER)).containsExactly("USA", "490");
    assertThat(t.labels(Dimension.PRODUCT)).containsExactly("010121", "851712");
    assertThat(t.labels(Dimension.PERIOD)).containsExactly("2022");
    assertThat(t.labels(Dimension.DIRECTION)).containsExactly("X");
    // 12.5 + 0.25 + 15
    assertThat(t.total()).isEqualTo(27.75);
  }

  @Test
  void baciKeepsNumericCodesWithoutACodeFile() throws IOException {
    FlowTable t = read(FlowReader.baci(), "t,i,j,k,v,q\n2022,4,8,10121,1,2\n").table();
    assertThat(t.labels(Dimension.REPORTER)).containsExactly("4");
    assertThat(t.labels(Dimension.PARTNER)).containsExactly("8");
  }

  @Test
  void baciUnknownCountryCodeIsAMalformedRow() {
    FlowReader reader = FlowReader.baci().withCountryCodes(Map.of(4, "AFG"));
    assertThatThrownBy(() -> read(reader, "t,i,j,k,v,q\n2022,4,4,10121,1,2\n2022,4,999,10121,1,2\n"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:3: column 3 (j) \"999\": unknown country code: expected a code of the"
                + " country-code file");
  }

  @Test
  void baciWithOtherColumnOrderUsesTheGeneralPath() throws IOException {
    String text = "i,j,t,k,q,v\n4,8,2022,\"010121\",NA,1.5\n4,8,2022,010122,NA,x\n";
    ReadResult r = read(FlowReader.baci().withMode(ReadMode.LENIENT), text);
    assertThat(r.table().total()).isEqualTo(1.5);
    assertThat(r.report().errors().get(0).toString())
        .isEqualTo(
            "t.csv:3: column 6 (v) \"x\": not a number: expected a finite, non-negative decimal"
                + " such as 12.5 or 1.2e3");
  }

  @Test
  void baciFastPathErrorsNameTheLine() throws IOException {
    String text =
        """
        t,i,j,k,v,q
        2022,4,8,10121,1,2

        2022,4,8,1012100,1,2
        2022,4,8,10121,-1,2
        2022,4,8,10121,1,2,3
        2022,4,1000,10121,1,2
        """;
    ReadResult r = read(FlowReader.baci().withMode(ReadMode.LENIENT), text);
    assertThat(r.table().size()).isEqualTo(1);
    assertThat(r.report().errors().stream().map(RowError::toString))
        .containsExactly(
            "t.csv:4: column 4 (k) \"1012100\": expected an HS6 code of at most 6 digits",
            "t.csv:5: column 5 (v) \"-1\": negative value: expected a finite, non-negative number",
            "t.csv:6: \"2022,4,8,10121,1,2,3\": found 7 fields: expected 6, as in the header",
            "t.csv:7: column 3 (j) \"1000\": expected a country code from 0 to 999");
  }

  @Test
  void comtradeCodesAreNormalised() throws IOException {
    String text =
        """
        typeCode,freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
        C,A,2022,076,X,842,"0101",100
        C,A,2022,76,M,899,"0102",5.5
        """;
    FlowTable t = read(FlowReader.comtrade(), text).table();
    assertThat(t.labels(Dimension.REPORTER)).containsExactly("76");
    assertThat(t.labels(Dimension.PARTNER)).containsExactly("842", "899");
    assertThat(t.labels(Dimension.PRODUCT)).containsExactly("0101", "0102");
    assertThat(t.labels(Dimension.DIRECTION)).containsExactly("X", "M");
    assertThat(t.direction("X").total()).isEqualTo(100.0);
    // legacy regime codes: 1 imports, 2 exports, 3 re-exports, 4 re-imports
    String legacy =
        """
        Classification,Year,Period,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,\
        Trade Value (US$)
        H5,2020,2020,2,156,842,8517,10
        H5,2020,2020,1,156,842,8517,4
        H5,2020,2020,3,156,842,8517,2
        H5,2020,2020,4,156,842,8517,1
        """;
    FlowTable l = read(FlowReader.comtrade(), legacy).table();
    assertThat(l.direction("X").total()).isEqualTo(10.0);
    assertThat(l.direction("M").total()).isEqualTo(4.0);
    assertThat(l.direction("RX").total()).isEqualTo(2.0);
    assertThat(l.direction("RM").total()).isEqualTo(1.0);
    assertThat(l.label(Dimension.PERIOD, 0)).isEqualTo("2020");
    assertThatThrownBy(
            () -> read(FlowReader.comtrade(), legacy.replace("2020,3,156", "2020,X,156")))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:4: column 4 (Trade Flow Code) \"X\": expected a legacy trade flow code: 1"
                + " (imports), 2 (exports), 3 (re-exports) or 4 (re-imports)");
  }

  @Test
  void isoCodesComeFromThePartnerRegistry() throws IOException {
    FlowTable baci = read(FlowReader.baci().withIsoCodes(), "t,i,j,k,v,q\n2022,156,842,10121,1,2\n").table();
    assertThat(baci.labels(Dimension.REPORTER)).containsExactly("CHN");
    assertThat(baci.labels(Dimension.PARTNER)).containsExactly("USA");
    String text =
        """
        period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue
        2022,076,X,842,1,1
        2022,76,M,899,1,1
        """;
    FlowTable comtrade = read(FlowReader.comtrade().withIsoCodes(), text).table();
    assertThat(comtrade.labels(Dimension.REPORTER)).containsExactly("BRA");
    // the special area 899 (Areas, nes) keeps its number
    assertThat(comtrade.labels(Dimension.PARTNER)).containsExactly("USA", "899");
    assertThat(FlowReader.comtrade().withIsoCodes().toString())
        .isEqualTo("FlowReader{comtrade, STRICT, duplicates SUM, ISO codes}");
  }

  @Test
  void comtradeRejectsNonNumericAreaCodes() {
    String text = "period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n2022,CHN,X,0,1,1\n";
    assertThatThrownBy(() -> read(FlowReader.comtrade(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:2: column 2 (reporterCode) \"CHN\": not a whole number: expected digits only"
                + " (a UN M49 code from 0 to 999)");
  }

  @Test
  void duplicatesCanBeRejected() {
    String text = tidy("CHN,USA,1,2022,X,1", "CHN,USA,1,2022,X,2");
    assertThatThrownBy(() -> read(FlowReader.tidy().withDuplicates(DuplicatePolicy.REJECT), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "t.csv:1: \"\": 1 duplicate key (CHN, USA, 1, 2022, X): expected each (reporter,"
                + " partner, product, period, direction) once under DuplicatePolicy.REJECT");
  }

  @Test
  void writerOutputReadsBackToTheSameTable() throws IOException {
    FlowTable t =
        FlowTable.builder()
            .add("Korea, Rep.", "USA", "say \"hi\"", "2022", "X", 0.1)
            .add("CHN", "US\nA", "0101", "2022", "M", 1e-300)
            .add("CHN", "USA", "0101", "2022", "M", 12345678.9)
            .build();
    Path file = dir.resolve("out.csv.gz");
    FlowWriter.write(t, file);
    FlowTable back = FlowReader.tidy().read(file).table();
    assertThat(back.size()).isEqualTo(3);
    for (int r = 0; r < 3; r++) {
      for (Dimension d : Dimension.values()) {
        assertThat(back.label(d, r)).isEqualTo(t.label(d, r));
      }
      assertThat(back.value(r)).isEqualTo(t.value(r));
    }
  }

  @Test
  void badConfigurationIsRejected() {
    assertThatThrownBy(() -> FlowReader.baci().withCountryCodes(Map.of(1000, "X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code = 1000: expected a code from 0 to 999");
    assertThatThrownBy(() -> FlowReader.baci().withCountryCodes(Map.of(4, " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label of country code 4 = \" \": expected a label");
    assertThatThrownBy(() -> ColumnMapping.builder().value("v").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter is not mapped: expected a column or a constant");
    assertThatThrownBy(() -> ColumnMapping.builder().column(Dimension.REPORTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter headers are empty: expected at least one name");
    assertThatThrownBy(() -> ColumnMapping.builder().value(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value header = \" \": expected a non-blank name");
    assertThatThrownBy(() -> ColumnMapping.builder().constant(Dimension.PERIOD, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period constant = \"\": expected a non-blank label");
    ColumnMapping.Builder noValue = ColumnMapping.builder();
    for (Dimension d : Dimension.values()) {
      noValue.constant(d, "x");
    }
    assertThatThrownBy(noValue::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value is not mapped: expected a column");
  }

  @Test
  void countryCodeFileNeedsItsColumns() throws IOException {
    Path codes = dir.resolve("codes.csv");
    Files.writeString(codes, "code,iso\n4,AFG\n");
    assertThatThrownBy(() -> FlowReader.baciCountryCodes(codes))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            codes
                + ":1: \"code,iso\": expected the columns country_code and country_iso3 (or"
                + " iso_3digit_alpha)");
    Files.writeString(codes, "country_code,iso_3digit_alpha\nx,AFG\n");
    assertThatThrownBy(() -> FlowReader.baciCountryCodes(codes))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(codes + ":2: column 1 (country_code) \"x\": not a whole number: expected digits only");
  }

  @Test
  void readerAndReportDescribeThemselves() {
    assertThat(FlowReader.baci().withCountryCodes(Map.of(4, "AFG")).toString())
        .isEqualTo("FlowReader{baci, STRICT, duplicates SUM, 1 country codes}");
    assertThat(new RowError("f.csv", 2, 0, "", "a,b", "found 2 fields").toString())
        .isEqualTo("f.csv:2: \"a,b\": found 2 fields");
    assertThatThrownBy(() -> new RowError("f", 0, 0, "", "", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line = 0: expected 1 or more");
    assertThatThrownBy(() -> new ReadReport("f", 1, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowsKept = 2 and 0 excluded: expected 0 to rowsRead = 1 together");
  }
}
