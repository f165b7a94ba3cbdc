package io.github.digitrade.calc;

/**
 * Which items count as {@code n} in the normalised HHI {@code (HHI − 1/n)/(1 − 1/n)}. The result
 * differs whenever some lines are zero: {@code {50, 30, 20, 0}} gives {@code (0.38 − 1/3)/(2/3) =
 * 0.07} with the three positive lines and {@code (0.38 − 1/4)/(3/4) = 0.1733…} with all four.
 *
 * <pre>{@code
 * Concentration.normalisedHhi(new double[] {50, 30, 20, 0}, HhiConvention.POSITIVE_LINES); // 0.07
 * Concentration.normalisedHhi(new double[] {50, 30, 20, 0}, HhiConvention.ALL_LINES);      // 0.1733
 * }</pre>
 */
public enum HhiConvention {
  /**
   * {@code n} = the lines with a positive value, as the R package concstats does; the default of
   * {@link Concentration#normalisedHhi(double[])}.
   */
  POSITIVE_LINES,
  /**
   * {@code n} = every line passed in, zeros included: pass every line of the classification (on a
   * flow table, every label of the dimension that occurs in the table), the count used when the
   * normalised index is read against the number of product lines, as in the UNCTAD concentration
   * index.
   */
  ALL_LINES
}
