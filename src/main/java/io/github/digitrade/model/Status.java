package io.github.digitrade.model;

import java.util.Locale;

/**
 * How firmly a fact in the embedded reference data is established.
 *
 * <p>Every embedded row carries one. Only {@link #CONFIRMED} rows are facts; the others ship so that a
 * user can see what is known and how, never as fact.
 *
 * <pre>{@code
 * Status.parse("confirmed");   // CONFIRMED
 * Status.UNVERIFIED.isFact();  // false
 * }</pre>
 */
public enum Status {
  /** Stated in at least one retrieved source: an official text or a reputable outlet quoting it. */
  CONFIRMED,
  /** Calculated from confirmed numbers; the method is given with the row. */
  DERIVED,
  /** Widely reported, but no retrievable source was found for it. */
  UNVERIFIED;

  /**
   * Returns whether rows with this status may be presented as fact.
   *
   * @return true only for {@link #CONFIRMED}
   */
  public boolean isFact() {
    return this == CONFIRMED;
  }

  /**
   * Parses the lower-case name used in the embedded CSV files ({@code confirmed}, {@code derived},
   * {@code unverified}); case is ignored.
   *
   * @param text the status text, not null
   * @return the status, never null
   * @throws IllegalArgumentException if the text is none of the three names
   */
  public static Status parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (Status s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status = \"" + text + "\": expected confirmed, derived or unverified");
  }

  /**
   * Returns the lower-case name, as written in the embedded CSV files.
   *
   * @return {@code confirmed}, {@code derived} or {@code unverified}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
