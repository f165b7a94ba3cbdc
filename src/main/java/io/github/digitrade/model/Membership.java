package io.github.digitrade.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One spell of a partner's membership of a {@link PartnerGroup}: from {@link #since()} (inclusive)
 * until {@link #until()} (exclusive; empty while still a member), with the status of the dates.
 *
 * <pre>{@code
 * Membership m = Membership.of(Partner.of("TLS"), LocalDate.of(2025, 10, 26));
 * m.isActiveOn(LocalDate.of(2026, 1, 1));   // true
 * m.isActiveOn(LocalDate.of(2024, 1, 1));   // false
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class Membership {

  Membership() {}

  /**
   * Returns the member.
   *
   * @return the member, never null; never an aggregate
   */
  public abstract Partner partner();

  /**
   * Returns the first day of membership (accession or entry into force).
   *
   * @return the first day, never null
   */
  public abstract LocalDate since();

  /**
   * Returns the first day the partner is no longer a member.
   *
   * @return the day membership ended, or empty while still a member
   */
  public abstract Optional<LocalDate> until();

  /**
   * Returns how firmly the dates are established; {@link Status#CONFIRMED} unless set.
   *
   * @return the status, never null
   */
  @Value.Default
  public Status status() {
    return Status.CONFIRMED;
  }

  /**
   * Returns a confirmed, open-ended membership.
   *
   * @param partner the member, not null and not an aggregate
   * @param since the first day, not null
   * @return the membership, never null
   * @throws IllegalArgumentException if the partner is an aggregate
   */
  public static Membership of(Partner partner, LocalDate since) {
    return builder().partner(partner).since(since).build();
  }

  /**
   * Returns a new builder; partner and since are required.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Returns whether the partner is a member on {@code date}: {@code since <= date < until}.
   *
   * @param date the date, not null
   * @return true if a member on that day
   */
  public boolean isActiveOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return !date.isBefore(since()) && until().map(date::isBefore).orElse(true);
  }

  /**
   * Checks that the member is not an aggregate and membership ends after it starts.
   *
   * @throws IllegalArgumentException naming the bad field and value
   */
  @Value.Check
  protected void check() {
    if (partner().isAggregate()) {
      throw new IllegalArgumentException(
          "partner = " + partner() + ": expected a country, not an aggregate");
    }
    if (until().isPresent() && !until().get().isAfter(since())) {
      throw new IllegalArgumentException(
          "until = "
              + until().get()
              + ": expected a date after since = "
              + since()
              + " for "
              + partner());
    }
  }

  /**
   * Returns {@code TLS since 2025-10-26}, with {@code until} and a status other than confirmed when
   * present.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return partner()
        + " since "
        + since()
        + until().map(u -> " until " + u).orElse("")
        + (status() == Status.CONFIRMED ? "" : " {" + status() + "}");
  }
}
