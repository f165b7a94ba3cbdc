package io.github.digitrade.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ComplexityTest {

  /** A nested 3 × 3 matrix: A exports p1, p2, p3; B exports p1, p2; C exports p1. */
  private static final LabeledMatrix NESTED =
      LabeledMatrix.of(
          List.of("A", "B", "C"),
          List.of("p1", "p2", "p3"),
          new double[] {
            1, 1, 1,
            1, 1, 0,
            1, 0, 0
          });

  private static final double R = Math.sqrt(1.5);

  @Test
  void diversityAndUbiquityCountPresence() {
    assertThat(Complexity.diversity(NESTED).toArray()).containsExactly(3, 2, 1);
    assertThat(Complexity.ubiquity(NESTED).toArray()).containsExactly(3, 2, 1);
  }

  @Test
  void eigenvectorIndicesOfTheNestedMatrix() {
    // M̃ = D_p^-1 Mᵀ D_c^-1 M has rows p1 (11/18, 5/18, 1/9), p2 (5/12, 5/12, 1/6),
    // p3 (1/3, 1/3, 1/3) and eigenvalues 1, 1/4, 1/9. For 1/4 the eigenvector is (−2, 1, 4):
    // p3 row: (−2 + 1 + 4)/3 = 1 = 4/4; p2 row: (−10 + 5 + 8)/12 = 1/4; p1 row: −9/18 = −2/4.
    // ECI = mean PCI of each country's products: A (−2 + 1 + 4)/3 = 1, B −1/2, C −2; its mean is
    // −1/2 and population sd √1.5, so ECI = (1.5, 0, −1.5)/√1.5 = (√1.5, 0, −√1.5) and
    // PCI = (−1.5, 1.5, 4.5)/√1.5 = (−√1.5, √1.5, 3√1.5).
    ComplexityIndices ci = Complexity.eigenvector(NESTED);
    assertThat(ci.eigenvalue()).isCloseTo(0.25, within(1e-12));
    assertThat(ci.eci().toArray()[0]).isCloseTo(R, within(1e-9));
    assertThat(ci.eci().toArray()[1]).isCloseTo(0, within(1e-9));
    assertThat(ci.eci().toArray()[2]).isCloseTo(-R, within(1e-9));
    assertThat(ci.pci().toArray()[0]).isCloseTo(-R, within(1e-9));
    assertThat(ci.pci().toArray()[1]).isCloseTo(R, within(1e-9));
    assertThat(ci.pci().toArray()[2]).isCloseTo(3 * R, within(1e-9));
    assertThat(ci.iterations()).isPositive();
    assertThat(ci.toString()).startsWith("ComplexityIndices{eci=LabeledVector{A=1.22474");
  }

  @Test
  void sampleNormalizationUsesEachIndexOwnMoments() {
    // ECI raw (1, −1/2, −2): mean −1/2, sample sd √(4.5/2) = 1.5 → (1, 0, −1).
    // PCI raw (−2, 1, 4): mean 1, sample sd √(18/2) = 3 → (−1, 0, 1).
    ComplexityIndices ci = Complexity.eigenvector(NESTED, Complexity.Normalization.SAMPLE);
    assertThat(ci.eci().toArray()).containsExactly(new double[] {1, 0, -1}, within(1e-9));
    assertThat(ci.pci().toArray()).containsExactly(new double[] {-1, 0, 1}, within(1e-9));
  }

  @Test
  void reflectionsOfOrderZeroAreStandardisedDiversityAndUbiquity() {
    // diversity (3, 2, 1): mean 2, population sd √(2/3) → (√1.5, 0, −√1.5);
    // ubiquity (3, 2, 1) gives the same z-scores, negated so PCI falls with ubiquity.
    ComplexityIndices ci = Complexity.reflections(NESTED, 0);
    assertThat(ci.eci().toArray()).containsExactly(new double[] {R, 0, -R}, within(1e-12));
    assertThat(ci.pci().toArray()).containsExactly(new double[] {-R, 0, R}, within(1e-12));
    assertThat(ci.eigenvalue()).isNaN();
    assertThat(ci.iterations()).isZero();
  }

  @Test
  void reflectionsOfOrderTwo() {
    // k_c,1 = mean ubiquity of c's products: A (3+2+1)/3 = 2, B 2.5, C 3;
    // k_p,1 = mean diversity of p's countries: p1 2, p2 2.5, p3 3.
    // k_c,2: A (2+2.5+3)/3 = 2.5, B 2.25, C 2 → z = (1.2247, 0, −1.2247) after centring on 2.25
    // with population sd √(1/24)... (0.25, 0, −0.25)/0.2041 = (1.2247, 0, −1.2247).
    ComplexityIndices ci = Complexity.reflections(NESTED, 2, Complexity.Normalization.ATLAS);
    assertThat(ci.eci().toArray()).containsExactly(new double[] {R, 0, -R}, within(1e-12));
    assertThat(ci.eci().get("A")).isGreaterThan(ci.eci().get("C"));
  }

  @Test
  void proximityAndDensityOfTheNestedMatrix() {
    // co-occurrence p1p2 = 2 (A, B), max(k) = 3 → 2/3; p1p3 = 1/3; p2p3 = 1/max(2, 1) = 1/2
    LabeledMatrix phi = Complexity.proximity(NESTED);
    assertThat(phi.toArray())
        .containsExactly(
            new double[] {1, 2.0 / 3, 1.0 / 3, 2.0 / 3, 1, 0.5, 1.0 / 3, 0.5, 1}, within(1e-15));
    // density of B in p1: (φ11 + φ21)/(φ11 + φ21 + φ31) = (1 + 2/3)/2 = 5/6
    // density of C in p3: φ13/(φ13 + φ23 + φ33) = (1/3)/(11/6) = 2/11
    LabeledMatrix omega = Complexity.density(NESTED);
    assertThat(omega.get("B", "p1")).isCloseTo(5.0 / 6, within(1e-15));
    assertThat(omega.get("C", "p3")).isCloseTo(2.0 / 11, within(1e-15));
    assertThat(omega.get("A", "p2")).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void outlookIndexAndGain() {
    // ω_C,p2 = φ_p1p2/(φ_p1p2 + φ_p2p2 + φ_p3p2) = (2/3)/(13/6) = 4/13; ω_C,p3 = 2/11
    // COI_C = ω_C,p2·PCI_p2 + ω_C,p3·PCI_p3 = (4/13)·√1.5 + (2/11)·3√1.5 = 1.0449
    double omegaC2 = 4.0 / 13;
    double expectedC = omegaC2 * R + 2.0 / 11 * 3 * R;
    LabeledVector coi = Complexity.coi(NESTED);
    assertThat(coi.get("C")).isCloseTo(expectedC, within(1e-9));
    // A exports everything: nothing left to gain
    assertThat(coi.get("A")).isCloseTo(0, within(1e-12));
    LabeledMatrix cog = Complexity.cog(NESTED);
    // COG_A,p = −(1 − ω_A,p)·PCI_p = 0 because A's density is 1 everywhere and it lacks nothing
    assertThat(cog.row("A").toArray()).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    // COG_B,p3 = Σ_p' φ_p3p'/Σφ_·p' (1 − M_Bp')PCI_p' − (1 − ω_B,p3)PCI_p3; B lacks only p3:
    //          = (1/(11/6))·3√1.5 − (1 − (1/3 + 1/2)/(11/6))·3√1.5 = (6/11 − 6/11)·3√1.5 = 0
    assertThat(cog.get("B", "p3")).isCloseTo(0, within(1e-9));
    // COG_C,p2 = φ_p2p2/Σφ_·p2·PCI_p2 + φ_p2p3/Σφ_·p3·PCI_p3 − (1 − ω_C,p2)·PCI_p2
    //          = (6/13)√1.5 + (1/2)(6/11)·3√1.5 − (9/13)√1.5
    double expected = (6.0 / 13 + 9.0 / 11 - 9.0 / 13) * R;
    assertThat(cog.get("C", "p2")).isCloseTo(expected, within(1e-9));
  }

  @Test
  void prodyAndExpy() {
    // shares: A (8517: 0.5, 1511: 0.5); B (8517: 0.2, 1511: 0.8)
    // PRODY_8517 = (0.5/(0.5+0.2))·40 + (0.2/0.7)·10 = 28.571… + 2.857… = 31.428…
    // PRODY_1511 = (0.5/1.3)·40 + (0.8/1.3)·10 = 15.3846… + 6.1538… = 21.538…
    LabeledMatrix x =
        LabeledMatrix.of(
            List.of("A", "B", "Z"), List.of("8517", "1511", "0000"), new double[] {5, 5, 0, 2, 8, 0, 1, 1, 0});
    LabeledVector y = LabeledVector.of(List.of("A", "B"), new double[] {40, 10});
    LabeledVector prody = Complexity.prody(x, y);
    assertThat(prody.get("8517")).isCloseTo(40 * 5.0 / 7 + 10 * 2.0 / 7, within(1e-12));
    assertThat(prody.get("1511")).isCloseTo(40 * 5.0 / 13 + 10 * 8.0 / 13, within(1e-12));
    assertThat(prody.excluded())
        .containsExactly(
            new Exclusion(Exclusion.Axis.ROW, "0000", "no country with an income per capita exports it"));
    // EXPY_B = 0.2·PRODY_8517 + 0.8·PRODY_1511; Z has no income but still has an EXPY (0.5, 0.5)
    LabeledVector expy = Complexity.expy(x, y);
    assertThat(expy.get("B"))
        .isCloseTo(0.2 * prody.get("8517") + 0.8 * prody.get("1511"), within(1e-12));
    assertThat(expy.get("Z")).isCloseTo(0.5 * prody.get("8517") + 0.5 * prody.get("1511"), within(1e-12));
  }

  @Test
  void fitnessRanksTheNestedMatrix() {
    // iteration 1: F̃ = (3, 2, 1) → F = (1.5, 1, 0.5); Q̃ = 1/Σ 1/F over exporters with F = 1:
    // p1 1/3, p2 1/2, p3 1 → mean 11/18 → Q = (6/11, 9/11, 18/11)
    ComplexityFitness one = Complexity.fitness(NESTED, 1);
    assertThat(one.fitness().toArray()).containsExactly(new double[] {1.5, 1, 0.5}, within(1e-12));
    assertThat(one.complexity().toArray())
        .containsExactly(new double[] {6.0 / 11, 9.0 / 11, 18.0 / 11}, within(1e-12));
    ComplexityFitness many = Complexity.fitness(NESTED, 50);
    assertThat(many.fitness().get("A")).isGreaterThan(many.fitness().get("B"));
    assertThat(many.fitness().get("B")).isGreaterThan(many.fitness().get("C"));
    assertThat(Sums.sum(many.fitness().toArray()) / 3).isCloseTo(1, within(1e-12));
  }

  @Test
  void fitnessGammaWeighsTheLeastFitExporters() {
    // γ = 2, iteration 1 from F = Q = 1: F = (1.5, 1, 0.5) as with γ = 1; Q̃_p = 1/Σ F_c^−2 over
    // exporters with F = 1: p1 1/3, p2 1/2, p3 1 → the same as γ = 1 in the first step
    ComplexityFitness one = Complexity.fitness(NESTED, 1, 2.0);
    assertThat(one.complexity().toArray())
        .containsExactly(new double[] {6.0 / 11, 9.0 / 11, 18.0 / 11}, within(1e-12));
    // iteration 2: F = (1.5, 1, 0.5); Q̃_p1 = 1/(1.5^−2 + 1 + 0.5^−2) = 1/(4/9 + 1 + 4) = 9/49,
    // Q̃_p2 = 1/(4/9 + 1) = 9/13, Q̃_p3 = 1/(4/9) = 9/4; divided by their mean
    ComplexityFitness two = Complexity.fitness(NESTED, 2, 2.0);
    double[] raw = {9.0 / 49, 9.0 / 13, 9.0 / 4};
    double mean = (raw[0] + raw[1] + raw[2]) / 3;
    assertThat(two.complexity().toArray())
        .containsExactly(new double[] {raw[0] / mean, raw[1] / mean, raw[2] / mean}, within(1e-12));
    assertThat(Complexity.fitness(NESTED, 2, 1.0)).isEqualTo(Complexity.fitness(NESTED, 2));
    assertThatThrownBy(() -> Complexity.fitness(NESTED, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gamma = 0.0: expected a positive finite number");
  }

  @Test
  void zeroRowsAndColumnsAreExcludedAndListed() {
    LabeledMatrix m =
        LabeledMatrix.of(
            List.of("A", "B", "C", "Z"),
            List.of("p1", "p2", "p3", "none"),
            new double[] {1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0});
    ComplexityIndices ci = Complexity.eigenvector(m);
    assertThat(ci.eci().labels()).containsExactly("A", "B", "C");
    assertThat(ci.eci().excluded())
        .containsExactly(new Exclusion(Exclusion.Axis.ROW, "Z", "diversity is zero: no product present"));
    assertThat(ci.pci().excluded())
        .containsExactly(
            new Exclusion(Exclusion.Axis.ROW, "none", "ubiquity is zero: present in no country"));
    assertThat(ci.eci().get("A")).isCloseTo(R, within(1e-9));
    assertThat(Complexity.proximity(m).excluded()).hasSize(2);
    assertThat(Complexity.density(m).excluded()).hasSize(2);
    assertThat(Complexity.fitness(m, 3).fitness().excluded()).hasSize(1);
  }

  @Test
  void fromExportsGoesThroughRcaAndPresence() {
    // RCA ≥ 1 reproduces the nested pattern: A is the only exporter of p3 and shares p2 with B
    LabeledMatrix x =
        LabeledMatrix.of(
            List.of("A", "B", "C"),
            List.of("p1", "p2", "p3"),
            new double[] {10, 10, 10, 10, 10, 0, 30, 0, 0});
    ComplexityIndices ci = Complexity.fromExports(x);
    assertThat(ci.eci().get("A")).isGreaterThan(ci.eci().get("C"));
  }

  @Test
  void datawheelSectionsAgreeWithTheDenseSolver() throws IOException {
    LabeledMatrix exports = datawheel();
    assertThat(exports.rowCount()).isEqualTo(226);
    assertThat(exports.columnCount()).isEqualTo(21);
    LabeledMatrix presence = Specialization.presence(Specialization.rca(exports));
    ComplexityIndices ci = Complexity.eigenvector(presence);
    double[][] dense = DenseComplexity.eciPci(presence);
    double[] eci = ci.eci().toArray();
    double[] pci = ci.pci().toArray();
    for (int i = 0; i < eci.length; i++) {
      assertThat(eci[i]).isCloseTo(dense[0][i], within(1e-8));
    }
    for (int i = 0; i < pci.length; i++) {
      assertThat(pci[i]).isCloseTo(dense[1][i], within(1e-8));
    }
    // the method of reflections converges towards the same ranking at moderate depth
    ComplexityIndices mr = Complexity.reflections(presence, 18);
    double corr = DenseComplexity.correlation(mr.eci().toArray(), eci);
    assertThat(corr).isGreaterThan(0.9);
  }

  /** Exports of the fixture as a country × section matrix. */
  static LabeledMatrix datawheel() throws IOException {
    Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
    List<String> sections = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                ComplexityTest.class.getResourceAsStream("datawheel_global_exports.csv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        List<String> f =
            com.google.common.base.Splitter.onPattern(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")
                .splitToList(line);
        String section = f.get(2);
        if (!sections.contains(section)) {
          sections.add(section);
        }
        rows.computeIfAbsent(f.get(0), k -> new LinkedHashMap<>())
            .merge(section, Double.parseDouble(f.get(4)), Double::sum);
      }
    }
    List<String> countries = new ArrayList<>(rows.keySet());
    double[] v = new double[countries.size() * sections.size()];
    int c = 0;
    for (Map<String, Double> row : rows.values()) {
      for (int s = 0; s < sections.size(); s++) {
        v[c * sections.size() + s] = row.getOrDefault(sections.get(s), 0.0);
      }
      c++;
    }
    return LabeledMatrix.of(countries, sections, v);
  }

  @Test
  void badInputIsRejected() {
    LabeledMatrix half = LabeledMatrix.of(List.of("A"), List.of("p"), new double[] {0.5});
    assertThatThrownBy(() -> Complexity.eigenvector(half))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("presence at (A, p) = 0.5: expected 0 or 1");
    assertThatThrownBy(() -> Complexity.reflections(NESTED, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("iterations = -1: expected 0 to 1000");
    assertThatThrownBy(() -> Complexity.fitness(NESTED, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("iterations = 0: expected 1 to 10000");
    LabeledVector negative = LabeledVector.of(List.of("A"), new double[] {-1});
    assertThatThrownBy(() -> Complexity.prody(NESTED, negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("incomePerCapita of A = -1.0: expected a positive number");
  }

  @Test
  void undefinedIndicesThrow() {
    LabeledMatrix all =
        LabeledMatrix.of(List.of("A", "B"), List.of("p", "q"), new double[] {1, 1, 1, 1});
    assertThatThrownBy(() -> Complexity.eigenvector(all))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "ECI is undefined: the second eigenvalue of M̃ is 0 (all countries have the same"
                + " basket structure)");
    LabeledMatrix one = LabeledMatrix.of(List.of("A", "B"), List.of("p"), new double[] {1, 1});
    assertThatThrownBy(() -> Complexity.eigenvector(one))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage(
            "ECI is undefined: 2 countries and 1 products have positive diversity and ubiquity;"
                + " expected at least 2 of each");
    assertThatThrownBy(() -> Complexity.reflections(all, 3))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("ECI is undefined: its standard deviation is 0.0 (no spread to standardise)");
    LabeledMatrix none = LabeledMatrix.of(List.of("A"), List.of("p"), new double[] {0});
    assertThatThrownBy(() -> Complexity.fitness(none, 3))
        .isInstanceOf(UndefinedIndicatorException.class)
        .hasMessage("fitness is undefined: no country with positive diversity");
  }
}
