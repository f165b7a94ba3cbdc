package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatedFactTest {

  @Test
  void test_of_yearMonthAndDayPrecision() {
    DatedFact year = DatedFact.of("settlement in 27 currencies", "2017", "exam", Status.CONFIRMED);
    assertThat(year.asOf()).contains("2017");
    assertThat(year.asOfYear()).contains(2017);
    assertThat(year.toString())
        .isEqualTo("settlement in 27 currencies (as of 2017; confirmed; exam)");
    assertThat(DatedFact.of("t", "2018-09", "s", Status.CONFIRMED).asOfYear()).contains(2018);
    assertThat(DatedFact.of("t", "2023-10-04", "s", Status.CONFIRMED).asOfYear()).contains(2023);
    assertThat(year)
        .isEqualTo(DatedFact.of("settlement in 27 currencies", "2017", "exam", Status.CONFIRMED));
  }

  @Test
  void test_of_undated() {
    DatedFact f = DatedFact.of("16 foreign currencies", "", "official page", Status.CONFIRMED);
    assertThat(f.asOf()).isEmpty();
    assertThat(f.asOfYear()).isEmpty();
    assertThat(f.toString()).isEqualTo("16 foreign currencies (undated; confirmed; official page)");
  }

  @Test
  void test_of_rejectsMalformedDates() {
    for (String bad : new String[] {"17", "2017-13", "2023-02-30", "2017/01", "2017-1-1"}) {
      assertThatThrownBy(() -> DatedFact.of("t", bad, "s", Status.CONFIRMED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "fact \"t\": asOf = \""
                  + bad
                  + "\": expected a year, year-month or date from 1900 on, such as 2017, 2018-09 or 2023-10-04");
    }
  }

  @Test
  void test_of_rejectsBlankTextAndSource() {
    assertThatThrownBy(() -> DatedFact.of(" ", "2017", "s", Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact: text = \" \": expected a non-blank text");
    assertThatThrownBy(() -> DatedFact.of("t", "2017", "", Status.CONFIRMED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact \"t\": source = \"\": expected a non-blank citation");
  }
}
