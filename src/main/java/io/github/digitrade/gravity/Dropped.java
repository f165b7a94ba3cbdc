package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

/**
 * An observation left out of a fit, with where it came from and why.
 *
 * @param row the row in the frame that was fitted, from 0
 * @param where the row's origin, such as {@code "trade.csv line 17"} or {@code "row 16"}
 * @param reason why it was left out, never null
 * @param detail the fixed-effect level for {@link Reason#FIXED_EFFECT_ALL_ZERO} (such as {@code
 *     "pair = 12"}), otherwise empty
 */
public record Dropped(int row, String where, Reason reason, String detail) {

  /** Why an observation was left out. */
  public enum Reason {
    /** Its weight is zero. */
    ZERO_WEIGHT,
    /** It belongs to a fixed-effect level whose outcomes are all zero (PPML). */
    FIXED_EFFECT_ALL_ZERO,
    /** It is separated by a combination of regressors and fixed effects (PPML, ReLU check). */
    SEPARATED,
    /** It is separated by a combination of the regressors alone (PPML, simplex check). */
    SEPARATED_BY_REGRESSORS
  }

  /**
   * Checks the components.
   *
   * @param row the row, from 0
   * @param where the origin, not null
   * @param reason the reason, not null
   * @param detail the detail, not null
   */
  public Dropped {
    requireNonNull(where, "where");
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }
}
