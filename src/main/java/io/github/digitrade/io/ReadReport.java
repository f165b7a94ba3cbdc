package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link FlowReader} did with a file: how many data rows it read, how many it kept, how many
 * it excluded as aggregates or breakdowns of other rows (UN Comtrade files, by {@link Aggregate}
 * kind), how many it skipped as malformed and why. Nothing is dropped silently: {@code rowsRead()
 * == rowsKept() + excludedRows() + skippedRows()}. The first {@link #MAX_LISTED} errors are
 * listed; {@link #skippedRows()} counts them all.
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
 * @param excluded the rows excluded as aggregates or breakdowns, by kind; kinds with no row are
 *     absent; not null
 */
public record ReadReport(
    String source,
    long rowsRead,
    long rowsKept,
    List<RowError> errors,
    Map<Aggregate, Long> excluded) {

  /** How many errors a report lists at most. */
  public static final int MAX_LISTED = 100;

  /**
   * Validates and copies the components.
   *
   * @param source the file or stream name, not null
   * @param rowsRead the data rows found
   * @param rowsKept the rows added to the table
   * @param errors the first errors, not null
   * @param excluded the rows excluded by kind, not null
   * @throws IllegalArgumentException if a count is negative or {@code rowsKept + excludedRows()}
   *     exceeds {@code rowsRead}
   */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    errors = ImmutableList.copyOf(errors);
    Map<Aggregate, Long> copy = new EnumMap<>(Aggregate.class);
    long sum = 0;
    for (Map.Entry<Aggregate, Long> e : excluded.entrySet()) {
      long n = Objects.requireNonNull(e.getValue(), "excluded count");
      if (n < 0) {
        throw new IllegalArgumentException(
            "excluded " + e.getKey() + " = " + n + ": expected 0 or more");
      }
      if (n > 0) {
        copy.put(e.getKey(), n);
        sum += n;
      }
    }
    excluded = Maps.immutableEnumMap(copy);
    if (rowsKept < 0 || rowsKept + sum > rowsRead) {
      throw new IllegalArgumentException(
          "rowsKept = " + rowsKept + " and " + sum + " excluded: expected 0 to rowsRead = "
              + rowsRead + " together");
    }
  }

  /**
   * Returns a report with no excluded rows.
   *
   * @param source the file or stream name, not null
   * @param rowsRead the data rows found
   * @param rowsKept the rows added to the table
   * @param errors the first errors, not null
   * @throws IllegalArgumentException if the counts are negative or {@code rowsKept > rowsRead}
   */
  public ReadReport(String source, long rowsRead, long rowsKept, List<RowError> errors) {
    this(source, rowsRead, rowsKept, errors, ImmutableMap.of());
  }

  /**
   * Returns the number of rows excluded as aggregates or breakdowns of other rows.
   *
   * @return the sum of {@link #excluded()}
   */
  public long excludedRows() {
    long n = 0;
    for (long c : excluded.values()) {
      n += c;
    }
    return n;
  }

  /**
   * Returns the number of rows skipped as malformed.
   *
   * @return {@code rowsRead() - rowsKept() - excludedRows()}
   */
  public long skippedRows() {
    return rowsRead - rowsKept - excludedRows();
  }

  /**
   * Returns a one-line summary with the excluded rows by kind and the first errors.
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
            .append(" kept, ");
    if (!excluded.isEmpty()) {
      s.append(excludedRows()).append(" excluded as aggregates or breakdowns (");
      String sep = "";
      for (Map.Entry<Aggregate, Long> e : excluded.entrySet()) {
        s.append(sep).append(e.getKey().description()).append(' ').append(e.getValue());
        sep = ", ";
      }
      s.append("), ");
    }
    s.append(skippedRows()).append(" skipped");
    for (int i = 0; i < Math.min(3, errors.size()); i++) {
      s.append(i == 0 ? ": " : "; ").append(errors.get(i));
    }
    if (errors.size() > 3) {
      s.append("; …");
    }
    return s.toString();
  }
}
