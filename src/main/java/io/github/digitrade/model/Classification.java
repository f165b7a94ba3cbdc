package io.github.digitrade.model;

/**
 * The product classification a {@link ProductCode} belongs to.
 *
 * <pre>{@code
 * ProductCode.hs("0101").classification();   // HS
 * Classification.EBOPS_2010.label();         // "EBOPS2010"
 * }</pre>
 */
public enum Classification {
  /**
   * Harmonized System (World Customs Organization): 2-digit chapters, 4-digit headings, 6-digit
   * subheadings, and 8 to 10-digit national tariff lines.
   */
  HS("HS"),
  /**
   * Extended Balance of Payments Services classification 2010 (UN Manual on Statistics of
   * International Trade in Services 2010): codes such as {@code SI}, {@code SK1}, {@code SJ22}.
   */
  EBOPS_2010("EBOPS2010"),
  /** Standard International Trade Classification (UN): 1 to 5 digits. */
  SITC("SITC"),
  /** A code defined by the user or a publisher, such as {@code CBEC} or {@code DDS}. */
  CUSTOM("CUSTOM"),
  /** All products together, as in a published total. */
  TOTAL("TOTAL");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  /**
   * Returns the prefix used in the text form of product codes, such as {@code HS} or {@code
   * EBOPS2010}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
