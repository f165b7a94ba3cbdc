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
   * looks for a certificate {@code z = Xγ + Dα} with {@code z = 0} on the positive outcomes and
   * {@code z ≥ 0} on the zeros by repeated least squares: the target {@code u} starts at 1 on the
   * zeros, each step fits {@code û} and sets {@code u = max(û, 0)}, until {@code û ≥ −1e-5} on the
   * zeros and {@code u} has stopped moving; the zeros with {@code û > 1e-5} are separated. With at
   * most 400 fixed-effect levels and regressors the fits are exact (the least squares over the null
   * space of the positive rows); larger problems absorb the fixed effects with the positive
   * outcomes weighted 1e8 so that {@code z} vanishes there to about 1e-8.
   */
  RELU
}
