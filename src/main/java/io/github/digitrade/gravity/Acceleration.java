package io.github.digitrade.gravity;

/**
 * How the alternating projections that absorb the fixed effects are sped up.
 *
 * <p>Each projection sweep replaces, dimension after dimension, the effects of every level by the
 * weighted mean of what is left of the variable in that level (Gauss–Seidel over the fixed-effect
 * dimensions; Guimarães &amp; Portugal 2010, Bergé 2018). The sweep is a fixed-point map {@code G}
 * on the vector of effects.
 */
public enum Acceleration {
  /** Plain sweeps until the effects stop moving. */
  NONE,
  /**
   * Irons &amp; Tuck (1969) extrapolation after every two sweeps, as fixest does: from {@code X},
   * {@code GX}, {@code GGX}, the next point is {@code GGX − (Δ·Δ²)/(Δ²·Δ²)·Δ} with {@code Δ = GGX −
   * GX} and {@code Δ² = GGX − 2GX + X}, from the first sweep on: the sweeps work on the effects, so
   * an extrapolation costs no pass over the rows. The default.
   */
  IRONS_TUCK,
  /**
   * Not alternating projections but the preconditioned conjugate-gradient method on the normal
   * equations {@code D'WD α = D'W v} of the fixed effects (as reghdfe and ppmlhdfe offer), with the
   * diagonal of {@code D'WD} (the weight total of each level) as preconditioner. Each step costs one
   * pass that gathers {@code Dp} and scatters {@code D'W Dp}, about {@code 2Q} row passes against
   * the {@code Q} of a sweep. It stops when no effect moved by more than {@code tol · (0.1 +
   * |α|)} in a step, the rule of the sweeps, or when the residual of the normal equations has
   * fallen to its rounding level (1e-14 of its start); an answer that does not solve the normal
   * equations to the rule's precision is solved again by the sweeps.
   */
  CONJUGATE_GRADIENT,
  /**
   * Not alternating projections but LSMR (Fong &amp; Saunders 2011), the Krylov method
   * FixedEffectModels.jl and pyfixest use, on the least-squares problem {@code min ‖W^½(v − Dα)‖}
   * with the columns of {@code W^½D} scaled to unit length (the same diagonal preconditioner as
   * {@link #CONJUGATE_GRADIENT}). LSMR is MINRES on the normal equations: the residual of the
   * normal equations falls monotonically. Each step costs one pass that gathers and scatters, about
   * {@code 2Q} row passes, and it stops by the rule of the sweeps.
   */
  LSMR
}
