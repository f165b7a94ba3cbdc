package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simplex separation check: separation by the regressors alone. */
class SimplexSeparationTest {

  @Test
  void handMadeCaseDropsTheZerosARegressorSeparates() {
    // y = (0, 0, 1, 2, 3), x = (−1, −2, 0, 0, 0): the combination γ = −1 on x is 0 on the three
    // positives and 1, 2 on the zeros, a certificate: rows 0 and 1 are separated
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 0, 1, 2, 3})
        .number("x", new double[] {-1, -2, 0, 0, 0})
        .number("w", new double[] {1, 2, 3, 1, 2})
        .build();
    GravityFit fit = GravityModel.ppml("y").regressors("x", "w").separation(SeparationCheck.SIMPLEX).fit(f);
    assertThat(fit.dropped()).extracting(Dropped::row).containsExactly(0, 1);
    assertThat(fit.dropped()).allMatch(d -> d.reason() == Dropped.Reason.SEPARATED_BY_REGRESSORS);
    assertThat(fit.observations()).isEqualTo(3);
    // x is then 0 on every row used: collinear with the intercept, and dropped as such
    assertThat(fit.droppedRegressors()).extracting(DroppedRegressor::name).containsExactly("x");
    assertThat(fit.report()).contains("2 separated by the regressors (simplex)");
    // x = (1, −2, 0, 0, 0) changes sign on the zeros: no certificate, nothing is dropped
    ModelFrame g = ModelFrame.builder()
        .number("y", new double[] {0, 0, 1, 2, 3})
        .number("x", new double[] {1, -2, 0, 0, 0})
        .build();
    GravityFit gf = GravityModel.ppml("y").regressors("x").separation(SeparationCheck.SIMPLEX)
        .allowNonConvergence().maxIterations(3).fit(g);
    assertThat(gf.dropped()).isEmpty();
  }

  @Test
  void aCertificateBuiltFromAConstantAndARegressorIsFound() {
    // y = (0, 1, 1, 0), x = (3, 1, 1, 5): z = x − 1 is 0 on the positives, 2 and 4 on the zeros
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 1, 1, 0, 2})
        .number("x", new double[] {3, 1, 1, 5, 1})
        .build();
    List<Dropped> dropped = new ArrayList<>();
    boolean[] keep = new boolean[5];
    Arrays.fill(keep, true);
    Separation.simplex(f.column("y"), new double[][] {f.column("x")}, keep, f, dropped);
    assertThat(dropped).extracting(Dropped::row).containsExactly(0, 3);
    assertThat(keep).containsExactly(false, true, true, false, true);
  }

  @Test
  void theLinearProgramHasValueOneExactlyWhenACertificateExists() {
    // Z = [[1], [2]]: φ = 1/3 gives 1'Zφ = 1
    double[] phi = Separation.maximizeSupport(new double[][] {{1}, {2}}, 1);
    assertThat(phi).isNotNull();
    assertThat(java.util.Objects.requireNonNull(phi)[0]).isEqualTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-15));
    // Z = [[1], [−1]]: Zφ ≥ 0 forces φ = 0
    assertThat(Separation.maximizeSupport(new double[][] {{1}, {-1}}, 1)).isNull();
    // Z = [[1, 0], [−1, 1], [0, −1]]: the rows add to 0, no certificate
    assertThat(Separation.maximizeSupport(new double[][] {{1, 0}, {-1, 1}, {0, -1}}, 2)).isNull();
  }

  @Test
  void refusesAProgramOverTooManyZeros() {
    int n = Separation.SIMPLEX_LIMIT + 11;
    double[] y = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = i < 10 ? 1 : 0;
      x[i] = i < 10 ? 0 : 1 + i % 3;
    }
    ModelFrame f = ModelFrame.builder().number("y", y).number("x", x).build();
    GravityModel m = GravityModel.ppml("y").regressors("x").separation(SeparationCheck.SIMPLEX);
    assertThatThrownBy(() -> m.fit(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over 2001 zero outcomes")
        .hasMessageContaining("SeparationCheck.RELU");
    // ReLU alone finds them all
    GravityFit r = GravityModel.ppml("y").regressors("x").separation(SeparationCheck.RELU).fit(f);
    assertThat(r.dropped()).hasSize(n - 10);
  }

  /** The ppmlhdfe datasets without fixed effects: the simplex check alone identifies them. */
  @ParameterizedTest(name = "dataset {0}")
  @ValueSource(ints = {5, 6, 9, 10, 11, 14, 15, 16, 17, 18})
  void identifiesThePpmlhdfeDatasetsWithoutFixedEffectsExactly(int dataset) throws IOException {
    Path p = Fixtures.path(String.format("separation/%02d.csv", dataset));
    List<String> header = com.google.common.base.Splitter.on(',')
        .splitToList(Files.readAllLines(p, StandardCharsets.UTF_8).get(0));
    List<String> xs = new ArrayList<>();
    for (String h : header) {
      assertThat(h).doesNotStartWith("id");
      if (h.startsWith("x")) {
        xs.add(h);
      }
    }
    List<String> numbers = new ArrayList<>(List.of("y", "separated"));
    numbers.addAll(xs);
    ModelFrame f = ModelFrame.readCsv(p, numbers, List.of());
    GravityFit fit = GravityModel.ppml("y").regressors(xs.toArray(new String[0]))
        .separation(SeparationCheck.SIMPLEX).fit(f);
    TreeSet<Integer> expected = new TreeSet<>();
    for (int i = 0; i < f.rows(); i++) {
      if (f.number("separated", i) == 1) {
        expected.add(i);
      }
    }
    TreeSet<Integer> dropped = new TreeSet<>();
    fit.dropped().forEach(d -> dropped.add(d.row()));
    assertThat(dropped).isEqualTo(expected);
    assertThat(fit.dropped()).allMatch(d -> d.reason() == Dropped.Reason.SEPARATED_BY_REGRESSORS);
    assertThat(fit.convergence().converged()).isTrue();
  }

  @Test
  void withTheDefaultChecksTheSimplexRunsBeforeTheRelu() throws IOException {
    // dataset 15: the default checks (fixed effects, simplex, ReLU) leave nothing to the ReLU
    Path p = Fixtures.path("separation/15.csv");
    ModelFrame f = ModelFrame.readCsv(p, List.of("y", "x1", "x2", "x3", "separated"), List.of());
    GravityFit fit = GravityModel.ppml("y").regressors("x1", "x2", "x3").fit(f);
    assertThat(fit.dropped()).hasSize(9).allMatch(d -> d.reason() == Dropped.Reason.SEPARATED_BY_REGRESSORS);
  }

  @Test
  void theReluCheckFindsTheZerosItsFirstCertificateMisses() {
    // one positive outcome, row 2, at x1 = −1, x2 = 0: a certificate is z = a(1 + x1) + b·x2,
    // 0 there. Its values on the zeros (rows 0, 1, 3, 4, 5, 6, 7) are −b, a, 0, 3a, a + b, 2a,
    // a + b: z ≥ 0 needs a ≥ 0, b ≤ 0 and a + b ≥ 0, and a = 2, b = −1 gives 1, 2, 0, 6, 1, 4, 1,
    // so every zero but row 3 (the positive row's twin) is separated. The rectifier's first least
    // squares fit of 1 on the zeros is 0.5(1 + x1), itself a certificate (0, 0.5, 0, 1.5, 0.5, 1,
    // 0.5) that is 0 on row 0; its second pass, on rows 0, 2 and 3, finds z = −x2 = 1 on row 0
    double[] y = {0, 0, 1, 0, 0, 0, 0, 0};
    double[][] x = {{-1, 0, -1, -1, 2, 0, 1, 0}, {-1, 0, 0, 0, 0, 1, 0, 1}};
    List<Dropped> dropped = new ArrayList<>();
    assertThat(keptByRelu(y, x, dropped))
        .containsExactly(false, false, true, true, false, false, false, false);
    assertThat(dropped).extracting(Dropped::row).containsExactlyInAnyOrder(0, 1, 4, 5, 6, 7);
    assertThat(dropped).allMatch(d -> d.reason() == Dropped.Reason.SEPARATED);
    // the same rows through the model's default checks, where the simplex finds them first
    GravityFit fit = GravityModel.ppml("y").regressors("a", "b").fit(frame(y, x));
    assertThat(fit.dropped()).extracting(Dropped::row).containsExactlyInAnyOrder(0, 1, 4, 5, 6, 7);
  }

  @Test
  void aZeroThatIsAPositiveRowsTwinIsNotSeparated() {
    // positives at rows 2 (x1 = 1, x2 = 1) and 3 (x1 = −2, x2 = 0): a certificate c + a·x1 + b·x2
    // is 0 on both, so c = 2a and b = −3a, z = a(2 + x1 − 3·x2): 2a on the zeros at x = (0, 0)
    // (rows 0, 1, 5, 6, 7, separated for a > 0) and 0 on row 4, row 3's twin (x1 = −2, x2 = 0).
    // The rectifier's second pass sees rows 2, 3 and 4 alone, where the only combination that
    // vanishes on the positives is 0 on row 4 up to rounding, and must not scale that up
    double[] y = {0, 0, 1, 1, 0, 0, 0, 0};
    double[][] x = {{0, 0, 1, -2, -2, 0, 0, 0}, {0, 0, 1, 0, 0, 0, 0, 0}};
    boolean[] simplex = keptBySimplex(y, x);
    assertThat(simplex).containsExactly(false, false, true, true, true, false, false, false);
    assertThat(keptByRelu(y, x, new ArrayList<>())).containsExactly(simplex);
  }

  @Test
  void withFixedEffectsTheReluCheckAgreesWithTheSimplexOverTheirDummies() {
    // the ReLU check's certificates are x·γ + Dα; the simplex check over x and the dummies of
    // the levels (the constant stands for the first) searches the same combinations exactly
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 1)).ofSize(8), lists().of(integers().between(-2, 2)).ofSize(8),
            lists().of(integers().between(0, 2)).ofSize(8))
        .checkAssert((ys, xs, levels) -> {
          double[] y = ys.stream().mapToDouble(Integer::doubleValue).toArray();
          if (Arrays.stream(y).noneMatch(v -> v > 0)) {
            return;
          }
          int n = y.length;
          double[][] dummies = new double[3][n];
          int[] codes = new int[n];
          for (int i = 0; i < n; i++) {
            dummies[0][i] = xs.get(i);
            codes[i] = levels.get(i);
            if (codes[i] > 0) {
              dummies[codes[i]][i] = 1;
            }
          }
          ModelFrame f = ModelFrame.builder().number("y", y).number("a", dummies[0])
              .number("b", dummies[1]).number("c", dummies[2]).build();
          boolean[] simplex = new boolean[n];
          boolean[] relu = new boolean[n];
          Arrays.fill(simplex, true);
          Arrays.fill(relu, true);
          Separation.simplex(y, dummies, simplex, f, new ArrayList<>());
          Factor fe = Factor.ofCodes("g", codes, List.of("0", "1", "2"));
          Separation.relu(y, new double[][] {dummies[0]}, new Factor[] {fe}, relu, f,
              new ArrayList<>(), Acceleration.IRONS_TUCK);
          assertThat(relu).as("y %s, x %s, levels %s", ys, xs, levels).containsExactly(simplex);
        });
  }

  /** A frame of an outcome {@code y} and two regressors {@code a} and {@code b}. */
  private static ModelFrame frame(double[] y, double[][] x) {
    return ModelFrame.builder().number("y", y).number("a", x[0]).number("b", x[1]).build();
  }

  /** The rows the simplex check keeps of {@link #frame}. */
  private static boolean[] keptBySimplex(double[] y, double[][] x) {
    boolean[] keep = new boolean[y.length];
    Arrays.fill(keep, true);
    Separation.simplex(y, x, keep, frame(y, x), new ArrayList<>());
    return keep;
  }

  /** The rows the ReLU check keeps of {@link #frame}, without fixed effects. */
  private static boolean[] keptByRelu(double[] y, double[][] x, List<Dropped> dropped) {
    boolean[] keep = new boolean[y.length];
    Arrays.fill(keep, true);
    Separation.relu(y, x, new Factor[0], keep, frame(y, x), dropped, Acceleration.IRONS_TUCK);
    return keep;
  }

  @Test
  void withoutFixedEffectsSimplexAndReluAgree() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 2)).ofSize(8), lists().of(integers().between(-2, 2)).ofSize(8),
            lists().of(integers().between(-1, 1)).ofSize(8))
        .checkAssert((ys, x1, x2) -> {
          double[] y = ys.stream().mapToDouble(Integer::doubleValue).toArray();
          if (Arrays.stream(y).noneMatch(v -> v > 0)) {
            return;
          }
          double[][] x = {
            x1.stream().mapToDouble(Integer::doubleValue).toArray(),
            x2.stream().mapToDouble(Integer::doubleValue).toArray()
          };
          boolean[] k1 = keptBySimplex(y, x);
          boolean[] k2 = keptByRelu(y, x, new ArrayList<>());
          assertThat(k1).as("y %s, x1 %s, x2 %s", ys, x1, x2).containsExactly(k2);
          // a positive outcome is never dropped
          for (int i = 0; i < 8; i++) {
            assertThat(k1[i] || y[i] == 0).isTrue();
          }
        });
  }
}
