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
   * GX} and {@code Δ² = GGX − 2GX + X}. The first five sweeps of a projection are plain: a
   * warm-started projection often converges within them, and each extrapolation costs about one
   * sweep. The default.
   */
  IRONS_TUCK
}
