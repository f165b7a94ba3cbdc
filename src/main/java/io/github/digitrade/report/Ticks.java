package io.github.digitrade.report;

import com.google.common.collect.ImmutableList;

/**
 * Axis ticks at nice numbers: multiples of 1, 2, 2.5 or 5 times a power of ten that cover a data
 * range with about the requested number of ticks (Heckbert, "Nice numbers for graph labels", Graphics
 * Gems, 1990).
 */
final class Ticks {

  private final long first;
  private final long last;
  private final double step;
  private final int rawDecimals;

  private Ticks(long first, long last, double step, int rawDecimals) {
    this.first = first;
    this.last = last;
    this.step = step;
    this.rawDecimals = rawDecimals;
  }

  /**
   * Returns ticks that cover {@code [lo, hi]}.
   *
   * @param lo the smallest value to cover, finite
   * @param hi the largest value to cover, finite, {@code >= lo}
   * @param target the wished number of ticks, 2 to 20
   * @return the ticks, never null
   * @throws IllegalArgumentException if a bound is not finite, {@code lo > hi}, the range is too wide
   *     to represent, or {@code target} is out of range
   */
  static Ticks of(double lo, double hi, int target) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException(
          "axis range [" + lo + ", " + hi + "]: expected finite bounds");
    }
    if (lo > hi) {
      throw new IllegalArgumentException(
          "axis range [" + lo + ", " + hi + "]: expected lo <= hi");
    }
    if (target < 2 || target > 20) {
      throw new IllegalArgumentException("target = " + target + ": expected 2 to 20 ticks");
    }
    if (lo == hi) {
      double pad = lo == 0 ? 1 : Math.abs(lo) / 2;
      lo -= pad;
      hi += pad;
    }
    double range = hi - lo;
    if (!Double.isFinite(range)) {
      throw new IllegalArgumentException(
          "axis range [" + lo + ", " + hi + "]: expected a span below " + Double.MAX_VALUE);
    }
    double raw = range / (target - 1);
    int exponent = (int) Math.floor(Math.log10(raw));
    double magnitude = Math.pow(10, exponent);
    double fraction = raw / magnitude;
    double nice;
    int extra = 0;
    if (fraction <= 1) {
      nice = 1;
    } else if (fraction <= 2) {
      nice = 2;
    } else if (fraction <= 2.5) {
      nice = 2.5;
      extra = 1;
    } else if (fraction <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    double step = nice * magnitude;
    long first = (long) Math.floor(lo / step + 1e-9);
    long last = (long) Math.ceil(hi / step - 1e-9);
    // decimals of the step, negative for steps of 10 or more (step 1e9 has -9)
    int rawDecimals = -(exponent + (nice == 10 ? 1 : 0)) + extra;
    return new Ticks(first, last, step, rawDecimals);
  }

  /** Returns the lowest tick, at or below the range. */
  double min() {
    return first * step;
  }

  /** Returns the highest tick, at or above the range. */
  double max() {
    return last * step;
  }

  /** Returns the distance between ticks, a nice number. */
  double step() {
    return step;
  }

  /** Returns the number of decimals that shows every tick exactly. */
  int decimals() {
    return Math.max(0, rawDecimals);
  }

  /** Returns the tick values from lowest to highest. */
  ImmutableList<Double> values() {
    ImmutableList.Builder<Double> b = ImmutableList.builder();
    for (long k = first; k <= last; k++) {
      b.add(k * step);
    }
    return b.build();
  }

  /**
   * Formats a tick value for an axis label, scaled to {@code k}, {@code M} or {@code bn} when the
   * largest tick is ten thousand or more.
   *
   * @param v a tick value
   * @return the label, never null
   */
  String label(double v) {
    double top = Math.max(Math.abs(min()), Math.abs(max()));
    double scale = 1;
    String suffix = "";
    if (top >= 1e9) {
      scale = 1e9;
      suffix = " bn";
    } else if (top >= 1e6) {
      scale = 1e6;
      suffix = " M";
    } else if (top >= 1e4) {
      scale = 1e3;
      suffix = " k";
    }
    int d = Math.max(0, rawDecimals + (int) Math.round(Math.log10(scale)));
    return Fmt.fixed(v / scale, d) + (v == 0 ? "" : suffix);
  }

  @Override
  public String toString() {
    return "Ticks" + values();
  }
}
