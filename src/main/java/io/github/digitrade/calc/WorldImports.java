package io.github.digitrade.calc;

/**
 * Whether world imports {@code M_w} in the trade intensity index include the reporter's own imports.
 *
 * <pre>{@code
 * Bilateral.tradeIntensity(20, 100, 50, 1000, 80, WorldImports.INCLUDING_REPORTER);  // 4.0
 * Bilateral.tradeIntensity(20, 100, 50, 1000, 80, WorldImports.EXCLUDING_REPORTER);  // 3.68
 * }</pre>
 */
public enum WorldImports {
  /** {@code M_w} is all world imports, the reporter's included (WITS). The default. */
  INCLUDING_REPORTER,
  /**
   * {@code M_w − M_i}: world imports less the reporter's own, since a country cannot export to itself
   * (ESCAP APTIAD).
   */
  EXCLUDING_REPORTER
}
