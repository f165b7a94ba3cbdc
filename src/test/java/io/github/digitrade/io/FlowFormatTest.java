package io.github.digitrade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.table.Dimension;
import org.junit.jupiter.api.Test;

class FlowFormatTest {

  @Test
  void theFormatsAreAnExplicitListWithNamesAndUnits() {
    assertThat(FlowFormat.names()).containsExactly("tidy", "baci", "comtrade");
    assertThat(FlowFormat.named("BACI")).isSameAs(FlowFormat.baci());
    assertThat(FlowFormat.baci().valueUnit()).isEqualTo("thousand USD");
    assertThat(FlowFormat.comtrade().valueUnit()).isEqualTo("USD");
    assertThat(FlowFormat.tidy().valueUnit()).isEqualTo("units of the file");
    assertThatThrownBy(() -> FlowFormat.named("parquet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format = \"parquet\": expected one of [tidy, baci, comtrade]");
  }

  @Test
  void eachFormatOwnsItsHeaderBinding() {
    assertThat(FlowFormat.baci().mapping().columns(Dimension.REPORTER)).containsExactly("i");
    assertThat(FlowFormat.baci().mapping().constant(Dimension.DIRECTION)).isEqualTo("X");
    assertThat(FlowFormat.comtrade().mapping().columns(Dimension.DIRECTION))
        .containsExactly("flowCode", "Trade Flow Code");
    assertThat(FlowFormat.tidy().mapping().columns(Dimension.PERIOD)).containsExactly("period");
    assertThat(FlowFormat.baci().reader().format()).isSameAs(FlowFormat.baci());
    assertThat(FlowReader.baci().withMode(ReadMode.LENIENT).withIsoCodes().toString())
        .isEqualTo("FlowReader{baci, LENIENT, duplicates SUM, ISO codes}");
  }

  @Test
  void rowErrorFactoriesFillTheLocation() {
    assertThat(RowError.ofFile("f.csv", "empty file").toString())
        .isEqualTo("f.csv:1: \"\": empty file");
    assertThat(RowError.ofHeader("f.csv", "a,b", "no value column").text()).isEqualTo("a,b");
    assertThat(RowError.ofRecord("f.csv", 7, "1,2", "found 2 fields").column()).isZero();
    assertThat(RowError.ofField("f.csv", 7, 3, "value", "x", "not a number").toString())
        .isEqualTo("f.csv:7: column 3 (value) \"x\": not a number");
    assertThatThrownBy(() -> RowError.ofField("f.csv", 7, 0, "", "x", "bad"))
        .hasMessage("column = 0: expected 1 or more");
  }
}
