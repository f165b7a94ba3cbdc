package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BiasCorrectionTest {

  /** A balanced panel of n countries (domestic pairs included) over t periods, seeded. */
  static ModelFrame panel(int n, int t, long seed, double scale) {
    Random rnd = new Random(seed);
    int rows = n * n * t;
    double[] y = new double[rows];
    double[] x = new double[rows];
    List<String> ex = new ArrayList<>();
    List<String> im = new ArrayList<>();
    List<String> yr = new ArrayList<>();
    double[] a = new double[n * t];
    double[] g = new double[n * t];
    double[] p = new double[n * n];
    for (int k = 0; k < a.length; k++) {
      a[k] = rnd.nextGaussian() / 4;
      g[k] = rnd.nextGaussian() / 4;
    }
    for (int k = 0; k < p.length; k++) {
      p[k] = rnd.nextGaussian() / 4;
    }
    int r = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int s = 0; s < t; s++) {
          double xi = p[i * n + j] + rnd.nextGaussian() / 2;
          double mu = Math.exp(xi + a[i * t + s] + g[j * t + s] + p[i * n + j]);
          // a multiplicative, mean-one log-normal error
          y[r] = scale * mu * Math.exp(-0.125 + 0.5 * rnd.nextGaussian());
          x[r] = xi;
          ex.add("e" + i);
          im.add("i" + j);
          yr.add("t" + s);
          r++;
        }
      }
    }
    return ModelFrame.builder().number("y", y).number("x", x)
        .factor("exporter", ex).factor("importer", im).factor("year", yr).build()
        .withInteraction("exp_year", "exporter", "year")
        .withInteraction("imp_year", "importer", "year")
        .withInteraction("pair", "exporter", "importer");
  }

  private static final GravityModel THREE_WAY = GravityModel.ppml("y").regressors("x")
      .absorb("exp_year", "imp_year", "pair").tolerance(1e-12).fixedEffectTolerance(1e-11);

  @Test
  void thirdDerivativeAtHandCheckedPoints() {
    double[] th = {0.5, 0.3, 0.2};
    // t = s = r = 0: −0.5 · 0.5 · 0 = 0
    assertThat(BiasCorrection.third(th, 0, 0, 0)).isEqualTo(0.0);
    // t = s = r = 1: −0.3 · 0.7 · 0.4 = −0.084
    assertThat(BiasCorrection.third(th, 1, 1, 1)).isCloseTo(-0.084, within(1e-15));
    // two equal to 1, the third 2: 0.3 · 0.4 · 0.2 = 0.024
    assertThat(BiasCorrection.third(th, 1, 1, 2)).isCloseTo(0.024, within(1e-15));
    assertThat(BiasCorrection.third(th, 2, 1, 1)).isCloseTo(0.024, within(1e-15));
    assertThat(BiasCorrection.third(th, 1, 2, 1)).isCloseTo(0.024, within(1e-15));
    // all different: −2 · 0.5 · 0.3 · 0.2 = −0.06
    assertThat(BiasCorrection.third(th, 0, 1, 2)).isCloseTo(-0.06, within(1e-15));
  }

  @Test
  void thirdDerivativeIsSymmetricInItsIndices() {
    qt().forAll(integers().between(0, 3), integers().between(0, 3), integers().between(0, 3), doubles().between(0.01, 1))
        .checkAssert((t, s, r, w) -> {
          double[] th = {w / 4, (1 - w / 4) / 3, (1 - w / 4) / 3, (1 - w / 4) / 3};
          double v = BiasCorrection.third(th, t, s, r);
          assertThat(BiasCorrection.third(th, s, t, r)).isCloseTo(v, within(1e-15));
          assertThat(BiasCorrection.third(th, r, s, t)).isCloseTo(v, within(1e-15));
          assertThat(BiasCorrection.third(th, t, r, s)).isCloseTo(v, within(1e-15));
        });
  }

  @Test
  void pseudoInverseOfASingularMatrix() {
    // diag(ϑ) − ϑϑ' with ϑ = (1/2, 1/2) is [[1/4, −1/4], [−1/4, 1/4]], eigenvalues 1/2 and 0:
    // its pseudo-inverse is [[1, −1], [−1, 1]]
    double[][] p = BiasCorrection.pseudoInverse(new double[][] {{0.25, -0.25}, {-0.25, 0.25}});
    assertThat(p[0][0]).isCloseTo(1, within(1e-14));
    assertThat(p[0][1]).isCloseTo(-1, within(1e-14));
    assertThat(p[1][1]).isCloseTo(1, within(1e-14));
    double[][] z = BiasCorrection.pseudoInverse(new double[][] {{0, 0}, {0, 0}});
    assertThat(z[0][0]).isEqualTo(0.0);
  }

  @Test
  void theBiasDoesNotDependOnTheUnitOfTrade() {
    // PPML is scale-invariant in y; every term of B and D scales as y, as W does
    BiasCorrection a = BiasCorrection.threeWay(THREE_WAY.fit(panel(6, 3, 7, 1)), "exporter", "importer", "year");
    BiasCorrection b = BiasCorrection.threeWay(THREE_WAY.fit(panel(6, 3, 7, 1000)), "exporter", "importer", "year");
    assertThat(b.bias("x")).isCloseTo(a.bias("x"), within(1e-6 * Math.abs(a.bias("x"))));
    assertThat(a.bias("x")).isNotEqualTo(0.0);
    assertThat(a.corrected("x")).isCloseTo(a.estimates()[0] - a.exporterBias()[0] - a.importerBias()[0], within(1e-15));
    assertThat(a.toString()).startsWith("Weidner–Zylkin bias correction (three-way PPML)\nx: estimate ");
  }

  @Test
  void exporterAndImporterTermsSwapWhenTheDataAreTransposed() {
    ModelFrame f = panel(5, 3, 11, 1);
    GravityFit fit = THREE_WAY.fit(f);
    BiasCorrection bc = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
    // read with exporter and importer exchanged, the same fit gives the two terms swapped
    BiasCorrection sw = BiasCorrection.threeWay(fit, "importer", "exporter", "year");
    assertThat(sw.exporterBias()[0]).isCloseTo(bc.importerBias()[0], within(1e-10));
    assertThat(sw.importerBias()[0]).isCloseTo(bc.exporterBias()[0], within(1e-10));
  }

  @Test
  void refusesWhatIsNotAThreeWayPpmlFit() {
    ModelFrame f = panel(4, 2, 3, 1);
    GravityFit two = GravityModel.ppml("y").regressors("x").absorb("exp_year", "imp_year").fit(f);
    assertThatThrownBy(() -> BiasCorrection.threeWay(two, "exporter", "importer", "year"))
        .hasMessageContaining("exactly three fixed effects");
    GravityFit wrong = GravityModel.ppml("y").regressors("x").absorb("exp_year", "imp_year", "exporter").fit(f);
    assertThatThrownBy(() -> BiasCorrection.threeWay(wrong, "exporter", "importer", "year"))
        .hasMessageContaining("the fixed effect exporter is none of");
    GravityFit ols = GravityModel.ols("y").regressors("x").absorb("exp_year", "imp_year", "pair").fit(f);
    assertThatThrownBy(() -> BiasCorrection.threeWay(ols, "exporter", "importer", "year"))
        .hasMessageContaining("for PPML fits");
    GravityFit ok = THREE_WAY.fit(f);
    assertThatThrownBy(() -> BiasCorrection.threeWay(ok, "exporter", "importer", "nope"))
        .hasMessageContaining("nope");
    BiasCorrection bc = BiasCorrection.threeWay(ok, "exporter", "importer", "year");
    assertThatThrownBy(() -> bc.bias("z")).hasMessageContaining("no coefficient \"z\"");
    assertThatThrownBy(() -> new BiasCorrection(bc.names(), new double[2], new double[1], new double[1]))
        .hasMessageContaining("one estimate");
    assertThat(new BiasCorrection(bc.names(), bc.estimates(), bc.exporterBias(), bc.importerBias()))
        .isEqualTo(bc).hasSameHashCodeAs(bc);
  }
}
