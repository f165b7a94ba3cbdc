package io.github.digitrade.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A China cross-border e-commerce comprehensive pilot zone (跨境电子商务综合试验区): an area the State Council
 * approved, in one of eight batches from 2015 to 2025, to pilot cross-border e-commerce rules.
 *
 * <p>A zone has an English and a Chinese area name, its province (English and Chinese), an {@link
 * AdminLevel}, the batch (1 to 8), the State Council reply (国函) that approved it when known, the
 * approval date, whether the day of that date is confirmed, an optional revocation date and
 * successor zone, a {@link Status}, notes and a source. Batch 8 (April 2025) revoked Haikou, Sanya
 * and Alashankou, absorbed into the Hainan Island and Bortala zones.
 *
 * <p>Dates: when a source gives only the month of approval, {@link #approvalDate()} is the latest
 * date the approval can have had (the end of the month, or an earlier publication date) and {@link
 * #approvalDayConfirmed()} is false, so that {@link #isActiveOn(LocalDate)} never counts a zone
 * before it existed. A zone is active from its approval date (inclusive) until its revocation date
 * (exclusive).
 *
 * <p>Validation: names and the source must not be blank, the batch must be 1 to 8, a revocation
 * must not precede the approval, a successor requires a revocation and must differ from the zone. A
 * violation throws an {@link IllegalArgumentException} naming the zone, the field and the bad
 * value. Instances are immutable and thread-safe.
 *
 * <p>Source: State Council replies as listed in the embedded registry {@code
 * io.github.digitrade.reference.PilotZones}; 165 zones in seven batches covering 31 provinces per
 * MOFCOM's press conference of 2023-02-23.
 *
 * <pre>{@code
 * PilotZone z = PilotZone.builder()
 *     .nameEn("Hangzhou").nameZh("杭州市").provinceEn("Zhejiang").provinceZh("浙江")
 *     .adminLevel(PilotZone.AdminLevel.PREFECTURE_LEVEL_CITY).batch(1)
 *     .document("国函〔2015〕44号").approvalDate(LocalDate.of(2015, 3, 7))
 *     .approvalDayConfirmed(true).status(Status.CONFIRMED).source("gov.cn 2015-03-12")
 *     .build();
 * z.isActiveOn(LocalDate.of(2015, 3, 7));  // true
 * z;  // Hangzhou 杭州市 (Zhejiang), batch 1, approved 2015-03-07, confirmed
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class PilotZone {

  /** The administrative level of the area a zone covers. */
  public enum AdminLevel {
    /** A municipality directly under the central government (直辖市), such as Tianjin. */
    MUNICIPALITY("municipality"),
    /** A prefecture-level city (地级市), such as Hangzhou. */
    PREFECTURE_LEVEL_CITY("prefecture-level city"),
    /** A county-level city (县级市), such as Yiwu; a city join must not widen it to its prefecture. */
    COUNTY_LEVEL_CITY("county-level city"),
    /** An autonomous prefecture (自治州), such as Dali Bai Autonomous Prefecture. */
    AUTONOMOUS_PREFECTURE("autonomous prefecture"),
    /** A prefecture (地区), such as Kashgar Prefecture. */
    PREFECTURE("prefecture"),
    /** A state-level new area (国家级新区), such as Xiong'an New Area. */
    STATE_LEVEL_NEW_AREA("state-level new area"),
    /** A whole province or island, such as the whole of Hainan Island. */
    PROVINCE_WIDE("province-wide");

    private final String label;

    AdminLevel(String label) {
      this.label = label;
    }

    /**
     * Parses the label used in the embedded registry, such as {@code prefecture-level city}; case
     * is ignored.
     *
     * @param text the label, not null
     * @return the level, never null
     * @throws IllegalArgumentException if the text is not one of the labels
     */
    public static AdminLevel parse(String text) {
      java.util.Objects.requireNonNull(text, "text");
      String t = text.trim().toLowerCase(Locale.ROOT);
      for (AdminLevel level : values()) {
        if (level.label.equals(t)) {
          return level;
        }
      }
      StringBuilder expected = new StringBuilder();
      for (AdminLevel level : values()) {
        expected.append(expected.length() == 0 ? "" : ", ").append(level.label);
      }
      throw new IllegalArgumentException(
          "adminLevel = \"" + text + "\": expected one of " + expected);
    }

    /**
     * Returns the label, such as {@code county-level city}; {@link #parse(String)} reads it back.
     *
     * @return the label
     */
    @Override
    public String toString() {
      return label;
    }
  }

  PilotZone() {}

  /**
   * Returns the English area name, such as {@code Hangzhou} or {@code Taizhou (Jiangsu)}; it
   * identifies the zone in a registry.
   *
   * @return the non-blank name
   */
  public abstract String nameEn();

  /**
   * Returns the Chinese area name, such as {@code 杭州市}.
   *
   * @return the non-blank name
   */
  public abstract String nameZh();

  /**
   * Returns the English name of the province-level region, such as {@code Zhejiang}.
   *
   * @return the non-blank province name
   */
  public abstract String provinceEn();

  /**
   * Returns the Chinese name of the province-level region, such as {@code 浙江}.
   *
   * @return the non-blank province name
   */
  public abstract String provinceZh();

  /**
   * Returns the administrative level of the area.
   *
   * @return the level
   */
  public abstract AdminLevel adminLevel();

  /**
   * Returns the approval batch.
   *
   * @return the batch, 1 to 8
   */
  public abstract int batch();

  /**
   * Returns the State Council reply that approved the zone, such as {@code 国函〔2015〕44号}.
   *
   * @return the document number, or empty when it was not found (batch 8)
   */
  public abstract Optional<String> document();

  /**
   * Returns the approval date; if only the month is known, the latest date the approval can have
   * had (see the class description).
   *
   * @return the date
   */
  public abstract LocalDate approvalDate();

  /**
   * Returns whether the day of {@link #approvalDate()} is confirmed by a source.
   *
   * @return false when only the month is confirmed
   */
  public abstract boolean approvalDayConfirmed();

  /**
   * Returns the date the zone was revoked; it is inactive from that day on.
   *
   * @return the date, or empty if the zone has not been revoked
   */
  public abstract Optional<LocalDate> revocationDate();

  /**
   * Returns the English name of the zone that absorbed this one when it was revoked.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> successor();

  /**
   * Returns how firmly the zone's listing is established: {@link Status#UNVERIFIED} for names known
   * only from memory.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns a note on the status, such as why a name is unverified; empty when there is nothing to
   * add.
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String statusNote() {
    return "";
  }

  /**
   * Returns a note on the dates: signing, publication, and how a month-only date was stored.
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String dateNote() {
    return "";
  }

  /**
   * Returns the citation of the source.
   *
   * @return the non-blank citation
   */
  public abstract String source();

  /**
   * Returns whether the zone is active on a date: approved on or before it and not revoked on or
   * before it.
   *
   * @param date the date, not null
   * @return true if {@code approvalDate <= date} and ({@code revocationDate} is empty or {@code
   *     date < revocationDate})
   */
  public boolean isActiveOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    if (date.isBefore(approvalDate())) {
      return false;
    }
    return revocationDate().map(date::isBefore).orElse(true);
  }

  /**
   * Returns a builder; {@code build()} validates.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PilotZone}; every attribute can be set once. */
  public static final class Builder extends ImmutablePilotZone.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /** The State Council approved the first zone, Hangzhou, on 7 March 2015. */
  private static final LocalDate FIRST_APPROVAL = LocalDate.of(2015, 3, 7);

  /**
   * Validates the zone.
   *
   * @throws IllegalArgumentException if an invariant listed on the class does not hold
   */
  @Value.Check
  protected void check() {
    if (nameEn().isBlank()) {
      throw new IllegalArgumentException(
          "pilot zone: nameEn = \"" + nameEn() + "\": expected a non-blank name");
    }
    nonBlank("nameZh", nameZh());
    nonBlank("provinceEn", provinceEn());
    nonBlank("provinceZh", provinceZh());
    nonBlank("source", source());
    document().ifPresent(d -> nonBlank("document", d));
    if (batch() < 1 || batch() > 8) {
      throw new IllegalArgumentException(
          "pilot zone " + nameEn() + ": batch = " + batch() + ": expected 1 to 8");
    }
    if (approvalDate().isBefore(FIRST_APPROVAL)) {
      throw new IllegalArgumentException(
          "pilot zone "
              + nameEn()
              + ": approvalDate = "
              + approvalDate()
              + ": expected on or after "
              + FIRST_APPROVAL
              + ", when the first zone (Hangzhou) was approved");
    }
    if (revocationDate().isPresent() && revocationDate().get().isBefore(approvalDate())) {
      throw new IllegalArgumentException(
          "pilot zone "
              + nameEn()
              + ": revocationDate = "
              + revocationDate().get()
              + ": expected on or after approvalDate "
              + approvalDate());
    }
    if (successor().isPresent()) {
      String s = successor().get();
      nonBlank("successor", s);
      if (revocationDate().isEmpty()) {
        throw new IllegalArgumentException(
            "pilot zone "
                + nameEn()
                + ": successor = \""
                + s
                + "\" without a revocationDate: expected a successor only for a revoked zone");
      }
      if (s.equals(nameEn())) {
        throw new IllegalArgumentException(
            "pilot zone "
                + nameEn()
                + ": successor = \""
                + s
                + "\": expected a zone other than the revoked one");
      }
    }
  }

  private void nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "pilot zone "
              + nameEn()
              + ": "
              + field
              + " = \""
              + value
              + "\": expected a non-blank text");
    }
  }

  /**
   * Returns a one-line summary such as {@code Haikou 海口市 (Hainan), batch 3, approved 2018-07-24,
   * revoked 2025-04-25 (successor Hainan Island), confirmed}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(nameEn())
            .append(' ')
            .append(nameZh())
            .append(" (")
            .append(provinceEn())
            .append("), batch ")
            .append(batch())
            .append(", approved ")
            .append(approvalDayConfirmed() ? approvalDate().toString() : "by " + approvalDate());
    revocationDate().ifPresent(d -> s.append(", revoked ").append(d));
    successor().ifPresent(z -> s.append(" (successor ").append(z).append(')'));
    return s.append(", ").append(status()).toString();
  }
}
