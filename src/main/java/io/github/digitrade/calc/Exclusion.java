package io.github.digitrade.calc;

import java.util.Objects;

/**
 * A label left out of a labelled result because an indicator is undefined for it, with the reason.
 *
 * <p>Panel calculators never emit NaN for an undefined cell: they leave the row, column or item out of
 * the result and list it here, for example {@code Exclusion[ROW ATA: total exports are zero]}.
 *
 * @param axis where the label was: a row, a column, or an item of a vector; not null
 * @param label the label that was left out, not blank
 * @param reason why, naming the quantity that is zero or missing; not blank
 */
public record Exclusion(Axis axis, String label, String reason) {

  /** Where an excluded label was in the input. */
  public enum Axis {
    /** A row of a matrix, such as a country. */
    ROW,
    /** A column of a matrix, such as a product. */
    COLUMN,
    /** An item of a vector. */
    ITEM
  }

  /**
   * Validates the components.
   *
   * @param axis where the label was, not null
   * @param label the label that was left out, not blank
   * @param reason why, not blank
   * @throws IllegalArgumentException if the label or the reason is blank
   */
  public Exclusion {
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reason, "reason");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label = \"" + label + "\": expected a non-blank label");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason = \"" + reason + "\": expected a non-blank reason");
    }
  }

  /**
   * Returns a readable form such as {@code ROW ATA: total exports are zero}.
   *
   * @return the axis, label and reason, never null
   */
  @Override
  public String toString() {
    return axis + " " + label + ": " + reason;
  }
}
