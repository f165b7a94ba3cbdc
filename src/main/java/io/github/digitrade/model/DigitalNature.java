package io.github.digitrade.model;

import java.util.Locale;

/**
 * How a transaction was ordered and delivered, per the conceptual framework of the
 * OECD-WTO-IMF-UNCTAD <i>Handbook on Measuring Digital Trade</i> (2nd edition, 2023): digital trade
 * is all trade that is digitally ordered and/or digitally delivered.
 *
 * <pre>{@code
 * DigitalNature.DIGITALLY_ORDERED_AND_DELIVERED.isDigitallyOrdered();   // true
 * DigitalNature.DIGITALLY_ORDERED.isDigitallyDelivered();              // false
 * DigitalNature.DIGITALLY_ORDERED.toString();                          // "digitally ordered"
 * }</pre>
 */
public enum DigitalNature {
  /**
   * Ordered over a computer network by methods specifically designed for receiving or placing
   * orders (e-commerce), but delivered physically or offline; cross-border e-commerce of goods is
   * the typical case.
   */
  DIGITALLY_ORDERED(true, false),
  /** Delivered remotely over computer networks, but not ordered digitally. */
  DIGITALLY_DELIVERED(false, true),
  /** Both ordered and delivered digitally, such as a streaming subscription bought online. */
  DIGITALLY_ORDERED_AND_DELIVERED(true, true),
  /** Neither ordered nor delivered digitally: not digital trade. */
  NOT_DIGITAL(false, false),
  /** Not known; neither predicate holds, so unknown flows are never counted as digital. */
  UNKNOWN(false, false);

  private final boolean ordered;
  private final boolean delivered;

  DigitalNature(boolean ordered, boolean delivered) {
    this.ordered = ordered;
    this.delivered = delivered;
  }

  /**
   * Returns whether the flow is known to be digitally ordered.
   *
   * @return true for {@link #DIGITALLY_ORDERED} and {@link #DIGITALLY_ORDERED_AND_DELIVERED}
   */
  public boolean isDigitallyOrdered() {
    return ordered;
  }

  /**
   * Returns whether the flow is known to be digitally delivered.
   *
   * @return true for {@link #DIGITALLY_DELIVERED} and {@link #DIGITALLY_ORDERED_AND_DELIVERED}
   */
  public boolean isDigitallyDelivered() {
    return delivered;
  }

  /**
   * Returns whether the flow is digital trade, that is digitally ordered or delivered or both.
   *
   * @return true if digitally ordered or digitally delivered
   */
  public boolean isDigital() {
    return ordered || delivered;
  }

  /**
   * Returns the lower-case words, such as {@code digitally ordered}.
   *
   * @return the readable name, never null
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
