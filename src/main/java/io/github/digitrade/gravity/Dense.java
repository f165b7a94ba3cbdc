package io.github.digitrade.gravity;

import io.github.digitrade.internal.Jacobi;

import org.jspecify.annotations.Nullable;

/** Small dense linear algebra over columns of length n and K × K matrices (K is small). */
final class Dense {

  private Dense() {}

  /** {@code Σ_i w_i x_a[i] x_b[i]} for all pairs, w null meaning unit weights. */
  static double[][] gram(double[][] x, double @Nullable [] w) {
    int k = x.length;
    double[][] g = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b <= a; b++) {
        double s = dot(x[a], x[b], w);
        g[a][b] = s;
        g[b][a] = s;
      }
    }
    return g;
  }

  static double dot(double[] a, double[] b, double @Nullable [] w) {
    double s = 0;
    double s2 = 0;
    int n = a.length;
    int i = 0;
    if (w == null) {
      for (; i + 1 < n; i += 2) {
        s += a[i] * b[i];
        s2 += a[i + 1] * b[i + 1];
      }
      for (; i < n; i++) {
        s += a[i] * b[i];
      }
    } else {
      for (; i + 1 < n; i += 2) {
        s += w[i] * a[i] * b[i];
        s2 += w[i + 1] * a[i + 1] * b[i + 1];
      }
      for (; i < n; i++) {
        s += w[i] * a[i] * b[i];
      }
    }
    return s + s2;
  }

  /**
   * Marks the columns that are (nearly) linear combinations of earlier ones: a Cholesky
   * factorisation in column order that skips a column whose remaining pivot is at most {@code tol}
   * times its diagonal.
   */
  static boolean[] collinear(double[][] g, double tol) {
    double[] scale = new double[g.length];
    for (int j = 0; j < g.length; j++) {
      scale[j] = g[j][j];
    }
    return collinear(g, scale, tol);
  }

  /**
   * As {@link #collinear(double[][], double)}, with the remaining pivot compared to {@code tol ·
   * scale[j]}: the squared norm of the column before the fixed effects were absorbed, so that a
   * column that the fixed effects absorb to rounding noise counts as collinear.
   */
  static boolean[] collinear(double[][] g, double[] scale, double tol) {
    int k = g.length;
    double[][] l = new double[k][k];
    boolean[] drop = new boolean[k];
    for (int j = 0; j < k; j++) {
      double d = g[j][j];
      for (int m = 0; m < j; m++) {
        if (!drop[m]) {
          d -= l[j][m] * l[j][m];
        }
      }
      if (!(g[j][j] > 0) || d <= tol * g[j][j] || d <= tol * scale[j]) {
        drop[j] = true;
        continue;
      }
      double ljj = Math.sqrt(d);
      l[j][j] = ljj;
      for (int i = j + 1; i < k; i++) {
        double s = g[i][j];
        for (int m = 0; m < j; m++) {
          if (!drop[m]) {
            s -= l[i][m] * l[j][m];
          }
        }
        l[i][j] = s / ljj;
      }
    }
    return drop;
  }

  /** The inverse of a symmetric positive definite matrix by Cholesky. */
  static double[][] inverse(double[][] g) {
    int k = g.length;
    double[][] l = cholesky(g);
    double[][] inv = new double[k][k];
    double[] e = new double[k];
    for (int c = 0; c < k; c++) {
      java.util.Arrays.fill(e, 0.0);
      e[c] = 1.0;
      double[] x = solve(l, e);
      for (int r = 0; r < k; r++) {
        inv[r][c] = x[r];
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < a; b++) {
        double s = 0.5 * (inv[a][b] + inv[b][a]);
        inv[a][b] = s;
        inv[b][a] = s;
      }
    }
    return inv;
  }

  static double[][] cholesky(double[][] g) {
    int k = g.length;
    double[][] l = new double[k][k];
    for (int j = 0; j < k; j++) {
      double d = g[j][j];
      for (int m = 0; m < j; m++) {
        d -= l[j][m] * l[j][m];
      }
      if (!(d > 0)) {
        throw new ArithmeticException(
            "the regressors are collinear after absorbing the fixed effects (pivot " + j + " = " + d + ")");
      }
      double ljj = Math.sqrt(d);
      l[j][j] = ljj;
      for (int i = j + 1; i < k; i++) {
        double s = g[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        l[i][j] = s / ljj;
      }
    }
    return l;
  }

  /** Solves {@code L L' x = b}. */
  static double[] solve(double[][] l, double[] b) {
    int k = b.length;
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      double s = b[i];
      for (int m = 0; m < i; m++) {
        s -= l[i][m] * y[m];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double s = y[i];
      for (int m = i + 1; m < k; m++) {
        s -= l[m][i] * x[m];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  /** {@code A M A} for symmetric K × K matrices. */
  static double[][] sandwich(double[][] a, double[][] m) {
    int k = a.length;
    double[][] am = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int t = 0; t < k; t++) {
          s += a[i][t] * m[t][j];
        }
        am[i][j] = s;
      }
    }
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int t = 0; t < k; t++) {
          s += am[i][t] * a[t][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  /**
   * Clamps the negative eigenvalues of a symmetric matrix to zero, {@code V⁺ = U max(Λ, 0) U'}
   * (Cameron, Gelbach &amp; Miller 2011, section 2.3); returns null when no eigenvalue is negative
   * (the matrix is positive semi-definite as it is).
   */
  static double @Nullable [][] clampNegativeEigenvalues(double[][] v) {
    int k = v.length;
    double[][] u = new double[k][k];
    double[] lambda = Jacobi.eigen(v, u);
    boolean negative = false;
    for (double l : lambda) {
      negative |= l < 0;
    }
    if (!negative) {
      return null;
    }
    double[][] out = new double[k][k];
    for (int t = 0; t < k; t++) {
      double l = Math.max(lambda[t], 0.0);
      if (l == 0) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        double ui = u[i][t] * l;
        for (int j = 0; j < k; j++) {
          out[i][j] += ui * u[j][t];
        }
      }
    }
    return out;
  }

  /**
   * A symmetric generalised inverse {@code G} ({@code AGA = A}) of a symmetric positive
   * semi-definite matrix: a Cholesky factorisation with complete (diagonal) pivoting picks, step by
   * step, the column with the largest remaining pivot and stops when that pivot has fallen to
   * {@code 1e-10} of the largest diagonal entry or below (the other columns then depend linearly on
   * the picked ones, to that precision); {@code G} is the inverse of the block {@code A_SS} of the
   * picked columns {@code S}, zero elsewhere. Picking by size keeps {@code A_SS} well conditioned,
   * where taking the columns in order can keep a nearly dependent one.
   */
  static double[][] generalisedInverse(double[][] a) {
    int m = a.length;
    double[][] s = new double[m][];
    double dmax = 0;
    for (int i = 0; i < m; i++) {
      s[i] = a[i].clone();
      dmax = Math.max(dmax, a[i][i]);
    }
    boolean[] picked = new boolean[m];
    int[] order = new int[m];
    int rank = 0;
    while (rank < m) {
      int p = -1;
      double best = 0;
      for (int j = 0; j < m; j++) {
        if (!picked[j] && s[j][j] > best) {
          best = s[j][j];
          p = j;
        }
      }
      if (p < 0 || !(best > 1e-10 * dmax)) {
        break;
      }
      picked[p] = true;
      order[rank++] = p;
      // the Schur complement of the picked pivot on the columns not yet picked
      double[] sp = s[p];
      for (int i = 0; i < m; i++) {
        if (picked[i]) {
          continue;
        }
        double f = s[i][p] / best;
        if (f == 0) {
          continue;
        }
        double[] si = s[i];
        for (int j = 0; j < m; j++) {
          if (!picked[j]) {
            si[j] -= f * sp[j];
          }
        }
      }
    }
    double[][] g = new double[m][m];
    if (rank == 0) {
      return g;
    }
    double[][] block = new double[rank][rank];
    for (int i = 0; i < rank; i++) {
      for (int j = 0; j < rank; j++) {
        block[i][j] = a[order[i]][order[j]];
      }
    }
    double[][] inv = inverse(block);
    for (int i = 0; i < rank; i++) {
      for (int j = 0; j < rank; j++) {
        g[order[i]][order[j]] = inv[i][j];
      }
    }
    return g;
  }

  /**
   * Solves {@code Az = b} for a square matrix by Gaussian elimination with partial pivoting, or
   * returns null when a pivot falls to {@code 1e-12} or below in absolute value (A is singular to
   * that precision).
   */
  static double @Nullable [] luSolve(double[][] l, double[] b) {
    int m = b.length;
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = l[i].clone();
    }
    double[] z = b.clone();
    for (int c = 0; c < m; c++) {
      int piv = c;
      for (int i = c + 1; i < m; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
          piv = i;
        }
      }
      if (!(Math.abs(a[piv][c]) > 1e-12)) {
        return null;
      }
      double[] t = a[piv];
      a[piv] = a[c];
      a[c] = t;
      double tz = z[piv];
      z[piv] = z[c];
      z[c] = tz;
      for (int i = c + 1; i < m; i++) {
        double f = a[i][c] / a[c][c];
        for (int j = c; j < m; j++) {
          a[i][j] -= f * a[c][j];
        }
        z[i] -= f * z[c];
      }
    }
    for (int c = m - 1; c >= 0; c--) {
      double sum = z[c];
      for (int j = c + 1; j < m; j++) {
        sum -= a[c][j] * z[j];
      }
      z[c] = sum / a[c][c];
    }
    return z;
  }
}
