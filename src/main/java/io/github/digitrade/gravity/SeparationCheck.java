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
   * The simplex check of Correia, Guimarães &amp; Zylkin (ppmlhdfe's {@code separation(simplex)}):
   * finds the zero-outcome observations separated by a linear combination of the regressors alone
   * (with a constant, ignoring the fixed effects), as the solution of a linear program: with {@code
   * N} a basis of the combinations that vanish on every positive outcome and {@code Z = X₀N} on the
   * zeros, {@code max 1'Zφ} subject to {@code Zφ ≥ 0} and {@code 1'Zφ ≤ 1}, repeated on what is
   * left until its value is 0. Runs after {@link #FIXED_EFFECTS} and before {@link #RELU}; the
   * observations it drops are listed with {@link Dropped.Reason#SEPARATED_BY_REGRESSORS}. When
   * more than 2000 zero outcomes could be separated by the regressors it refuses (an {@link
   * IllegalArgumentException}) rather than build a very large tableau: {@link #RELU} alone then
   * finds the same observations.
   *
   * <p>Example: outcomes {@code (0, 0, 1, 2)} with a regressor {@code (−1, −2, 0, 0)}: the
   * combination {@code −x} is 0 on the positives and 1 and 2 on the zeros, so both zeros are
   * separated.
   */
  SIMPLEX,
  /**
   * The iterative rectifier ("ReLU") method of Correia, Guimarães &amp; Zylkin: finds the
   * observations separated by any linear combination of the regressors and the fixed effects. It
   * looks for a certificate {@code z = Xγ + Dα} with {@code z = 0} on the positive outcomes and
   * {@code z ≥ 0} on the zeros by repeated least squares: the target {@code u} starts at 1 on the
   * zeros, each step fits {@code û} and sets {@code u = max(û, 0)}, until {@code û ≥ −1e-5} on the
   * zeros and {@code u} has stopped moving; the zeros with {@code û > 1e-5} are separated. The
   * check is repeated on what is left until it drops nothing, as the first certificate reached
   * need not be positive on every separated zero. With at
   * most 400 fixed-effect levels and regressors the fits are exact (the least squares over the null
   * space of the positive rows); larger problems absorb the fixed effects with the positive
   * outcomes weighted 1e8 so that {@code z} vanishes there to about 1e-8.
   */
  RELU
}
