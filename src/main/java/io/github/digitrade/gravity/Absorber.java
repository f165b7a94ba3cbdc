package io.github.digitrade.gravity;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Absorbs fixed effects: projects a variable off the span of the fixed-effect dummies under
 * observation weights by alternating projections, optionally accelerated ({@link Acceleration}).
 *
 * <p>The state is the vector {@code α} of all level effects, dimension after dimension; the
 * residual is {@code r = v − Σ_q α_q[f_q(i)]}. One sweep sets, for each dimension {@code q} in
 * turn, each level's effect to the weighted mean of {@code v − Σ_{p≠q} α_p} within the level (a
 * Gauss–Seidel step on the normal equations, worked in the space of the effects as fixest does:
 * the weighted sums of {@code v} per level are formed once per projection, a sweep reads only the
 * weights and the codes, and the residual is formed once at the end). The sweeps stop when no
 * effect moved by more than {@code tol · (0.1 + |α|)} (the rule of fixest's {@code fixef.tol}).
 * Passing the previous solution as the starting {@code α} warm-starts the next projection of a
 * similar variable (one IRLS step to the next).
 *
 * <p>Not thread-safe: it owns scratch buffers. The loops run over primitive arrays without
 * allocating.
 */
final class Absorber {

  /**
   * Sweeps made before the first extrapolation. An extrapolation works on the effects alone and
   * costs no pass over the rows, so it starts after the first sweep: on the three benchmark models
   * this made the fewest passes (354, 1,772 and 601 against 362, 1,838 and 622 after five plain
   * sweeps).
   */
  static final int PLAIN_SWEEPS = 1;

  /**
   * The squared preconditioned residual of the normal equations, relative to its start, at which
   * conjugate gradient stops (a residual norm of 1e-14 of the first, some fifty times the unit
   * roundoff): below it the recurrence follows rounding noise, whose components along the
   * unidentified directions of singular normal equations move the effects without bound.
   */
  static final double RESIDUAL_FLOOR = 1e-28;

  private final int n;
  private final int dims;
  private final int[][] codes;
  private final int[] levels;
  private final int[] offsets;
  /** Whether a dimension's codes come in runs of equal codes (rows sorted by it). */
  private final boolean[] runs;
  private final int total;
  /** The current weights, shared with the forks: element 0, null for unit weights. */
  private final double[][] weightHolder;
  private final double[][] invW;
  private final Acceleration acceleration;
  private double tol;
  private final int maxIterations;
  private final double[] acc;
  private final double[] rhs;
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
    this.runs = new boolean[dims];
    for (int q = 0; q < dims; q++) {
      int[] c = codes[q];
      int same = 0;
      for (int i = 1; i < n; i++) {
        if (c[i] == c[i - 1]) {
          same++;
        }
      }
      runs[q] = same * 2L > n;
    }
    this.invW = new double[dims][];
    int maxLevels = 0;
    for (int q = 0; q < dims; q++) {
      invW[q] = new double[levels[q]];
      maxLevels = Math.max(maxLevels, levels[q]);
    }
    this.acc = new double[maxLevels];
    this.rhs = new double[total];
    this.x0 = new double[total];
    this.gx = new double[total];
    this.cgR = acceleration == Acceleration.CONJUGATE_GRADIENT ? new double[total] : new double[0];
    this.cgZ = acceleration == Acceleration.CONJUGATE_GRADIENT ? new double[total] : new double[0];
    this.acceleration = acceleration;
    this.tol = tol;
    this.maxIterations = maxIterations;
    this.weightHolder = new double[1][];
    this.lsmr = acceleration == Acceleration.LSMR ? new Lsmr(n, codes, runs, levels, offsets, invW, weightHolder) : null;
    setWeights(null);
  }

  private Absorber(Absorber p) {
    this.n = p.n;
    this.dims = p.dims;
    this.codes = p.codes;
    this.levels = p.levels;
    this.offsets = p.offsets;
    this.runs = p.runs;
    this.total = p.total;
    this.invW = p.invW;
    this.weightHolder = p.weightHolder;
    this.acc = new double[p.acc.length];
    this.rhs = new double[total];
    this.x0 = new double[total];
    this.gx = new double[total];
    this.cgR = new double[p.cgR.length];
    this.cgZ = new double[p.cgZ.length];
    this.acceleration = p.acceleration;
    this.tol = p.tol;
    this.maxIterations = p.maxIterations;
    this.lsmr = p.lsmr == null ? null : new Lsmr(n, codes, runs, levels, offsets, invW, weightHolder);
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
      scatter(q, weights, null, s, 0);
      for (int g = 0; g < s.length; g++) {
        s[g] = s[g] > 0 ? 1.0 / s[g] : 0.0;
      }
    }
  }

  /**
   * {@code out[off + f_q(i)] += a_i b_i} over the rows, a null array standing for ones. On a
   * dimension whose codes come in runs the sum of a run is kept in a register and stored once.
   */
  private void scatter(int q, double @Nullable [] a, double @Nullable [] b, double[] out, int off) {
    scatter(codes[q], runs[q], n, a, b, out, off);
  }

  /**
   * {@code out[off + c_i] += a_i b_i} for the first {@code n} rows of the codes {@code c}, a null
   * array standing for ones; {@code runs}: the codes come in runs of equal codes, whose sums are kept
   * in a register. The one kernel of the weighted sums per level ({@code D'W u} dimension by
   * dimension) of the sweeps, of conjugate gradient and of {@link Lsmr}.
   */
  static void scatter(
      int[] c,
      boolean runs,
      int n,
      double @Nullable [] a,
      double @Nullable [] b,
      double[] out,
      int off) {
    if (runs && n > 0) {
      int cur = c[0];
      double s = 0;
      for (int i = 0; i < n; i++) {
        int g = c[i];
        if (g != cur) {
          out[off + cur] += s;
          s = 0;
          cur = g;
        }
        s += (a == null ? 1.0 : a[i]) * (b == null ? 1.0 : b[i]);
      }
      out[off + cur] += s;
    } else if (a == null && b == null) {
      for (int i = 0; i < n; i++) {
        out[off + c[i]] += 1.0;
      }
    } else if (a == null || b == null) {
      double[] x = a == null ? requireNonNull(b) : a;
      for (int i = 0; i < n; i++) {
        out[off + c[i]] += x[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[off + c[i]] += a[i] * b[i];
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
    if (dims == 0) {
      System.arraycopy(v, 0, r, 0, n);
      lastIterations = 0;
      return true;
    }
    if (acceleration == Acceleration.CONJUGATE_GRADIENT && dims > 1) {
      residual(v, alpha, r);
      boolean converged = conjugateGradient(v, r, alpha);
      int steps = lastIterations;
      if (converged && !stationary(v, r, alpha)) {
        // Conjugate gradient stopped short of the solution: a small step far from it, or a
        // breakdown on the singular normal equations, where the effects can drift along the
        // unidentified directions until the relative stopping rule is met and the residual has
        // lost its digits. The sweeps solve the projection again from zero.
        Arrays.fill(alpha, 0.0);
        converged = sweeps(v, r, alpha);
        steps += lastIterations;
      }
      return account(steps, converged);
    }
    if (lsmr != null && dims > 1) {
      residual(v, alpha, r);
      return leastSquares(lsmr, v, r, alpha);
    }
    return account(0, sweeps(v, r, alpha));
  }

  /** Records a projection of {@code steps} steps (0: keep the count the projection set). */
  private boolean account(int steps, boolean converged) {
    if (steps > 0) {
      lastIterations = steps;
    }
    maxUsed = Math.max(maxUsed, lastIterations);
    if (!converged) {
      allConverged = false;
    }
    return converged;
  }

  /**
   * Whether the effects solve the normal equations to the stopping rule's precision: no level's
   * weighted mean residual (what one more sweep would add to its effect) exceeds ten times
   * {@code tol · (0.1 + min(|α|, max|v|))}, and the residual is accurate enough to tell: not if
   * the rounding error of {@code v − Dα}, about {@code ε · Q · max|α|}, exceeds {@code tol · (0.1 +
   * max|v|)}. Costs Q passes. {@code r} holds {@code v − Dα}.
   */
  private boolean stationary(double[] v, double[] r, double[] alpha) {
    double vmax = 0;
    for (int i = 0; i < n; i++) {
      vmax = Math.max(vmax, Math.abs(v[i]));
    }
    double amax = 0;
    for (double a : alpha) {
      amax = Math.max(amax, Math.abs(a));
    }
    // r = v − Dα carries an absolute rounding error of about ε·Q·max|α|: effects that drifted far
    // along an unidentified direction leave a residual with no digits left, which no check of it can
    // trust
    if (Math.ulp(1.0) * dims * amax > tol * (0.1 + vmax)) {
      return false;
    }
    double[] res = cgR;
    scatter(r, res);
    for (int q = 0; q < dims; q++) {
      double[] iw = invW[q];
      int off = offsets[q];
      for (int k = 0; k < levels[q]; k++) {
        double mean = res[off + k] * iw[k];
        double scale = 0.1 + Math.min(Math.abs(alpha[off + k]), vmax);
        if (Math.abs(mean) > 10 * tol * scale) {
          return false;
        }
      }
    }
    return true;
  }

  /** The alternating projections (with the chosen acceleration) from {@code alpha}; sets the step count. */
  private boolean sweeps(double[] v, double[] r, double[] alpha) {
    double[] b = rhs;
    weightedSums(v, b);
    if (dims == 1) {
      double[] iw = invW[0];
      for (int g = 0; g < levels[0]; g++) {
        if (iw[g] > 0) {
          alpha[g] = b[g] * iw[g];
        }
      }
      residual(v, alpha, r);
      lastIterations = 1;
      return true;
    }
    boolean converged = false;
    int it = 0;
    while (it < maxIterations) {
      System.arraycopy(alpha, 0, x0, 0, total);
      sweep(b, alpha);
      it++;
      if (small(x0, alpha)) {
        converged = true;
        break;
      }
      if (acceleration == Acceleration.NONE || it < PLAIN_SWEEPS) {
        continue;
      }
      System.arraycopy(alpha, 0, gx, 0, total);
      sweep(b, alpha);
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
      }
    }
    residual(v, alpha, r);
    lastIterations = it;
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

  /** {@code r = v − Σ_q α_q[f_q(i)]}, one pass over the rows. */
  private void residual(double[] v, double[] alpha, double[] r) {
    passes++;
    if (dims == 3) {
      int[] c0 = codes[0];
      int[] c1 = codes[1];
      int[] c2 = codes[2];
      int o1 = offsets[1];
      int o2 = offsets[2];
      for (int i = 0; i < n; i++) {
        r[i] = v[i] - alpha[c0[i]] - alpha[o1 + c1[i]] - alpha[o2 + c2[i]];
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      double s = v[i];
      for (int q = 0; q < dims; q++) {
        s -= alpha[offsets[q] + codes[q][i]];
      }
      r[i] = s;
    }
  }

  /** {@code b_q[g] = Σ_{i in level g of q} w_i v_i} for every dimension, one pass over the rows. */
  private void weightedSums(double[] v, double[] b) {
    passes++;
    sums(v, b);
  }

  /** {@code b = D'W v}, uncounted. */
  private void sums(double[] v, double[] b) {
    double[] weights = weightHolder[0];
    Arrays.fill(b, 0.0);
    for (int q = 0; q < dims; q++) {
      scatter(q, weights, v, b, offsets[q]);
    }
  }

  /**
   * One Gauss–Seidel sweep over the dimensions in the space of the effects: for each dimension
   * {@code q} in turn, {@code α_q[g] = (b_q[g] − Σ_{i in g} w_i Σ_{p≠q} α_p[f_p(i)]) / W_q[g]}, the
   * exact minimiser over {@code α_q} with the other dimensions held (the same step as adding the
   * weighted mean of the residual within each level). One pass over the rows per dimension, which
   * reads the weights and the codes and writes nothing of row length; the residual itself is formed
   * once, when the projection has converged.
   */
  private void sweep(double[] b, double[] alpha) {
    passes += dims;
    double[] weights = weightHolder[0];
    double[] sums = acc;
    for (int q = 0; q < dims; q++) {
      int lq = levels[q];
      Arrays.fill(sums, 0, lq, 0.0);
      if (dims == 3) {
        gather3(q, weights, alpha, sums);
      } else if (dims == 4) {
        gather4(q, weights, alpha, sums);
      } else if (dims == 2) {
        gather2(q, weights, alpha, sums);
      } else {
        gather(q, weights, alpha, sums);
      }
      double[] iw = invW[q];
      int off = offsets[q];
      for (int g = 0; g < lq; g++) {
        if (iw[g] > 0) {
          alpha[off + g] = (b[off + g] - sums[g]) * iw[g];
        }
      }
    }
  }

  /** {@code sums[f_q(i)] += w_i Σ_{p≠q} α_p[f_p(i)]} for two dimensions. */
  private void gather2(int q, double @Nullable [] weights, double[] alpha, double[] sums) {
    int[] cq = codes[q];
    int[] co = codes[1 - q];
    int oo = offsets[1 - q];
    if (weights == null) {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += alpha[oo + co[i]];
      }
    } else {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += weights[i] * alpha[oo + co[i]];
      }
    }
  }

  /**
   * {@code sums[f_q(i)] += w_i Σ_{p≠q} α_p[f_p(i)]} for three dimensions. On a dimension whose
   * codes come in runs the sum of a run is kept in a register and stored once: adding each row to
   * memory would make every row wait for the store of the row before.
   */
  private void gather3(int q, double @Nullable [] weights, double[] alpha, double[] sums) {
    int[] cq = codes[q];
    int a = q == 0 ? 1 : 0;
    int c = q == 2 ? 1 : 2;
    int[] ca = codes[a];
    int[] cc = codes[c];
    int oa = offsets[a];
    int oc = offsets[c];
    if (runs[q] && n > 0) {
      int cur = cq[0];
      double s = 0;
      for (int i = 0; i < n; i++) {
        int g = cq[i];
        if (g != cur) {
          sums[cur] += s;
          s = 0;
          cur = g;
        }
        double t = alpha[oa + ca[i]] + alpha[oc + cc[i]];
        s += weights == null ? t : weights[i] * t;
      }
      sums[cur] += s;
    } else if (weights == null) {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += alpha[oa + ca[i]] + alpha[oc + cc[i]];
      }
    } else {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += weights[i] * (alpha[oa + ca[i]] + alpha[oc + cc[i]]);
      }
    }
  }

  /** {@code sums[f_q(i)] += w_i Σ_{p≠q} α_p[f_p(i)]} for four dimensions, as {@link #gather3}. */
  private void gather4(int q, double @Nullable [] weights, double[] alpha, double[] sums) {
    int[] cq = codes[q];
    int a = q == 0 ? 1 : 0;
    int b = q <= 1 ? 2 : 1;
    int c = q == 3 ? 2 : 3;
    int[] ca = codes[a];
    int[] cb = codes[b];
    int[] cc = codes[c];
    int oa = offsets[a];
    int ob = offsets[b];
    int oc = offsets[c];
    if (runs[q] && n > 0) {
      int cur = cq[0];
      double s = 0;
      for (int i = 0; i < n; i++) {
        int g = cq[i];
        if (g != cur) {
          sums[cur] += s;
          s = 0;
          cur = g;
        }
        double t = alpha[oa + ca[i]] + alpha[ob + cb[i]] + alpha[oc + cc[i]];
        s += weights == null ? t : weights[i] * t;
      }
      sums[cur] += s;
    } else if (weights == null) {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += alpha[oa + ca[i]] + alpha[ob + cb[i]] + alpha[oc + cc[i]];
      }
    } else {
      for (int i = 0; i < n; i++) {
        sums[cq[i]] += weights[i] * (alpha[oa + ca[i]] + alpha[ob + cb[i]] + alpha[oc + cc[i]]);
      }
    }
  }

  /** {@code sums[f_q(i)] += w_i Σ_{p≠q} α_p[f_p(i)]} for any number of dimensions. */
  private void gather(int q, double @Nullable [] weights, double[] alpha, double[] sums) {
    int[] cq = codes[q];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int p = 0; p < dims; p++) {
        if (p != q) {
          s += alpha[offsets[p] + codes[p][i]];
        }
      }
      sums[cq[i]] += weights == null ? s : weights[i] * s;
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
    double floor = RESIDUAL_FLOOR * rz;
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
      if (rzNew <= floor) {
        converged = true;
        break;
      }
      double beta = rzNew / rz;
      rz = rzNew;
      for (int j = 0; j < total; j++) {
        p[j] = z[j] + beta * p[j];
      }
    }
    residual(v, alpha, r);
    lastIterations = it;
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

  /** {@code out = D'W u} for a vector {@code u} over the rows, counted as Q row passes. */
  private void scatter(double[] u, double[] out) {
    passes += dims;
    sums(u, out);
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
