package io.github.digitrade.calc;

import java.util.Arrays;

/**
 * The fitness-complexity algorithm of Tacchella et al. (2012, Sci. Rep. 2:723) and its generalised
 * exponent; see {@link Complexity#fitness(LabeledMatrix, int)}.
 */
final class Fitness {

  private Fitness() {}

  /**
   * Returns fitness and complexity by the algorithm of Tacchella et al. (2012), {@code γ = 1}.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of iterations, from 1 to 10,000; a few hundred usually converge
   *     the ranking, while the values of the least fit countries keep shrinking towards 0
   * @return fitness per country and complexity per product, each with mean 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1 or {@code iterations} is out of range
   * @throws UndefinedIndicatorException if no country or product remains
   */
  static ComplexityFitness fitness(LabeledMatrix presence, int iterations) {
    return fitness(presence, iterations, 1.0);
  }

  /**
   * Returns fitness and complexity with an exponent on the exporters' fitness in the product
   * update: {@code Q̃_p = 1 / Σ_c M_cp F_c^−γ}. {@code γ = 1} is Tacchella et al. (2012); a larger
   * {@code γ} lets the least fit exporter of a product weigh more on its complexity, a smaller one
   * less (the generalised algorithm studied by Mariani et al. 2015, Eur. Phys. J. B 88:293).
   *
   * @param presence a 0/1 country × product matrix, not null
   * @param iterations the number of iterations, from 1 to 10,000
   * @param gamma the exponent, finite and &gt; 0
   * @return fitness per country and complexity per product, each with mean 1, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1, {@code iterations} is out of range or
   *     {@code gamma} is not a positive finite number
   * @throws UndefinedIndicatorException if no country or product remains, or the values leave the
   *     range of {@code double}
   */
  static ComplexityFitness fitness(LabeledMatrix presence, int iterations, double gamma) {
    if (!(gamma > 0) || Double.isInfinite(gamma)) {
      throw new IllegalArgumentException("gamma = " + gamma + ": expected a positive finite number");
    }
    if (iterations < 1 || iterations > 10_000) {
      throw new IllegalArgumentException("iterations = " + iterations + ": expected 1 to 10000");
    }
    return fitness(presence, iterations, iterations, gamma);
  }

  /** Fitness after {@code a} updates and complexity after {@code b} updates. */
  static ComplexityFitness fitness(LabeledMatrix presence, int a, int b, double gamma) {
    int iterations = Math.max(a, b);
    Presence m = new Presence(presence);
    int nc = m.nc();
    int np = m.np();
    if (nc == 0 || np == 0) {
      throw new UndefinedIndicatorException(
          "fitness is undefined: no country with positive diversity");
    }
    double[] f = new double[nc];
    double[] q = new double[np];
    Arrays.fill(f, 1);
    Arrays.fill(q, 1);
    double[] fAt = f;
    double[] qAt = q;
    for (int n = 0; n < iterations; n++) {
      double[] nf = new double[nc];
      double[] nq = new double[np];
      for (int c = 0; c < nc; c++) {
        double s = 0;
        for (int p : m.productsOf[c]) {
          s += q[p];
        }
        nf[c] = s;
      }
      for (int p = 0; p < np; p++) {
        double s = 0;
        for (int c : m.countriesOf[p]) {
          s += gamma == 1.0 ? 1 / f[c] : Math.pow(f[c], -gamma);
        }
        nq[p] = 1 / s;
      }
      scaleToMeanOne(nf);
      scaleToMeanOne(nq);
      f = nf;
      q = nq;
      if (n + 1 == a) {
        fAt = f;
      }
      if (n + 1 == b) {
        qAt = q;
      }
    }
    f = fAt;
    q = qAt;
    for (double x : f) {
      if (!Double.isFinite(x)) {
        throw new UndefinedIndicatorException(
            "fitness is undefined: the values left the range of double after "
                + iterations
                + " iterations (use fewer iterations or a smaller gamma)");
      }
    }
    return new ComplexityFitness(m.countryVector(f), m.productVector(q));
  }

  private static void scaleToMeanOne(double[] v) {
    double mean = Sums.sum(v) / v.length;
    for (int i = 0; i < v.length; i++) {
      v[i] /= mean;
    }
  }
}
