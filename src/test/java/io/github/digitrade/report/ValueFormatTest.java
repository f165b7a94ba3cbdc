package io.github.digitrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.reference.HsNomenclature;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The unit defects of the report, one test each, and the formatter's invariants. */
class ValueFormatTest {

  private static final ValueFormat BACI = ValueFormat.amount("USD", 1000);

  @Test
  void text_baciThousandsAreWrittenOnce_asDollarsWithAScaleWord() {
    // 1,039,000 thousand USD = 1.039e9 USD -> "USD 1.04 billion", not "1.039 M (thousand USD)"
    assertThat(BACI.text(1_039_000)).isEqualTo("USD 1.04 billion");
    // 931.1 thousand USD = 931,100 USD: no "931.1 k thousand USD"
    assertThat(BACI.text(931.1)).isEqualTo("USD 931 thousand");
    assertThat(BACI.text(5.2)).isEqualTo("USD 5,200");
    assertThat(BACI.text(-7_499)).isEqualTo("-USD 7.50 million");
    assertThat(ValueFormat.amount("tonnes", 1).text(25_300)).isEqualTo("25.3 thousand tonnes");
    assertThat(ValueFormat.amount("", 1).text(1_500_000)).isEqualTo("1.5 million");
  }

  @Test
  void scaled_oneColumnHasOneScale_soNoCellMixesUnits() {
    // the column's largest value 1,039,000 thousand -> USD billion; -7,499 thousand = -0.0075 bn
    ValueFormat.Scaled col = BACI.scaled(1_039_000);
    assertThat(col.unitLabel()).isEqualTo("USD billion");
    assertThat(List.of(col.cell(1_039_000), col.cell(-7_499), col.cell(361.7)))
        .containsExactly("1.04", "-0.01", "0.00");
  }

  @Test
  void share_isPercentInTextCellsAndAxes() {
    // a share of 0.1866 is 18.7% in the table, the text and on the chart alike
    ValueFormat share = ValueFormat.share("of exports");
    assertThat(share.text(0.1866)).isEqualTo("18.7%");
    ValueFormat.Scaled axis = share.scaled(0.1866);
    assertThat(axis.cell(0.1866)).isEqualTo("18.7%");
    assertThat(axis.unitLabel()).isEqualTo("% of exports");
    assertThat(axis.factor()).isEqualTo(100);
  }

  @Test
  void inScale_pinsTheScaleOfTablesAndAxes() {
    ValueFormat cny = ValueFormat.amount("CNY", 1e9).inScale(1e9);
    assertThat(cny.scaled(2_370).unitLabel()).isEqualTo("CNY billion");
    assertThat(cny.scaled(2_370).cell(2_370)).isEqualTo("2,370");
    assertThat(cny.text(2_370)).isEqualTo("CNY 2.37 trillion");
  }

  @Test
  void indexAndCount_keepTheirDecimals() {
    assertThat(ValueFormat.index("RCA", 2).text(1.2391)).isEqualTo("1.24");
    assertThat(ValueFormat.count("zones").text(162)).isEqualTo("162 zones");
    assertThat(ValueFormat.count("zones").scaled(162).unitLabel()).isEqualTo("zones");
  }

  @Test
  void badInput_isRejectedWithMessage() {
    assertThatThrownBy(() -> ValueFormat.amount("USD", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale = 0.0: expected a positive finite number such as 1 or 1000");
    assertThatThrownBy(() -> ValueFormat.amount(" USD", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit = \" USD\": expected no leading or trailing blanks");
    assertThatThrownBy(() -> BACI.text(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value = NaN: expected a finite number");
    assertThatThrownBy(() -> ValueFormat.share("x").inScale(1e9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inScale on a SHARE format: expected an amount format");
    assertThatThrownBy(() -> BACI.inScale(500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitsPerShown = 500.0: expected 1, 1e3, 1e6, 1e9 or 1e12");
  }

  @Test
  void scaled_largestValueShowsBetweenOneAndAThousand_orInFullBelowTenThousand() {
    QuickTheory.qt().forAll(SourceDSL.doubles().between(1, 1e14)).checkAssert(v -> {
      double shown = v * BACI.scaled(v).factor();
      double real = v * 1000;
      // above a trillion the scale stays trillion, so the shown number may pass a thousand
      boolean inRange = (shown >= 1 && shown < 1000) || (shown >= 1000 && real >= 1e15);
      assertThat(real < 1e4 ? shown == real : inRange).as("%s shown as %s", v, shown).isTrue();
    });
  }

  @Test
  void hsNomenclature_describesCodesByTheirHeading() {
    assertThat(HsNomenclature.chapters()).hasSize(97);
    assertThat(HsNomenclature.chapter("05")).hasValue(
        "Products of animal origin, not elsewhere specified or included");
    assertThat(HsNomenclature.chapter("06")).hasValue("Live trees and other plants; bulbs, roots"
        + " and the like; cut flowers and ornamental foliage");
    assertThat(HsNomenclature.describe("847130")).hasValueSatisfying(
        d -> assertThat(d).startsWith("8471: Automatic data processing machines"));
    assertThat(HsNomenclature.describe("TOTAL")).isEmpty();
    assertThat(HsNomenclature.describe("9999")).isEmpty();
  }

  @Test
  void humanLabels_replaceEnumConstants() {
    assertThat(SampleBrief.human(io.github.digitrade.model.BusinessModel.valueOf(
        "B2C_SELF_OPERATED"))).isEqualTo("B2C self-operated");
  }

  @Test
  void table_toCsv_quotesCellsWithCommasAndQuotes() {
    Table t = Table.builder("c").columns("a", "b").row("1,040", "say \"hi\"").row("x", "")
        .unit("u").source("s").build();
    assertThat(t.toCsv()).isEqualTo("a,b\r\n\"1,040\",\"say \"\"hi\"\"\"\r\nx,\r\n");
  }

  @Test
  void options_unitAndScale_nameATidyFilesUnit() throws Exception {
    Options o = Options.parse(List.of("--flows", "f.csv", "--reporter", "CHN", "--unit", "USD",
        "--scale", "thousand"));
    assertThat(FlowsBrief.valueFormat(o).text(1_039_000)).isEqualTo("USD 1.04 billion");
    assertThatThrownBy(() -> Options.parse(List.of("--flows", "f.csv", "--reporter", "CHN",
        "--format", "baci", "--unit", "EUR")))
        .isInstanceOf(Options.UsageException.class)
        .hasMessage("option --unit applies to tidy files: a baci file's values are in thousand"
            + " USD");
    assertThatThrownBy(() -> Options.parse(List.of("--flows", "f.csv", "--reporter", "CHN",
        "--scale", "-3")))
        .isInstanceOf(Options.UsageException.class)
        .hasMessage("option --scale = \"-3\": expected a positive number such as 1 or 1000, or"
            + " thousand, million, billion");
  }
}
