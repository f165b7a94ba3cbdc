package io.github.digitrade.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A fact that holds as of a date: a short text, the year, month or day it refers to, its source and
 * its {@link Status}.
 *
 * <p>Counts about platforms change over time ("settlement in 27 currencies" was true of Alipay in
 * about 2017), so they are kept with their date rather than as timeless attributes. The date is
 * written in ISO form at the precision the source gives: {@code 2017}, {@code 2018-09} or {@code
 * 2023-10-04}. It is empty when the source is undated. Only facts whose status {@link
 * Status#isFact() is a fact} may be presented as such.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * DatedFact f =
 *     DatedFact.of("settlement in 27 currencies", "2017", "exam passage", Status.CONFIRMED);
 * f.asOfYear();  // Optional[2017]
 * f;             // settlement in 27 currencies (as of 2017; confirmed; exam passage)
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class DatedFact {

  /** The earliest year a fact may be dated: the platforms described are younger. */
  private static final String FIRST_YEAR = "1900";

  private static final Pattern AS_OF = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  DatedFact() {}

  /**
   * Returns the statement, such as {@code settlement in 16 foreign currencies}.
   *
   * @return the non-blank text
   */
  public abstract String text();

  /**
   * Returns the date the fact refers to, in ISO form at the source's precision: {@code yyyy},
   * {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @return the date text, or empty when the source is undated
   */
  public abstract Optional<String> asOf();

  /**
   * Returns the citation of the source.
   *
   * @return the non-blank citation
   */
  public abstract String source();

  /**
   * Returns how firmly the fact is established.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the year of {@link #asOf()}.
   *
   * @return the year, or empty when the fact is undated
   */
  public Optional<Integer> asOfYear() {
    return asOf().map(s -> Integer.parseInt(s.substring(0, 4)));
  }

  /**
   * Creates a fact.
   *
   * @param text the statement, not blank
   * @param asOf the date at the source's precision ({@code 2017}, {@code 2018-09} or {@code
   *     2023-10-04}), or an empty string when the source is undated
   * @param source the citation, not blank
   * @param status how firmly the fact is established
   * @return the fact, never null
   * @throws IllegalArgumentException if a text is blank or the date is malformed
   */
  public static DatedFact of(String text, String asOf, String source, Status status) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.Objects.requireNonNull(asOf, "asOf");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(status, "status");
    return ImmutableDatedFact.builder()
        .text(text)
        .asOf(asOf.isEmpty() ? Optional.empty() : Optional.of(asOf))
        .source(source)
        .status(status)
        .build();
  }

  /**
   * Validates the fact.
   *
   * @throws IllegalArgumentException if the text or source is blank or the date is malformed
   */
  @Value.Check
  protected void check() {
    if (text().isBlank()) {
      throw new IllegalArgumentException(
          "fact: text = \"" + text() + "\": expected a non-blank text");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException(
          "fact \"" + text() + "\": source = \"" + source() + "\": expected a non-blank citation");
    }
    if (asOf().isPresent()) {
      String d = asOf().get();
      if (!AS_OF.matcher(d).matches() || !validDate(d) || d.compareTo(FIRST_YEAR) < 0) {
        throw new IllegalArgumentException(
            "fact \""
                + text()
                + "\": asOf = \""
                + d
                + "\": expected a year, year-month or date from "
                + FIRST_YEAR
                + " on, such as 2017, 2018-09 or 2023-10-04");
      }
    }
  }

  private static boolean validDate(String d) {
    try {
      if (d.length() == 7) {
        YearMonth.parse(d);
      } else if (d.length() == 10) {
        LocalDate.parse(d);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Returns the fact in the form {@code text (as of 2017; confirmed; source)}, or {@code text
   * (undated; ...)}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return text()
        + " ("
        + asOf().map(d -> "as of " + d).orElse("undated")
        + "; "
        + status()
        + "; "
        + source()
        + ")";
  }
}
