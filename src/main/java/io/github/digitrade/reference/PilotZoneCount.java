package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import java.util.OptionalInt;

/**
 * The published size of one batch of cross-border e-commerce comprehensive pilot zones: how many
 * zones the State Council approved in it and, where the release says so, how many zones and
 * provincial-level regions there were after it. These are the publishers' counts; the named roster
 * of {@link PilotZones} may hold fewer names when some were not confirmed.
 *
 * <pre>{@code
 * PilotZoneCounts.batch(7).approved();     // 33
 * PilotZoneCounts.batch(7).activeAfter();  // OptionalInt[165]
 * }</pre>
 *
 * @param batch the batch number, from 1
 * @param approved the zones approved in the batch, at least 1
 * @param activeAfter the zones in place after the batch as published, if published
 * @param provincesAfter the provincial-level regions covered after the batch, if published
 * @param source the release, not null
 * @param status how firmly the counts are established, not null
 */
public record PilotZoneCount(
    int batch,
    int approved,
    OptionalInt activeAfter,
    OptionalInt provincesAfter,
    Source source,
    Status status) {

  /**
   * Validates the counts.
   *
   * @param batch the batch number, at least 1
   * @param approved the zones approved, at least 1
   * @param activeAfter the zones after the batch, not null, at least {@code approved} when present
   * @param provincesAfter the regions after the batch, not null
   * @param source the release, not null
   * @param status the status, not null
   * @throws IllegalArgumentException naming the batch and the bad count
   */
  public PilotZoneCount {
    requireNonNull(activeAfter, "activeAfter");
    requireNonNull(provincesAfter, "provincesAfter");
    requireNonNull(source, "source");
    requireNonNull(status, "status");
    if (batch < 1 || approved < 1) {
      throw new IllegalArgumentException(
          "batch = " + batch + ", approved = " + approved + ": expected both at least 1");
    }
    if (activeAfter.isPresent() && activeAfter.getAsInt() < approved) {
      throw new IllegalArgumentException(
          "batch " + batch + ": activeAfter = " + activeAfter.getAsInt()
              + ": expected at least the " + approved + " zones approved in it");
    }
  }

  /**
   * Returns {@code batch 7: 33 approved, 165 after (MOFCOM)}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return "batch " + batch + ": " + approved + " approved"
        + (activeAfter.isPresent() ? ", " + activeAfter.getAsInt() + " after" : "")
        + " (" + source.publisher() + ")";
  }
}
