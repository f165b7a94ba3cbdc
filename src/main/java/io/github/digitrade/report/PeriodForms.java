package io.github.digitrade.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The period labels the brief understands and how they map to a year: a year ({@code 2023}), a
 * quarter ({@code 2023-Q1}, {@code 2023Q1}) or a month ({@code 2023-01}, {@code 202301}). A file
 * holds one frequency: a year beside its quarters or months would be counted twice, so a mix is
 * refused, as is a label of another form ({@code FY2023}).
 */
final class PeriodForms {

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern QUARTER = Pattern.compile("[0-9]{4}-?Q[1-4]");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-?(0[1-9]|1[0-2])");
  static final String ACCEPTED =
      "a year such as 2023, a quarter such as 2023-Q1 or 2023Q1, or a month such as 2023-01 or"
          + " 202301";

  private PeriodForms() {}

  /** Returns the frequency of a label: 1 year, 4 quarter, 12 month; 0 for none. */
  static int frequency(String label) {
    if (YEAR.matcher(label).matches()) {
      return 1;
    }
    if (QUARTER.matcher(label).matches()) {
      return 4;
    }
    return MONTH.matcher(label).matches() ? 12 : 0;
  }

  /**
   * Checks the period labels of a file: every label of an accepted form, all of one frequency.
   *
   * @param labels the labels of the period column
   * @throws IllegalArgumentException naming the value, the column and the accepted forms, or the
   *     frequencies mixed
   */
  static void check(List<String> labels) {
    List<String> annual = new ArrayList<>();
    List<String> subAnnual = new ArrayList<>();
    for (String l : labels) {
      int f = frequency(l);
      if (f == 0) {
        throw new IllegalArgumentException(
            "period \"" + l + "\" in the period column: expected " + ACCEPTED);
      }
      (f == 1 ? annual : subAnnual).add(l);
    }
    List<Integer> frequencies = new ArrayList<>();
    for (String l : labels) {
      int f = frequency(l);
      if (!frequencies.contains(f)) {
        frequencies.add(f);
      }
    }
    if (frequencies.size() > 1) {
      throw new IllegalArgumentException(
          "the period column mixes frequencies ("
              + (annual.isEmpty() ? "" : annual.get(0) + ", ")
              + subAnnual.get(0)
              + " …): expected one frequency, since a year and its quarters or months would be"
              + " counted twice; keep one in the file");
    }
  }

  /** Returns the year of an accepted label: its first four digits. */
  static String year(String label) {
    return label.substring(0, 4);
  }
}
