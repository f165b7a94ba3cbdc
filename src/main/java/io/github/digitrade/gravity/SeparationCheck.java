package io.github.digitrade.gravity;

/**
 * A check for observations whose PPML estimates do not exist (Correia, Guimarães &amp; Zylkin 2021,
 * "Verifying the existence of maximum likelihood estimates for generalized linear models",
 * arXiv:1903.01633). Such observations have a zero outcome and a fitted mean that goes to zero as
 * some combination of the parameters goes to infinity; they are dropped and listed in the fit.
 */
public enum SeparationCheck {
  /**
   * Drops every observation of a fixed-effect level whose outcomes are all zero, repeated until no
   * such level remains (what fixest's {@code fixef.rm = "perfect"} does).
   */
  FIXED_EFFECTS,
  /**
   * The iterative rectifier ("ReLU") method of Correia, Guimarães &amp; Zylkin: finds the
   * observations separated by any linear combination of the regressors and the fixed effects. It
   * solves weighted least-squares problems with the fixed effects absorbed: the target {@code u} is
   * 0 where the outcome is positive (weight {@code 1e8}... large) and {@code max(û, 0)} where it is
   * zero, until the fitted {@code û} is non-negative on the zero outcomes; the zero observations with
   * {@code û > 0} are separated.
   */
  RELU
}
