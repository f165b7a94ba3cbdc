package io.github.digitrade.table;

/**
 * A dictionary-encoded key column of a {@link FlowTable}.
 *
 * <p>Every row of a flow table has one label in each dimension: who reports the flow, the partner,
 * the product code, the period and the direction. Labels are strings kept exactly as read (product
 * codes keep leading zeros, {@code "0101"}); a dimension a source does not have holds one label for
 * every row, such as the year of a BACI file or {@code "X"} (exports).
 *
 * <pre>{@code
 * table.sum(Dimension.REPORTER);                      // exports by exporter
 * table.matrix(Dimension.REPORTER, Dimension.PRODUCT); // exporter × product
 * }</pre>
 */
public enum Dimension {
  /** The reporting economy; the exporter in BACI. */
  REPORTER,
  /** The partner economy; the importer in BACI. */
  PARTNER,
  /** The product code, such as an HS6 code {@code "010121"}. */
  PRODUCT,
  /** The period, such as {@code "2022"} or {@code "202203"}. */
  PERIOD,
  /** The flow direction, such as {@code "X"} (export) or {@code "M"} (import). */
  DIRECTION;

  /** Every dimension, in declaration order; never modified. */
  static final Dimension[] ALL = values();

  /** The position of this dimension's column in a table, without relying on declaration order. */
  int column() {
    return switch (this) {
      case REPORTER -> 0;
      case PARTNER -> 1;
      case PRODUCT -> 2;
      case PERIOD -> 3;
      case DIRECTION -> 4;
    };
  }

  /**
   * Returns the lower-case name used in messages, such as {@code "reporter"}.
   *
   * @return the name, never null
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
