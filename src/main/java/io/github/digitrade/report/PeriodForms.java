package io.github.digitrade.report;

import java.util.ArrayList;
import java.util.List;
import io.github.digitrade.io.PeriodLabels;
import io.github.digitrade.model.Frequency;

/**
 * The period labels the brief understands and how they map to a year: the forms the reader accepts
 * ({@link PeriodLabels}), a year ({@code 2023}), a half-year ({@code 2023-H1}), a quarter ({@code
 * 2023-Q1}, {@code 2023Q1}) or a month ({@code 2023-01}, {@code 202301}). A file
 * holds one frequency: a year beside its quarters or months would be counted twice, so a mix is
 * refused, as is a label of another form ({@code FY2023}).
 */
final class PeriodForms {

  static final String ACCEPTED = PeriodLabels.accepted();

  private PeriodForms() {}

  /** Returns the frequency of a label: 1 year, 2 half-year, 4 quarter, 12 month; 0 for none. */
  static int frequency(String label) {
    return PeriodLabels.frequency(label).map(Frequency::periodsPerYear).orElse(0);
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
