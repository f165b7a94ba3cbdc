package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.model.Frequency;
import io.github.digitrade.table.FlowTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods at read time: one accepted form per label, one frequency per file. */
class PeriodLabelsTest {

  private static final String HEADER = "reporter,partner,product,period,direction,value\n";

  private static ReadResult read(FlowReader reader, String text) throws IOException {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.csv");
  }

  @ParameterizedTest
  @CsvSource({
    "2023, ANNUAL",
    "2023-H2, SEMIANNUAL",
    "2023H1, SEMIANNUAL",
    "2023-Q1, QUARTERLY",
    "2023Q4, QUARTERLY",
    "2023-01, MONTHLY",
    "202312, MONTHLY"
  })
  void test_acceptedForms_haveTheirFrequency(String label, Frequency f) {
    assertThat(PeriodLabels.frequency(label)).contains(f);
    assertThat(PeriodLabels.year(label)).isEqualTo(label.substring(0, 4));
  }

  @ParameterizedTest
  @CsvSource({"FY2023", "20231", "2023-13", "2023Q5", "23", "2023-1", "'2023 '", "２０２３"})
  void test_otherLabels_haveNone(String label) {
    assertThat(PeriodLabels.frequency(label)).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> PeriodLabels.year(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("period = \"" + label + "\": expected a year such as 2023");
  }

  @ParameterizedTest
  @CsvSource({"2023-Q1", "202301", "2023-H1", "2023-01"})
  void test_aYearBesideASubAnnualPeriod_isRefused(String sub) {
    String text = HEADER + "CHN,USA,1,2023,X,100\nCHN,USA,1," + sub + ",X,25\n";
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> read(FlowReader.tidy().withMode(mode), text))
          .isInstanceOf(FlowFormatException.class)
          .hasMessageStartingWith(
              "p.csv:3: column 4 (period) \"" + sub + "\": the period column mixes frequencies:"
                  + " \"2023\" (annual, line 2) and \"" + sub + "\"");
    }
  }

  @Test
  void test_quartersBesideMonths_areRefusedToo() {
    String text = HEADER + "CHN,USA,1,202301,X,8\nCHN,USA,1,2023-Q1,X,25\n";
    assertThatThrownBy(() -> read(FlowReader.tidy(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("\"202301\" (monthly, line 2) and \"2023-Q1\" (quarterly, line 3)");
  }

  @Test
  void test_unparseablePeriod_namesValueColumnLineAndForms() throws IOException {
    String text = HEADER + "CHN,USA,1,2023,X,100\nCHN,USA,1,FY2023,X,7\nCHN,USA,1,20231,X,9\n";
    assertThatThrownBy(() -> read(FlowReader.tidy(), text))
        .isInstanceOf(FlowFormatException.class)
        .hasMessage(
            "p.csv:3: column 4 (period) \"FY2023\": not a period label: expected a year such as"
                + " 2023, a half-year such as 2023-H1, a quarter such as 2023-Q1 or 2023Q1, or a"
                + " month such as 2023-01 or 202301");
    // lenient: both bad rows are skipped and listed, the good one kept
    ReadResult r = read(FlowReader.tidy().withMode(ReadMode.LENIENT), text);
    assertThat(r.report().skippedRows()).isEqualTo(2);
    assertThat(r.report().errors()).extracting(RowError::text).containsExactly("FY2023", "20231");
    assertThat(r.table().total()).isEqualTo(100.0);
  }

  @Test
  void test_monthsAlone_areKeptApart_andNoYearFilterSumsThem() throws IOException {
    String text = HEADER + "CHN,USA,1,202301,X,8\nCHN,USA,1,202302,X,9\n";
    FlowTable t = read(FlowReader.tidy(), text).table();
    assertThat(t.labels(io.github.digitrade.table.Dimension.PERIOD))
        .containsExactly("202301", "202302");
    // year(2023) is the label "2023" itself: the months are never summed into it, and a year the
    // table does not hold is refused with its labels
    assertThatThrownBy(() -> t.year(2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period \"2023\" is not a label of this table");
  }

  @Test
  void test_comtradeMonthlyPeriods_areAccepted_andMixesRefused() throws IOException {
    String head = "freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n";
    FlowTable t =
        read(FlowReader.comtrade(), head + "M,202301,156,X,842,851712,5\nM,202302,156,X,842,851712,6\n")
            .table();
    assertThat(t.total()).isEqualTo(11.0);
    assertThatThrownBy(
            () -> read(FlowReader.comtrade(),
                head + "M,202301,156,X,842,851712,5\nA,2023,156,X,842,851712,60\n"))
        .isInstanceOf(FlowFormatException.class)
        .hasMessageContaining("mixes frequencies");
  }

  @Test
  void test_mixedFrequencies_namesLinesOnlyWhenKnown_andRefusesABadLabel() {
    assertThat(PeriodLabels.mixedFrequencies("2023", 2, "2023-Q1", 3))
        .startsWith(
            "the period column mixes frequencies: \"2023\" (annual, line 2) and \"2023-Q1\""
                + " (quarterly, line 3); a year beside");
    assertThat(PeriodLabels.mixedFrequencies("2023-H1", 0, "202301", 0))
        .startsWith(
            "the period column mixes frequencies: \"2023-H1\" (semiannual) and \"202301\""
                + " (monthly); ");
    assertThat(PeriodLabels.notAPeriod())
        .isEqualTo("not a period label: expected " + PeriodLabels.accepted());
    assertThatThrownBy(() -> PeriodLabels.mixedFrequencies("FY2023", 0, "2023", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"FY2023\"");
  }

  @ParameterizedTest
  @CsvSource({
    // year + (index - 1) / periods per year
    "2019, 2019.0, 1.0",
    "2019-H2, 2019.5, 0.5", // 2019 + 1/2
    "2019H1, 2019.0, 0.5",
    "2019-Q2, 2019.25, 0.25", // 2019 + 1/4
    "2019Q4, 2019.75, 0.25", // 2019 + 3/4
    "2019-07, 2019.5, 0.08333333333333333", // 2019 + 6/12; a month is 1/12 of a year
    "201912, 2019.9166666666666667, 0.08333333333333333" // 2019 + 11/12
  })
  void start_andLength_placeAPeriodOnATimeAxis(String label, double start, double length) {
    assertThat(PeriodLabels.start(label)).isEqualTo(start);
    assertThat(PeriodLabels.length(label)).isEqualTo(length);
  }

  @Test
  void start_ofAHalfYear_QuarterAndMonthThatBeginTogether_isTheSame() {
    assertThat(PeriodLabels.start("2019-H2")).isEqualTo(PeriodLabels.start("2019-Q3"))
        .isEqualTo(PeriodLabels.start("2019-07"));
  }

  @Test
  void start_andLength_refuseALabelOfNoAcceptedForm() {
    assertThatThrownBy(() -> PeriodLabels.start("FY2023"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period = \"FY2023\": expected a year such as 2023");
    assertThatThrownBy(() -> PeriodLabels.length("2023-Q5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-Q5");
  }
}
