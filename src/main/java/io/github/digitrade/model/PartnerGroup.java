package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.digitrade.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A named group of partners with dated membership, such as ASEAN or RCEP, with the source of the
 * membership list and the date it is valid as of.
 *
 * <p>Each member has one or more {@link Membership} spells; spells of one partner must not overlap.
 * {@link #membersOn(LocalDate)} answers who belonged on a given day. The embedded groups are in
 * {@code io.github.digitrade.reference.PartnerGroups}; users define their own with the builder, or
 * with {@link #ofMembers} for an undated list such as the signatories of Belt and Road cooperation
 * documents. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PartnerGroup bri = PartnerGroup.ofMembers("BRI", "Belt and Road partners (example)",
 *     Source.of("My institute", "List of partners"), LocalDate.of(2025, 1, 1),
 *     List.of(Partner.of("PAK"), Partner.of("KAZ")));
 * bri.membersOn(LocalDate.of(2025, 6, 1));   // [PAK, KAZ]
 * bri.asPartner();                           // BRI, an aggregate partner
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class PartnerGroup {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  PartnerGroup() {}

  /**
   * Returns the code of the group, such as {@code ASEAN}: 2 to 16 capital letters, digits or
   * underscores, starting with a letter.
   *
   * @return the code, never null
   */
  public abstract String code();

  /**
   * Returns the English name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the membership spells, in the order given.
   *
   * @return the memberships, never null
   */
  public abstract ImmutableList<Membership> memberships();

  /**
   * Returns where the membership list comes from.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * Returns the date the membership list is known to be valid on; later changes are not included.
   *
   * @return the as-of date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns a group whose members all join on {@code asOf} (their earlier membership dates are not
   * known): the way to define a group from an undated list, such as Belt and Road partners.
   *
   * @param code the group code, such as {@code BRI}
   * @param name the name, not blank
   * @param source where the list comes from, not null
   * @param asOf the date the list is valid on, not null
   * @param members the members, not null, no aggregates, no duplicates
   * @return the group, never null
   * @throws IllegalArgumentException if the code is malformed, the name blank, or a member is an
   *     aggregate or listed twice
   */
  public static PartnerGroup ofMembers(
      String code, String name, Source source, LocalDate asOf, Iterable<Partner> members) {
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(asOf, "asOf");
    java.util.Objects.requireNonNull(members, "members");
    Builder b = builder().code(code).name(name).source(source).asOf(asOf);
    for (Partner p : members) {
      b.addMemberships(Membership.of(p, asOf));
    }
    return b.build();
  }

  /**
   * Returns a new builder; code, name, source and as-of date are required.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnerGroup}. */
  public static final class Builder extends ImmutablePartnerGroup.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Returns the members on {@code date}, in the order of their memberships.
   *
   * @param date the date, not null
   * @return the members on that day, never null
   */
  public ImmutableSet<Partner> membersOn(LocalDate date) {
    requireNonNull(date, "date");
    ImmutableSet.Builder<Partner> b = ImmutableSet.builder();
    for (Membership m : memberships()) {
      if (m.isActiveOn(date)) {
        b.add(m.partner());
      }
    }
    return b.build();
  }

  /**
   * Returns whether {@code partner} is a member on {@code date}.
   *
   * @param partner the partner, not null
   * @param date the date, not null
   * @return true if a member on that day
   */
  public boolean isMember(Partner partner, LocalDate date) {
    requireNonNull(partner, "partner");
    requireNonNull(date, "date");
    for (Membership m : memberships()) {
      if (m.partner().equals(partner) && m.isActiveOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns everyone who was ever a member, in the order of their first membership.
   *
   * @return the partners, never null
   */
  public ImmutableSet<Partner> everMembers() {
    ImmutableSet.Builder<Partner> b = ImmutableSet.builder();
    memberships().forEach(m -> b.add(m.partner()));
    return b.build();
  }

  /**
   * Returns the group as an aggregate partner, to report flows with the group as partner.
   *
   * @return the aggregate partner, never null
   */
  public Partner asPartner() {
    return Partner.aggregate(code(), name());
  }

  /**
   * Checks code and name, and that no partner's membership spells overlap.
   *
   * @throws IllegalArgumentException naming the bad field and value
   */
  @Value.Check
  protected void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException(
          "code = \"" + code() + "\": expected 2 to 16 capital letters, digits or underscores,"
              + " starting with a letter");
    }
    Checks.notBlank("name", name());
    Map<Partner, List<Membership>> byPartner = new HashMap<>();
    for (Membership m : memberships()) {
      byPartner.computeIfAbsent(m.partner(), k -> new ArrayList<>()).add(m);
    }
    for (List<Membership> spells : byPartner.values()) {
      spells.sort(Comparator.comparing(Membership::since));
      for (int i = 1; i < spells.size(); i++) {
        Membership prev = spells.get(i - 1);
        Membership next = spells.get(i);
        if (prev.until().map(u -> u.isAfter(next.since())).orElse(true)) {
          throw new IllegalArgumentException(
              "memberships: " + prev + " and " + next + " overlap; expected one spell at a time");
        }
      }
    }
  }

  /**
   * Returns {@code ASEAN: Association of Southeast Asian Nations (11 memberships, as of
   * 2025-10-26)}.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return code() + ": " + name() + " (" + memberships().size() + " memberships, as of " + asOf()
        + ")";
  }
}
