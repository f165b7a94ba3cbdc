package io.github.digitrade.io;

import io.github.digitrade.model.Frequency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period labels that {@link FlowReader} accepts in a tidy or Comtrade file, and their
 * frequency: a year ({@code 2023}), a half-year ({@code 2023-H1}, {@code 2023H1}), a quarter
 * ({@code 2023-Q1}, {@code 2023Q1}) or a month ({@code 2023-01}, {@code 202301}, UN Comtrade's
 * monthly form). Any other label, such as {@code FY2023} or {@code 20231}, is a malformed row
 * naming the value, the column, the line and these forms.
 *
 * <p>A file holds one frequency. A year beside its quarters or months would be counted twice by
 * any sum over periods, so the reader refuses a file whose period column mixes frequencies,
 * naming the first label of each and its line; {@link io.github.digitrade.table.FlowTable#year}
 * selects the label of the year itself and never sums quarters or months into it.
 *
 * <pre>{@code
 * PeriodLabels.frequency("202301");    // Optional[MONTHLY]
 * PeriodLabels.frequency("FY2023");    // Optional.empty
 * PeriodLabels.year("2023-Q1");        // "2023"
 * }</pre>
 */
public final class PeriodLabels {

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern HALF = Pattern.compile("[0-9]{4}-?H[12]");
  private static final Pattern QUARTER = Pattern.compile("[0-9]{4}-?Q[1-4]");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-?(0[1-9]|1[0-2])");

  /** The accepted forms, as error messages name them. */
  static final String ACCEPTED =
      "a year such as 2023, a half-year such as 2023-H1, a quarter such as 2023-Q1 or 2023Q1, or"
          + " a month such as 2023-01 or 202301";

  private PeriodLabels() {}

  /**
   * Returns the frequency of a period label, or empty if the label is of no accepted form.
   *
   * @param label the label, not null, without surrounding spaces
   * @return the frequency, or empty
   */
  public static Optional<Frequency> frequency(String label) {
    Objects.requireNonNull(label, "label");
    if (YEAR.matcher(label).matches()) {
      return Optional.of(Frequency.ANNUAL);
    }
    if (QUARTER.matcher(label).matches()) {
      return Optional.of(Frequency.QUARTERLY);
    }
    if (MONTH.matcher(label).matches()) {
      return Optional.of(Frequency.MONTHLY);
    }
    return HALF.matcher(label).matches() ? Optional.of(Frequency.SEMIANNUAL) : Optional.empty();
  }

  /**
   * Returns the accepted forms, as the error messages name them.
   *
   * @return the text, never null
   */
  public static String accepted() {
    return ACCEPTED;
  }

  /**
   * Returns what the readers say of a period cell of no accepted form, the same in the core's
   * {@link FlowReader} and in other readers built on this library: {@code "not a period label:
   * expected "} and {@link #accepted()}.
   *
   * @return the text, never null
   */
  public static String notAPeriod() {
    return "not a period label: expected " + ACCEPTED;
  }

  /**
   * Returns what the readers say of a period column that mixes frequencies, naming the first
   * label of each, its frequency and, when known, its line: a year beside its quarters or months
   * would be counted twice by a sum over periods.
   *
   * <pre>{@code
   * PeriodLabels.mixedFrequencies("2023", 2, "2023-Q1", 3);
   * // the period column mixes frequencies: "2023" (annual, line 2) and "2023-Q1" (quarterly,
   * // line 3); a year beside ...
   * PeriodLabels.mixedFrequencies("2023", 0, "2023-Q1", 0);   // ... "2023" (annual) and ...
   * }</pre>
   *
   * @param first a label of an accepted form, not null
   * @param firstLine its line, from 1, or 0 or below when lines are not known
   * @param second a label of an accepted form and another frequency, not null
   * @param secondLine its line, from 1, or 0 or below when lines are not known
   * @return the text, never null
   * @throws IllegalArgumentException if a label is of no accepted form
   */
  public static String mixedFrequencies(
      String first, long firstLine, String second, long secondLine) {
    return "the period column mixes frequencies: "
        + where(first, firstLine)
        + " and "
        + where(second, secondLine)
        + "; a year beside its quarters or months would be counted twice: expected one"
        + " frequency per file, so split the file or keep one frequency";
  }

  private static String where(String label, long line) {
    return "\"" + label + "\" (" + checked(label).name().toLowerCase(java.util.Locale.ROOT)
        + (line > 0 ? ", line " + line : "") + ")";
  }

  /**
   * Returns the year of an accepted label: its first four digits.
   *
   * @param label a label of an accepted form, not null
   * @return the year, such as {@code "2023"}, never null
   * @throws IllegalArgumentException if the label is of no accepted form
   */
  public static String year(String label) {
    if (frequency(label).isEmpty()) {
      throw new IllegalArgumentException(
          "period = \"" + label + "\": expected " + ACCEPTED);
    }
    return label.substring(0, 4);
  }

  /**
   * Returns where a period starts on a time axis, in years: the year plus the fraction of it
   * elapsed before the period, {@code year + (index - 1) / periodsPerYear}. {@code 2019} is 2019.0;
   * {@code 2019-H2}, {@code 2019-Q3} and {@code 2019-07} are each 2019.5; {@code 2019-Q2} is
   * 2019.25.
   *
   * @param label a label of an accepted form, not null
   * @return the start in years
   * @throws IllegalArgumentException if the label is of no accepted form
   */
  public static double start(String label) {
    Frequency f = checked(label);
    int year = Integer.parseInt(label.substring(0, 4));
    if (f == Frequency.ANNUAL) {
      return year;
    }
    String rest = label.substring(label.charAt(4) == '-' ? 5 : 4);
    int index = f == Frequency.MONTHLY ? Integer.parseInt(rest) : rest.charAt(1) - '0';
    return year + (index - 1) / (double) f.periodsPerYear();
  }

  /**
   * Returns how long a period is, in years: {@code 1 / periodsPerYear} of its frequency (1 for a
   * year, 0.5 for a half-year, 0.25 for a quarter, 1/12 for a month).
   *
   * @param label a label of an accepted form, not null
   * @return the length in years
   * @throws IllegalArgumentException if the label is of no accepted form
   */
  public static double length(String label) {
    return 1.0 / checked(label).periodsPerYear();
  }

  private static Frequency checked(String label) {
    return frequency(label).orElseThrow(() -> new IllegalArgumentException(
        "period = \"" + label + "\": expected " + ACCEPTED));
  }
}
