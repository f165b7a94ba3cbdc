package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.ExchangeRate;
import io.github.digitrade.model.ExchangeRates;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.RateBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Sample exchange-rate tables shipped with the library.
 *
 * <pre>{@code
 * ExchangeRates r = ExchangeRateSamples.cnyPerUsd();
 * r.rate(Currency.getInstance("USD"), Currency.getInstance("CNY"), Period.ofYear(2023)); // 7.0467
 * }</pre>
 */
public final class ExchangeRateSamples {

  private ExchangeRateSamples() {}

  private static final class Holder {
    static final ExchangeRates CNY_PER_USD = load();

    private Holder() {}
  }

  /**
   * Returns annual average rates, yuan per US dollar (file {@code cny_usd_rates.csv}): the averages
   * of the People's Bank of China central parity as published by SAFE for 2022 (6.7261) and 2023
   * (7.0467), basis {@link io.github.digitrade.model.RateBasis#CENTRAL_PARITY_AVERAGE}, and the
   * average for 2020 printed in the National Bureau of Statistics' Statistical Communiqué (6.8974),
   * basis {@link io.github.digitrade.model.RateBasis#OTHER}, since the communiqué does not say which
   * average it is. Each rate's {@code basis()} and source name it; all three were read in outlets
   * quoting the publisher ({@code source_kind} {@code secondary}). Other years are not embedded,
   * since no SAFE, PBoC or NBS release of them was read; converting a value of another year is an
   * error naming the years available.
   *
   * @return the rates USD→CNY by year, never null
   */
  public static ExchangeRates cnyPerUsd() {
    return Holder.CNY_PER_USD;
  }

  private static ExchangeRates load() {
    List<ExchangeRate> rates = new ArrayList<>();
    for (Csv.Row r : Csv.read(Rows.DIR + "cny_usd_rates.csv")) {
      rates.add(
          ExchangeRate.builder()
              .from(Currency.getInstance(r.get("from")))
              .to(Currency.getInstance(r.get("to")))
              .period(Period.parse(r.get("period")))
              .rate(new BigDecimal(r.get("rate")))
              .basis(RateBasis.valueOf(r.get("basis")))
              .status(Rows.status(r))
              .source(Rows.source(r, false))
              .build());
    }
    return ExchangeRates.of(rates);
  }
}
