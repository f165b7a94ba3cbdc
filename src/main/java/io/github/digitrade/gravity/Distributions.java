package io.github.digitrade.gravity;

/**
 * The standard normal distribution and the log-gamma function, to double precision.
 *
 * <p>{@code erfc} uses the everywhere-positive series {@code erf(x) = 2/√π · e^{−x²} · Σ 2^n
 * x^{2n+1} / (1·3·…·(2n+1))} below 2.5 and the continued fraction {@code erfc(x) = e^{−x²}/√π ·
 * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))} above (Abramowitz &amp; Stegun 7.1.6 and 7.1.14),
 * evaluated by the modified Lentz method. {@code lnGamma} uses Stirling's series from 10 up and the
 * recurrence {@code Γ(x+1) = xΓ(x)} below.
 */
final class Distributions {

  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private Distributions() {}

  /** The complementary error function. */
  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2.5) {
      double term = x;
      double sum = x;
      double x2 = x * x;
      for (int n = 1; n < 200; n++) {
        term *= 2 * x2 / (2 * n + 1);
        sum += term;
        if (term < 1e-17 * sum) {
          break;
        }
      }
      return 1 - 2 / SQRT_PI * Math.exp(-x2) * sum;
    }
    if (x > 27) {
      return 0;
    }
    // continued fraction K(x) = x + a1/(x + a2/(x + ...)), a_k = k/2, by Lentz
    double tiny = 1e-300;
    double fr = x;
    double c = fr;
    double d = 0;
    for (int k = 1; k < 500; k++) {
      double a = k / 2.0;
      d = x + a * d;
      d = d == 0 ? tiny : d;
      c = x + a / c;
      c = c == 0 ? tiny : c;
      d = 1 / d;
      double delta = c * d;
      fr *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / SQRT_PI / fr;
  }

  /** {@code P(Z ≤ z)} for a standard normal Z. */
  static double normalCdf(double z) {
    return 0.5 * erfc(-z / Math.sqrt(2));
  }

  /** {@code P(|Z| ≥ |z|)}: the two-sided p-value of a z statistic. */
  static double twoSidedP(double z) {
    return erfc(Math.abs(z) / Math.sqrt(2));
  }

  /** The {@code p} quantile of the standard normal, by bisection on the cdf (p in (0, 1)). */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p = " + p + ": expected a probability strictly between 0 and 1");
    }
    double lo = -40;
    double hi = 40;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (normalCdf(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
      if (hi - lo <= Math.ulp(mid)) {
        break;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** {@code ln Γ(x)} for {@code x > 0}. */
  static double lnGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("x = " + x + ": expected a positive number");
    }
    double shift = 0;
    while (x < 10) {
      shift += Math.log(x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series =
        inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
  }
}
