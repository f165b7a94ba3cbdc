package io.github.digitrade.calc;

/**
 * What a pivot does when the same (row, column) cell is given more than once.
 *
 * <pre>{@code
 * Pivot p = Pivot.create().add("CHN", "8517", 3).add("CHN", "8517", 4);
 * p.toMatrix(DuplicatePolicy.SUM).get("CHN", "8517");  // 7.0
 * p.toMatrix(DuplicatePolicy.REJECT);                  // IllegalArgumentException naming the cell
 * }</pre>
 */
public enum DuplicatePolicy {
  /** Add the values of repeated cells (compensated). The default. */
  SUM,
  /** Reject the input, naming the first repeated cell and its values. */
  REJECT
}
