package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntraIndustryTest {

  @Test
  void test_grubelLloyd_handExamples() {
    // 1 − |60 − 40|/(60 + 40) = 1 − 0.2 = 0.8
    assertThat(IntraIndustry.grubelLloyd(60, 40)).isEqualTo(0.8);
    assertThat(IntraIndustry.grubelLloyd(40, 60)).isEqualTo(0.8);
    assertThat(IntraIndustry.grubelLloyd(5, 5)).isEqualTo(1.0);
    assertThat(IntraIndustry.grubelLloyd(5, 0)).isEqualTo(0.0);
    assertThatThrownBy(() -> IntraIndustry.grubelLloyd(0, 0))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("Grubel-Lloyd index is undefined: exports + imports X + M = 0");
    assertThatThrownBy(() -> IntraIndustry.grubelLloyd(-2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports = -2.0: expected a finite number ≥ 0");
  }

  @Test
  void test_aggregateAndAdjusted_handExample() {
    double[] x = {60, 10};
    double[] m = {40, 90};
    // aggregate: 1 − (20 + 80)/(100 + 100) = 0.5
    assertThat(IntraIndustry.aggregate(x, m)).isEqualTo(0.5);
    // adjusted: (200 − 100)/(200 − |70 − 130|) = 100/140 = 0.714286
    assertThat(IntraIndustry.imbalanceAdjusted(x, m)).isCloseTo(0.714286, within(1e-6));
    // trade-weighted mean of product GL: 0.5·0.8 + 0.5·0.2 = 0.5
    assertThat(0.5 * IntraIndustry.grubelLloyd(60, 40) + 0.5 * IntraIndustry.grubelLloyd(10, 90))
        .isCloseTo(IntraIndustry.aggregate(x, m), within(1e-15));
  }

  @Test
  void test_aggregateAndAdjusted_undefinedAndBad() {
    assertThatThrownBy(() -> IntraIndustry.aggregate(new double[] {0}, new double[] {0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("aggregate Grubel-Lloyd index is undefined: total trade Σ(X + M) = 0");
    assertThatThrownBy(() -> IntraIndustry.imbalanceAdjusted(new double[] {3, 4}, new double[] {0, 0}))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "imbalance-adjusted Grubel-Lloyd index is undefined: Σ(X + M) − |ΣX − ΣM| = 0");
    assertThatThrownBy(() -> IntraIndustry.aggregate(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports has 1 values and imports has 2: expected the same length");
    assertThatThrownBy(() -> IntraIndustry.aggregate(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exports is empty: expected at least one value");
    assertThatThrownBy(() -> IntraIndustry.aggregate(new double[] {1}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("imports[0] = NaN: expected a finite number ≥ 0");
  }

  @Test
  void test_byProduct_agreesWithScalarAndExcludesUntraded() {
    LabeledVector x = LabeledVector.of(List.of("8517", "8471", "0101"), new double[] {60, 10, 0});
    LabeledVector m = LabeledVector.of(List.of("8471", "8517", "2701"), new double[] {90, 40, 7});
    LabeledVector gl = IntraIndustry.byProduct(x, m);
    assertThat(gl.labels()).containsExactly("8517", "8471", "2701");
    // 8517: 1 − 20/100 = 0.8; 8471: 1 − 80/100 = 0.2; 2701: imports only, 0
    assertThat(gl.get("8517")).isEqualTo(IntraIndustry.grubelLloyd(60, 40)).isEqualTo(0.8);
    assertThat(gl.get("8471")).isEqualTo(IntraIndustry.grubelLloyd(10, 90));
    assertThat(gl.get("2701")).isEqualTo(0.0);
    // equal two-way trade: 1 − 0/14 = 1
    LabeledVector balanced = LabeledVector.of(List.of("3004"), new double[] {7});
    assertThat(IntraIndustry.byProduct(balanced, balanced).get("3004")).isEqualTo(1.0);
    assertThat(gl.excluded())
        .containsExactly(
            new Exclusion(
                Exclusion.Axis.ITEM,
                "0101",
                "Grubel-Lloyd index is undefined: exports + imports X + M = 0"));
  }
}
