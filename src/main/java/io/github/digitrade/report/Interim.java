package io.github.digitrade.report;

/** Growth and share arithmetic used by the brief until the calculators are wired in. */
final class Interim {

  private Interim() {}

  static double yoy(double previous, double current) {
    return current / previous - 1;
  }

  static double cagr(double first, double last, int periods) {
    return Math.pow(last / first, 1.0 / periods) - 1;
  }

  static double share(double part, double whole) {
    return part / whole;
  }
}
