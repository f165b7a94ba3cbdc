package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final String FORMS =
      "expected YYYY, YYYY-H1 to YYYY-H2, YYYY-Q1 to YYYY-Q4 or YYYY-MM (month 01 to 12),"
          + " with a year from 1000 to 9999";

  @Test
  void test_parse_allFourForms() {
    assertThat(Period.parse("2021")).isEqualTo(Period.ofYear(2021));
    assertThat(Period.parse("2021-H1")).isEqualTo(Period.ofHalf(2021, 1));
    assertThat(Period.parse("2021-Q3")).isEqualTo(Period.ofQuarter(2021, 3));
    assertThat(Period.parse("2021-07")).isEqualTo(Period.ofMonth(2021, 7));
    assertThat(Period.parse("2021-07").frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(Period.ofMonth(2021, 7).toString()).isEqualTo("2021-07");
    assertThat(Period.ofMonth(2021, 11).toString()).isEqualTo("2021-11");
    assertThat(Period.ofHalf(2024, 2).toString()).isEqualTo("2024-H2");
  }

  @Test
  void test_startEnd_quarterAndHalf() {
    // Q3 = July..September: 3 months starting at month (3-1)*3+1 = 7
    assertThat(Period.parse("2021-Q3").start()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(Period.parse("2021-Q3").end()).isEqualTo(LocalDate.of(2021, 9, 30));
    assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29)); // leap year
    assertThat(Period.parse("2021-H2").start()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(Period.parse("2021").end()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void test_contains_andPlus() {
    Period y = Period.ofYear(2021);
    assertThat(y.contains(Period.parse("2021-Q3"))).isTrue();
    assertThat(y.contains(Period.parse("2021-H2"))).isTrue();
    assertThat(Period.parse("2021-Q3").contains(y)).isFalse();
    assertThat(Period.parse("2021-H1").contains(Period.parse("2021-07"))).isFalse();
    assertThat(y.contains(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(Period.parse("2021-Q4").plus(1)).isEqualTo(Period.parse("2022-Q1"));
    assertThat(Period.parse("2021-01").plus(-1)).isEqualTo(Period.parse("2020-12"));
    assertThat(Period.parse("2021-H2").plus(3)).isEqualTo(Period.parse("2023-H1"));
    assertThat(y.plus(-21)).isEqualTo(Period.ofYear(2000));
    assertThat(y.year()).isEqualTo(2021);
    assertThat(Period.parse("2021-Q3").index()).isEqualTo(3);
  }

  @Test
  void test_compareTo_startThenLongerFirst() {
    assertThat(Period.parse("2021")).isLessThan(Period.parse("2021-H1"));
    assertThat(Period.parse("2021-H1")).isLessThan(Period.parse("2021-Q1"));
    assertThat(Period.parse("2021-Q1")).isLessThan(Period.parse("2021-01"));
    assertThat(Period.parse("2021-01")).isLessThan(Period.parse("2021-02"));
    assertThat(Period.parse("2020-12")).isLessThan(Period.parse("2021"));
    assertThat(Period.parse("2021").compareTo(Period.ofYear(2021))).isZero();
    assertThat(Period.parse("2021").hashCode()).isEqualTo(Period.ofYear(2021).hashCode());
    assertThat(Period.parse("2021")).isNotEqualTo(Period.parse("2021-H1")).isNotEqualTo("2021");
  }

  @Test
  void test_parse_month13() {
    assertThatThrownBy(() -> Period.parse("2021-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-13\": month 13 is out of range; " + FORMS);
  }

  @Test
  void test_parse_quarter5AndHalf3AndMonth00() {
    assertThatThrownBy(() -> Period.parse("2021-Q5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-Q5\": quarter 5 is out of range; " + FORMS);
    assertThatThrownBy(() -> Period.parse("2021-H3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-H3\": half 3 is out of range; " + FORMS);
    assertThatThrownBy(() -> Period.parse("2021-00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-00\": month 00 is out of range; " + FORMS);
    assertThatThrownBy(() -> Period.parse("2021-Q01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-Q01\": quarter 01 is out of range; " + FORMS);
    assertThatThrownBy(() -> Period.parse("2021-Q123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-Q123\": quarter 123 is out of range; " + FORMS);
  }

  @Test
  void test_parse_garbageAndYearOutOfRange() {
    assertThatThrownBy(() -> Period.parse("FY2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"FY2021\": " + FORMS);
    assertThatThrownBy(() -> Period.parse("2021-7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"2021-7\": " + FORMS);
    assertThatThrownBy(() -> Period.parse("0999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period = \"0999\": year 0999 is out of range; " + FORMS);
  }

  @Test
  void test_of_rejectsOutOfRange() {
    assertThatThrownBy(() -> Period.ofMonth(2021, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month = 13: expected 1 to 12");
    assertThatThrownBy(() -> Period.ofQuarter(2021, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quarter = 0: expected 1 to 4");
    assertThatThrownBy(() -> Period.ofYear(10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year = 10000: expected 1000 to 9999");
    assertThatThrownBy(() -> Period.ofYear(9999).plus(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n = 1: 9999 plus 1 falls outside the years 1000 to 9999");
  }
}
