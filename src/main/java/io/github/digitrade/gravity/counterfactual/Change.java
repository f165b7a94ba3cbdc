package io.github.digitrade.gravity.counterfactual;

import static java.util.Objects.requireNonNull;

/**
 * One counterfactual change: a regressor of the baseline fit set to a new value on a selection of
 * pairs, such as {@code RTA = 0} on the pairs among Canada, Mexico and the United States.
 *
 * @param regressor a regressor of the baseline fit, not null
 * @param value the new value, finite
 * @param pairs the pairs it applies to, not null
 */
public record Change(String regressor, double value, Pairs pairs) {

  /**
   * Checks the components.
   *
   * @param regressor the regressor, not null
   * @param value the value, finite
   * @param pairs the pairs, not null
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public Change {
    requireNonNull(regressor, "regressor");
    requireNonNull(pairs, "pairs");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          regressor + " = " + value + " on " + pairs + ": expected a finite value");
    }
  }

  /**
   * Returns the change as text, such as {@code RTA = 0 on pairs among CAN, MEX, USA}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return regressor + " = " + Outcomes.number(value) + " on " + pairs;
  }
}
