package io.github.digitrade.gravity;

import java.util.Arrays;

/**
 * LSMR (Fong &amp; Saunders 2011, "LSMR: an iterative algorithm for sparse least-squares problems",
 * SIAM Journal on Scientific Computing 33(5), 2950–2971) on the weighted least-squares problem of
 * the fixed effects, {@code min_δ ‖W^½ (r − Dδ)‖}, with {@code D} the dummies of all levels and
 * {@code r} the residual at the starting effects.
 *
 * <p>The columns of {@code W^½ D} are scaled to unit length (the preconditioner {@code S =
 * diag(1/√(weight total of the level))}), so the method runs on {@code A = W^½ D S} and the effects
 * move by {@code S y}. LSMR is MINRES on the normal equations {@code A'A y = A'b}: the norm of
 * {@code A'(b − Ay)} falls monotonically, which conjugate gradient on the normal equations does not
 * guarantee. The Golub–Kahan bidiagonalisation is run in the row space scaled by {@code W^½}
 * ({@code u = W^½ ũ}, only {@code ũ} is stored), so no square roots of the weights are taken; each
 * step makes one fused pass over the rows that gathers {@code (DSv)_i} and scatters {@code w_i ũ_i},
 * counted as {@code 2Q} row passes like a conjugate-gradient step. No damping, no
 * reorthogonalisation.
 *
 * <p>The stopping rule is the one of the sweeps: a step that moves no effect by more than {@code
 * tol · (0.1 + |α|)}.
 *
 * <p>Not thread-safe: it owns scratch buffers.
 */
final class Lsmr {

  private final int n;
  private final int dims;
  private final int[][] codes;
  private final boolean[] runs;
  private final int[] levels;
  private final int[] offsets;
  private final int total;
  private final double[][] invW;
  private final double[][] weightHolder;
  /** The left Lanczos vector in the weighted row space, {@code u = W^½ ũ}. */
  private final double[] ut;
  private final double[] v;
  private final double[] h;
  private final double[] hbar;
  private final double[] scale;
  private final double[] sv;
  /** The scatter of the fused pass, {@code D'W ũ} before the division by {@code β}. */
  private final double[] h2;
  private long passes;

  Lsmr(
      int n,
      int[][] codes,
      boolean[] runs,
      int[] levels,
      int[] offsets,
      double[][] invW,
      double[][] weightHolder) {
    this.n = n;
    this.dims = codes.length;
    this.codes = codes;
    this.runs = runs;
    this.levels = levels;
    this.offsets = offsets;
    this.total = offsets[dims];
    this.invW = invW;
    this.weightHolder = weightHolder;
    this.ut = new double[n];
    this.v = new double[total];
    this.h = new double[total];
    this.hbar = new double[total];
    this.scale = new double[total];
    this.sv = new double[total];
    this.h2 = new double[total];
  }

  /** Row passes made so far; reading resets the count. */
  long takePasses() {
    long p = passes;
    passes = 0;
    return p;
  }

