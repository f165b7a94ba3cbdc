package io.github.digitrade.io;

import io.github.digitrade.model.Frequency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The period labels of one read: each new label must be of an accepted form ({@link
 * PeriodLabels}), and all of one frequency. Called once per distinct label, so it costs nothing on
 * the row path.
 */
final class PeriodCheck {

  private final String source;
  private final String column;
  private final Map<Frequency, String> first = new EnumMap<>(Frequency.class);
  private final Map<Frequency, Long> lines = new EnumMap<>(Frequency.class);

  PeriodCheck(String source, String column) {
    this.source = source;
    this.column = column;
  }

  /**
   * Checks a new label found at a line.
   *
   * @throws ReadJob.BadRow if the label is of no accepted form (a malformed row)
   * @throws FlowFormatException if its frequency differs from an earlier label's (the whole file)
   */
  void check(String label, int field, long line) throws ReadJob.BadRow, FlowFormatException {
    Optional<Frequency> f = PeriodLabels.frequency(label);
    if (f.isEmpty()) {
      throw new ReadJob.BadRow(field, PeriodLabels.notAPeriod());
    }
    if (first.containsKey(f.get())) {
      return;
    }
    if (!first.isEmpty()) {
      Map.Entry<Frequency, String> other = first.entrySet().iterator().next();
      throw new FlowFormatException(
          RowError.ofField(
              source,
              line,
              field + 1,
              column,
              label,
              PeriodLabels.mixedFrequencies(
                  other.getValue(), lines.getOrDefault(other.getKey(), 0L), label, line)));
    }
    first.put(f.get(), label);
    lines.put(f.get(), line);
  }
}
