package io.github.digitrade.model;

import java.math.BigDecimal;

/** Shared validation helpers with the project's message format. */
final class Checks {

  private Checks() {}

  static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " = \"" + value + "\": expected a non-blank text");
    }
    return value;
  }

  static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
