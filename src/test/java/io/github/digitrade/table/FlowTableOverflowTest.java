package io.github.digitrade.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digitrade.calc.Sums;
import org.junit.jupiter.api.Test;

/** Sums of finite values that leave the double range are an error, never NaN or Infinity. */
class FlowTableOverflowTest {

  private static FlowTable twoHugeRows() {
    return FlowTable.builder()
        .add("CHN", "USA", "1", "2023", "X", 1e308)
        .add("CHN", "VNM", "1", "2023", "X", 1e308)
        .build();
  }

  @Test
  void test_total_overflowIsDetected() {
    // 1e308 + 1e308 = 2e308 > Double.MAX_VALUE ≈ 1.798e308
    assertThatThrownBy(() -> twoHugeRows().total())
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "sum of values[0..2) overflows: the total exceeds 1.7976931348623157E308; expected"
                + " values whose total fits a double (rescale them, e.g. to thousands)");
  }

  @Test
  void test_sumAndMatrix_overflowNamesTheLabel() {
    assertThatThrownBy(() -> twoHugeRows().sum(Dimension.REPORTER))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("sum of reporter CHN overflows");
    assertThatThrownBy(() -> twoHugeRows().matrix(Dimension.REPORTER, Dimension.PRODUCT))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("sum of a cell of the REPORTER × PRODUCT matrix overflows");
    // each partner alone fits
    assertThat(twoHugeRows().sum(Dimension.PARTNER).get("USA")).isEqualTo(1e308);
    assertThatThrownBy(() -> Sums.sum(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
        .isInstanceOf(ArithmeticException.class);
  }
}
