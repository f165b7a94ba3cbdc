package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

  private static Table cbec() {
    return Table.builder("China CBEC trade")
        .columns("year", "value", "YoY")
        .row("2020", "1,690", "+31.1%")
        .row("2021", "1,980", "+15.0%")
        .unit("billion CNY")
        .source("GACC")
        .build();
  }

  @Test
  void toText_alignsNumbersRight() {
    assertThat(cbec().toText())
        .isEqualTo(
            """
            China CBEC trade
              year  value     YoY
              ----  -----  ------
              2020  1,690  +31.1%
              2021  1,980  +15.0%
              Unit: billion CNY. Source: GACC
            """);
  }

  @Test
  void isNumeric_detectsNumberColumns() {
    Table t =
        Table.builder("t")
            .columns("name", "share", "value")
            .row("Hangzhou", "44.5%", "2.1 bn")
            .row("杭州", "\u2212", "3 k")
            .unit("u")
            .source("s")
            .build();
    assertThat(t.isNumeric(0)).isFalse();
    assertThat(t.isNumeric(1)).isFalse();
    assertThat(t.isNumeric(2)).isTrue();
    assertThat(t).hasToString("Table{\"t\", 3 columns, 2 rows}");
  }

  @Test
  void toText_countsCjkAsTwoColumns() {
    Table t = Table.builder("t").columns("zh", "n").row("杭州市", "1").row("x", "22")
        .unit("u").source("s").build();
    // 杭州市 is six terminal columns wide, so "x" is padded with five spaces
    assertThat(t.toText()).contains("  x       22\n");
  }

  @Test
  void badInput_isRejectedWithMessage() {
    assertThatThrownBy(() -> Table.builder(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("caption = \"\": expected what the table shows");
    assertThatThrownBy(() -> Table.builder("t").row("a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row [a] before columns: expected columns(...) first");
    assertThatThrownBy(() -> Table.builder("t").columns("a", "b").row("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 has 1 cells: expected 2, one per column [a, b]");
    assertThatThrownBy(() -> Table.builder("t").columns())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns is empty: expected at least one heading");
    assertThatThrownBy(() -> Table.builder("t").columns("a").columns("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns are already set to [a]: expected columns(...) once");
    assertThatThrownBy(() -> Table.builder("t").columns("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns[1] = \" \": expected a column heading");
    assertThatThrownBy(() -> Table.builder("t").columns("a").source("s").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table \"t\" has no unit: expected unit(...), e.g. \"billion CNY\"");
    assertThatThrownBy(() -> Table.builder("t").columns("a").unit("u").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table \"t\" has no source: expected source(...)");
    assertThatThrownBy(() -> Table.builder("t").unit("u").source("s").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table \"t\" has no columns: expected columns(...)");
  }
}
