package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.Membership;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.PartnerGroup;
import io.github.digitrade.model.Source;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embedded partner groups with dated membership, from {@code partner_groups.csv}.
 *
 * <ul>
 *   <li>{@link #asean()}: the ten members since their accession, and Timor-Leste from 2025-10-26
 *       (Declaration on Admission at the 47th ASEAN Summit): 10 members on 2024-01-01, 11 on
 *       2026-01-01. Accession days as given by the ASEAN Secretariat (Brunei 1984-01-07, Viet Nam
 *       1995-07-28, Laos and Myanmar 1997-07-23, Cambodia 1999-04-30).
 *   <li>{@link #rcep()}: each party from the agreement's entry into force for it: 2022-01-01 for
 *       ten parties, then Korea (2022-02-01), Malaysia (2022-03-18) and the Philippines
 *       (2023-06-02), 13 parties. Indonesia is left out because no release stating its
 *       entry-into-force date was read; Myanmar signed the agreement, but whether it has entered
 *       into force for Myanmar is disputed among the parties, so it is left out as well.
 * </ul>
 *
 * <p>To define another group, such as Belt and Road partners, use {@link PartnerGroup#ofMembers}
 * with the list's source and as-of date, or {@link PartnerGroup#builder()} for dated spells.
 *
 * <pre>{@code
 * PartnerGroups.asean().membersOn(LocalDate.of(2026, 1, 1)).size();   // 11
 * PartnerGroups.rcep().isMember(Partner.of("KOR"), LocalDate.of(2022, 1, 15));   // false
 * }</pre>
 */
public final class PartnerGroups {

  private PartnerGroups() {}

  private static final class Holder {
    static final ImmutableMap<String, PartnerGroup> GROUPS = load();

    private Holder() {}
  }

  /**
   * Returns ASEAN, the Association of Southeast Asian Nations, as of 2025-10-26.
   *
   * @return the group, never null
   */
  public static PartnerGroup asean() {
    return of("ASEAN");
  }

  /**
   * Returns RCEP, the Regional Comprehensive Economic Partnership, as of 2023-06-02.
   *
   * @return the group, never null
   */
  public static PartnerGroup rcep() {
    return of("RCEP");
  }

  /**
   * Returns every embedded group.
   *
   * @return the groups, never null
   */
  public static ImmutableList<PartnerGroup> all() {
    return Holder.GROUPS.values().asList();
  }

  /**
   * Returns the embedded group with {@code code}.
   *
   * @param code {@code ASEAN} or {@code RCEP}, not null
   * @return the group, never null
   * @throws IllegalArgumentException naming the code and the known codes if it is not embedded
   */
  public static PartnerGroup of(String code) {
    requireNonNull(code, "code");
    PartnerGroup g = Holder.GROUPS.get(code);
    if (g == null) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected one of " + Holder.GROUPS.keySet());
    }
    return g;
  }

  private static ImmutableMap<String, PartnerGroup> load() {
    Map<String, PartnerGroup.Builder> builders = new LinkedHashMap<>();
    Map<String, LocalDate> asOf = new LinkedHashMap<>();
    for (Csv.Row r : Csv.read(Rows.DIR + "partner_groups.csv")) {
      String code = r.get("group");
      PartnerGroup.Builder b =
          builders.computeIfAbsent(
              code, c -> PartnerGroup.builder().code(c).name(r.get("name")));
      LocalDate since = r.date("since");
      Membership.Builder m =
          Membership.builder()
              .partner(Partner.of(r.get("alpha3")))
              .since(since)
              .status(Rows.status(r));
      r.optionalDate("until").ifPresent(m::until);
      b.addMemberships(m.build());
      asOf.merge(code, since, (x, y) -> x.isAfter(y) ? x : y);
    }
    ImmutableMap.Builder<String, PartnerGroup> groups = ImmutableMap.builder();
    for (Map.Entry<String, PartnerGroup.Builder> e : builders.entrySet()) {
      LocalDate date = requireNonNull(asOf.get(e.getKey()));
      Source source =
          e.getKey().equals("ASEAN")
              ? Source.builder()
                  .publisher("ASEAN, as reported by IANS, AsiaOne and Vietnam News")
                  .title("Membership of ASEAN, with the admission of Timor-Leste")
                  .releaseDate(date)
                  .build()
              : Source.builder()
                  .publisher("ASEAN Secretariat, as reported by CGTN and SCMP")
                  .title("Entry into force of RCEP for each party")
                  .releaseDate(LocalDate.of(2021, 11, 3))
                  .build();
      groups.put(e.getKey(), e.getValue().source(source).asOf(date).build());
    }
    return groups.buildOrThrow();
  }
}
