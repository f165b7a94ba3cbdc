package io.github.digitrade.spark;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Rows of a {@link FlowDataset} that cannot be used as trade flows, found while Spark aggregated
 * them: a missing, negative, NaN or infinite value, a blank label, a bad code or a CSV line with the
 * wrong number of fields. No result is computed from a dataset with such rows, so nothing is
 * dropped silently.
 *
 * <p>The message counts the bad rows and shows the first few in the core readers' words, each as
 * {@code file: column N (name) "text": what is wrong: what was expected}, such as {@code
 * trade.csv: column 6 (value) "-3.2": negative value: expected a finite, non-negative number}.
 * Spark does not know line numbers, so the text of the field is shown instead.
 *
 * <pre>{@code
 * try {
 *   flows.rca();
 * } catch (FlowDatasetException e) {
 *   e.badRows();      // 3
 *   e.examples();     // the first of them, with file and column
 * }
 * }</pre>
 */
public final class FlowDatasetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many rows are bad. */
  private final long badRows;

  /** The first bad rows, each as {@code file: column N (name) "text": message}. */
  @SuppressWarnings("serial") // an immutable list of strings
  private final ImmutableList<String> examples;

  FlowDatasetException(long badRows, List<String> examples) {
    super(message(badRows, examples));
    this.badRows = badRows;
    this.examples = ImmutableList.copyOf(examples);
  }

  private static String message(long badRows, List<String> examples) {
    StringBuilder s =
        new StringBuilder()
            .append(badRows)
            .append(badRows == 1 ? " row is" : " rows are")
            .append(" not a valid trade flow");
    if (!examples.isEmpty()) {
      s.append(examples.size() < badRows ? "; the first " + examples.size() + ":" : ":");
      for (String e : examples) {
        s.append("\n  ").append(e);
      }
    }
    return s.toString();
  }

  /**
   * Returns how many rows are bad.
   *
   * @return the count, 1 or more
   */
  public long badRows() {
    return badRows;
  }

  /**
   * Returns the first bad rows, each as {@code file: column N (name) "text": message}.
   *
   * @return the examples, never null
   */
  public ImmutableList<String> examples() {
    return examples;
  }
}
