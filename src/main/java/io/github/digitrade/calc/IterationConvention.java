package io.github.digitrade.calc;

/**
 * How the iteration count {@code N} of the method of reflections and of the fitness algorithm is
 * read. Published implementations count differently, so the same {@code N} gives different
 * numbers.
 *
 * <ul>
 *   <li>{@link #DIGITRADE}: {@code N} updates of both sides. {@code reflections(P, N)} returns the
 *       z-scores of {@code k_c,N} and {@code k_p,N}; {@code fitness(P, N)} returns {@code F} and
 *       {@code Q} after {@code N} updates.
 *   <li>{@link #ECONOMICCOMPLEXITY}: the count of the R package economiccomplexity ({@code
 *       complexity_measures(..., iterations = N)}), whose first of {@code N} columns is the
 *       starting value: for reflections its ECI is {@code k_c,N−2} and its PCI {@code k_p,N−1}
 *       (N = 20 gives {@code k_c,18} and {@code k_p,19}), z-scored with the sample standard
 *       deviation; for fitness its country side has {@code N − 2} updates and its product side
 *       {@code N − 1}. {@code N} must be at least 2. The peer z-scores the fitness values for
 *       display; digitrade keeps them with mean 1 (a z-score of either is the same).
 * </ul>
 *
 * <pre>{@code
 * Complexity.reflections(presence, 20, IterationConvention.ECONOMICCOMPLEXITY);  // k_c,18, k_p,19
 * Complexity.reflections(presence, 18).eci();   // the same ECI up to the sd convention
 * }</pre>
 */
public enum IterationConvention {
  /** {@code N} updates of both sides; the default. */
  DIGITRADE,
  /** The count of the R package economiccomplexity: {@code N − 2} and {@code N − 1} updates. */
  ECONOMICCOMPLEXITY
}
