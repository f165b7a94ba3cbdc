package io.github.digitrade.reference;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.internal.Csv;
import java.util.OptionalInt;

/**
 * The published batch sizes of the cross-border e-commerce comprehensive pilot zones, from {@code
 * pilot_zone_batches.csv}: 1, 12, 22, 24, 46, 27, 33 and 16 zones in batches 1 to 8, with the
 * published totals 105 (after batch 5), 132 in 30 provincial-level regions (batch 6) and 165 in 31
 * (batch 7, MOFCOM 2023-02-23). They let a report compare the named roster of {@link PilotZones},
 * which holds only confirmed names, with the official counts.
 *
 * <pre>{@code
 * PilotZoneCounts.all().stream().mapToInt(PilotZoneCount::approved).limit(7).sum();   // 165
 * }</pre>
 */
public final class PilotZoneCounts {

  private PilotZoneCounts() {}

  private static final class Holder {
    static final ImmutableList<PilotZoneCount> ALL = load();

    private Holder() {}
  }

  /**
   * Returns the counts of every batch, in batch order.
   *
   * @return the counts, never null
   */
  public static ImmutableList<PilotZoneCount> all() {
    return Holder.ALL;
  }

  /**
   * Returns the counts of one batch.
   *
   * @param batch the batch number
   * @return the counts, never null
   * @throws IllegalArgumentException if no batch has that number
   */
  public static PilotZoneCount batch(int batch) {
    return Holder.ALL.stream()
        .filter(c -> c.batch() == batch)
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "batch = " + batch + ": expected 1 to " + Holder.ALL.size()));
  }

  private static OptionalInt optionalInt(Csv.Row r, String column) {
    return r.optional(column).isPresent() ? OptionalInt.of(r.integer(column)) : OptionalInt.empty();
  }

  private static ImmutableList<PilotZoneCount> load() {
    ImmutableList.Builder<PilotZoneCount> b = ImmutableList.builder();
    int expected = 1;
    for (Csv.Row r : Csv.read(Rows.DIR + "pilot_zone_batches.csv")) {
      if (r.integer("batch") != expected) {
        throw r.error("batch", r.get("batch"), "batch " + expected + " (in order)");
      }
      expected++;
      try {
        b.add(
            new PilotZoneCount(
                r.integer("batch"),
                r.integer("approved"),
                optionalInt(r, "active_after"),
                optionalInt(r, "provinces_after"),
                Rows.source(r, false),
                Rows.status(r)));
      } catch (IllegalArgumentException e) {
        throw r.wrap(e);
      }
    }
    return b.build();
  }
}
