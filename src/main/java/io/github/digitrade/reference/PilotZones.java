package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.digitrade.internal.Checks;
import io.github.digitrade.model.PilotZone;
import io.github.digitrade.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A registry of China's cross-border e-commerce comprehensive pilot zones (跨境电子商务综合试验区), with the
 * embedded list of the zones whose names are confirmed.
 *
 * <p>181 zones were approved in batches 1 to 8 ({@link PilotZoneCounts} holds the published batch
 * sizes). The embedded registry ({@link #embedded()}) names 165 of them: 149 from batches 1 to 7
 * (2015-03-07 to 2022-11-14; 17 of the 33 of batch 7, whose remaining 16 names were not confirmed)
 * and 16 from batch 8 (April 2025), which also revoked Haikou, Sanya and Alashankou, absorbed into
 * the Hainan Island and Bortala Mongol Autonomous Prefecture zones. So 149 named zones are active
 * on 2023-01-01 and 149 + 16 − 3 = 162 on 2025-06-01, against the published 165 and 178. Every
 * zone keeps its source. Month-only approval dates (batches 5, 6 and 8) are stored as the latest
 * possible day; see {@link PilotZone}.
 *
 * <p>Sources: the State Council replies (国函) per batch as cited on each row; MOFCOM press
 * conference of 2023-02-23 (165 zones in seven batches, 31 provincial-level regions);
 * newsworldstream.com 2025-04-28 for batch 8 and the revocations.
 *
 * <p>A registry built with {@link #of(Collection)} is checked: zone names must be unique (in
 * English, and in Chinese within a province), a successor must be a zone of the registry, and the
 * zones of one batch must agree on their document and approval date. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PilotZones zones = PilotZones.embedded();
 * zones.countActiveOn(LocalDate.of(2023, 1, 1));   // 149 named (165 published)
 * zones.countActiveOn(LocalDate.of(2025, 6, 1));   // 162 named (178 derived from the counts)
 * zones.batch(7).newZones().size();                // 17 of 33
 * zones.named("Haikou").successor();               // Optional[Hainan Island]
 * }</pre>
 */
public final class PilotZones {

  private static final Comparator<PilotZone> ORDER =
      Comparator.comparingInt(PilotZone::batch)
          .thenComparing(PilotZone::approvalDate)
          .thenComparing(PilotZone::nameEn);

  /**
   * One approval batch: the zones a State Council reply created, and the zones that stopped on the
   * same date.
   *
   * @param number the batch number, 1 to 8
   * @param document the State Council reply, or empty when its number was not found
   * @param approvalDate the approval date (the latest possible day when only the month is known)
   * @param approvalDayConfirmed whether the day of the approval date is confirmed
   * @param newZones the zones the batch approved, in registry order
   * @param revokedZones the zones revoked on the batch's approval date
   * @param cumulativeCount the number of zones active on the approval date, this batch included
   */
  public record Batch(
      int number,
      Optional<String> document,
      LocalDate approvalDate,
      boolean approvalDayConfirmed,
      ImmutableList<PilotZone> newZones,
      ImmutableList<PilotZone> revokedZones,
      int cumulativeCount) {

    /**
     * Validates the batch.
     *
     * @param number the batch number, 1 to 8
     * @param document the State Council reply, or empty
     * @param approvalDate the approval date
     * @param approvalDayConfirmed whether the day of the approval date is confirmed
     * @param newZones the zones the batch approved, at least one
     * @param revokedZones the zones revoked on the approval date
     * @param cumulativeCount the zones active on the approval date, at least the new ones
     * @throws IllegalArgumentException if the number is outside 1 to 8, there are no new zones or a
     *     counter is negative
     */
    public Batch {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(approvalDate, "approvalDate");
      Checks.elements("newZones", newZones);
      Checks.elements("revokedZones", revokedZones);
      if (number < 1 || number > 8) {
        throw new IllegalArgumentException("batch: number = " + number + ": expected 1 to 8");
      }
      if (newZones.isEmpty()) {
        throw new IllegalArgumentException(
            "batch " + number + ": newZones = []: expected at least one zone");
      }
      for (PilotZone z : newZones) {
        if (z.batch() != number) {
          throw new IllegalArgumentException(
              "batch "
                  + number
                  + ": newZones holds "
                  + z.nameEn()
                  + " of batch "
                  + z.batch()
                  + ": expected only zones of batch "
                  + number);
        }
      }
      if (cumulativeCount < newZones.size()) {
        throw new IllegalArgumentException(
            "batch "
                + number
                + ": cumulativeCount = "
                + cumulativeCount
                + ": expected at least the "
                + newZones.size()
                + " new zones");
      }
    }

    /**
     * Returns a one-line summary such as {@code batch 8 (reply number not embedded), approved by
     * 2025-04-25: 16 new, 3 revoked, 178 active}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return "batch "
          + number
          + " ("
          + document.orElse("reply number not embedded")
          + "), approved "
          + (approvalDayConfirmed ? "" : "by ")
          + approvalDate
          + ": "
          + newZones.size()
          + " new, "
          + revokedZones.size()
          + " revoked, "
          + cumulativeCount
          + " active";
    }
  }

  private static final class Embedded {
    static final PilotZones INSTANCE = load();
  }

  private final ImmutableList<PilotZone> zones;
  private final Map<String, PilotZone> byName;
  private final ImmutableList<Batch> batches;

  private PilotZones(ImmutableList<PilotZone> zones) {
    this.zones = zones;
    Map<String, PilotZone> names = new HashMap<>();
    Map<String, PilotZone> zhNames = new HashMap<>();
    for (PilotZone z : zones) {
      PilotZone before = names.put(z.nameEn(), z);
      if (before != null) {
        throw new IllegalArgumentException(
            "duplicate pilot zone "
                + z.nameEn()
                + ": expected each zone once, found "
                + before
                + " and "
                + z);
      }
      PilotZone beforeZh = zhNames.put(z.provinceZh() + "/" + z.nameZh(), z);
      if (beforeZh != null) {
        throw new IllegalArgumentException(
            "duplicate pilot zone "
                + z.nameZh()
                + " in "
                + z.provinceEn()
                + ": expected each zone once, found "
                + beforeZh.nameEn()
                + " and "
                + z.nameEn());
      }
    }
    for (PilotZone z : zones) {
      if (z.successor().isPresent() && !names.containsKey(z.successor().get())) {
        throw new IllegalArgumentException(
            "pilot zone "
                + z.nameEn()
                + ": successor = \""
                + z.successor().get()
                + "\": expected a zone of the registry");
      }
    }
    this.byName = names;
    this.batches = buildBatches();
  }

  private ImmutableList<Batch> buildBatches() {
    Map<Integer, List<PilotZone>> groups = new TreeMap<>();
    for (PilotZone z : zones) {
      groups.computeIfAbsent(z.batch(), b -> new ArrayList<>()).add(z);
    }
    ImmutableList.Builder<Batch> out = ImmutableList.builder();
    for (Map.Entry<Integer, List<PilotZone>> e : groups.entrySet()) {
      PilotZone first = e.getValue().get(0);
      for (PilotZone z : e.getValue()) {
        if (!z.approvalDate().equals(first.approvalDate())
            || !z.document().equals(first.document())
            || z.approvalDayConfirmed() != first.approvalDayConfirmed()) {
          throw new IllegalArgumentException(
              "batch "
                  + e.getKey()
                  + ": zone "
                  + z.nameEn()
                  + " has approvalDate "
                  + z.approvalDate()
                  + " and document "
                  + z.document().orElse("(none)")
                  + ": expected the same as "
                  + first.nameEn()
                  + ", "
                  + first.approvalDate()
                  + " and "
                  + first.document().orElse("(none)"));
        }
      }
      LocalDate date = first.approvalDate();
      ImmutableList<PilotZone> revoked =
          zones.stream()
              .filter(z -> z.revocationDate().equals(Optional.of(date)))
              .collect(toImmutableList());
      out.add(
          new Batch(
              e.getKey(),
              first.document(),
              date,
              first.approvalDayConfirmed(),
              ImmutableList.copyOf(e.getValue()),
              revoked,
              countActiveOn(date)));
    }
    return out.build();
  }

  /**
   * Returns the embedded registry of the 181 zones of batches 1 to 8.
   *
   * @return the registry, loaded once, never null
   */
  public static PilotZones embedded() {
    return Embedded.INSTANCE;
  }

  /**
   * Builds a registry from zones, sorted by batch, approval date and English name.
   *
   * @param zones the zones, not null
   * @return the registry, never null
   * @throws IllegalArgumentException if a zone occurs twice (the message names it), a successor is
   *     not in the registry, or the zones of one batch disagree on the document or approval date
   */
  public static PilotZones of(Collection<PilotZone> zones) {
    List<PilotZone> sorted = new ArrayList<>(Checks.elements("zones", zones));
    sorted.sort(ORDER);
    return new PilotZones(ImmutableList.copyOf(sorted));
  }

  private static PilotZones load() {
    ImmutableList.Builder<PilotZone> zones = ImmutableList.builder();
    for (Csv.Row row : Csv.read(Rows.DIR + "pilot_zones.csv")) {
      zones.add(parse(row));
    }
    return of(zones.build());
  }

  static PilotZone parse(Csv.Row row) {
    PilotZone.AdminLevel level;
    try {
      level = PilotZone.AdminLevel.parse(row.text("admin_level"));
    } catch (IllegalArgumentException e) {
      throw row.wrap(e);
    }
    Status status;
    try {
      status = Status.parse(row.text("status"));
    } catch (IllegalArgumentException e) {
      throw row.wrap(e);
    }
    PilotZone.Builder b = PilotZone.builder();
    b.batch(row.integer("batch"))
        .approvalDate(row.date("approval_date"))
        .approvalDayConfirmed(row.yesNo("approval_day_confirmed"))
        .document(row.optional("document"))
        .nameEn(row.text("name_en"))
        .nameZh(row.text("name_zh"))
        .provinceEn(row.text("province_en"))
        .provinceZh(row.text("province_zh"))
        .adminLevel(level)
        .revocationDate(row.optionalDate("revoked_on"))
        .successor(row.optional("successor"))
        .status(status)
        .statusNote(row.get("status_note").trim())
        .dateNote(row.get("date_note").trim())
        .source(row.text("source"));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw row.wrap(e);
    }
  }

  /**
   * Returns every zone, revoked ones included, by batch, approval date and English name.
   *
   * @return the zones, never null
   */
  public ImmutableList<PilotZone> all() {
    return zones;
  }

  /**
   * Returns the zone with an English name, such as {@code Yiwu} or {@code Taizhou (Jiangsu)}.
   *
   * @param nameEn the English name, exactly as listed
   * @return the zone, never null
   * @throws IllegalArgumentException if no zone has that name
   */
  public PilotZone named(String nameEn) {
    java.util.Objects.requireNonNull(nameEn, "nameEn");
    PilotZone z = byName.get(nameEn);
    if (z == null) {
      String hint =
          zones.stream()
              .map(PilotZone::nameEn)
              .filter(n -> n.regionMatches(true, 0, nameEn, 0, Math.min(3, nameEn.length())))
              .limit(5)
              .reduce((x, y) -> x + ", " + y)
              .map(s -> " such as " + s)
              .orElse("");
      throw new IllegalArgumentException(
          "pilot zone \"" + nameEn + "\": expected the English name of a listed zone" + hint);
    }
    return z;
  }

  /**
   * Returns the zones active on a date: approved on or before it and not yet revoked.
   *
   * @param date the date, not null
   * @return the active zones, in registry order
   */
  public ImmutableList<PilotZone> activeOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return zones.stream().filter(z -> z.isActiveOn(date)).collect(toImmutableList());
  }

  /**
   * Returns the number of zones active on a date: the number approved on or before it minus the
   * number revoked on or before it.
   *
   * @param date the date, not null
   * @return the count, 149 on 2023-01-01 and 162 on 2025-06-01 in the embedded registry
   */
  public int countActiveOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    int n = 0;
    for (PilotZone z : zones) {
      if (z.isActiveOn(date)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the zones a batch approved.
   *
   * @param batch the batch number, 1 to 8
   * @return the zones, empty if the registry has none of that batch
   * @throws IllegalArgumentException if the number is outside 1 to 8
   */
  public ImmutableList<PilotZone> byBatch(int batch) {
    checkBatch(batch);
    return zones.stream().filter(z -> z.batch() == batch).collect(toImmutableList());
  }

  /**
   * Returns the zones of a province-level region, revoked ones included.
   *
   * @param provinceEn the English province name as listed, such as {@code Guangdong}; case is
   *     ignored
   * @return the zones, empty for an unknown province
   */
  public ImmutableList<PilotZone> byProvince(String provinceEn) {
    Objects.requireNonNull(provinceEn, "provinceEn");
    return zones.stream()
        .filter(z -> z.provinceEn().equalsIgnoreCase(provinceEn))
        .collect(toImmutableList());
  }

  /**
   * Returns the zones approved in a calendar year.
   *
   * @param year the year
   * @return the zones, empty for a year without a batch
   */
  public ImmutableList<PilotZone> byApprovalYear(int year) {
    return zones.stream()
        .filter(z -> z.approvalDate().getYear() == year)
        .collect(toImmutableList());
  }

  /**
   * Returns the number of active zones per province on a date, by English province name.
   *
   * @param date the date, not null
   * @return the counts of the provinces with at least one active zone
   */
  public ImmutableSortedMap<String, Integer> countByProvinceOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    Map<String, Integer> counts = new TreeMap<>();
    for (PilotZone z : zones) {
      if (z.isActiveOn(date)) {
        counts.merge(z.provinceEn(), 1, Integer::sum);
      }
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Returns the province-level regions with at least one active zone on a date.
   *
   * @param date the date, not null
   * @return the English province names; 31 after batch 7 in the embedded registry
   */
  public ImmutableSortedSet<String> provincesCoveredOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return countByProvinceOn(date).keySet();
  }

  /**
   * Returns the cumulative rollout: the number of zones active on 31 December of each year.
   *
   * @param fromYear the first year
   * @param toYear the last year, not before {@code fromYear}
   * @return the counts by year, such as 2015 → 1, 2016 → 13, …, 2025 → 162 (embedded registry)
   * @throws IllegalArgumentException if {@code toYear < fromYear}
   */
  public ImmutableSortedMap<Integer, Integer> activeAtYearEnd(int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException(
          "toYear = " + toYear + ": expected on or after fromYear " + fromYear);
    }
    ImmutableSortedMap.Builder<Integer, Integer> out = ImmutableSortedMap.naturalOrder();
    for (int y = fromYear; y <= toYear; y++) {
      out.put(y, countActiveOn(LocalDate.of(y, 12, 31)));
    }
    return out.buildOrThrow();
  }

  /**
   * Returns the batches present in the registry, in order, each with its cumulative count of active
   * zones on its approval date (1, 13, 35, 59, 105, 132, 149 and 162 in the embedded registry).
   *
   * @return the batches, never null
   */
  public ImmutableList<Batch> batches() {
    return batches;
  }

  /**
   * Returns one batch.
   *
   * @param number the batch number, 1 to 8
   * @return the batch, never null
   * @throws IllegalArgumentException if the number is outside 1 to 8 or the registry has no zone of
   *     that batch
   */
  public Batch batch(int number) {
    checkBatch(number);
    for (Batch b : batches) {
      if (b.number() == number) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "batch = "
            + number
            + ": expected a batch of the registry, one of "
            + batches.stream().map(b -> String.valueOf(b.number())).toList());
  }

  private static void checkBatch(int batch) {
    if (batch < 1 || batch > 8) {
      throw new IllegalArgumentException("batch = " + batch + ": expected 1 to 8");
    }
  }

  /**
   * Returns a summary such as {@code PilotZones[181 zones, batches 1-8]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "PilotZones["
        + zones.size()
        + " zones, batches "
        + (batches.isEmpty()
            ? "none"
            : batches.get(0).number() + "-" + batches.get(batches.size() - 1).number())
        + "]";
  }
}
