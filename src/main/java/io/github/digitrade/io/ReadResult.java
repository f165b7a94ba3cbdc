package io.github.digitrade.io;

import io.github.digitrade.table.FlowTable;
import java.util.Objects;

/**
 * A table read from a file, with the report of what was read and skipped.
 *
 * <pre>{@code
 * ReadResult r = FlowReader.baci().read(path);
 * r.table().size();  // rows kept
 * r.report();        // rows read, kept, skipped and why
 * }</pre>
 *
 * @param table the rows kept, not null
 * @param report what was read and skipped, not null
 */
public record ReadResult(FlowTable table, ReadReport report) {

  /**
   * Validates the components.
   *
   * @param table the rows kept, not null
   * @param report what was read and skipped, not null
   * @throws NullPointerException if a component is null
   */
  public ReadResult {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(report, "report");
  }
}
