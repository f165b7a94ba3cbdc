package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ConversionTest {

  @Test
  void test_convertQuoted_cbec2021AtTheRightAndTheWrongRate() {
    // 1.98 trillion CNY at the 2021 average 6.4515 CNY/USD: 1.98e12/6.4515 = 306.905e9 ≈ 306.9 bn
    double right = Conversion.convertQuoted(1.98e12, 6.4515);
    assertThat(right / 1e9).isCloseTo(306.9, within(0.05));
    // at the 2020 average 6.8976: 1.98e12/6.8976 = 287.056e9, the widely printed "287.0 bn"
    double wrong = Conversion.convertQuoted(1.98e12, 6.8976);
    assertThat(wrong / 1e9).isCloseTo(287.0, within(0.1));
    // the wrong rate understates the value by 6.4515/6.8976 − 1 = −6.5%
    assertThat(wrong / right - 1).isCloseTo(-0.0647, within(1e-4));
  }

  @Test
  void test_convert_multipliesByRate() {
    // 1.98e12 × (1/6.4515) agrees with the division within two roundings
    assertThat(Conversion.convert(1.98e12, Conversion.inverse(6.4515)))
        .isCloseTo(Conversion.convertQuoted(1.98e12, 6.4515), within(1e-3));
    assertThat(Conversion.convert(-100, 7.0)).isEqualTo(-700.0);
  }

  @Test
  void test_bigDecimal_exactThenRoundedOnce() {
    // 1980000000000 / 6.4515 = 306905370843.98977…, rounded half-even to whole dollars
    assertThat(
            Conversion.convertQuoted(
                new BigDecimal("1980000000000"), new BigDecimal("6.4515"), 0, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("306905370844"));
    // 100.00 USD × 6.4515 = 645.150000 → 645.15
    assertThat(
            Conversion.convert(
                new BigDecimal("100.00"), new BigDecimal("6.4515"), 2, RoundingMode.HALF_EVEN))
        .isEqualTo(new BigDecimal("645.15"));
    assertThatThrownBy(
            () ->
                Conversion.convert(
                    new BigDecimal("1.00"), new BigDecimal("6.4515"), 2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "amount × rate = 6.451500 needs rounding to 2 decimals: expected a RoundingMode other"
                + " than UNNECESSARY");
    assertThatThrownBy(
            () -> Conversion.convert(BigDecimal.ONE, BigDecimal.ZERO, 2, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate = 0: expected a rate > 0");
    assertThatThrownBy(
            () ->
                Conversion.convertQuoted(
                    BigDecimal.ONE, new BigDecimal("-6.45"), 2, RoundingMode.HALF_EVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote = -6.45: expected a rate > 0");
  }

  @Test
  void test_crossAndInverse() {
    // CNY→USD 1/6.4515 = 0.155002, USD→HKD 7.7727: CNY→HKD = 7.7727/6.4515 = 1.204790
    assertThat(Conversion.crossRate(Conversion.inverse(6.4515), 7.7727))
        .isCloseTo(1.204790, within(1e-6));
    assertThat(Conversion.inverse(4.0)).isEqualTo(0.25);
    assertThatThrownBy(() -> Conversion.inverse(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate = 0.0: expected a finite number > 0");
    assertThatThrownBy(() -> Conversion.crossRate(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromPivot = NaN: expected a finite number > 0");
    assertThatThrownBy(() -> Conversion.crossRate(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toPivot = -1.0: expected a finite number > 0");
    assertThatThrownBy(() -> Conversion.convert(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount = NaN: expected a finite number");
    assertThatThrownBy(() -> Conversion.convertQuoted(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quote = Infinity: expected a finite number > 0");
  }

  @Test
  void test_deflate_bothBases() {
    // 1100 / (110/100) = 1000; 1100 / 1.10 = 1000
    assertThat(Conversion.deflate(1100, 110, IndexBase.HUNDRED)).isCloseTo(1000, within(1e-9));
    assertThat(Conversion.deflate(1100, 1.1, IndexBase.ONE)).isCloseTo(1000, within(1e-9));
    assertThat(Conversion.deflate(500, 100, IndexBase.HUNDRED)).isEqualTo(500.0);
    assertThatThrownBy(() -> Conversion.deflate(1, 0, IndexBase.ONE))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("deflated value is undefined: price index = 0");
    assertThatThrownBy(() -> Conversion.deflate(1, -2, IndexBase.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceIndex = -2.0: expected a finite number ≥ 0");
  }
}
