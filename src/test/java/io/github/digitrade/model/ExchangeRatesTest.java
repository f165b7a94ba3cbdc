package io.github.digitrade.model;

import io.github.digitrade.calc.Conversion;
import io.github.digitrade.calc.Bilateral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency EUR = Currency.getInstance("EUR");

  static ExchangeRate rate(Currency from, Currency to, String period, String r) {
    return ExchangeRate.of(from, to, Period.parse(period), new BigDecimal(r),
        RateBasis.OTHER, Status.CONFIRMED);
  }

  static final ExchangeRates RATES =
      ExchangeRates.of(
          List.of(
              rate(USD, CNY, "2020", "6.8976"),
              rate(USD, CNY, "2021", "6.4515"),
              rate(USD, CNY, "2023", "7.0467"),
              rate(EUR, USD, "2021", "1.1800")));

  @Test
  void test_rate_directInverseCross() {
    assertThat(RATES.rate(USD, CNY, Period.ofYear(2021))).isEqualByComparingTo("6.4515");
    // inverse: 1 / 6.4515 = 0.155002712547469...
    assertThat(RATES.rate(CNY, USD, Period.ofYear(2021)).setScale(6, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("0.155003");
    // cross: EUR->CNY = 1.18 * 6.4515 = 7.61277
    assertThat(RATES.rate(EUR, CNY, Period.ofYear(2021))).isEqualByComparingTo("7.61277");
    assertThat(RATES.rate(CNY, CNY, Period.ofYear(1999))).isEqualByComparingTo("1");
    assertThat(RATES.stored(USD, CNY, Period.ofYear(2021))).isPresent();
    assertThat(RATES.stored(CNY, USD, Period.ofYear(2021))).isEmpty();
    assertThat(RATES.all()).hasSize(4);
    assertThat(RATES.all().get(3).rate()).isEqualTo(new BigDecimal("1.18"));
  }

  @Test
  void test_convert_samePeriodAndExplicitOther() {
    Money cbec2021 = Money.of("1980", "CNY");
    // 1980 / 6.4515 = 306.9053... -> USD 306.91
    assertThat(Conversion.convert(cbec2021, USD, Period.ofYear(2021), RATES, RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 306.91"));
    // 1980 / 6.8976 = 287.0563... -> USD 287.06, only through the explicit call
    Money wrong =
        Conversion.convert(cbec2021, USD, Period.ofYear(2021), RatePeriod.explicit(Period.ofYear(2020)),
            RATES, RoundingMode.HALF_EVEN);
    assertThat(wrong).isEqualTo(Money.parse("USD 287.06"));
    assertThat(RATES.rate(CNY, USD, Period.ofYear(2021), RatePeriod.same()))
        .isEqualTo(RATES.rate(CNY, USD, Period.ofYear(2021)));
    assertThat(RatePeriod.explicit(Period.ofYear(2020)).toString()).isEqualTo("explicit 2020");
    assertThat(RatePeriod.same().toString()).isEqualTo("same period");
    assertThat(RatePeriod.same().explicitPeriod()).isEmpty();
    assertThat(RatePeriod.explicit(Period.ofYear(2020)))
        .isEqualTo(RatePeriod.explicit(Period.ofYear(2020)))
        .hasSameHashCodeAs(RatePeriod.explicit(Period.ofYear(2020)))
        .isNotEqualTo(RatePeriod.same());
  }

  @Test
  void test_rate_missingPeriodNamesExistingOnes() {
    assertThatThrownBy(() -> RATES.rate(CNY, USD, Period.ofYear(2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CNY→USD rate for 2025: rates exist for 2020–2021, 2023");
    assertThatThrownBy(() -> RATES.rate(CNY, EUR, Period.ofYear(2020)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CNY→EUR rate for 2020: rates exist for 2021");
    assertThatThrownBy(() -> RATES.rate(CNY, Currency.getInstance("JPY"), Period.ofYear(2021)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no CNY→JPY rate for 2021: no rates between CNY and JPY, directly or through a pivot"
                + " currency");
  }

  @Test
  void test_badRates() {
    assertThatThrownBy(() -> rate(USD, CNY, "2021", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate = 0: expected a positive number");
    assertThatThrownBy(() -> rate(USD, USD, "2021", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to = USD: expected a currency other than from = USD");
    assertThatThrownBy(
            () -> ExchangeRates.of(List.of(rate(USD, CNY, "2021", "6.4515"),
                rate(CNY, USD, "2021", "0.155"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rates: CNY→USD 2021 0.155 (other, confirmed) duplicates USD→CNY 2021 6.4515 (other,"
                + " confirmed); expected one rate per pair and period");
    assertThat(RATES.toString()).startsWith("ExchangeRates[4 rates]\n  USD→CNY 2020 6.8976");
  }
}
