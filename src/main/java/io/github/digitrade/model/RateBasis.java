package io.github.digitrade.model;

/**
 * How an {@link ExchangeRate} was compiled.
 *
 * <pre>{@code
 * ExchangeRateSamples.cnyPerUsd().all().get(0).basis();   // CENTRAL_PARITY_AVERAGE
 * }</pre>
 */
public enum RateBasis {
  /**
   * Average of the daily central parity rates of the People's Bank of China over the period, as the
   * National Bureau of Statistics and SAFE publish it.
   */
  CENTRAL_PARITY_AVERAGE,
  /** Average of the noon buying rates of the US Federal Reserve's H.10 release over the period. */
  FED_H10_AVERAGE,
  /** The IMF International Financial Statistics period-average market rate ("rf"). */
  IMF_RF,
  /** Any other basis; the source says which. */
  OTHER
}
