package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar period of trade statistics: a year, a half-year, a quarter or a month.
 *
 * <p>The canonical text forms are {@code 2021} (year), {@code 2021-H1} (half-year), {@code 2021-Q3}
 * (quarter) and {@code 2021-07} (month); {@link #parse(CharSequence)} is the exact inverse of {@link
 * #toString()}. Years run from 1000 to 9999 so that the year always has four digits.
 *
 * <p>Periods are ordered by start date, and a longer period before a shorter one that starts on the
 * same day ({@code 2021 < 2021-H1 < 2021-Q1 < 2021-01 < 2021-02}). Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Period q = Period.parse("2021-Q3");
 * q.start();                              // 2021-07-01
 * q.end();                                // 2021-09-30
 * Period.ofYear(2021).contains(q);        // true
 * q.plus(2);                              // 2022-Q1
 * }</pre>
 */
public final class Period implements Comparable<Period> {

  /** The smallest year a period may have. */
  public static final int MIN_YEAR = 1000;

  /** The largest year a period may have. */
  public static final int MAX_YEAR = 9999;

  private static final String FORMS =
      "expected YYYY, YYYY-H1 to YYYY-H2, YYYY-Q1 to YYYY-Q4 or YYYY-MM (month 01 to 12),"
          + " with a year from 1000 to 9999";
  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(H\\d+|Q\\d+|\\d{2}))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::frequency);

  private final int year;
  private final Frequency frequency;
  private final int index;

  private Period(int year, Frequency frequency, int index) {
    this.year = year;
    this.frequency = frequency;
    this.index = index;
  }

  /**
   * Returns the calendar year {@code year}.
   *
   * @param year the year, 1000 to 9999
   * @return the annual period, never null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Period ofYear(int year) {
    return of(year, Frequency.ANNUAL, 1);
  }

  /**
   * Returns half-year {@code half} of {@code year}: H1 is January to June, H2 July to December.
   *
   * @param year the year, 1000 to 9999
   * @param half 1 or 2
   * @return the half-year period, never null
   * @throws IllegalArgumentException if the year or the half is out of range
   */
  public static Period ofHalf(int year, int half) {
    return of(year, Frequency.SEMIANNUAL, half);
  }

  /**
   * Returns quarter {@code quarter} of {@code year}.
   *
   * @param year the year, 1000 to 9999
   * @param quarter 1 to 4
   * @return the quarterly period, never null
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static Period ofQuarter(int year, int quarter) {
    return of(year, Frequency.QUARTERLY, quarter);
  }

  /**
   * Returns month {@code month} of {@code year}.
   *
   * @param year the year, 1000 to 9999
   * @param month 1 (January) to 12 (December)
   * @return the monthly period, never null
   * @throws IllegalArgumentException if the year or the month is out of range
   */
  public static Period ofMonth(int year, int month) {
    return of(year, Frequency.MONTHLY, month);
  }

  /**
   * Returns the period of the given frequency with the given position in the year.
   *
   * @param year the year, 1000 to 9999
   * @param frequency the frequency, not null
   * @param index the 1-based position within the year, 1 to {@code frequency.periodsPerYear()}
   * @return the period, never null
   * @throws IllegalArgumentException if the year or the index is out of range
   */
  public static Period of(int year, Frequency frequency, int index) {
    requireNonNull(frequency, "frequency");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year = " + year + ": expected 1000 to 9999");
    }
    int n = frequency.periodsPerYear();
    if (index < 1 || index > n) {
      throw new IllegalArgumentException(
          indexName(frequency) + " = " + index + ": expected 1 to " + n);
    }
    return new Period(year, frequency, index);
  }

  /**
   * Parses the canonical text form: {@code 2021}, {@code 2021-H1}, {@code 2021-Q3} or {@code
   * 2021-07}. Exact inverse of {@link #toString()}; no other spelling is accepted.
   *
   * @param text the text, not null
   * @return the period, never null
   * @throws IllegalArgumentException naming the text and the accepted forms if the text does not
   *     parse, or the half, quarter or month is out of range (such as month 13)
   */
  public static Period parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("period = \"" + text + "\": " + FORMS);
    }
    int year = Integer.parseInt(m.group(1));
    if (year < MIN_YEAR) {
      throw new IllegalArgumentException(
          "period = \"" + text + "\": year " + m.group(1) + " is out of range; " + FORMS);
    }
    String rest = m.group(2);
    Frequency f;
    String digits;
    if (rest == null) {
      f = Frequency.ANNUAL;
      digits = "1";
    } else if (rest.charAt(0) == 'H') {
      f = Frequency.SEMIANNUAL;
      digits = rest.substring(1);
    } else if (rest.charAt(0) == 'Q') {
      f = Frequency.QUARTERLY;
      digits = rest.substring(1);
    } else {
      f = Frequency.MONTHLY;
      digits = rest;
    }
    int index = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    boolean canonical =
        (f != Frequency.SEMIANNUAL && f != Frequency.QUARTERLY) || digits.length() == 1;
    if (index < 1 || index > f.periodsPerYear() || !canonical) {
      throw new IllegalArgumentException(
          "period = \"" + text + "\": " + indexName(f) + " " + digits + " is out of range; " + FORMS);
    }
    return new Period(year, f, index);
  }

  private static String indexName(Frequency f) {
    return switch (f) {
      case SEMIANNUAL -> "half";
      case QUARTERLY -> "quarter";
      case MONTHLY -> "month";
      case ANNUAL -> "year";
    };
  }

  /**
   * Returns the calendar year this period falls in.
   *
   * @return 1000 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the frequency of this period.
   *
   * @return ANNUAL, SEMIANNUAL, QUARTERLY or MONTHLY, never null
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Returns the 1-based position of this period within its year: the half, quarter or month number,
   * or 1 for a year.
   *
   * @return 1 to {@code frequency().periodsPerYear()}
   */
  public int index() {
    return index;
  }

  /**
   * Returns the first day of this period.
   *
   * @return the first day, never null
   */
  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * frequency.months() + 1, 1);
  }

  /**
   * Returns the last day of this period (inclusive).
   *
   * @return the last day, never null
   */
  public LocalDate end() {
    return start().plusMonths(frequency.months()).minusDays(1);
  }

  /**
   * Returns whether {@code other} lies wholly inside this period; a period contains itself.
   *
   * <p>{@code 2021} contains {@code 2021-H2}, {@code 2021-Q3} and {@code 2021-07}; {@code 2021-Q3}
   * does not contain {@code 2021}.
   *
   * @param other the other period, not null
   * @return true if this period starts on or before {@code other} and ends on or after it
   */
  public boolean contains(Period other) {
    java.util.Objects.requireNonNull(other, "other");
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Returns whether {@code date} lies in this period (both ends inclusive).
   *
   * @param date the date, not null
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns the period {@code n} steps later (or earlier, for negative {@code n}) in this period's
   * own frequency: {@code 2021-Q4.plus(1)} is {@code 2022-Q1}.
   *
   * @param n the number of periods to move, may be negative
   * @return the shifted period, never null
   * @throws IllegalArgumentException if the result falls outside the years 1000 to 9999
   */
  public Period plus(long n) {
    int per = frequency.periodsPerYear();
    long position = (long) year * per + (index - 1) + n;
    long newYear = Math.floorDiv(position, per);
    if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
      throw new IllegalArgumentException(
          "n = " + n + ": " + this + " plus " + n + " falls outside the years 1000 to 9999");
    }
    return new Period((int) newYear, frequency, Math.floorMod(position, per) + 1);
  }

  /**
   * Compares by start date, then by frequency (a year before its first half, quarter and month).
   *
   * @param other the other period, not null
   * @return negative, zero or positive as this period sorts before, equal to or after {@code other}
   */
  @Override
  public int compareTo(Period other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  /**
   * Returns whether {@code o} is a period of the same year, frequency and position.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Period that
        && year == that.year
        && frequency == that.frequency
        && index == that.index;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (year * 31 + frequency.periodsPerYear()) * 31 + index;
  }

  /**
   * Returns the canonical text: {@code 2021}, {@code 2021-H1}, {@code 2021-Q3} or {@code 2021-07}.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    return switch (frequency) {
      case SEMIANNUAL -> year + "-H" + index;
      case QUARTERLY -> year + "-Q" + index;
      case MONTHLY -> year + (index < 10 ? "-0" : "-") + index;
      case ANNUAL -> Integer.toString(year);
    };
  }
}