  /**
   * Moves {@code alpha} towards the weighted least-squares effects of {@code r} (the residual at
   * the given {@code alpha}; not modified). Returns the number of steps, negated if the limit was
   * reached first.
   */
  int solve(double[] r, double[] alpha, double tol, int maxIterations) {
    double[] w = weightHolder[0];
    for (int q = 0; q < dims; q++) {
      double[] iw = invW[q];
      int off = offsets[q];
      for (int k = 0; k < levels[q]; k++) {
        scale[off + k] = Math.sqrt(iw[k]);
      }
    }
    // β₁u₁ = b = W^½ r, so ũ₁ = r / β₁ with β₁² = Σ w r²
    double beta = 0;
    for (int i = 0; i < n; i++) {
      double ri = r[i];
      beta += (w == null ? 1.0 : w[i]) * ri * ri;
    }
    beta = Math.sqrt(beta);
    if (beta == 0) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      ut[i] = r[i] / beta;
    }
    // α₁v₁ = A'u₁ = S D'W ũ₁
    scatter(ut, v);
    double alpha1 = normalise(v);
    if (alpha1 == 0) {
      return 0;
    }
    double zetabar = alpha1 * beta;
    double alphabar = alpha1;
    double rho = 1;
    double rhobar = 1;
    double cbar = 1;
    double sbar = 0;
    double alphak = alpha1;
    System.arraycopy(v, 0, h, 0, total);
    Arrays.fill(hbar, 0.0);
    int it = 0;
    while (it < maxIterations) {
      it++;
      // βu = A v − α u, then αv = A'u − β v, in one pass over the rows
      for (int j = 0; j < total; j++) {
        sv[j] = scale[j] * v[j];
      }
      beta = bidiagonalise(alphak);
      if (beta > 0) {
        double inv = 1 / beta;
        for (int i = 0; i < n; i++) {
          ut[i] *= inv;
        }
        // the scatter accumulated D'W ũ before the division by β
        for (int j = 0; j < total; j++) {
          v[j] = h2[j] * scale[j] * inv - beta * v[j];
        }
      } else {
        for (int j = 0; j < total; j++) {
          v[j] = -beta * v[j];
        }
      }
      alphak = normalise(v);
      // rotation P_k
      double rhoold = rho;
      rho = Math.hypot(alphabar, beta);
      double c = alphabar / rho;
      double s = beta / rho;
      double thetanew = s * alphak;
      alphabar = c * alphak;
      // rotation P̄_k
      double rhobarold = rhobar;
      double thetabar = sbar * rho;
      double rhotemp = cbar * rho;
      rhobar = Math.hypot(rhotemp, thetanew);
      cbar = rhotemp / rhobar;
      sbar = thetanew / rhobar;
      double zeta = cbar * zetabar;
      zetabar = -sbar * zetabar;
      double fh = thetabar * rho / (rhoold * rhobarold);
      double fx = zeta / (rho * rhobar);
      double fn = thetanew / rho;
      boolean small = true;
      for (int j = 0; j < total; j++) {
        double hb = h[j] - fh * hbar[j];
        hbar[j] = hb;
        double step = fx * hb * scale[j];
        double an = alpha[j] + step;
        alpha[j] = an;
        if (Math.abs(step) > tol * (0.1 + Math.abs(an))) {
          small = false;
        }
        h[j] = v[j] - fn * h[j];
      }
      if (small || alphak == 0 || zetabar == 0) {
        return it;
      }
    }
    return -it;
  }

  /**
   * {@code ũ ← DSv − α ũ} and its weighted squared norm; {@code h2 ← D'W ũ} (before the division
   * by the norm).
   */
  private double bidiagonalise(double alphak) {
    passes += 2L * dims;
    double[] w = weightHolder[0];
    double[] out = h2;
    Arrays.fill(out, 0.0);
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int q = 0; q < dims; q++) {
        s += sv[offsets[q] + codes[q][i]];
      }
      double u = s - alphak * ut[i];
      ut[i] = u;
      double wu = w == null ? u : w[i] * u;
      ss += wu * u;
      for (int q = 0; q < dims; q++) {
        out[offsets[q] + codes[q][i]] += wu;
      }
    }
    return Math.sqrt(ss);
  }

  /** {@code out = S D'W u}. */
  private void scatter(double[] u, double[] out) {
    passes += dims;
    double[] w = weightHolder[0];
    Arrays.fill(out, 0.0);
    for (int q = 0; q < dims; q++) {
      Absorber.scatter(codes[q], runs[q], n, w, u, out, offsets[q]);
    }
    for (int j = 0; j < total; j++) {
      out[j] *= scale[j];
    }
  }

  private double normalise(double[] x) {
    double s = 0;
    for (double e : x) {
      s += e * e;
    }
    s = Math.sqrt(s);
    if (s > 0) {
      double inv = 1 / s;
      for (int j = 0; j < x.length; j++) {
        x[j] *= inv;
      }
    }
    return s;
  }
}
