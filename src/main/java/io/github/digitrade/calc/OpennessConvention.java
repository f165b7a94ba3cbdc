package io.github.digitrade.calc;

/**
 * How trade openness relates trade to GDP.
 *
 * <pre>{@code
 * Macro.openness(300, 200, 1000, OpennessConvention.WITS);    // (300 + 200)/1000 = 0.5
 * Macro.openness(300, 200, 1000, OpennessConvention.UNCTAD);  // ((300 + 200)/2)/1000 = 0.25
 * }</pre>
 */
public enum OpennessConvention {
  /** {@code (X + M) / GDP}, as WITS and the World Bank WDI publish it. The default. */
  WITS,
  /** {@code ((X + M) / 2) / GDP}, the average of exports and imports, as UNCTADstat publishes it. */
  UNCTAD
}
