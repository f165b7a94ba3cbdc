package io.github.digitrade.gravity;

import io.github.digitrade.internal.Jacobi;

import java.util.List;

/**
 * The separation checks of {@link SeparationCheck}: which observations to drop before a PPML fit
 * because their estimates would not exist.
 */
final class Separation {

  /** The weight of the positive-outcome observations in the ReLU regressions. */
  static final double POSITIVE_WEIGHT = 1e8;
  /** A fitted value above this (on the 0–1 scale of the target) marks a separated observation. */
  static final double ZERO_TOLERANCE = 1e-5;
  static final int MAX_RELU_ITERATIONS = 10_000;
  /** The ReLU iterations stop when the target moves by at most this (exact small problems). */
  static final double EXACT_CHANGE = 1e-10;
  /** The same for weighted problems, above the 1/POSITIVE_WEIGHT noise floor. */
  static final double WEIGHTED_CHANGE = 1e-7;

  /** Up to this many fixed-effect levels plus regressors, the ReLU regressions are solved directly. */
  static final int DENSE_LIMIT = 400;

  private Separation() {}

  private static boolean nonNegative(double[] y, double[] uhat) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] == 0 && uhat[i] < -ZERO_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** Sets {@code u = max(û, 0)} on the zeros (0 on the positives); returns the largest change. */
  private static double rectify(double[] y, double[] uhat, double[] u) {
    double change = 0;
    for (int i = 0; i < y.length; i++) {
      double v = y[i] > 0 ? 0.0 : Math.max(uhat[i], 0.0);
      change = Math.max(change, Math.abs(v - u[i]));
      u[i] = v;
    }
    return change;
  }

  private static void mark(double[] y, double[] uhat, int[] rows, boolean[] keep, ModelFrame f,
      List<Dropped> dropped) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] == 0 && uhat[i] > ZERO_TOLERANCE) {
        int row = rows[i];
        keep[row] = false;
        dropped.add(new Dropped(row, f.where(row), Dropped.Reason.SEPARATED, ""));
      }
    }
  }

  /**
   * An eigenvalue of the scaled Gram matrix of the positive rows at most this marks a combination of
   * the regressors that vanishes on them (the collinearity rule of the estimator).
   */
  static final double NULL_TOLERANCE = 1e-10;

  /** Above this many zero outcomes that regressors could separate, the simplex check refuses. */
  static final int SIMPLEX_LIMIT = 2_000;

  /**
   * The simplex check: drops the zero-outcome observations separated by the regressors alone
   * (with a constant), ignoring the fixed effects. A certificate is {@code z = Xγ} with {@code z =
   * 0} on the positive outcomes and {@code z ≥ 0, z ≠ 0} on the zeros. With {@code N} a basis of the
   * null space of the positive rows {@code X₊} (so {@code γ = Nφ}) and {@code Z = X₀N}, the linear
   * program {@code max 1'Zφ} subject to {@code Zφ ≥ 0} and {@code 1'Zφ ≤ 1} has the value 1 exactly
   * when a certificate exists; the zeros where {@code (Zφ)_i > 0} are separated, they are set aside
   * and the program is solved again on the rest until its value is 0. Each program is solved by the
   * dense simplex method with Bland's rule (no cycling on these degenerate programs).
   */
  static void simplex(double[] yAll, double[][] xAll, boolean[] keep, ModelFrame f,
      List<Dropped> dropped) {
    int nAll = yAll.length;
    int p = xAll.length + 1;
    int zeros = 0;
    for (int i = 0; i < nAll; i++) {
      if (keep[i] && yAll[i] == 0) {
        zeros++;
      }
    }
    if (zeros == 0 || p == 1) {
      return;
    }
    // the null space of X₊ is that of its Gram matrix X₊'X₊; columns scaled to unit norm first,
    // and a column that is 0 on every positive outcome is a null direction by itself
    double[][] g = new double[p][p];
    int[] zeroRows = new int[zeros];
    double[] xi = new double[p];
    for (int i = 0, z = 0; i < nAll; i++) {
      if (!keep[i]) {
        continue;
      }
      if (yAll[i] > 0) {
        xi[0] = 1.0;
        for (int c = 1; c < p; c++) {
          xi[c] = xAll[c - 1][i];
        }
        for (int a = 0; a < p; a++) {
          for (int b = 0; b <= a; b++) {
            g[a][b] += xi[a] * xi[b];
          }
        }
      } else {
        zeroRows[z++] = i;
      }
    }
    double[] norm = new double[p];
    for (int a = 0; a < p; a++) {
      norm[a] = Math.sqrt(g[a][a]);
    }
    List<double[]> nulList = new java.util.ArrayList<>();
    int[] live = new int[p];
    int nl = 0;
    for (int a = 0; a < p; a++) {
      if (norm[a] == 0) {
        double[] e = new double[p];
        e[a] = 1.0;
        nulList.add(e);
      } else {
        live[nl++] = a;
      }
    }
    double[][] gs = new double[nl][nl];
    for (int a = 0; a < nl; a++) {
      for (int b = 0; b < nl; b++) {
        int ia = Math.max(live[a], live[b]);
        int ib = Math.min(live[a], live[b]);
        gs[a][b] = g[ia][ib] / (norm[live[a]] * norm[live[b]]);
      }
    }
    double[][] vec = new double[nl][nl];
    double[] lambda = Jacobi.eigen(gs, vec);
    for (int t = 0; t < nl; t++) {
      if (lambda[t] <= NULL_TOLERANCE) {
        double[] v = new double[p];
        for (int a = 0; a < nl; a++) {
          v[live[a]] = vec[a][t] / norm[live[a]];
        }
        nulList.add(v);
      }
    }
    double[][] nul = nulList.toArray(new double[0][]);
    int r = nul.length;
    if (r == 0) {
      return;
    }
    double scale = 0;
    double[][] zm = new double[zeros][r];
    for (int z = 0; z < zeros; z++) {
      int i = zeroRows[z];
      for (int j = 0; j < r; j++) {
        double v = nul[j][0];
        for (int c = 1; c < p; c++) {
          v += xAll[c - 1][i] * nul[j][c];
        }
        zm[z][j] = v;
        scale = Math.max(scale, Math.abs(v));
      }
    }
    double eps = 1e-9 * Math.max(scale, 1.0);
    // zeros whose row of Z vanishes cannot be separated by the regressors
    List<Integer> active = new java.util.ArrayList<>();
    for (int z = 0; z < zeros; z++) {
      for (int j = 0; j < r; j++) {
        if (Math.abs(zm[z][j]) > eps) {
          active.add(z);
          break;
        }
      }
    }
    if (active.size() > SIMPLEX_LIMIT) {
      throw new IllegalArgumentException(
          "the simplex separation check would solve a linear program over " + active.size()
              + " zero outcomes (at most " + SIMPLEX_LIMIT + "): choose SeparationCheck.RELU, which"
              + " also finds separation by the regressors");
    }
    while (!active.isEmpty()) {
      double[][] rows = new double[active.size()][];
      for (int a = 0; a < rows.length; a++) {
        rows[a] = zm[active.get(a)];
      }
      double[] phi = maximizeSupport(rows, r);
      if (phi == null) {
        return;
      }
      List<Integer> rest = new java.util.ArrayList<>();
      for (int a = 0; a < rows.length; a++) {
        double v = Dense.dot(rows[a], phi, null);
        int row = zeroRows[active.get(a)];
        if (v > eps) {
          keep[row] = false;
          dropped.add(new Dropped(row, f.where(row), Dropped.Reason.SEPARATED_BY_REGRESSORS, ""));
        } else {
          rest.add(active.get(a));
        }
      }
      if (rest.size() == active.size()) {
        return;
      }
      active = rest;
    }
  }

  /**
   * Solves {@code max c'φ} subject to {@code Zφ ≥ 0} and {@code c'φ ≤ 1}, with {@code c = Z'1} and
   * {@code φ} free (as {@code φ⁺ − φ⁻}), by the tableau simplex method from the feasible origin with
   * Bland's rule. Returns the optimal {@code φ} when the value is positive (then it is 1), null when
   * it is 0.
   */
  static double @org.jspecify.annotations.Nullable [] maximizeSupport(double[][] zm, int r) {
    int m = zm.length + 1;
    int vars = 2 * r;
    int cols = vars + m;
    // rows 0..m-1 are the constraints A v + s = b, row m the objective (reduced costs)
    double[][] t = new double[m + 1][cols + 1];
    double[] c = new double[r];
    for (double[] row : zm) {
      for (int j = 0; j < r; j++) {
        c[j] += row[j];
      }
    }
    for (int i = 0; i < zm.length; i++) {
      for (int j = 0; j < r; j++) {
        t[i][j] = -zm[i][j];
        t[i][r + j] = zm[i][j];
      }
      t[i][vars + i] = 1;
    }
    for (int j = 0; j < r; j++) {
      t[m - 1][j] = c[j];
      t[m - 1][r + j] = -c[j];
      t[m][j] = -c[j];
      t[m][r + j] = c[j];
    }
    t[m - 1][vars + m - 1] = 1;
    t[m - 1][cols] = 1;
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      basis[i] = vars + i;
    }
    double eps = 1e-12;
    for (int it = 0; it < 50_000; it++) {
      int enter = -1;
      for (int j = 0; j < cols; j++) {
        if (t[m][j] < -eps) {
          enter = j;
          break;
        }
      }
      if (enter < 0) {
        break;
      }
      int leave = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (t[i][enter] > eps) {
          double ratio = t[i][cols] / t[i][enter];
          if (ratio < best - eps || (Math.abs(ratio - best) <= eps && basis[i] < basis[leave])) {
            best = ratio;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        throw new ArithmeticException("the simplex separation check found an unbounded program");
      }
      double piv = t[leave][enter];
      double[] lr = t[leave];
      for (int j = 0; j <= cols; j++) {
        lr[j] /= piv;
      }
      for (int i = 0; i <= m; i++) {
        if (i != leave && t[i][enter] != 0) {
          double fct = t[i][enter];
          double[] ri = t[i];
          for (int j = 0; j <= cols; j++) {
            ri[j] -= fct * lr[j];
          }
        }
      }
      basis[leave] = enter;
      if (it == 49_999) {
        throw new ArithmeticException("the simplex separation check did not finish in 50000 pivots");
      }
    }
    if (t[m][cols] <= 0.5) {
      return null;
    }
    double[] phi = new double[r];
    for (int i = 0; i < m; i++) {
      int b = basis[i];
      if (b < r) {
        phi[b] += t[i][cols];
      } else if (b < vars) {
        phi[b - r] -= t[i][cols];
      }
    }
    return phi;
  }

  private static ArithmeticException notConverged() {
    return new ArithmeticException(
        "the ReLU separation check did not converge in " + MAX_RELU_ITERATIONS + " iterations");
  }

  /**
   * The least-squares fit of the target on the zero-outcome observations over the combinations of
   * the regressors and fixed-effect dummies that vanish exactly on every positive-outcome
   * observation: the null space of the positive rows of the design (by Gauss–Jordan elimination with
   * partial pivoting), then normal equations with redundant columns skipped. Exact for small
   * problems, where weighting the positive observations instead would square a condition number of
   * 1e8.
   */
  private static final class DenseDesign {
    private final int n;
    private final int[] zeroRows;
    private final double[][] basis;
    private final double[][] chol;
    private final boolean[] drop;

    DenseDesign(Sample s) {
      n = s.n;
      int dims = s.codes.length;
      int[] offsets = new int[dims + 1];
      for (int q = 0; q < dims; q++) {
        offsets[q + 1] = offsets[q] + s.levels[q];
      }
      int p = offsets[dims] + s.x.length;
      int zeros = 0;
      for (int i = 0; i < n; i++) {
        zeros += s.y[i] == 0 ? 1 : 0;
      }
      double[][] pos = new double[n - zeros][p];
      double[][] zer = new double[zeros][p];
      zeroRows = new int[zeros];
      for (int i = 0, a = 0, z = 0; i < n; i++) {
        double[] row = s.y[i] > 0 ? pos[a++] : zer[z];
        if (s.y[i] == 0) {
          zeroRows[z++] = i;
        }
        for (int q = 0; q < dims; q++) {
          row[offsets[q] + s.codes[q][i]] = 1.0;
        }
        for (int c = 0; c < s.x.length; c++) {
          row[offsets[dims] + c] = s.x[c][i];
        }
      }
      double[][] nul = nullSpace(pos, p);
      int r = nul.length;
      basis = new double[r][zeros];
      // the squared norm each combination would have on the zeros without cancellation: one that
      // vanishes there (a zero whose row is a positive row's twin) comes out as rounding noise,
      // which the fit would otherwise scale up to a certificate
      double[] scale = new double[r];
      for (int j = 0; j < r; j++) {
        for (int z = 0; z < zeros; z++) {
          double v = 0;
          double size = 0;
          for (int c = 0; c < p; c++) {
            v += zer[z][c] * nul[j][c];
            size += Math.abs(zer[z][c] * nul[j][c]);
          }
          basis[j][z] = v;
          scale[j] += size * size;
        }
      }
      double[][] g = Dense.gram(basis, null);
      drop = Dense.collinear(g, scale, 1e-10);
      int kept = 0;
      for (boolean d : drop) {
        kept += d ? 0 : 1;
      }
      double[][] gk = new double[kept][kept];
      for (int a = 0, ka = 0; a < r; a++) {
        if (drop[a]) {
          continue;
        }
        for (int b = 0, kb = 0; b < r; b++) {
          if (!drop[b]) {
            gk[ka][kb++] = g[a][b];
          }
        }
        ka++;
      }
      chol = kept == 0 ? new double[0][0] : Dense.cholesky(gk);
    }

    double[] fit(double[] u) {
      double[] uz = new double[zeroRows.length];
      for (int z = 0; z < uz.length; z++) {
        uz[z] = u[zeroRows[z]];
      }
      double[] b = new double[chol.length];
      for (int j = 0, kj = 0; j < basis.length; j++) {
        if (!drop[j]) {
          b[kj++] = Dense.dot(basis[j], uz, null);
        }
      }
      double[] phi = chol.length == 0 ? b : Dense.solve(chol, b);
      double[] uhat = new double[n];
      for (int j = 0, kj = 0; j < basis.length; j++) {
        if (drop[j]) {
          continue;
        }
        double f = phi[kj++];
        for (int z = 0; z < uz.length; z++) {
          uhat[zeroRows[z]] += f * basis[j][z];
        }
      }
      return uhat;
    }
  }

  /** A basis of {@code {v : A v = 0}}, one vector per row of the result. */
  static double[][] nullSpace(double[][] a, int p) {
    int m = a.length;
    double scale = 0;
    for (double[] row : a) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    double eps = 1e-10 * Math.max(scale, 1.0);
    int[] pivotCol = new int[Math.min(m, p)];
    boolean[] isPivot = new boolean[p];
    int rank = 0;
    for (int c = 0; c < p && rank < m; c++) {
      int best = rank;
      for (int i = rank + 1; i < m; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[best][c])) {
          best = i;
        }
      }
      if (Math.abs(a[best][c]) <= eps) {
        continue;
      }
      double[] t = a[best];
      a[best] = a[rank];
      a[rank] = t;
      double inv = 1.0 / a[rank][c];
      for (int j = 0; j < p; j++) {
        a[rank][j] *= inv;
      }
      for (int i = 0; i < m; i++) {
        if (i != rank && a[i][c] != 0) {
          double f = a[i][c];
          for (int j = 0; j < p; j++) {
            a[i][j] -= f * a[rank][j];
          }
        }
      }
      pivotCol[rank++] = c;
      isPivot[c] = true;
    }
    double[][] out = new double[p - rank][p];
    int k = 0;
    for (int c = 0; c < p; c++) {
      if (isPivot[c]) {
        continue;
      }
      out[k][c] = 1.0;
      for (int r = 0; r < rank; r++) {
        out[k][pivotCol[r]] = -a[r][c];
      }
      k++;
    }
    return out;
  }

  /**
   * Drops the observations of fixed-effect levels whose outcomes are all zero, again and again until
   * none is left (dropping one level can empty another).
   */
  static void fixedEffects(double[] y, Factor[] fes, boolean[] keep, ModelFrame f,
      List<Dropped> dropped, List<DroppedLevel> levels) {
    int n = y.length;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Factor fe : fes) {
        int[] c = fe.codesView();
        int g = fe.levelCount();
        int[] count = new int[g];
        boolean[] positive = new boolean[g];
        for (int i = 0; i < n; i++) {
          if (keep[i]) {
            count[c[i]]++;
            if (y[i] > 0) {
              positive[c[i]] = true;
            }
          }
        }
        for (int l = 0; l < g; l++) {
          if (count[l] > 0 && !positive[l]) {
            levels.add(new DroppedLevel(fe.name(), fe.level(l), count[l]));
            changed = true;
          }
        }
        if (changed) {
          for (int i = 0; i < n; i++) {
            int l = c[i];
            if (keep[i] && count[l] > 0 && !positive[l]) {
              keep[i] = false;
              dropped.add(new Dropped(i, f.where(i), Dropped.Reason.FIXED_EFFECT_ALL_ZERO,
                  fe.name() + " = " + fe.level(l)));
            }
          }
          break;
        }
      }
    }
  }

  /**
   * The iterative rectifier: finds a certificate {@code z = Xγ + Dα} with {@code z = 0} on the
   * positive outcomes and {@code z ≥ 0} on the zeros; the zeros with {@code z > 0} are separated.
   * Repeated on what is left until a pass drops nothing: a pass stops at the first certificate its
   * iterations reach, which need not be positive on every separated zero (with one positive
   * outcome at {@code x₁ = −1, x₂ = 0}, the first fit can be {@code 0.5(1 + x₁)}, a certificate
   * that is 0 on a zero at {@code x₁ = x₂ = −1}, which {@code 2(1 + x₁) − x₂} separates); the next
   * pass, without the zeros already dropped, finds the rest.
   */
  static void relu(double[] yAll, double[][] xAll, Factor[] fes, boolean[] keep, ModelFrame f,
      List<Dropped> dropped, Acceleration acceleration) {
    relu(yAll, xAll, fes, keep, f, dropped, acceleration, DENSE_LIMIT);
  }

  /** As above, solving directly up to {@code denseLimit} levels plus regressors. */
  static void relu(double[] yAll, double[][] xAll, Factor[] fes, boolean[] keep, ModelFrame f,
      List<Dropped> dropped, Acceleration acceleration, int denseLimit) {
    while (true) {
      int before = dropped.size();
      reluPass(yAll, xAll, fes, keep, f, dropped, acceleration, denseLimit);
      if (dropped.size() == before) {
        return;
      }
    }
  }

  /** One pass of the iterative rectifier over the rows kept; drops the zeros it separates. */
  private static void reluPass(double[] yAll, double[][] xAll, Factor[] fes, boolean[] keep,
      ModelFrame f, List<Dropped> dropped, Acceleration acceleration, int denseLimit) {
    int nAll = yAll.length;
    int n = 0;
    int zeros = 0;
    for (int i = 0; i < nAll; i++) {
      if (keep[i]) {
        n++;
        if (yAll[i] == 0) {
          zeros++;
        }
      }
    }
    if (zeros == 0 || zeros == n) {
      return;
    }
    int[] rows = new int[n];
    for (int i = 0, j = 0; i < nAll; i++) {
      if (keep[i]) {
        rows[j++] = i;
      }
    }
    List<String> anon = new java.util.ArrayList<>();
    for (int k = 0; k < xAll.length; k++) {
      anon.add("x" + k);
    }
    Sample s = Sample.of(rows, yAll, xAll, anon, fes, null, null);
    double[] w = new double[n];
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      boolean pos = s.y[i] > 0;
      w[i] = pos ? POSITIVE_WEIGHT : 1.0;
      u[i] = pos ? 0.0 : 1.0;
    }
    int total = 0;
    for (int g : s.levels) {
      total += g;
    }
    if (total + s.x.length <= denseLimit) {
      DenseDesign dd = new DenseDesign(s);
      for (int it = 0; it < MAX_RELU_ITERATIONS; it++) {
        double[] uhat = dd.fit(u);
        boolean ok = nonNegative(s.y, uhat);
        double change = rectify(s.y, uhat, u);
        if (ok && change <= EXACT_CHANGE) {
          mark(s.y, uhat, rows, keep, f, dropped);
          return;
        }
      }
      throw notConverged();
    }
    Absorber abs = new Absorber(n, s.codes, s.levels, acceleration, 1e-12, 100_000);
    abs.setWeights(w);
    int k = s.x.length;
    double[][] xt = new double[k][n];
    for (int c = 0; c < k; c++) {
      abs.demean(s.x[c], xt[c], new double[abs.totalLevels()]);
    }
    double[] raw = new double[k];
    for (int c = 0; c < k; c++) {
      raw[c] = Dense.dot(s.x[c], s.x[c], w);
    }
    boolean[] collinear = Dense.collinear(Dense.gram(xt, w), raw, 1e-10);
    int kept = 0;
    for (boolean b : collinear) {
      kept += b ? 0 : 1;
    }
    double[][] xk = new double[kept][];
    for (int c = 0, j = 0; c < k; c++) {
      if (!collinear[c]) {
        xk[j++] = xt[c];
      }
    }
    double[][] chol = kept == 0 ? new double[0][0] : Dense.cholesky(Dense.gram(xk, w));
    double[] ut = new double[n];
    double[] alpha = new double[abs.totalLevels()];
    double[] uhat = new double[n];
    boolean done = false;
    for (int it = 0; it < MAX_RELU_ITERATIONS && !done; it++) {
      abs.demean(u, ut, alpha);
      double[] b = new double[kept];
      for (int c = 0; c < kept; c++) {
        b[c] = Dense.dot(xk[c], ut, w);
      }
      double[] gamma = kept == 0 ? b : Dense.solve(chol, b);
      double min = 0;
      for (int i = 0; i < n; i++) {
        double fit = 0;
        for (int c = 0; c < kept; c++) {
          fit += xk[c][i] * gamma[c];
        }
        uhat[i] = u[i] - (ut[i] - fit);
        if (s.y[i] == 0) {
          min = Math.min(min, uhat[i]);
        }
      }
      boolean ok = min >= -ZERO_TOLERANCE;
      double change = rectify(s.y, uhat, u);
      done = ok && change <= WEIGHTED_CHANGE;
    }
    if (!done) {
      throw notConverged();
    }
    mark(s.y, uhat, rows, keep, f, dropped);
  }
}
