package io.github.digitrade.calc;

import java.util.Objects;

/**
 * The fitness of each country and the complexity of each product by the fitness-complexity
 * algorithm of Tacchella et al. (2012), as computed by {@link Complexity#fitness(LabeledMatrix,
 * int)}. Both are normalised to mean 1; excluded countries and products are listed in each vector.
 *
 * <pre>{@code
 * ComplexityFitness f = Complexity.fitness(presence, 100);
 * f.fitness().top(5);
 * }</pre>
 *
 * @param fitness the fitness of each country with positive diversity, mean 1, not null
 * @param complexity the complexity of each product with positive ubiquity, mean 1, not null
 */
public record ComplexityFitness(LabeledVector fitness, LabeledVector complexity) {

  /**
   * Validates the components.
   *
   * @param fitness the fitness per country, not null
   * @param complexity the complexity per product, not null
   * @throws NullPointerException if a component is null
   */
  public ComplexityFitness {
    Objects.requireNonNull(fitness, "fitness");
    Objects.requireNonNull(complexity, "complexity");
  }
}
