package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Factors, frames, model settings, the null space and fixed-effect checks of the separation
 * tests, and the distribution functions away from the points the other tests use.
 */
class BuildingBlocksTest {

  @Test
  void blankFactorNamesAreRefusedEverywhere() {
    Factor a = Factor.of("a", List.of("x", "y"));
    assertThatThrownBy(() -> Factor.interact(" ", a, a)).hasMessageContaining("non-blank");
    assertThatThrownBy(() -> a.named("")).hasMessageContaining("non-blank");
    assertThatThrownBy(() -> Factor.ofCodes(" ", new int[] {0}, List.of("x"))).hasMessageContaining("non-blank");
  }

  @Test
  void anInteractionKeepsItsLevelsWhenRenamedOrFiltered() {
    // 5 × 5 = 25 cells, more than the 16 the cell table starts with
    List<String> ea = new ArrayList<>();
    List<String> eb = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ea.add("a" + i / 5);
      eb.add("b" + i % 5);
    }
    Factor ab = Factor.interact("ab", Factor.of("a", ea), Factor.of("b", eb));
    assertThat(ab.levelCount()).isEqualTo(25);
    assertThat(ab.level(24)).isEqualTo("a4×b4");
    Factor renamed = ab.named("cell");
    assertThat(renamed.name()).isEqualTo("cell");
    assertThat(renamed.levels()).isEqualTo(ab.levels());
    ModelFrame f = ModelFrame.builder().number("y", new double[25]).factor(ab).build();
    ModelFrame odd = f.filter(i -> i % 2 == 1);
    assertThat(odd.rows()).isEqualTo(12);
    assertThat(odd.label("ab", 0)).isEqualTo("a0×b1");
    assertThat(odd.label("ab", 11)).isEqualTo("a4×b3");
    assertThat(odd.factor("ab").levelCount()).isEqualTo(25);
    assertThat(f.hasNumber("y")).isTrue();
    assertThat(f.hasNumber("ab")).isFalse();
  }

  @Test
  void aFrameOfNoRowsIsAFrameAndItsColumnsMustAgree() {
    ModelFrame empty = ModelFrame.builder().number("y", new double[0]).build();
    assertThat(empty.rows()).isZero();
    assertThatThrownBy(() -> ModelFrame.builder().number("y", new double[0]).number("x", new double[3]))
        .hasMessage("column \"x\" has 3 rows: expected 0 as column \"y\" has");
    assertThatThrownBy(() -> GravityModel.ppml("y").fit(empty)).hasMessageContaining("no observations left out of 0");
  }

  @Test
  void theCollinearityToleranceDecidesWhatIsCollinear() {
    // x is gconst plus a small wiggle: kept at the default 1e-10, dropped when 0.5 of its squared
    // norm may be explained by the fixed effects
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {1, 4, 2, 9, 3, 5})
        .number("x", new double[] {1.01, 0.99, 2, 2.02, 1.98, 2})
        .factor("g", List.of("a", "a", "b", "b", "b", "b"))
        .build();
    GravityModel m = GravityModel.ols("y").regressors("x").absorb("g");
    assertThat(m.fit(f).coefficientNames()).containsExactly("x");
    assertThat(m.collinearityTolerance(0.5).fit(f).coefficientNames()).isEmpty();
    assertThatThrownBy(() -> m.collinearityTolerance(0)).hasMessage("collinearityTolerance = 0.0: expected a number between 0 and 1");
    assertThat(m.collinearityTolerance(0.999).toString()).isEqualTo(m.toString());
  }

  @Test
  void plainSweepsThatRunOutSayTheFitDidNotConverge() {
    // a path of 30 + 30 levels: at a tolerance of 1e-8 plain sweeps need about 3,700 sweeps,
    // Irons–Tuck about 300
    int levels = 30;
    int n = 2 * levels - 1;
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    double[] y = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      a.add("a" + (i + 1) / 2);
      b.add("b" + i / 2);
      y[i] = Math.sin(1.7 * i) + (i % 3);
      x[i] = Math.cos(0.9 * i);
    }
    ModelFrame f = ModelFrame.builder().number("y", y).number("x", x).factor("a", a).factor("b", b).build();
    GravityModel m = GravityModel.ols("y").absorb("a", "b").fixedEffectTolerance(1e-8).maxFixedEffectIterations(1000);
    assertThatThrownBy(() -> m.acceleration(Acceleration.NONE).fit(f)).isInstanceOf(NotConvergedException.class);
    GravityFit it = m.fit(f);
    assertThat(it.convergence().converged()).isTrue();
    assertThat(it.convergence().fixedEffectIterations()).isBetween(100, 1000);
    assertThat(it.convergence().rowPasses()).isPositive();
  }

  @Test
  void differentVarianceSpecificationsHashApart() {
    assertThat(Vcov.iid().hashCode()).isNotEqualTo(Vcov.hetero().hashCode());
    assertThat(Vcov.cluster("a").hashCode()).isNotEqualTo(Vcov.cluster("a", "b").hashCode());
    assertThat(Vcov.cluster("a").convention(SmallSample.NONE)).isNotEqualTo(Vcov.cluster("a"));
  }

  @Test
  void theNullSpaceOfARowIsOrthogonalToIt() {
    // [2, 4]: pivot 2 in column 0, the free column 1 gives (−2, 1)
    double[][] n1 = Separation.nullSpace(new double[][] {{2, 4}}, 2);
    assertThat(n1).hasDimensions(1, 2);
    assertThat(n1[0]).containsExactly(new double[] {-2, 1}, within(1e-15));
    // [[1, 1, 0], [0, 0, 3]] has rank 2: one null vector (−1, 1, 0)
    double[][] n2 = Separation.nullSpace(new double[][] {{1, 1, 0}, {0, 0, 3}}, 3);
    assertThat(n2).hasDimensions(1, 3);
    assertThat(n2[0]).containsExactly(new double[] {-1, 1, 0}, within(1e-15));
  }

  @Test
  void nullVectorsAnnihilateEveryRowAndCountTheMissingRank() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(-3, 3)).ofSize(12), integers().between(1, 3))
        .checkAssert((v, rows) -> {
          int p = 4;
          double[][] a = new double[rows][p];
          double[][] copy = new double[rows][p];
          for (int i = 0; i < rows; i++) {
            for (int j = 0; j < p; j++) {
              a[i][j] = v.get(i * p + j);
              copy[i][j] = a[i][j];
            }
          }
          double[][] nul = Separation.nullSpace(a, p);
          int rank = p - nul.length;
          assertThat(rank).isBetween(0, rows);
          for (double[] z : nul) {
            for (double[] row : copy) {
              double s = 0;
              for (int j = 0; j < p; j++) {
                s += row[j] * z[j];
              }
              assertThat(s).isCloseTo(0, within(1e-9));
            }
            assertThat(java.util.Arrays.stream(z).map(Math::abs).max().orElse(0)).isGreaterThanOrEqualTo(1.0);
          }
          // the rank is that of the Gram matrix: the columns a dense Cholesky keeps
          double[][] g = new double[p][p];
          for (double[] row : copy) {
            for (int i = 0; i < p; i++) {
              for (int j = 0; j < p; j++) {
                g[i][j] += row[i] * row[j];
              }
            }
          }
          int kept = 0;
          for (boolean d : Dense.collinear(g, 1e-10)) {
            kept += d ? 0 : 1;
          }
          assertThat(rank).isEqualTo(kept);
        });
  }

  @Test
  void aLevelWhoseRowsHaveAllGoneIsNotReportedAgain() {
    // level d has positive outcomes but weight 0 on both rows: they go as zero-weight rows, and d
    // is not a level with only zero outcomes
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 2, 3, 5, 7, 1, 4})
        .number("w", new double[] {1, 1, 1, 0, 0, 1, 1})
        .factor("g", List.of("c", "a", "a", "d", "d", "b", "b"))
        .build();
    GravityFit fit = GravityModel.ppml("y").absorb("g").weights("w").fit(f);
    assertThat(fit.droppedLevels()).containsExactly(new DroppedLevel("g", "c", 1));
    assertThat(fit.dropped()).extracting(Dropped::row).containsExactly(3, 4, 0);
    assertThat(fit.observations()).isEqualTo(4);
  }

  @Test
  void distributionFunctionsAtMorePoints() {
    // erfc(0.5) = 0.4795001221869535, erfc(2) = 0.004677734981047266, erfc(4) = 1.541725790028002e-8
    // (A&S table 7.1; mpmath to 16 digits)
    assertThat(Distributions.erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-15));
    assertThat(Distributions.erfc(2)).isCloseTo(0.004677734981047266, within(1e-15));
    assertThat(Distributions.erfc(4)).isCloseTo(1.541725790028002e-8, within(1e-21));
    // the normal quantile at 0.5 is 0, at 0.025 it is −1.959963984540054
    assertThat(Distributions.normalQuantile(0.5)).isCloseTo(0, within(1e-15));
    assertThat(Distributions.normalQuantile(0.025)).isCloseTo(-1.959963984540054, within(1e-13));
    assertThatThrownBy(() -> Distributions.normalQuantile(0)).hasMessageContaining("strictly between");
    // Γ(10) = 9! = 362880 exactly where the recurrence hands over to Stirling's series
    assertThat(Distributions.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-13));
    // ln Γ(9.5) = 11.689333420797269 (Python math.lgamma), just below the hand-over
    assertThat(Distributions.lnGamma(9.5)).isCloseTo(11.689333420797269, within(1e-13));
    // 2 degrees of freedom: P(|T| ≥ t) = 1 − t/√(2 + t²), so the p point solves t/√(2 + t²) = 2p − 1:
    // t = q √(2/(1 − q²)) with q = 2p − 1 (0.95 → 4.3026527297..., −0.8 → −1.8856180831...)
    assertThat(Distributions.twoSidedT(1, 2)).isCloseTo(1 - 1 / Math.sqrt(3), within(1e-13));
    assertThat(Distributions.tQuantile(0.975, 2)).isCloseTo(0.95 * Math.sqrt(2 / (1 - 0.95 * 0.95)), within(1e-9));
    assertThat(Distributions.tQuantile(0.1, 2)).isCloseTo(-0.8 * Math.sqrt(2 / (1 - 0.64)), within(1e-9));
    // I_x(a, b) on both sides of (a + 1)/(a + b + 2): I_x(2, 2) = 3x² − 2x³
    for (double x : new double[] {0.1, 0.5, 0.9}) {
      assertThat(Distributions.regularizedBeta(x, 2, 2)).isCloseTo(3 * x * x - 2 * x * x * x, within(1e-13));
    }
  }
  @Test
  void theSimplexCheckSolvesAProgramOverExactlyItsLimitOfZeros() {
    // SIMPLEX_LIMIT zeros, each with x = 1, 2 or 3 where the ten positives have x = 0: all separated
    int n = Separation.SIMPLEX_LIMIT + 10;
    double[] y = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = i < 10 ? 1 + i : 0;
      x[i] = i < 10 ? 0 : 1 + i % 3;
    }
    ModelFrame f = ModelFrame.builder().number("y", y).number("x", x).build();
    GravityFit fit = GravityModel.ppml("y").regressors("x").separation(SeparationCheck.SIMPLEX).fit(f);
    assertThat(fit.dropped()).hasSize(Separation.SIMPLEX_LIMIT)
        .allMatch(d -> d.reason() == Dropped.Reason.SEPARATED_BY_REGRESSORS);
    assertThat(fit.observations()).isEqualTo(10);
  }
}
