package io.github.digitrade.gravity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Absorbs fixed effects: projects a variable off the span of the fixed-effect dummies under
 * observation weights by alternating projections, optionally accelerated ({@link Acceleration}).
 *
 * <p>The state is the vector {@code α} of all level effects, dimension after dimension; the
 * residual is {@code r = v − Σ_q α_q[f_q(i)]}. One sweep adds, for each dimension {@code q} in turn,
 * the weighted mean of {@code r} within each level to {@code α_q} and subtracts it from {@code r}.
 * The sweeps stop when no effect moved by more than {@code tol · (0.1 + |α|)} (the rule of fixest's
 * {@code fixef.tol}). Passing the previous solution as the starting {@code α} warm-starts the next
 * projection of a similar variable (one IRLS step to the next).
 *
 * <p>Not thread-safe: it owns scratch buffers. The loops run over primitive arrays without
 * allocating.
 */
final class Absorber {

  /**
   * Sweeps made before the first extrapolation: a warm-started projection often converges in a few
   * plain sweeps, and each extrapolation costs about one sweep (the residual is recomputed).
   */
  static final int PLAIN_SWEEPS = 5;

  private final int n;
  private final int dims;
  private final int[][] codes;
  private final int[] levels;
  private final int[] offsets;
  private final int total;
  /** The current weights, shared with the forks: element 0, null for unit weights. */
  private final double[][] weightHolder;
  private final double[][] invW;
  private final Acceleration acceleration;
  private double tol;
  private final int maxIterations;
  private final double[] acc;
  private final double[] acc2;
  private final double[] x0;
  private final double[] gx;
  private final double[] cgR;
  private final double[] cgZ;
  private final @Nullable Lsmr lsmr;
  private int lastIterations;
  private long passes;
  private int maxUsed;
  private boolean allConverged = true;

  Absorber(int n, int[][] codes, int[] levels, Acceleration acceleration, double tol, int maxIterations) {
    this.n = n;
    this.dims = codes.length;
    this.codes = codes;
    this.levels = levels;
    this.offsets = new int[dims + 1];
    for (int q = 0; q < dims; q++) {
      offsets[q + 1] = offsets[q] + levels[q];
    }
    this.total = offsets[dims];
    this.invW = new double[dims][];
    int maxLevels = 0;
    for (int q = 0; q < dims; q++) {
      invW[q] = new double[levels[q]];
      maxLevels = Math.max(maxLevels, levels[q]);
    }
    this.acc = new double[maxLevels];
    this.acc2 = new double[maxLevels];
    this.x0 = new double[total];
    this.gx = new double[total];
    this.cgR = acceleration == Acceleration.CONJUGATE_GRADIENT ? new double[total] : new double[0];
    this.cgZ = acceleration == Acceleration.CONJUGATE_GRADIENT ? new double[total] : new double[0];
    this.acceleration = acceleration;
    this.tol = tol;
    this.maxIterations = maxIterations;
    this.weightHolder = new double[1][];
    this.lsmr = acceleration == Acceleration.LSMR ? new Lsmr(n, codes, levels, offsets, invW, weightHolder) : null;
    setWeights(null);
  }

  private Absorber(Absorber p) {
    this.n = p.n;
    this.dims = p.dims;
    this.codes = p.codes;
    this.levels = p.levels;
    this.offsets = p.offsets;
    this.total = p.total;
    this.invW = p.invW;
    this.weightHolder = p.weightHolder;
    this.acc = new double[p.acc.length];
    this.acc2 = new double[p.acc.length];
    this.x0 = new double[total];
    this.gx = new double[total];
    this.cgR = new double[p.cgR.length];
    this.cgZ = new double[p.cgZ.length];
    this.acceleration = p.acceleration;
    this.tol = p.tol;
    this.maxIterations = p.maxIterations;
    this.lsmr = p.lsmr == null ? null : new Lsmr(n, codes, levels, offsets, invW, weightHolder);
  }

  /**
   * Returns an absorber with its own scratch buffers that shares this one's codes and weights
   * (including later {@link #setWeights} calls on this one), to project another variable on another
   * thread.
   */
  Absorber fork() {
    return new Absorber(this);
  }

  /** Sets the tolerance of the next projections (this absorber only, not its forks). */
  void setTolerance(double tolerance) {
    this.tol = tolerance;
  }

  /** Passes over the rows made so far by the sweeps and residual updates (forks merged). */
  long passes() {
    return passes;
  }

  /** Merges the counters of forks into this one's. */
  void absorbCounters(Absorber fork) {
    passes += fork.passes;
    fork.passes = 0;
    maxUsed = Math.max(maxUsed, fork.maxUsed);
    allConverged = allConverged && fork.allConverged;
  }

