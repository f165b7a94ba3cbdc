package io.github.digitrade.table;

/**
 * What a {@link FlowTable} does with rows that share all five keys (reporter, partner, product,
 * period, direction).
 *
 * <pre>{@code
 * FlowTable.builder().duplicates(DuplicatePolicy.REJECT);
 * }</pre>
 */
public enum DuplicatePolicy {
  /**
   * The default: duplicate rows stay in the table and every aggregate sums them, as if they had been
   * one row with the summed value.
   */
  SUM,
  /**
   * Building a table with duplicate keys fails with an {@link IllegalArgumentException} that names
   * the first duplicate keys.
   */
  REJECT
}
