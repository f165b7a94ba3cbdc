package io.github.digitrade.calc;

/**
 * An independent dense reference for the eigenvector ECI and PCI: forms the symmetric operator
 * {@code S = D_p^-1/2 Mᵀ D_c^-1 M D_p^-1/2} explicitly and diagonalises it with the classical Jacobi
 * method (largest off-diagonal pivot), then applies the same sign and Atlas conventions.
 */
final class DenseComplexity {
  private DenseComplexity() {}

  /** ECI and PCI of a presence matrix with no zero rows or columns. */
  static double[][] eciPci(LabeledMatrix presence) {
    int nc = presence.rowCount();
    int np = presence.columnCount();
    double[] m = presence.toArray();
    double[] kc = new double[nc];
    double[] kp = new double[np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        kc[c] += m[c * np + p];
        kp[p] += m[c * np + p];
      }
    }
    double[][] s = new double[np][np];
    for (int a = 0; a < np; a++) {
      for (int b = 0; b < np; b++) {
        double sum = 0;
        for (int c = 0; c < nc; c++) {
          sum += m[c * np + a] * m[c * np + b] / kc[c];
        }
        s[a][b] = sum / Math.sqrt(kp[a] * kp[b]);
      }
    }
    double[][] v = new double[np][np];
    double[] lambda = eigen(s, v);
    int first = 0;
    for (int i = 1; i < np; i++) {
      if (lambda[i] > lambda[first]) {
        first = i;
      }
    }
    int second = first == 0 ? 1 : 0;
    for (int i = 0; i < np; i++) {
      if (i != first && lambda[i] > lambda[second]) {
        second = i;
      }
    }
    double[] pci = new double[np];
    for (int p = 0; p < np; p++) {
      pci[p] = v[p][second] / Math.sqrt(kp[p]);
    }
    double[] eci = new double[nc];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        eci[c] += m[c * np + p] * pci[p];
      }
      eci[c] /= kc[c];
    }
    if (correlation(eci, kc) < 0) {
      for (int p = 0; p < np; p++) {
        pci[p] = -pci[p];
      }
      for (int c = 0; c < nc; c++) {
        eci[c] = -eci[c];
      }
    }
    double mean = 0;
    for (double x : eci) {
      mean += x / nc;
    }
    double var = 0;
    for (double x : eci) {
      var += (x - mean) * (x - mean) / nc;
    }
    double sd = Math.sqrt(var);
    for (int c = 0; c < nc; c++) {
      eci[c] = (eci[c] - mean) / sd;
    }
    for (int p = 0; p < np; p++) {
      pci[p] = (pci[p] - mean) / sd;
    }
    return new double[][] {eci, pci, {lambda[first], lambda[second]}};
  }

  /** Classical Jacobi: eigenvalues returned, eigenvectors as the columns of {@code v}. */
  static double[] eigen(double[][] input, double[][] v) {
    int n = input.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = input[i].clone();
      java.util.Arrays.fill(v[i], 0);
      v[i][i] = 1;
    }
    for (int rotation = 0; rotation < 100 * n * n; rotation++) {
      int p = 0;
      int q = 1;
      double max = -1;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (Math.abs(a[i][j]) > max) {
            max = Math.abs(a[i][j]);
            p = i;
            q = j;
          }
        }
      }
      if (max < 1e-15) {
        break;
      }
      double phi = 0.5 * Math.atan2(2 * a[p][q], a[q][q] - a[p][p]);
      double c = Math.cos(phi);
      double s = Math.sin(phi);
      for (int k = 0; k < n; k++) {
        double kp = a[k][p];
        double kq = a[k][q];
        a[k][p] = c * kp - s * kq;
        a[k][q] = s * kp + c * kq;
      }
      for (int k = 0; k < n; k++) {
        double pk = a[p][k];
        double qk = a[q][k];
        a[p][k] = c * pk - s * qk;
        a[q][k] = s * pk + c * qk;
      }
      for (int k = 0; k < n; k++) {
        double kp = v[k][p];
        double kq = v[k][q];
        v[k][p] = c * kp - s * kq;
        v[k][q] = s * kp + c * kq;
      }
    }
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = a[i][i];
    }
    return lambda;
  }

  static double correlation(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
