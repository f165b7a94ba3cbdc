package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void test_parse_roundTripsEveryStatus() {
    for (Status s : Status.values()) {
      assertThat(Status.parse(s.toString())).isEqualTo(s);
    }
    assertThat(Status.parse(" Confirmed ")).isEqualTo(Status.CONFIRMED);
  }

  @Test
  void test_isFact_onlyConfirmed() {
    assertThat(Status.CONFIRMED.isFact()).isTrue();
    assertThat(Status.DERIVED.isFact()).isFalse();
    assertThat(Status.UNVERIFIED.isFact()).isFalse();
  }

  @Test
  void test_parse_rejectsUnknownText() {
    assertThatThrownBy(() -> Status.parse("memory"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status = \"memory\": expected confirmed, derived or unverified");
  }
}
