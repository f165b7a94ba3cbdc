package io.github.digitrade.gravity;

/**
 * The standard normal and Student's t distributions and the log-gamma function, to double
 * precision.
 *
 * <p>{@code erfc} uses the everywhere-positive series {@code erf(x) = 2/√π · e^{−x²} · Σ 2^n
 * x^{2n+1} / (1·3·…·(2n+1))} below 2.5 and the continued fraction {@code erfc(x) = e^{−x²}/√π ·
 * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))} above (Abramowitz &amp; Stegun 7.1.6 and 7.1.14),
 * evaluated by the modified Lentz method. {@code lnGamma} uses Stirling's series from 10 up and the
 * recurrence {@code Γ(x+1) = xΓ(x)} below. Student's t uses {@code P(|T| ≥ t) = I_x(ν/2, 1/2)}
 * with {@code x = ν/(ν + t²)} and the regularized incomplete beta function {@code I_x(a, b)} from
 * its continued fraction (Abramowitz &amp; Stegun 26.5.8 and 26.7.1), evaluated by the modified
 * Lentz method, on the side {@code x < (a+1)/(a+b+2)} where it converges fast and through {@code
 * I_x(a, b) = 1 − I_{1−x}(b, a)} on the other.
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

  /**
   * {@code P(|T| ≥ |t|)} for Student's t with {@code df} degrees of freedom: the two-sided p-value
   * of a t statistic; the normal's for infinite {@code df}.
   */
  static double twoSidedT(double t, double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("df = " + df + ": expected a positive number of degrees of freedom");
    }
    if (Double.isInfinite(df)) {
      return twoSidedP(t);
    }
    if (Double.isNaN(t)) {
      return t;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    double x = df / (df + t * t);
    return regularizedBeta(x, df / 2, 0.5);
  }

  /** The {@code p} quantile of Student's t with {@code df} degrees of freedom (p in (0, 1)). */
  static double tQuantile(double p, double df) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p = " + p + ": expected a probability strictly between 0 and 1");
    }
    if (Double.isInfinite(df)) {
      return normalQuantile(p);
    }
    if (p == 0.5) {
      return 0;
    }
    // P(T ≤ t) = 1 − twoSidedT(t)/2 for t > 0; solve on the upper half and reflect
    double upper = p > 0.5 ? 1 - p : p;
    double lo = 0;
    double hi = 1;
    while (twoSidedT(hi, df) / 2 > upper) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 300 && hi - lo > Math.ulp(hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (twoSidedT(mid, df) / 2 > upper) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double q = 0.5 * (lo + hi);
    return p > 0.5 ? q : -q;
  }

  /** The regularized incomplete beta function {@code I_x(a, b)} for {@code a, b > 0}, x in [0, 1]. */
  static double regularizedBeta(double x, double a, double b) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x = " + x + ": expected a number between 0 and 1");
    }
    if (x == 0 || x == 1) {
      return x;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularizedBeta(1 - x, b, a);
    }
    double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x)
        + b * Math.log1p(-x)) / a;
    // continued fraction 1/(1 + d1/(1 + d2/(1 + ...))), d_{2m+1} = −(a+m)(a+b+m)x/((a+2m)(a+2m+1)),
    // d_{2m} = m(b−m)x/((a+2m−1)(a+2m)), by Lentz
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double f = d;
    for (int m = 1; m < 10_000; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 + even * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + even / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      f *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + odd * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + odd / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return front * f;
  }
}
