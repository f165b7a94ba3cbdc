package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductSpaceTest {

  /** A exports p1..p3, B p1..p2, C p1: k_p = 3, 2, 1. */
  private static final LabeledMatrix NESTED =
      LabeledMatrix.of(
          List.of("A", "B", "C"),
          List.of("p1", "p2", "p3"),
          new double[] {1, 1, 1, 1, 1, 0, 1, 0, 0});

  /** A PCI supplied by the caller: p1 = −1, p2 = 0, p3 = 1. */
  private static final LabeledVector PCI =
      LabeledVector.of(List.of("p1", "p2", "p3"), new double[] {-1, 0, 1});

  @Test
  void proximityAndDensityWithAndWithoutTheProductItself() {
    ProductSpace space = ProductSpace.of(NESTED);
    // φ(p1,p2) = 2/max(3,2) = 2/3; φ(p1,p3) = 1/3; φ(p2,p3) = 1/max(2,1) = 1/2; diagonal 1
    LabeledMatrix phi = space.proximity();
    assertThat(phi.get("p1", "p2")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(phi.get("p2", "p3")).isEqualTo(0.5);
    // C in p2, with p2 itself: (2/3) / (2/3 + 1 + 1/2) = 4/13
    assertThat(space.density().get("C", "p2")).isCloseTo(4.0 / 13, within(1e-15));
    // without it: (2/3) / (2/3 + 1/2) = 4/7
    ProductSpace without = space.withDensity(DensityConvention.WITHOUT_ITSELF);
    assertThat(without.density().get("C", "p2")).isCloseTo(4.0 / 7, within(1e-15));
    // the default is the one Complexity.density has always computed
    assertThat(space.density()).isEqualTo(Complexity.density(NESTED));
  }

  @Test
  void coiAndCogFromASuppliedPci() {
    ProductSpace space = ProductSpace.of(NESTED).withPci(PCI);
    // ω(C, p3) = (1/3) / (1/3 + 1/2 + 1) = 2/11; COI_C = ω(C,p2)·0 + ω(C,p3)·1 = 2/11
    // ω(B, p3) = (1/3 + 1/2) / (11/6) = 5/11; COI_B = 5/11; A exports everything: 0
    LabeledVector coi = space.coi();
    assertThat(coi.get("C")).isCloseTo(2.0 / 11, within(1e-15));
    assertThat(coi.get("B")).isCloseTo(5.0 / 11, within(1e-15));
    assertThat(coi.get("A")).isZero();
    // COG of C in p3: Σ over p' not exported (p2, p3) of φ(p3,p')·PCI_p'/Σ_q φ(p',q)
    //   = 1·1/(11/6) = 6/11; ecomplexity form: 6/11; Atlas form: 6/11 − (1 − 2/11)·1 = −3/11
    assertThat(space.cog(CogForm.ECOMPLEXITY).get("C", "p3")).isCloseTo(6.0 / 11, within(1e-15));
    assertThat(space.cog().get("C", "p3")).isCloseTo(-3.0 / 11, within(1e-15));
    // ecomplexity's COG is zero where the country already exports the product
    assertThat(space.cog(CogForm.ECOMPLEXITY).get("C", "p1")).isZero();
    assertThat(space.pci()).isEqualTo(PCI);
  }

  @Test
  void theDefaultPciIsTheEigenvectorPciAndMatchesTheStaticFaces() {
    ProductSpace space = ProductSpace.of(NESTED);
    assertThat(space.pci()).isEqualTo(Complexity.eigenvector(NESTED).pci());
    assertThat(space.coi()).isEqualTo(Complexity.coi(NESTED));
    assertThat(space.cog()).isEqualTo(Complexity.cog(NESTED));
  }

  @Test
  void aSuppliedPciMustCoverEveryProduct() {
    LabeledVector two = LabeledVector.of(List.of("p1", "p2"), new double[] {0, 1});
    assertThatThrownBy(() -> ProductSpace.of(NESTED).withPci(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pci has no value for product p3: expected a PCI for each of the 3 products with"
                + " positive ubiquity");
  }

  @Test
  void densityWithoutItselfIsUndefinedForAProductWithoutNeighbours() {
    // p2 is exported only by B, which exports nothing else: Σ_{p'≠p2} φ = 0
    LabeledMatrix m =
        LabeledMatrix.of(List.of("A", "B"), List.of("p1", "p2"), new double[] {1, 0, 0, 1});
    assertThatThrownBy(
            () -> ProductSpace.of(m).withDensity(DensityConvention.WITHOUT_ITSELF).density())
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessageContaining("undefined for p1");
  }

  @Test
  void economiccomplexityIterationCountsAreReproduced() {
    // its N = 20 returns k_c,18 and k_p,19, z-scored with the sample sd
    ComplexityIndices peer = Complexity.reflections(NESTED, 20, IterationConvention.ECONOMICCOMPLEXITY);
    assertThat(peer.eci())
        .isEqualTo(Complexity.reflections(NESTED, 18, Complexity.Normalization.SAMPLE).eci());
    assertThat(peer.pci())
        .isEqualTo(Complexity.reflections(NESTED, 19, Complexity.Normalization.SAMPLE).pci());
    assertThat(peer.iterations()).isEqualTo(20);
    // its fitness N = 20: fitness after 18 updates, complexity after 19
    ComplexityFitness f = Complexity.fitness(NESTED, 20, IterationConvention.ECONOMICCOMPLEXITY);
    assertThat(f.fitness()).isEqualTo(Complexity.fitness(NESTED, 18).fitness());
    assertThat(f.complexity()).isEqualTo(Complexity.fitness(NESTED, 19).complexity());
    assertThat(Complexity.fitness(NESTED, 20, IterationConvention.DIGITRADE))
        .isEqualTo(Complexity.fitness(NESTED, 20));
    assertThatThrownBy(
            () -> Complexity.reflections(NESTED, 1, IterationConvention.ECONOMICCOMPLEXITY))
        .hasMessage("iterations = 1: expected 2 to 1000 under ECONOMICCOMPLEXITY");
  }
}
