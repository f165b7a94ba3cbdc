package io.github.digitrade.gravity;

/**
 * Thrown when a fit does not converge within its limits; it carries the last iterate, whose {@link
 * GravityFit#convergence()} says how far it got.
 */
public final class NotConvergedException extends ArithmeticException {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The last iterate; not serialized. */
  @SuppressWarnings("serial")
  private final transient GravityFit fit;

  NotConvergedException(GravityFit fit) {
    super(
        fit.model() + " did not converge: " + fit.convergence()
            + "; raise maxIterations or maxFixedEffectIterations, loosen the tolerances, or call"
            + " allowNonConvergence() to get the last iterate");
    this.fit = fit;
  }

  /**
   * Returns the last iterate.
   *
   * @return the fit, never null
   */
  public GravityFit fit() {
    return fit;
  }
}
