package io.github.digitrade.gravity;

/** The estimator of a {@link GravityModel}. */
public enum Estimator {
  /**
   * Poisson pseudo-maximum likelihood (Santos Silva &amp; Tenreyro 2006): the Poisson GLM with log
   * link, fitted by iteratively reweighted least squares. The outcome may be zero.
   */
  PPML,
  /** Ordinary (or weighted) least squares of the outcome, usually a logarithm of trade. */
  OLS
}
