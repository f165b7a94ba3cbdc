package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One release of a published figure: its {@link Vintage} and, if known, the day it was published.
 * A figure published twice (a preliminary press release, then a revised yearbook) has two
 * releases; totals add figures of one release only.
 *
 * <p>Releases are ordered from earliest to latest: by vintage first ({@link Vintage#UNSPECIFIED},
 * then {@link Vintage#PRELIMINARY}, {@link Vintage#REVISED}, {@link Vintage#FINAL}), then by
 * release date, a missing date counting as earliest. This is the order {@link TradeFlows#latest()}
 * and {@code FlowTable.latest()} use.
 *
 * <p>The text form is the vintage's name, followed by {@code " of "} and the ISO date when the date
 * is known: {@code "preliminary"}, {@code "revised of 2022-03-10"}. {@link #parse(String)} reads
 * exactly that form, ignoring case and surrounding spaces.
 *
 * <pre>{@code
 * Release.parse("Revised");                         // revised
 * Release.of(Vintage.REVISED, LocalDate.of(2022, 3, 10)).toString();   // "revised of 2022-03-10"
 * Release.parse("preliminary").compareTo(Release.parse("revised")) < 0;  // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Release implements Comparable<Release> {

  /** The release of a figure whose source does not say which it is, and has no date. */
  public static final Release UNSPECIFIED = new Release(Vintage.UNSPECIFIED, null);

  private final Vintage vintage;
  private final @Nullable LocalDate date;

  private Release(Vintage vintage, @Nullable LocalDate date) {
    this.vintage = vintage;
    this.date = date;
  }

  /**
   * Returns the release of a vintage with no known date.
   *
   * @param vintage the vintage, not null
   * @return the release, never null
   */
  public static Release of(Vintage vintage) {
    requireNonNull(vintage, "vintage");
    return vintage == Vintage.UNSPECIFIED ? UNSPECIFIED : new Release(vintage, null);
  }

  /**
   * Returns the release of a vintage published on a day.
   *
   * @param vintage the vintage, not null
   * @param date the release date, not null
   * @return the release, never null
   */
  public static Release of(Vintage vintage, LocalDate date) {
    return new Release(requireNonNull(vintage, "vintage"), requireNonNull(date, "date"));
  }

  /**
   * Returns the release of a flow: its source's vintage and release date; {@link #UNSPECIFIED} for a
   * flow without a source.
   *
   * @param flow the flow, not null
   * @return the release, never null
   */
  public static Release of(TradeFlow flow) {
    requireNonNull(flow, "flow");
    return flow.source()
        .map(s -> s.releaseDate().map(d -> of(s.vintage(), d)).orElseGet(() -> of(s.vintage())))
        .orElse(UNSPECIFIED);
  }

  /**
   * Parses the text form: a vintage name ({@code preliminary}, {@code revised}, {@code final},
   * {@code unspecified}), optionally followed by {@code " of "} and an ISO date ({@code
   * "revised of 2022-03-10"}). Case and surrounding spaces are ignored.
   *
   * @param text the text, not null
   * @return the release, never null
   * @throws IllegalArgumentException if the text is not of that form; the message names it and the
   *     accepted values
   */
  public static Release parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip().toLowerCase(Locale.ROOT);
    int of = t.indexOf(" of ");
    String name = of < 0 ? t : t.substring(0, of).strip();
    try {
      Vintage v = Vintage.parse(name);
      return of < 0 ? of(v) : of(v, LocalDate.parse(t.substring(of + 4).strip()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "release = \""
              + text
              + "\": expected preliminary, revised, final or unspecified, optionally followed by"
              + " \" of \" and an ISO date (\"revised of 2022-03-10\")",
          e);
    }
  }

  /**
   * Returns the vintage.
   *
   * @return the vintage, never null
   */
  public Vintage vintage() {
    return vintage;
  }

  /**
   * Returns the day of the release.
   *
   * @return the date, or empty if unknown
   */
  public Optional<LocalDate> releaseDate() {
    return Optional.ofNullable(date);
  }

  private static int rank(Vintage v) {
    return switch (v) {
      case UNSPECIFIED -> 0;
      case PRELIMINARY -> 1;
      case REVISED -> 2;
      case FINAL -> 3;
    };
  }

  /**
   * Compares by vintage (unspecified, preliminary, revised, final), then by date, a missing date
   * first; consistent with {@link #equals(Object)}.
   *
   * @param o the other release, not null
   * @return negative, zero or positive as this release is earlier than, the same as or later than
   *     {@code o}
   */
  @Override
  public int compareTo(Release o) {
    requireNonNull(o, "o");
    int c = Integer.compare(rank(vintage), rank(o.vintage));
    if (c != 0) {
      return c;
    }
    LocalDate a = date;
    LocalDate b = o.date;
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Release r && vintage == r.vintage && Objects.equals(date, r.date);
  }

  @Override
  public int hashCode() {
    return vintage.hashCode() * 31 + Objects.hashCode(date);
  }

  /**
   * Returns the text form, such as {@code "preliminary"} or {@code "revised of 2022-03-10"}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return vintage + (date == null ? "" : " of " + date);
  }
}
