package io.github.digitrade.gravity.counterfactual;

import java.util.Locale;

/**
 * How a structural gravity fit of the full endowment iterations ended: PPML with exporter and
 * importer fixed effects and the trade costs as offset, fitted to given output and expenditure
 * through its first-order conditions (every fitted output and expenditure equals the given one).
 * The stages fitted to data report the estimator's {@link io.github.digitrade.gravity.Convergence}
 * instead.
 *
 * @param converged whether the largest relative margin error fell below the tolerance
 * @param sweeps the number of sweeps over both blocks of fixed effects
 * @param marginError the largest relative error {@code |Σ_j μ_ij / Σ_j y_ij − 1|} at the end
 * @param tolerance the tolerance that was used
 */
public record FitReport(boolean converged, int sweeps, double marginError, double tolerance) {

  /**
   * Returns one line, such as {@code converged after 212 sweeps (largest margin error 8.1e-13,
   * tolerance 1e-12)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return (converged ? "converged" : "NOT CONVERGED")
        + " after "
        + sweeps
        + (sweeps == 1 ? " sweep" : " sweeps")
        + String.format(
            Locale.ROOT, " (largest margin error %.1e, tolerance %.0e)", marginError, tolerance);
  }
}
