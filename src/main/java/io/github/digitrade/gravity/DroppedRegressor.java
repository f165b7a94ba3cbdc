package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

/**
 * A regressor left out of a fit because, on the observations used and after absorbing the fixed
 * effects, it is (numerically) a linear combination of the regressors before it, or constant zero.
 *
 * @param name the regressor column
 * @param reason a sentence saying why
 */
public record DroppedRegressor(String name, String reason) {

  /**
   * Checks the components.
   *
   * @param name the column, not null
   * @param reason the reason, not null
   */
  public DroppedRegressor {
    requireNonNull(name, "name");
    requireNonNull(reason, "reason");
  }
}
