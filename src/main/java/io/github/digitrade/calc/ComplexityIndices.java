package io.github.digitrade.calc;

import java.util.Objects;

/**
 * The economic complexity index of each country and the product complexity index of each product,
 * as computed by {@link Complexity#eigenvector(LabeledMatrix)} or {@link
 * Complexity#reflections(LabeledMatrix, int)}, with the countries and products that were excluded
 * (zero diversity, zero ubiquity) listed in each vector.
 *
 * <pre>{@code
 * ComplexityIndices ci = Complexity.eigenvector(presence);
 * ci.eci().top(3);        // the three most complex economies
 * ci.eigenvalue();        // the second-largest eigenvalue of the product operator
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ComplexityIndices {

  private final LabeledVector eci;
  private final LabeledVector pci;
  private final double eigenvalue;
  private final int iterations;

  ComplexityIndices(LabeledVector eci, LabeledVector pci, double eigenvalue, int iterations) {
    this.eci = Objects.requireNonNull(eci, "eci");
    this.pci = Objects.requireNonNull(pci, "pci");
    this.eigenvalue = eigenvalue;
    this.iterations = iterations;
  }

  /**
   * Returns the economic complexity index of each country with positive diversity.
   *
   * @return the ECI, never null; excluded countries are listed in its {@code excluded()}
   */
  public LabeledVector eci() {
    return eci;
  }

  /**
   * Returns the product complexity index of each product with positive ubiquity.
   *
   * @return the PCI, never null; excluded products are listed in its {@code excluded()}
   */
  public LabeledVector pci() {
    return pci;
  }

  /**
   * Returns the eigenvalue behind the indices: the second-largest eigenvalue of {@code M̃} for the
   * eigenvector method, NaN for the method of reflections.
   *
   * @return the eigenvalue, from 0 to 1, or NaN
   */
  public double eigenvalue() {
    return eigenvalue;
  }

  /**
   * Returns the iterations used: Lanczos steps for the eigenvector method, reflections for the
   * method of reflections.
   *
   * @return the count, zero or more
   */
  public int iterations() {
    return iterations;
  }

  @Override
  public String toString() {
    return "ComplexityIndices{eci=" + eci + ", pci=" + pci + ", eigenvalue=" + eigenvalue
        + ", iterations=" + iterations + "}";
  }
}
