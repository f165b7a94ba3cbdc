package io.github.digitrade.io;

import io.github.digitrade.table.FlowTable;
import java.util.Objects;

/**
 * The records of a UN Comtrade file that {@link FlowReader#withAggregates()} kept apart: one kind
 * of {@link Aggregate} and, for a breakdown, one breakdown code (the mode of transport {@code
 * "1"}, the customs procedure {@code "C01"} …), so that records of different breakdowns are never
 * summed together nor with the leaf records.
 *
 * <pre>{@code
 * for (AggregateTable a : FlowReader.comtrade().withAggregates().read(path).aggregates()) {
 *   a.kind();     // TRANSPORT_MODE
 *   a.code();     // "1"
 *   a.table();    // those records, labelled as the leaf table is
 * }
 * }</pre>
 *
 * @param kind what the records are, not null
 * @param code the breakdown code of a breakdown kind, empty for the other kinds, not null
 * @param table the records, not null
 */
public record AggregateTable(Aggregate kind, String code, FlowTable table) {

  /**
   * Validates the components.
   *
   * @param kind what the records are, not null
   * @param code the breakdown code, or empty, not null
   * @param table the records, not null
   */
  public AggregateTable {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(table, "table");
  }

  /**
   * Returns the kind, the code and the size, such as {@code "TRANSPORT_MODE 1: 2 rows"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return kind + (code.isEmpty() ? "" : " " + code) + ": " + table.size() + " rows";
  }
}
