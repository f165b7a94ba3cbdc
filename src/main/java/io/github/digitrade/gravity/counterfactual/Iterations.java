package io.github.digitrade.gravity.counterfactual;

import java.util.Locale;

/**
 * How the full endowment iteration ended.
 *
 * @param converged whether the largest change in a factory-gate price between two iterations fell
 *     below the tolerance
 * @param iterations the number of re-estimations after the conditional stage
 * @param priceChange the last largest change {@code max_i |p̂_i(k) − p̂_i(k−1)|} of the
 *     factory-gate price indexes (baseline = 1)
 * @param tolerance the tolerance that was used
 */
public record Iterations(boolean converged, int iterations, double priceChange, double tolerance) {

  /**
   * Returns one line, such as {@code converged after 14 iterations (largest change in factory-gate
   * prices 4.1e-09, tolerance 1e-08)}.
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
            Locale.ROOT,
            " (largest change in factory-gate prices %.1e, tolerance %.0e)",
            priceChange,
            tolerance);
  }
}
