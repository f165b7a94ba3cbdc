package io.github.digitrade.gravity;

/**
 * How a fit ended.
 *
 * @param converged whether the IRLS stopping rule was met and every fixed-effect projection of the
 *     last step converged (OLS: whether the projections converged)
 * @param iterations IRLS steps taken (1 for OLS)
 * @param devianceChange the last relative deviance change {@code |dev − dev_old| / (0.1 + |dev|)}
 *     (0 for OLS)
 * @param coefficientChange the last largest coefficient change {@code max_k |β_k − β_k,old| /
 *     (0.1 + |β_k|)} (0 for OLS)
 * @param fixedEffectIterations the most sweeps any fixed-effect projection of the fit needed
 * @param rowPasses the passes over the observations that the fixed-effect projections made in
 *     all (a sweep over Q dimensions makes Q, the weighted sums that start a projection and the
 *     residual that ends it one each, an extrapolation none): the work of the fit, the same on
 *     every machine
 * @param tolerance the IRLS tolerance that was used
 * @param fixedEffectTolerance the fixed-effect tolerance that was used
 */
public record Convergence(
    boolean converged,
    int iterations,
    double devianceChange,
    double coefficientChange,
    int fixedEffectIterations,
    long rowPasses,
    double tolerance,
    double fixedEffectTolerance) {

  /**
   * Returns one line, such as {@code converged in 9 iterations (deviance change 3.1e-10,
   * coefficient change 2.0e-7; at most 41 sweeps per projection)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return (converged ? "converged" : "NOT CONVERGED")
        + " after "
        + iterations
        + (iterations == 1 ? " iteration" : " iterations")
        + String.format(
            java.util.Locale.ROOT,
            " (deviance change %.2e, coefficient change %.2e, tolerance %.0e; at most %d sweeps per"
                + " projection, tolerance %.0e; %d passes over the rows)",
            devianceChange,
            coefficientChange,
            tolerance,
            fixedEffectIterations,
            fixedEffectTolerance,
            rowPasses);
  }
}
