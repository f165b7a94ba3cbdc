package io.github.digitrade.calc;

/**
 * How an element-wise operation or a join of two labelled results treats a label that only one of
 * them has.
 *
 * <pre>{@code
 * exports.dividedBy(gdp);                          // REJECT: a label missing on one side is an error
 * exports.dividedBy(gdp, MissingLabels.EXCLUDE);   // such labels are excluded and listed
 * exports.plus(reExports, MissingLabels.ZERO);     // a missing value counts as zero
 * }</pre>
 */
public enum MissingLabels {
  /** A label missing from either side is an error naming it (the default). */
  REJECT,
  /** A label missing from either side is left out of the result and listed in its exclusions. */
  EXCLUDE,
  /** A label missing from one side takes the value zero there. */
  ZERO
}
