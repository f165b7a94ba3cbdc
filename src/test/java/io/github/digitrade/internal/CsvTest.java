package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void test_parse_rfc4180() {
    ImmutableList<Csv.Row> rows =
        Csv.parse("t.csv", "\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n2,,z");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("b")).isEqualTo("x, \"y\"");
    assertThat(rows.get(0).get("c")).isEqualTo("two\nlines");
    assertThat(rows.get(1).get("b")).isEmpty();
    assertThat(rows.get(1).line()).isEqualTo(5);
    assertThat(rows.get(1).where()).isEqualTo("t.csv line 5");
    assertThat(rows.get(1).toString()).isEqualTo("t.csv line 5 [2, , z]");
  }

  @Test
  void test_parse_errors() {
    assertThatThrownBy(() -> Csv.parse("t.csv", "a\n\"open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: quoted field is not closed");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a\n\"x\"y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: unexpected text after a closing quote");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: 1 fields, expected 2");
    assertThatThrownBy(() -> Csv.parse("t.csv", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv: no header row");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 1: a column name repeats in [a, a]");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a\n1").get(0).get("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t.csv line 2: no column b in [a]");
    assertThatThrownBy(() -> Csv.read("/nope.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("resource /nope.csv is missing from the module");
  }
}
