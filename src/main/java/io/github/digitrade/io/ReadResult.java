package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.table.FlowTable;
import java.util.List;
import java.util.Objects;

/**
 * A table read from a file, with the report of what was read, excluded and skipped, and the
 * excluded aggregate records when they were asked for ({@link FlowReader#withAggregates()}).
 *
 * <pre>{@code
 * ReadResult r = FlowReader.baci().read(path);
 * r.table().size();  // rows kept
 * r.report();        // rows read, kept, excluded, skipped and why
 * r.aggregates();    // empty unless asked for; never mixed with r.table()
 * }</pre>
 *
 * @param table the rows kept, not null
 * @param report what was read and skipped, not null
 * @param aggregates the excluded aggregate and breakdown records, one table per kind and
 *     breakdown code, empty unless asked for, not null
 */
public record ReadResult(FlowTable table, ReadReport report, List<AggregateTable> aggregates) {

  /**
   * Validates the components.
   *
   * @param table the rows kept, not null
   * @param report what was read and skipped, not null
   * @param aggregates the excluded records kept apart, not null
   * @throws NullPointerException if a component is null
   */
  public ReadResult {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(report, "report");
    aggregates = ImmutableList.copyOf(aggregates);
  }

  /**
   * Returns a result without aggregate tables.
   *
   * @param table the rows kept, not null
   * @param report what was read and skipped, not null
   * @throws NullPointerException if a component is null
   */
  public ReadResult(FlowTable table, ReadReport report) {
    this(table, report, ImmutableList.of());
  }
}
