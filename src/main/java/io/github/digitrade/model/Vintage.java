package io.github.digitrade.model;

import java.util.Locale;

/**
 * Which release of a published figure a {@link Source} gives: statistics agencies publish
 * preliminary figures first and revise them later.
 *
 * <pre>{@code
 * Vintage.parse("revised");   // REVISED
 * Vintage.FINAL.toString();   // "final"
 * }</pre>
 */
public enum Vintage {
  /** The first, preliminary release (e.g. a customs press release in January). */
  PRELIMINARY,
  /** A later release that replaces the preliminary one (e.g. after a statistical survey). */
  REVISED,
  /** A release the publisher calls final. */
  FINAL,
  /** The publisher does not say which release this is. */
  UNSPECIFIED;

  /**
   * Parses the lower-case name ({@code preliminary}, {@code revised}, {@code final}, {@code
   * unspecified}); case is ignored.
   *
   * @param text the text, not null
   * @return the vintage, never null
   * @throws IllegalArgumentException if the text is none of the four names
   */
  public static Vintage parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (Vintage v : values()) {
      if (v.name().equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "vintage = \"" + text + "\": expected preliminary, revised, final or unspecified");
  }

  /**
   * Returns the lower-case name.
   *
   * @return the name in lower case, never null
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