  int totalLevels() {
    return total;
  }

  int dimensions() {
    return dims;
  }

  int offset(int q) {
    return offsets[q];
  }

  /** Sets the observation weights (null for unit weights); the array is used, not copied. */
  void setWeights(double @Nullable [] weights) {
    weightHolder[0] = weights;
    for (int q = 0; q < dims; q++) {
      double[] s = invW[q];
      Arrays.fill(s, 0.0);
      int[] c = codes[q];
      if (weights == null) {
        for (int i = 0; i < n; i++) {
          s[c[i]] += 1.0;
        }
      } else {
        for (int i = 0; i < n; i++) {
          s[c[i]] += weights[i];
        }
      }
      for (int g = 0; g < s.length; g++) {
        s[g] = s[g] > 0 ? 1.0 / s[g] : 0.0;
      }
    }
  }

  /** Iterations of the last projection. */
  int lastIterations() {
    return lastIterations;
  }

  /** The most iterations any projection needed since the last {@link #resetCounters()}. */
  int maxIterationsUsed() {
    return maxUsed;
  }

  /** Whether every projection since the last {@link #resetCounters()} converged. */
  boolean allConverged() {
    return allConverged;
  }

  void resetCounters() {
    maxUsed = 0;
    allConverged = true;
  }

  /**
   * Projects {@code v} off the fixed effects into {@code r}; {@code alpha} is the start and receives
   * the effects. Returns whether the projection converged within the limit.
   */
  boolean demean(double[] v, double[] r, double[] alpha) {
    residual(v, alpha, r);
    if (dims == 0) {
      lastIterations = 0;
      return true;
    }
    if (dims == 1) {
      sweep(alpha, r);
      lastIterations = 1;
      maxUsed = Math.max(maxUsed, 1);
      return true;
    }
    if (acceleration == Acceleration.CONJUGATE_GRADIENT) {
      return conjugateGradient(v, r, alpha);
    }
    if (lsmr != null) {
      return leastSquares(lsmr, v, r, alpha);
    }
    boolean converged = false;
    int it = 0;
    while (it < maxIterations) {
      System.arraycopy(alpha, 0, x0, 0, total);
      sweep(alpha, r);
      it++;
      if (small(x0, alpha)) {
        converged = true;
        break;
      }
      if (acceleration == Acceleration.NONE || it < PLAIN_SWEEPS) {
        continue;
      }
      System.arraycopy(alpha, 0, gx, 0, total);
      sweep(alpha, r);
      it++;
      if (small(gx, alpha)) {
        converged = true;
        break;
      }
      double num = 0;
      double den = 0;
      for (int j = 0; j < total; j++) {
        double d1 = alpha[j] - gx[j];
        double d2 = d1 - (gx[j] - x0[j]);
        num += d1 * d2;
        den += d2 * d2;
      }
      if (den > 0) {
        double coef = num / den;
        for (int j = 0; j < total; j++) {
          alpha[j] -= coef * (alpha[j] - gx[j]);
        }
        residual(v, alpha, r);
      }
    }
    lastIterations = it;
    maxUsed = Math.max(maxUsed, it);
    if (!converged) {
      allConverged = false;
    }
    return converged;
  }

  private boolean small(double[] before, double[] after) {
    for (int j = 0; j < total; j++) {
      double a = after[j];
      if (Math.abs(a - before[j]) > tol * (0.1 + Math.abs(a))) {
        return false;
      }
    }
    return true;
  }

  private void residual(double[] v, double[] alpha, double[] r) {
    passes += dims;
    System.arraycopy(v, 0, r, 0, n);
    for (int q = 0; q < dims; q++) {
      int[] c = codes[q];
      int off = offsets[q];
      for (int i = 0; i < n; i++) {
        r[i] -= alpha[off + c[i]];
      }
    }
  }

