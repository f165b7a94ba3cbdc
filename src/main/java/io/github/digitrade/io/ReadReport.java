package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FlowReader} did with a file: how many data rows it read, how many it kept, how many
 * it skipped and why. Nothing is dropped silently: {@code rowsRead() == rowsKept() + skippedRows()}.
 * The first {@link #MAX_LISTED} errors are listed; {@link #skippedRows()} counts them all.
 *
 * <pre>{@code
 * ReadReport r = result.report();
 * r.toString();  // "baci.csv: 9998 rows read, 9996 kept, 2 skipped: baci.csv:17: column 5 ..."
 * }</pre>
 *
 * @param source the file name or the name given for a stream, not null
 * @param rowsRead the data rows found (blank lines and the header are not rows)
 * @param rowsKept the rows added to the table
 * @param errors the first errors, at most {@link #MAX_LISTED}, not null
 */
public record ReadReport(String source, long rowsRead, long rowsKept, List<RowError> errors) {

  /** How many errors a report lists at most. */
  public static final int MAX_LISTED = 100;

  /**
   * Validates and copies the components.
   *
   * @param source the file or stream name, not null
   * @param rowsRead the data rows found
   * @param rowsKept the rows added to the table
   * @param errors the first errors, not null
   * @throws IllegalArgumentException if the counts are negative or {@code rowsKept > rowsRead}
   */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    errors = ImmutableList.copyOf(errors);
    if (rowsKept < 0 || rowsKept > rowsRead) {
      throw new IllegalArgumentException(
          "rowsKept = " + rowsKept + ": expected 0 to rowsRead = " + rowsRead);
    }
  }

  /**
   * Returns the number of rows skipped as malformed.
   *
   * @return {@code rowsRead() - rowsKept()}
   */
  public long skippedRows() {
    return rowsRead - rowsKept;
  }

  /**
   * Returns a one-line summary with the first errors.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(source)
            .append(": ")
            .append(rowsRead)
            .append(" rows read, ")
            .append(rowsKept)
            .append(" kept, ")
            .append(skippedRows())
            .append(" skipped");
    for (int i = 0; i < Math.min(3, errors.size()); i++) {
      s.append(i == 0 ? ": " : "; ").append(errors.get(i));
    }
    if (errors.size() > 3) {
      s.append("; …");
    }
    return s.toString();
  }
}
