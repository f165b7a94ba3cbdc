package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void test_equals_scaleNormalised() {
    assertThat(Money.of("10", "CNY")).isEqualTo(Money.of("10.00", "CNY"));
    assertThat(Money.of("10", "CNY").hashCode()).isEqualTo(Money.of("10.00", "CNY").hashCode());
    assertThat(Money.of("10.00", "CNY").toString()).isEqualTo("CNY 10");
    assertThat(Money.of("0.000", "CNY")).isEqualTo(Money.zero(CNY));
    assertThat(Money.of(new BigDecimal("1E+3"), CNY).toString()).isEqualTo("CNY 1000");
    assertThat(Money.of("10", "CNY")).isNotEqualTo(Money.of("10", "USD")).isNotEqualTo("CNY 10");
  }

  @Test
  void test_plusMinus_exact() {
    // 1120 + 570 = 1690 (CBEC 2020 exports + imports, bn CNY)
    assertThat(Money.of("1120", "CNY").plus(Money.of("570", "CNY")))
        .isEqualTo(Money.of("1690", "CNY"));
    // 0.1 + 0.2 = 0.3 exactly (no binary floating point)
    assertThat(Money.of("0.1", "USD").plus(Money.of("0.2", "USD"))).isEqualTo(Money.of("0.3", "USD"));
    Money balance = Money.of("570", "CNY").minus(Money.of("1120", "CNY"));
    assertThat(balance.toString()).isEqualTo("CNY -550");
    assertThat(balance.isNegative()).isTrue();
    assertThat(balance.abs()).isEqualTo(Money.of("550", "CNY"));
    assertThat(balance.negated().isPositive()).isTrue();
    assertThat(Money.zero(CNY).isZero()).isTrue();
    assertThat(Money.of("2", "CNY").compareAmount(Money.of("10", "CNY"))).isNegative();
  }

  @Test
  void test_multiplyDivideRound() {
    // 1980 / 6.4515 = 306.9053... -> 306.91 at CNY's 2 decimals (HALF_EVEN)
    assertThat(Money.of("1980", "CNY").dividedBy(new BigDecimal("6.4515"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("306.91", "CNY"));
    // 100 * 0.125 = 12.5 exactly; at 0 decimals HALF_EVEN -> 12
    assertThat(Money.of("100", "USD").multipliedBy(new BigDecimal("0.125"), 0, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("12", "USD"));
    assertThat(Money.of("100", "USD").multipliedBy(new BigDecimal("0.12345"), RoundingMode.DOWN))
        .isEqualTo(Money.of("12.34", "USD"));
    assertThat(Money.of("1000", "JPY").dividedBy(new BigDecimal("3"), RoundingMode.DOWN))
        .isEqualTo(Money.of("333", "JPY"));
    assertThat(Money.of("306.9053", "USD").rounded(1, RoundingMode.HALF_UP).toString())
        .isEqualTo("USD 306.9");
    assertThat(Money.of("12345", "USD").rounded(-2, RoundingMode.HALF_UP).toString())
        .isEqualTo("USD 12300");
  }

  @Test
  void test_parse_inverseOfToString() {
    assertThat(Money.parse("CNY 1980.00")).isEqualTo(Money.of("1980", "CNY"));
    assertThat(Money.parse("USD -12.5").toString()).isEqualTo("USD -12.5");
    assertThat(Money.parse("USD 294.76").amount()).isEqualByComparingTo("294.76");
    assertThat(Money.parse("USD 294.76").currency()).isEqualTo(Currency.getInstance("USD"));
  }

  @Test
  void test_plus_currencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "plus: CNY and USD: expected one currency; convert with ExchangeRates or filter to one"
                + " currency first");
    assertThatThrownBy(() -> Money.of("1", "CNY").minus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "minus: CNY and USD: expected one currency; convert with ExchangeRates or filter to one"
                + " currency first");
  }

  @Test
  void test_of_rejectsNonFiniteAndUnknownCurrency() {
    assertThatThrownBy(() -> Money.of("NaN", "CNY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount = \"NaN\": expected a finite decimal number such as 1980.00");
    assertThatThrownBy(() -> Money.of("Infinity", "CNY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount = \"Infinity\": expected a finite decimal number such as 1980.00");
    assertThatThrownBy(() -> Money.of("1", "XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency = \"XYZ\": expected an ISO 4217 alphabetic code such as CNY or USD");
  }

  @Test
  void test_parse_rejectsGarbage() {
    assertThatThrownBy(() -> Money.parse("1980 CNY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "money = \"1980 CNY\": expected an ISO 4217 code, a space and a decimal amount,"
                + " such as CNY 1980.00");
  }

  @Test
  void test_dividedBy_zero() {
    assertThatThrownBy(() -> Money.of("1", "CNY").dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("divisor is zero: cannot divide CNY 1 by 0");
  }
}
