package io.github.digitrade.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void test_parse_quotesCommasNewlinesAndDoubledQuotes() {
    ImmutableList<Csv.Row> rows =
        Csv.parse(
            "t.csv",
            "\uFEFFa,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,,\"\"");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).values())
        .containsExactly(
            java.util.Map.entry("a", "1"),
            java.util.Map.entry("b", "x, y"),
            java.util.Map.entry("c", "say \"hi\""));
    assertThat(rows.get(1).get("b")).isEqualTo("two\nlines");
    assertThat(rows.get(1).get("c")).isEmpty();
    // the third record starts on line 5: the quoted line break of record 2 counts
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).optional("b")).isEmpty();
  }

  @Test
  void test_parse_headerOnlyAndTrailingNewline() {
    assertThat(Csv.parse("t.csv", "a,b\n")).isEmpty();
    assertThat(Csv.parse("t.csv", "a,b\n1,2\n")).hasSize(1);
  }

  @Test
  void test_parse_rejectsMalformedText() {
    assertThatThrownBy(() -> Csv.parse("t.csv", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv: empty: expected a header row");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 1: header [a, a]: expected distinct, non-blank column names");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1,2,3\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: 3 fields: expected 2 as in the header");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1,\"2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: unclosed quote: expected a closing \"");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1,2\"x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: stray quote: expected quotes only around a whole field");
    assertThatThrownBy(() -> Csv.parse("t.csv", "a,b\n1,\"2\"x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: text after a closing quote: expected a comma or line end");
  }

  @Test
  void test_row_typedFieldsAndErrors() {
    Csv.Row row =
        Csv.parse("t.csv", "n,d,y,l,blank\n7,2022-11-14,yes,a; b,\n").get(0);
    assertThat(row.integer("n")).isEqualTo(7);
    assertThat(row.date("d")).isEqualTo(LocalDate.of(2022, 11, 14));
    assertThat(row.optionalDate("blank")).isEmpty();
    assertThat(row.optionalDate("d")).contains(LocalDate.of(2022, 11, 14));
    assertThat(row.yesNo("y")).isTrue();
    assertThat(row.list("l")).containsExactly("a", "b");
    assertThat(row.list("blank")).isEmpty();
    assertThatThrownBy(() -> row.text("blank"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: blank = \"\": expected a non-blank value");
    assertThatThrownBy(() -> row.integer("d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: d = \"2022-11-14\": expected an integer");
    assertThatThrownBy(() -> row.date("n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: n = \"7\": expected an ISO date such as 2022-11-14");
    assertThatThrownBy(() -> row.yesNo("n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: n = \"7\": expected yes or no");
    assertThatThrownBy(() -> row.get("zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t.csv line 2: no column \"zz\": expected one of [n, d, y, l, blank]");
    Csv.Row bad = Csv.parse("t.csv", "l\na;;b\n").get(0);
    assertThatThrownBy(() -> bad.list("l"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "t.csv line 2: l = \"a;;b\": expected a list of non-blank items separated by"
                + " semicolons");
    Csv.Row no = Csv.parse("t.csv", "y\nno\n").get(0);
    assertThat(no.yesNo("y")).isFalse();
  }

  @Test
  void test_resource_missing() {
    assertThatThrownBy(() -> Csv.read("/io/github/digitrade/reference/nope.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("resource /io/github/digitrade/reference/nope.csv is missing from the module");
  }

  @Test
  void test_row_whereAndToString() {
    Csv.Row row = Csv.parse("t.csv", "a,b,c\n1,,z\n").get(0);
    assertThat(row.where()).isEqualTo("t.csv line 2");
    assertThat(row.toString()).isEqualTo("t.csv line 2 [1, , z]");
    assertThat(row.wrap(new IllegalArgumentException("bad"))).hasMessage("t.csv line 2: bad");
  }
}
