package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

/**
 * A fixed-effect level left out of a PPML fit because all its outcomes are zero: its effect would
 * be minus infinity.
 *
 * @param factor the fixed-effect column, such as {@code pair_id}
 * @param level the level name
 * @param observations how many observations it had, all listed in {@link GravityFit#dropped()}
 */
public record DroppedLevel(String factor, String level, int observations) {

  /**
   * Checks the components.
   *
   * @param factor the column, not null
   * @param level the level, not null
   * @param observations the count
   */
  public DroppedLevel {
    requireNonNull(factor, "factor");
    requireNonNull(level, "level");
  }
}