  /**
   * One Gauss–Seidel sweep over the dimensions: Q + 1 passes over the rows, the subtraction of one
   * dimension's means fused with the accumulation of the next one's sums.
   */
  private void sweep(double[] alpha, double[] r) {
    passes += dims + 1;
    double[] weights = weightHolder[0];
    double[] sums = acc;
    double[] means = acc2;
    int[] c0 = codes[0];
    Arrays.fill(sums, 0, levels[0], 0.0);
    if (weights == null) {
      for (int i = 0; i < n; i++) {
        sums[c0[i]] += r[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        sums[c0[i]] += weights[i] * r[i];
      }
    }
    for (int q = 0; q < dims; q++) {
      int[] c = codes[q];
      double[] iw = invW[q];
      int off = offsets[q];
      for (int k = 0; k < levels[q]; k++) {
        double m = sums[k] * iw[k];
        means[k] = m;
        alpha[off + k] += m;
      }
      if (q + 1 == dims) {
        for (int i = 0; i < n; i++) {
          r[i] -= means[c[i]];
        }
        break;
      }
      int[] next = codes[q + 1];
      Arrays.fill(sums, 0, levels[q + 1], 0.0);
      if (weights == null) {
        for (int i = 0; i < n; i++) {
          double v = r[i] - means[c[i]];
          r[i] = v;
          sums[next[i]] += v;
        }
      } else {
        for (int i = 0; i < n; i++) {
          double v = r[i] - means[c[i]];
          r[i] = v;
          sums[next[i]] += weights[i] * v;
        }
      }
    }
  }

  /**
   * Preconditioned conjugate gradient on {@code D'WD α = D'W v} from the given {@code α}; {@code r}
   * holds {@code v − Dα} on entry and on exit.
   */
  private boolean conjugateGradient(double[] v, double[] r, double[] alpha) {
    double[] res = cgR;
    double[] z = cgZ;
    double[] p = x0;
    double[] q = gx;
    // res = D'W r, the residual of the normal equations
    scatter(r, res);
    double rz = 0;
    for (int q2 = 0; q2 < dims; q2++) {
      double[] iw = invW[q2];
      int off = offsets[q2];
      for (int k = 0; k < levels[q2]; k++) {
        double zk = res[off + k] * iw[k];
        z[off + k] = zk;
        p[off + k] = zk;
        rz += zk * res[off + k];
      }
    }
    boolean converged = rz == 0;
    int it = 0;
    while (!converged && it < maxIterations) {
      it++;
      applyNormal(p, q);
      double pq = 0;
      for (int j = 0; j < total; j++) {
        pq += p[j] * q[j];
      }
      if (!(pq > 0)) {
        converged = true;
        break;
      }
      double a = rz / pq;
      boolean small = true;
      for (int j = 0; j < total; j++) {
        double step = a * p[j];
        double an = alpha[j] + step;
        alpha[j] = an;
        if (Math.abs(step) > tol * (0.1 + Math.abs(an))) {
          small = false;
        }
        res[j] -= a * q[j];
      }
      if (small) {
        converged = true;
        break;
      }
      double rzNew = 0;
      for (int q2 = 0; q2 < dims; q2++) {
        double[] iw = invW[q2];
        int off = offsets[q2];
        for (int k = 0; k < levels[q2]; k++) {
          double zk = res[off + k] * iw[k];
          z[off + k] = zk;
          rzNew += zk * res[off + k];
        }
      }
      double beta = rzNew / rz;
      rz = rzNew;
      for (int j = 0; j < total; j++) {
        p[j] = z[j] + beta * p[j];
      }
    }
    residual(v, alpha, r);
    lastIterations = it;
    maxUsed = Math.max(maxUsed, it);
    if (!converged) {
      allConverged = false;
    }
    return converged;
  }

  /** LSMR from the given {@code α}; {@code r} holds {@code v − Dα} on entry and on exit. */
  private boolean leastSquares(Lsmr solver, double[] v, double[] r, double[] alpha) {
    int steps = solver.solve(r, alpha, tol, maxIterations);
    passes += solver.takePasses();
    residual(v, alpha, r);
    boolean converged = steps >= 0;
    lastIterations = Math.abs(steps);
    maxUsed = Math.max(maxUsed, lastIterations);
    if (!converged) {
      allConverged = false;
    }
    return converged;
  }

  /** {@code out = D'W u} for a vector {@code u} over the rows. */
  private void scatter(double[] u, double[] out) {
    passes += dims;
    double[] weights = weightHolder[0];
    Arrays.fill(out, 0.0);
    for (int q = 0; q < dims; q++) {
      int[] c = codes[q];
      int off = offsets[q];
      if (weights == null) {
        for (int i = 0; i < n; i++) {
          out[off + c[i]] += u[i];
        }
      } else {
        for (int i = 0; i < n; i++) {
          out[off + c[i]] += weights[i] * u[i];
        }
      }
    }
  }

  /** {@code out = D'WD p}: one pass that gathers {@code (Dp)_i} and scatters it back. */
  private void applyNormal(double[] p, double[] out) {
    passes += 2L * dims;
    double[] weights = weightHolder[0];
    Arrays.fill(out, 0.0);
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int q = 0; q < dims; q++) {
        s += p[offsets[q] + codes[q][i]];
      }
      if (weights != null) {
        s *= weights[i];
      }
      for (int q = 0; q < dims; q++) {
        out[offsets[q] + codes[q][i]] += s;
      }
    }
  }
}
