package io.github.digitrade.gravity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One fit of a {@link GravityModel} to a {@link ModelFrame}: checks, separation, IRLS or OLS. */
final class Estimation {

  static final String INTERCEPT = "(Intercept)";

  private final GravityModel m;
  private final ModelFrame f;
  private final List<Dropped> dropped = new ArrayList<>();
  private final List<DroppedLevel> droppedLevels = new ArrayList<>();
  private final List<DroppedRegressor> droppedRegressors = new ArrayList<>();

  Estimation(GravityModel m, ModelFrame f) {
    this.m = m;
    this.f = f;
  }

  GravityFit run() {
    boolean ppml = m.estimator() == Estimator.PPML;
    int nAll = f.rows();
    double[] yAll = f.numberView(m.outcome());
    List<String> regNames = m.regressorNames();
    double[][] xAll = new double[regNames.size()][];
    for (int k = 0; k < xAll.length; k++) {
      xAll[k] = f.numberView(regNames.get(k));
    }
    List<String> feNames = m.fixedEffectNames();
    Factor[] fes = new Factor[feNames.size()];
    for (int q = 0; q < fes.length; q++) {
      fes[q] = f.factor(feNames.get(q));
    }
    double @Nullable [] wAll = m.weightColumn().isPresent() ? f.numberView(m.weightColumn().get()) : null;
    double @Nullable [] offAll = m.offsetColumn().isPresent() ? f.numberView(m.offsetColumn().get()) : null;

    boolean[] keep = new boolean[nAll];
    Arrays.fill(keep, true);
    for (int i = 0; i < nAll; i++) {
      double y = yAll[i];
      if (!Double.isFinite(y)) {
        throw bad(i, m.outcome(), y, Double.isNaN(y) ? "a value (it is missing)" : "a finite number");
      }
      if (ppml && y < 0) {
        throw bad(i, m.outcome(), y, "a non-negative outcome for PPML");
      }
      for (int k = 0; k < xAll.length; k++) {
        double x = xAll[k][i];
        if (!Double.isFinite(x)) {
          throw bad(i, regNames.get(k), x, Double.isNaN(x) ? "a value (it is missing)" : "a finite number");
        }
      }
      if (wAll != null) {
        double w = wAll[i];
        if (!Double.isFinite(w) || w < 0) {
          throw bad(i, m.weightColumn().get(), w, "a finite, non-negative weight");
        }
        if (w == 0) {
          keep[i] = false;
          dropped.add(new Dropped(i, f.where(i), Dropped.Reason.ZERO_WEIGHT, ""));
        }
      }
      if (offAll != null && !Double.isFinite(offAll[i])) {
        throw bad(i, m.offsetColumn().get(), offAll[i], "a finite offset");
      }
    }

    if (ppml && m.separationChecks().contains(SeparationCheck.FIXED_EFFECTS) && fes.length > 0) {
      Separation.fixedEffects(yAll, fes, keep, f, dropped, droppedLevels);
    }
    if (ppml && m.separationChecks().contains(SeparationCheck.SIMPLEX)) {
      Separation.simplex(yAll, xAll, keep, f, dropped);
    }
    if (ppml && m.separationChecks().contains(SeparationCheck.RELU)) {
      Separation.relu(yAll, xAll, fes, keep, f, dropped, m.accelerationScheme());
    }

    int n = 0;
    for (boolean b : keep) {
      n += b ? 1 : 0;
    }
    if (n == 0) {
      throw new IllegalArgumentException(
          m + ": no observations left out of " + nAll + " (" + dropped.size() + " dropped)");
    }
    int[] rows = new int[n];
    for (int i = 0, j = 0; i < nAll; i++) {
      if (keep[i]) {
        rows[j++] = i;
      }
    }
    Sample s = Sample.of(rows, yAll, xAll, regNames, fes, wAll, offAll);

    Absorber abs =
        new Absorber(n, s.codes, s.levels, m.accelerationScheme(), m.feTolerance(), m.maxFeIter());

    // collinearity on the demeaned regressors under the starting weights
    double[] start = ppml ? s.startMu() : new double[0];
    double @Nullable [] w0 = s.w;
    if (ppml) {
      double[] w1 = start.clone();
      if (s.w != null) {
        for (int i = 0; i < n; i++) {
          w1[i] *= s.w[i];
        }
      }
      w0 = w1;
    }
    abs.setWeights(w0);
    double[][] xt = new double[s.x.length][n];
    double[][] alphaX = new double[s.x.length][abs.totalLevels()];
    for (int k = 0; k < s.x.length; k++) {
      abs.demean(s.x[k], xt[k], alphaX[k]);
    }
    double[] raw = new double[s.x.length];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = Dense.dot(s.x[k], s.x[k], w0);
    }
    boolean[] drop = Dense.collinear(Dense.gram(xt, w0), raw, m.collinTol());
    int kept = 0;
    for (int k = 0; k < drop.length; k++) {
      if (drop[k]) {
        droppedRegressors.add(
            new DroppedRegressor(
                s.names.get(k),
                "collinear with the fixed effects"
                    + (k > 0 ? " and the regressors before it" : "")
                    + " on the " + n + " observations used"));
      } else {
        kept++;
      }
    }
    if (kept < drop.length) {
      s = s.withoutColumns(drop);
      double[][] xt2 = new double[kept][];
      double[][] a2 = new double[kept][];
      for (int k = 0, j = 0; k < drop.length; k++) {
        if (!drop[k]) {
          xt2[j] = xt[k];
          a2[j++] = alphaX[k];
        }
      }
      xt = xt2;
      alphaX = a2;
    }
    abs.resetCounters();
    return ppml ? ppml(s, abs, start, xt, alphaX) : ols(s, abs, xt, alphaX);
  }

  private IllegalArgumentException bad(int row, String column, double v, String expected) {
    return new IllegalArgumentException(
        f.where(row) + ": " + column + " = " + v + ": expected " + expected + " (" + m + ")");
  }

  private GravityFit ppml(Sample s, Absorber abs, double[] mu, double[][] xt, double[][] alphaX) {
    int n = s.n;
    int k = s.x.length;
    double[] y = s.y;
    double @Nullable [] pw = s.w;
    double[] eta = new double[n];
    // the start is a guess of μ from y alone (the offset is already in y); adding the offset to
    // its log would start μ at exp(offset) times that guess, which for offsets far from 0 (ln of
    // trade costs near −10) makes the first working response (y − μ)/μ explode
    for (int i = 0; i < n; i++) {
      eta[i] = Math.log(mu[i]);
    }
    double[] wts = new double[n];
    double[] z = new double[n];
    double[] zt = new double[n];
    double[] alphaZ = new double[abs.totalLevels()];
    double[] etaNew = new double[n];
    double[] muNew = new double[n];
    double[] beta = new double[k];
    Absorber[] workers = new Absorber[k];
    for (int c = 0; c < k; c++) {
      workers[c] = abs.fork();
    }
    double dev = deviance(y, mu, pw);
    double devChange = Double.NaN;
    double coefChange = Double.NaN;
    boolean converged = false;
    boolean feOk = true;
    int feIter = 0;
    int iter = 0;
    while (iter < m.maxIter()) {
      iter++;
      for (int i = 0; i < n; i++) {
        double mi = mu[i];
        wts[i] = pw == null ? mi : mi * pw[i];
        z[i] = eta[i] - (s.off == null ? 0 : s.off[i]) + (y[i] - mi) / mi;
      }
      abs.setWeights(wts);
      abs.resetCounters();
      // early steps project loosely (the warm start carries the effects over); the stopping rule
      // is only checked on steps projected at the full tolerance
      double stepTol = iter == 1 ? LOOSE_TOLERANCE
          : Math.max(m.feTolerance(), Math.min(LOOSE_TOLERANCE, devChange * 1e-2));
      abs.setTolerance(stepTol);
      for (Absorber w : workers) {
        w.setTolerance(stepTol);
      }
      demeanAll(abs, workers, z, zt, alphaZ, s.x, xt, alphaX);
      feOk = abs.allConverged();
      feIter = Math.max(feIter, abs.maxIterationsUsed());
      double[] bNew = solve(xt, zt, wts);
      for (int i = 0; i < n; i++) {
        double fit = 0;
        for (int c = 0; c < k; c++) {
          fit += xt[c][i] * bNew[c];
        }
        etaNew[i] = z[i] - (zt[i] - fit) + (s.off == null ? 0 : s.off[i]);
        muNew[i] = Math.exp(etaNew[i]);
      }
      double devNew = deviance(y, muNew, pw);
      int halvings = 0;
      while ((!Double.isFinite(devNew) || (iter > 1 && devNew > dev * (1 + 1e-12) + 1e-300))
          && halvings < 30) {
        halvings++;
        for (int i = 0; i < n; i++) {
          etaNew[i] = 0.5 * (etaNew[i] + eta[i]);
          muNew[i] = Math.exp(etaNew[i]);
        }
        for (int c = 0; c < k; c++) {
          bNew[c] = 0.5 * (bNew[c] + beta[c]);
        }
        devNew = deviance(y, muNew, pw);
      }
      devChange = Math.abs(devNew - dev) / (0.1 + Math.abs(devNew));
      coefChange = 0;
      for (int c = 0; c < k; c++) {
        coefChange = Math.max(coefChange, Math.abs(bNew[c] - beta[c]) / (0.1 + Math.abs(bNew[c])));
      }
      System.arraycopy(etaNew, 0, eta, 0, n);
      System.arraycopy(muNew, 0, mu, 0, n);
      System.arraycopy(bNew, 0, beta, 0, k);
      dev = devNew;
      if (devChange < m.glmTolerance() && stepTol <= m.feTolerance()) {
        converged = true;
        break;
      }
    }
    abs.setTolerance(m.feTolerance());
    // the variance uses the regressors demeaned under the final weights
    for (int i = 0; i < n; i++) {
      wts[i] = pw == null ? mu[i] : mu[i] * pw[i];
    }
    abs.setWeights(wts);
    abs.resetCounters();
    for (int c = 0; c < k; c++) {
      abs.demean(s.x[c], xt[c], alphaX[c]);
    }
    feOk = feOk && abs.allConverged();
    feIter = Math.max(feIter, abs.maxIterationsUsed());
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      score[i] = (pw == null ? 1 : pw[i]) * (y[i] - mu[i]);
    }
    double[][] effects = recoverEffects(s, abs, eta, beta);
    Convergence conv =
        new Convergence(converged && feOk, iter, devChange, coefChange, feIter, abs.passes(),
            m.glmTolerance(), m.feTolerance());
    GravityFit fit =
        new GravityFit(m, f, s, beta, xt, wts, score, mu, eta, effects, conv, dev,
            ImmutableList.copyOf(dropped), ImmutableList.copyOf(droppedLevels),
            ImmutableList.copyOf(droppedRegressors), abs.totalLevels() - Math.max(0, s.codes.length - 1));
    if (!conv.converged() && !m.nonConvergenceAllowed()) {
      throw new NotConvergedException(fit);
    }
    return fit;
  }

  /** The fixed-effect tolerance of the first IRLS step. */
  static final double LOOSE_TOLERANCE = 1e-4;

  /** Below this many observations the columns are projected one after the other. */
  static final int PARALLEL_ROWS = 50_000;

  /**
   * Projects the working outcome and every regressor off the fixed effects, the columns in parallel
   * on large samples (each projection is independent; {@code workers[c]} is a fork of {@code abs}
   * for regressor {@code c}).
   */
  private static void demeanAll(Absorber abs, Absorber[] workers, double[] z, double[] zt,
      double[] alphaZ, double[][] x, double[][] xt, double[][] alphaX) {
    int k = x.length;
    if (z.length < PARALLEL_ROWS || k == 0 || abs.dimensions() < 2) {
      abs.demean(z, zt, alphaZ);
      for (int c = 0; c < k; c++) {
        abs.demean(x[c], xt[c], alphaX[c]);
      }
      return;
    }
    for (Absorber w : workers) {
      w.resetCounters();
    }
    java.util.stream.IntStream.rangeClosed(0, k).parallel().forEach(c -> {
      if (c == k) {
        abs.demean(z, zt, alphaZ);
      } else {
        workers[c].demean(x[c], xt[c], alphaX[c]);
      }
    });
    for (Absorber w : workers) {
      abs.absorbCounters(w);
    }
  }

  private GravityFit ols(Sample s, Absorber abs, double[][] xt, double[][] alphaX) {
    int n = s.n;
    int k = s.x.length;
    abs.setWeights(s.w);
    abs.resetCounters();
    double[] yt = new double[n];
    double[] alphaY = new double[abs.totalLevels()];
    abs.demean(s.y, yt, alphaY);
    for (int c = 0; c < k; c++) {
      abs.demean(s.x[c], xt[c], alphaX[c]);
    }
    double[] beta = solve(xt, yt, s.w);
    double[] score = new double[n];
    double[] fitted = new double[n];
    for (int i = 0; i < n; i++) {
      double fit = 0;
      for (int c = 0; c < k; c++) {
        fit += xt[c][i] * beta[c];
      }
      double e = yt[i] - fit;
      score[i] = (s.w == null ? 1 : s.w[i]) * e;
      fitted[i] = s.y[i] - e;
    }
    double[] wts = s.w == null ? ones(n) : s.w;
    double[][] effects = recoverEffects(s, abs, fitted, beta);
    Convergence conv =
        new Convergence(abs.allConverged(), 1, 0, 0, abs.maxIterationsUsed(), abs.passes(), 0,
            m.feTolerance());
    double[] within = yt;
    GravityFit fit =
        new GravityFit(m, f, s, beta, xt, wts, score, fitted, within, effects, conv, Double.NaN,
            ImmutableList.copyOf(dropped), ImmutableList.copyOf(droppedLevels),
            ImmutableList.copyOf(droppedRegressors), abs.totalLevels() - Math.max(0, s.codes.length - 1));
    if (!conv.converged() && !m.nonConvergenceAllowed()) {
      throw new NotConvergedException(fit);
    }
    return fit;
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1.0);
    return o;
  }

  /** Weighted least squares of the demeaned outcome on the demeaned regressors. */
  static double[] solve(double[][] xt, double[] zt, double @Nullable [] w) {
    int k = xt.length;
    if (k == 0) {
      return new double[0];
    }
    double[][] g = Dense.gram(xt, w);
    double[] b = new double[k];
    for (int c = 0; c < k; c++) {
      b[c] = Dense.dot(xt[c], zt, w);
    }
    return Dense.solve(Dense.cholesky(g), b);
  }

  /** The Poisson deviance {@code 2 Σ w [y log(y/μ) − (y − μ)]}, with {@code 0 log 0 = 0}. */
  static double deviance(double[] y, double[] mu, double @Nullable [] w) {
    double s = 0;
    double c = 0;
    for (int i = 0; i < y.length; i++) {
      double yi = y[i];
      double mi = mu[i];
      double d = (yi > 0 ? yi * Math.log(yi / mi) : 0) - (yi - mi);
      if (w != null) {
        d *= w[i];
      }
      double t = s + d;
      c += Math.abs(s) >= Math.abs(d) ? (s - t) + d : (d - t) + s;
      s = t;
    }
    return 2 * (s + c);
  }

  /**
   * Splits the fixed-effect part of the linear predictor, {@code η − offset − Xβ}, into one effect
   * per level: the first dimension carries the constant, the first level of every other dimension
   * is 0. The projection starts from zero: with three or more dimensions the effects are not
   * identified by that rule alone (an exporter's exporter-year effects can move against its pair
   * effects), and the zero start is what makes them reproducible; starting from the working
   * outcome's effects would save a few passes but return another solution.
   */
  private static double[][] recoverEffects(Sample s, Absorber abs, double[] eta, double[] beta) {
    int dims = s.codes.length;
    double[][] out = new double[dims][];
    if (dims == 0) {
      return out;
    }
    int n = s.n;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      double v = eta[i] - (s.off == null ? 0 : s.off[i]);
      for (int c = 0; c < beta.length; c++) {
        v -= s.x[c][i] * beta[c];
      }
      d[i] = v;
    }
    double[] alpha = new double[abs.totalLevels()];
    double[] r = new double[n];
    abs.demean(d, r, alpha);
    for (int q = 0; q < dims; q++) {
      out[q] = Arrays.copyOfRange(alpha, abs.offset(q), abs.offset(q) + s.levels[q]);
    }
    for (int q = 1; q < dims; q++) {
      double ref = out[q][0];
      for (int g = 0; g < out[q].length; g++) {
        out[q][g] -= ref;
      }
      for (int g = 0; g < out[0].length; g++) {
        out[0][g] += ref;
      }
    }
    return out;
  }
}
