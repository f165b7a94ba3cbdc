package io.github.digitrade.calc;

/**
 * Which items count as {@code n} in the Theil index {@code T = (1/n) Σ (x_k/μ) ln(x_k/μ)}, {@code μ
 * = Σ x_k / n}. Published implementations differ; the result depends on the choice whenever some
 * values are zero.
 *
 * <pre>{@code
 * Concentration.theil(new double[] {3, 1, 0}, TheilConvention.ALL_LINES);       // n = 3
 * Concentration.theil(new double[] {3, 1, 0}, TheilConvention.POSITIVE_LINES);  // n = 2
 * }</pre>
 */
public enum TheilConvention {
  /**
   * {@code n} = every line passed in, zeros included ({@code 0·ln 0 = 0}), as in Cadot, Carrère and
   * Strauss-Kahn (2011), "Export diversification: what's behind the hump?", REStat 93(2). Pass every
   * line of the classification. The default.
   */
  ALL_LINES,
  /** {@code n} = the lines with a positive value only, as {@code ineq::Theil} in R does. */
  POSITIVE_LINES
}
