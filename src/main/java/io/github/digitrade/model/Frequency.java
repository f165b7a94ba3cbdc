package io.github.digitrade.model;

/**
 * How often a {@link Period} recurs within a calendar year.
 *
 * <pre>{@code
 * Period.parse("2021-Q3").frequency();   // QUARTERLY
 * Frequency.MONTHLY.periodsPerYear();    // 12
 * }</pre>
 */
public enum Frequency {
  /** One period a year: {@code 2021}. */
  ANNUAL(1),
  /** Two half-years a year: {@code 2021-H1}, {@code 2021-H2}. */
  SEMIANNUAL(2),
  /** Four quarters a year: {@code 2021-Q1} to {@code 2021-Q4}. */
  QUARTERLY(4),
  /** Twelve months a year: {@code 2021-01} to {@code 2021-12}. */
  MONTHLY(12);

  private final int periodsPerYear;

  Frequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /**
   * Returns how many periods of this frequency make up a calendar year.
   *
   * @return 1, 2, 4 or 12
   */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /**
   * Returns the number of months in one period of this frequency.
   *
   * @return 12, 6, 3 or 1
   */
  public int months() {
    return 12 / periodsPerYear;
  }
}
