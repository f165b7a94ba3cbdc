package io.github.digitrade.calc;

import io.github.digitrade.internal.Jacobi;

import java.util.Arrays;

/**
 * The eigen-solver of the complexity indices: Lanczos iteration with full reorthogonalisation and
 * restarts for the second eigenvector of the symmetric product operator {@code S = D_p^-1/2 Mᵀ
 * D_c^-1 M D_p^-1/2} (applied through the sparse presence structure, never formed), with the
 * trivial eigenvector {@code √k_p} deflated, and cyclic Jacobi rotations for the small tridiagonal
 * matrices it produces.
 */
final class Eigen {

  private static final int MAX_LANCZOS = 80;
  private static final int MAX_RESTARTS = 60;

  private Eigen() {}

  /** An eigenvector of S (unit length), its eigenvalue, and how many operator steps it took. */
  static final class Pair {
    private final double[] vector;
    private final double value;
    private final int steps;

    Pair(double[] vector, double value, int steps) {
      this.vector = vector;
      this.value = value;
      this.steps = steps;
    }

    /** The unit eigenvector; the caller owns it. */
    double[] vector() {
      return vector;
    }

    double value() {
      return value;
    }

    int steps() {
      return steps;
    }
  }

  /**
   * The eigenvector of the second-largest eigenvalue of S; {@code rootKp} holds {@code √k_p}.
   *
   * @throws UndefinedIndicatorException if S has no eigenvector besides the trivial one
   */
  static Pair second(Presence m, double[] rootKp) {
    int np = m.np();
    int nc = m.nc();
    double[] trivial = rootKp.clone();
    normalize(trivial);
    int steps = Math.min(MAX_LANCZOS, np - 1);
    double[][] q = new double[steps + 1][];
    double[] alpha = new double[steps];
    double[] beta = new double[steps];
    double[] work = new double[nc];
    double[] start = new double[np];
    for (int p = 0; p < np; p++) {
      // deterministic, not orthogonal to any structured vector
      start[p] = 1.0 + 0.5 * Math.sin(1.0 + p * 0.7548776662466927) + m.kp[p] / nc;
    }
    double theta = 0;
    double[] ritz = new double[np];
    int used = 0;
    for (int restart = 0; restart < MAX_RESTARTS; restart++) {
      double[] q0 = start.clone();
      orthogonalize(q0, trivial);
      orthogonalize(q0, trivial);
      if (normalize(q0) == 0) {
        throw new UndefinedIndicatorException(
            "ECI is undefined: the product operator has no eigenvector besides the trivial one");
      }
      q[0] = q0;
      int m2 = steps;
      double lastBeta = 0;
      for (int j = 0; j < steps; j++) {
        double[] w = new double[np];
        m.apply(q[j], w, rootKp, work);
        used++;
        alpha[j] = dot(q[j], w);
        for (int pass = 0; pass < 2; pass++) {
          orthogonalize(w, trivial);
          for (int i = 0; i <= j; i++) {
            orthogonalize(w, q[i]);
          }
        }
        double b = Math.sqrt(dot(w, w));
        beta[j] = b;
        if (b <= 1e-13 || j == steps - 1) {
          m2 = j + 1;
          lastBeta = j == steps - 1 ? b : 0;
          break;
        }
        for (int p = 0; p < np; p++) {
          w[p] /= b;
        }
        q[j + 1] = w;
      }
      double[][] t = new double[m2][m2];
      for (int i = 0; i < m2; i++) {
        t[i][i] = alpha[i];
        if (i + 1 < m2) {
          t[i][i + 1] = beta[i];
          t[i + 1][i] = beta[i];
        }
      }
      double[][] vectors = new double[m2][m2];
      double[] values = Jacobi.eigen(t, vectors);
      int best = 0;
      for (int i = 1; i < m2; i++) {
        if (values[i] > values[best]) {
          best = i;
        }
      }
      theta = values[best];
      Arrays.fill(ritz, 0);
      for (int i = 0; i < m2; i++) {
        double s = vectors[i][best];
        for (int p = 0; p < np; p++) {
          ritz[p] += s * q[i][p];
        }
      }
      normalize(ritz);
      double residual = Math.abs(lastBeta * vectors[m2 - 1][best]);
      if (residual <= 1e-12) {
        break;
      }
      start = ritz.clone();
    }
    if (!(theta > 1e-12)) {
      throw new UndefinedIndicatorException(
          "ECI is undefined: the second eigenvalue of M̃ is 0 (all countries have the same"
              + " basket structure)");
    }
    return new Pair(ritz, theta, used);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double normalize(double[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
    return n;
  }

  /** Removes from v its component along the unit vector u. */
  static void orthogonalize(double[] v, double[] u) {
    double d = dot(v, u);
    for (int i = 0; i < v.length; i++) {
      v[i] -= d * u[i];
    }
  }
}
