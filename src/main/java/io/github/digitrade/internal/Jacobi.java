package io.github.digitrade.internal;

import java.util.Arrays;

/**
 * The one eigen-solver for small dense symmetric matrices, shared by the complexity indicators (the
 * Lanczos tridiagonal matrix) and the gravity estimator (variance repair, separation, bias
 * correction). Not part of the API.
 */
public final class Jacobi {

  private Jacobi() {}

  /**
   * Returns the eigenvalues of a symmetric K × K matrix by cyclic Jacobi rotations; {@code vectors}
   * (K × K, overwritten) receives the unit eigenvectors as columns, so that {@code A = V Λ V'}. The
   * sweeps stop when the off-diagonal mass is below 1e-32 of the diagonal mass (or after 100
   * sweeps); {@code a} is left unchanged.
   *
   * @param a the symmetric matrix, K × K
   * @param vectors a K × K matrix that receives the eigenvectors as columns
   * @return the K eigenvalues, in the order of the columns of {@code vectors}
   */
  public static double[] eigen(double[][] a, double[][] vectors) {
    int k = a.length;
    double[][] m = new double[k][];
    for (int i = 0; i < k; i++) {
      m[i] = a[i].clone();
      Arrays.fill(vectors[i], 0.0);
      vectors[i][i] = 1.0;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double diag = 0;
      for (int p = 0; p < k; p++) {
        diag += m[p][p] * m[p][p];
        for (int q = p + 1; q < k; q++) {
          off += m[p][q] * m[p][q];
        }
      }
      if (off <= 1e-32 * diag || off == 0) {
        break;
      }
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          if (m[p][q] == 0) {
            continue;
          }
          // the rotation that zeroes m[p][q]: tan(2θ) = 2 m_pq / (m_qq − m_pp)
          double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double sn = t * c;
          for (int r = 0; r < k; r++) {
            double mrp = m[r][p];
            double mrq = m[r][q];
            m[r][p] = c * mrp - sn * mrq;
            m[r][q] = sn * mrp + c * mrq;
          }
          for (int r = 0; r < k; r++) {
            double mpr = m[p][r];
            double mqr = m[q][r];
            m[p][r] = c * mpr - sn * mqr;
            m[q][r] = sn * mpr + c * mqr;
          }
          for (int r = 0; r < k; r++) {
            double vrp = vectors[r][p];
            double vrq = vectors[r][q];
            vectors[r][p] = c * vrp - sn * vrq;
            vectors[r][q] = sn * vrp + c * vrq;
          }
        }
      }
    }
    double[] values = new double[k];
    for (int i = 0; i < k; i++) {
      values[i] = m[i][i];
    }
    return values;
  }
}
