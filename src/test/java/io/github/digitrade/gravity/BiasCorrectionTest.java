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
  @Test
  void theOrderOfTheRowsDoesNotMatter() {
    // the same panel with its rows in a shuffled order: the rows of each pair are gathered again
    ModelFrame f = panel(5, 3, 13, 1);
    java.util.List<Integer> order = new ArrayList<>();
    for (int i = 0; i < f.rows(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(5));
    int[] idx = order.stream().mapToInt(Integer::intValue).toArray();
    ModelFrame g = f.select(idx);
    BiasCorrection a = BiasCorrection.threeWay(THREE_WAY.fit(f), "exporter", "importer", "year");
    BiasCorrection b = BiasCorrection.threeWay(THREE_WAY.fit(g), "exporter", "importer", "year");
    assertThat(b.exporterBias()[0]).isCloseTo(a.exporterBias()[0], within(1e-8 * Math.abs(a.exporterBias()[0])));
    assertThat(b.importerBias()[0]).isCloseTo(a.importerBias()[0], within(1e-8 * Math.abs(a.importerBias()[0])));
  }

  @Test
  void anExactFitHasNoBias() {
    // y = λ exactly: every score y − ϑ Σ_t y of a pair is 0, so both bias terms vanish, while the
    // same design with noise has a bias of order 1/N
    ModelFrame f = panel(5, 3, 17, 1);
    GravityFit fit = THREE_WAY.fit(f);
    ModelFrame exact = f.withNumber("mu", fit.fitted());
    GravityFit ef = GravityModel.ppml("mu").regressors("x").absorb("exp_year", "imp_year", "pair")
        .tolerance(1e-14).fixedEffectTolerance(1e-13).fit(exact);
    BiasCorrection bc = BiasCorrection.threeWay(ef, "exporter", "importer", "year");
    BiasCorrection noisy = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
    assertThat(Math.abs(noisy.bias("x"))).isGreaterThan(1e-3);
    assertThat(bc.exporterBias()[0]).isCloseTo(0, within(1e-6 * Math.abs(noisy.exporterBias()[0])));
    assertThat(bc.importerBias()[0]).isCloseTo(0, within(1e-6 * Math.abs(noisy.importerBias()[0])));
    assertThat(bc.corrected("x")).isCloseTo(ef.coefficient("x"), within(1e-9));
  }

  @Test
  void eachCoefficientHasItsOwnTermsAndTheTotalIsTheirSum() {
    ModelFrame f = panel(5, 3, 19, 1);
    double[] x2 = new double[f.rows()];
    for (int i = 0; i < x2.length; i++) {
      x2[i] = Math.cos(3.1 * i) + 0.5 * f.number("x", i);
    }
    GravityFit fit = GravityModel.ppml("y").regressors("x", "x2").absorb("exp_year", "imp_year", "pair")
        .tolerance(1e-12).fixedEffectTolerance(1e-11).fit(f.withNumber("x2", x2));
    BiasCorrection bc = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
    assertThat(bc.names()).containsExactly("x", "x2");
    for (int k = 0; k < 2; k++) {
      String name = bc.names().get(k);
      assertThat(bc.bias(name)).isEqualTo(bc.exporterBias()[k] + bc.importerBias()[k]);
      assertThat(bc.corrected(name)).isEqualTo(bc.estimates()[k] - bc.exporterBias()[k] - bc.importerBias()[k]);
      assertThat(bc.estimates()[k]).isEqualTo(fit.coefficients()[k]);
    }
    assertThat(bc.exporterBias()[1]).isNotEqualTo(bc.exporterBias()[0]);
    assertThat(bc.toString()).contains(String.format(java.util.Locale.ROOT,
        "x2: estimate %.7f, bias %.7f (exporter %.7f, importer %.7f), corrected %.7f", bc.estimates()[1],
        bc.bias("x2"), bc.exporterBias()[1], bc.importerBias()[1], bc.corrected("x2")));
    BiasCorrection other = new BiasCorrection(bc.names(), bc.estimates(), bc.importerBias(), bc.exporterBias());
    assertThat(bc).isNotEqualTo(other).isNotEqualTo("x");
    assertThat(bc.hashCode()).isNotEqualTo(other.hashCode());
  }

  @Test
  void agreesWithTheFormulaComputedCountryByCountry() {
    // B and D recomputed from their definitions, country by country with T × T matrices, on a
    // balanced panel of 4 countries over 3 periods with two regressors:
    //   B = W⁻¹ Σ_i [−tr(H̄_i⁺ Σ_j (H_ij x̃_ij) S_ij') + ½ tr((Σ_j Ḡ_ij x̃_ij) H̄_i⁺ SS_i H̄_i⁺)] · N/(N − 1)
    // (D the same over importers), with W = Σ λ x̃ x̃', the third derivative Ḡ_ij / Σλ from its
    // closed form −δ_tsδ_tr ϑ_t + δ_ts ϑ_tϑ_r + δ_tr ϑ_tϑ_s + δ_sr ϑ_tϑ_s − 2ϑ_tϑ_sϑ_r (not from
    // BiasCorrection.third), and the pseudo-inverse of H̄_i, whose null space is the vector of ones,
    // as (H̄_i + 11'/T)⁻¹ − 11'/T (not by eigenvalues)
    int n = 4;
    int t = 3;
    ModelFrame f0 = panel(n, t, 29, 1);
    double[] x2 = new double[f0.rows()];
    for (int i = 0; i < x2.length; i++) {
      x2[i] = Math.sin(1.7 * i) + 0.3 * f0.number("x", i);
    }
    ModelFrame f = f0.withNumber("x2", x2);
    GravityFit fit = GravityModel.ppml("y").regressors("x", "x2").absorb("exp_year", "imp_year", "pair")
        .tolerance(1e-13).fixedEffectTolerance(1e-12).fit(f);
    BiasCorrection bc = BiasCorrection.threeWay(fit, "exporter", "importer", "year");
    int[] rows = fit.rows();
    double[] lambda = fit.fitted();
    double[][] xt = fit.demeanedView();
    int k = 2;
    double[][] sides = new double[2][k];
    for (int side = 0; side < 2; side++) {
      for (int c = 0; c < n; c++) {
        double[][] hbar = new double[t][t];
        double[][] ss = new double[t][t];
        double[][][] hxs = new double[k][t][t];
        double[][][] gx = new double[k][t][t];
        for (int o = 0; o < n; o++) {
          String ex = "e" + (side == 0 ? c : o);
          String im = "i" + (side == 0 ? o : c);
          double[] lam = new double[t];
          double[] y = new double[t];
          double[][] x = new double[k][t];
          for (int a = 0; a < rows.length; a++) {
            if (f.label("exporter", rows[a]).equals(ex) && f.label("importer", rows[a]).equals(im)) {
              int s = Integer.parseInt(f.label("year", rows[a]).substring(1));
              lam[s] = lambda[a];
              y[s] = f.number("y", rows[a]);
              x[0][s] = xt[0][a];
              x[1][s] = xt[1][a];
            }
          }
          double sl = lam[0] + lam[1] + lam[2];
          double sy = y[0] + y[1] + y[2];
          double[] th = new double[t];
          double[] score = new double[t];
          for (int s = 0; s < t; s++) {
            th[s] = lam[s] / sl;
            score[s] = y[s] - th[s] * sy;
          }
          for (int a = 0; a < t; a++) {
            for (int b = 0; b < t; b++) {
              hbar[a][b] += sl * ((a == b ? th[a] : 0) - th[a] * th[b]);
              ss[a][b] += score[a] * score[b];
            }
          }
          for (int q = 0; q < k; q++) {
            for (int a = 0; a < t; a++) {
              double hx = 0;
              for (int b = 0; b < t; b++) {
                hx += sy * ((a == b ? th[a] : 0) - th[a] * th[b]) * x[q][b];
              }
              for (int b = 0; b < t; b++) {
                hxs[q][a][b] += hx * score[b];
                double g = 0;
                for (int r = 0; r < t; r++) {
                  // ∂/∂η_r of −(δ_ab ϑ_a − ϑ_a ϑ_b), with ∂ϑ_a/∂η_r = ϑ_a (δ_ar − ϑ_r)
                  double d3 = -(a == b && b == r ? th[a] : 0) + (a == b ? th[a] * th[r] : 0)
                      + (a == r ? th[a] * th[b] : 0) + (b == r ? th[a] * th[b] : 0) - 2 * th[a] * th[b] * th[r];
                  g += d3 * x[q][r];
                }
                gx[q][a][b] += sl * g;
              }
            }
          }
        }
        double[][] shifted = new double[t][t];
        for (int a = 0; a < t; a++) {
          for (int b = 0; b < t; b++) {
            shifted[a][b] = hbar[a][b] + 1.0 / t;
          }
        }
        double[][] p = inverse(shifted);
        for (int a = 0; a < t; a++) {
          for (int b = 0; b < t; b++) {
            p[a][b] -= 1.0 / t;
          }
        }
        double[][] psp = product(product(p, ss), p);
        for (int q = 0; q < k; q++) {
          double b1 = trace(product(p, hxs[q]));
          double b2 = trace(product(gx[q], psp));
          sides[side][q] += -b1 + b2 / 2;
        }
      }
    }
    double w00 = 0;
    double w01 = 0;
    double w11 = 0;
    for (int a = 0; a < rows.length; a++) {
      w00 += lambda[a] * xt[0][a] * xt[0][a];
      w01 += lambda[a] * xt[0][a] * xt[1][a];
      w11 += lambda[a] * xt[1][a] * xt[1][a];
    }
    double det = w00 * w11 - w01 * w01;
    double factor = n / (n - 1.0);
    double[][] expected = new double[2][k];
    for (int side = 0; side < 2; side++) {
      expected[side][0] = (w11 * sides[side][0] - w01 * sides[side][1]) / det * factor;
      expected[side][1] = (-w01 * sides[side][0] + w00 * sides[side][1]) / det * factor;
    }
    for (int q = 0; q < k; q++) {
      assertThat(Math.abs(expected[0][q])).isGreaterThan(1e-4);
      assertThat(Math.abs(expected[1][q])).isGreaterThan(1e-4);
      assertThat(bc.exporterBias()[q]).isCloseTo(expected[0][q], within(1e-8 * Math.abs(expected[0][q])));
      assertThat(bc.importerBias()[q]).isCloseTo(expected[1][q], within(1e-8 * Math.abs(expected[1][q])));
    }
  }

  private static double[][] product(double[][] a, double[][] b) {
    int m = a.length;
    double[][] c = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        for (int s = 0; s < m; s++) {
          c[i][j] += a[i][s] * b[s][j];
        }
      }
    }
    return c;
  }

  private static double trace(double[][] a) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i][i];
    }
    return s;
  }

  /** The inverse of a small non-singular matrix by Gauss–Jordan elimination with partial pivoting. */
  private static double[][] inverse(double[][] a0) {
    int m = a0.length;
    double[][] a = new double[m][2 * m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(a0[i], 0, a[i], 0, m);
      a[i][m + i] = 1;
    }
    for (int c = 0; c < m; c++) {
      int piv = c;
      for (int i = c + 1; i < m; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
          piv = i;
        }
      }
      double[] tmp = a[piv];
      a[piv] = a[c];
      a[c] = tmp;
      double d = a[c][c];
      for (int j = 0; j < 2 * m; j++) {
        a[c][j] /= d;
      }
      for (int i = 0; i < m; i++) {
        if (i != c) {
          double q = a[i][c];
          for (int j = 0; j < 2 * m; j++) {
            a[i][j] -= q * a[c][j];
          }
        }
      }
    }
    double[][] out = new double[m][m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(a[i], m, out[i], 0, m);
    }
    return out;
  }

  @Test
  void refusesOneExporterAndAFixedEffectFinerThanTheThreeWays() {
    // two countries are enough
    ModelFrame two = panel(2, 3, 23, 1);
    assertThat(BiasCorrection.threeWay(THREE_WAY.fit(two), "exporter", "importer", "year").names()).containsExactly("x");
    // one exporter: every exporter-year effect is a year effect
    ModelFrame f = panel(3, 3, 23, 1);
    ModelFrame one = f.filter(i -> f.label("exporter", i).equals("e0"));
    assertThatThrownBy(() -> BiasCorrection.threeWay(THREE_WAY.fit(one), "exporter", "importer", "year"))
        .hasMessageContaining("at least two exporters and two importers");
    // exporter × year split by the parity of the importer: finer than exporter × year
    List<String> half = new ArrayList<>();
    for (int i = 0; i < f.rows(); i++) {
      half.add(f.label("exp_year", i) + "/" + (f.label("importer", i).hashCode() % 2));
    }
    ModelFrame fine = f.withFactor(Factor.of("exp_year_half", half));
    GravityFit fit = GravityModel.ppml("y").regressors("x").absorb("exp_year_half", "imp_year", "pair").fit(fine);
    assertThatThrownBy(() -> BiasCorrection.threeWay(fit, "exporter", "importer", "year"))
        .hasMessageContaining("the fixed effect exp_year_half is none of");
  }
}
