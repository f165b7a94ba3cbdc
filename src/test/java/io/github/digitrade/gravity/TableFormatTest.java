package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The layout of coefficient tables and side-by-side fit tables, and their number formats. */
class TableFormatTest {

  private static ModelFrame frame() {
    return ModelFrame.builder()
        .number("y", new double[] {2, 4, 9, 0, 4})
        .number("x", new double[] {1, 2, 3, 1, 3})
        .factor("g", List.of("a", "a", "a", "b", "b"))
        .build();
  }

  private static List<String> lines(String text) {
    return Splitter.on('\n').omitEmptyStrings().splitToList(text);
  }

  private static String line(String table, String label) {
    return lines(table).stream().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
  }

  private static List<String> tokens(String line) {
    return Splitter.onPattern("\\s+").omitEmptyStrings().splitToList(line);
  }

  @Test
  void everyLineOfAFitTableIsAsWideAsTheHeader() {
    GravityFit p = GravityModel.ppml("y").regressors("x").absorb("g").fit(frame());
    GravityFit o = GravityModel.ols("y").regressors("x").fit(frame());
    String t = FitTable.of(p, o).toString();
    List<String> body = lines(t.substring(0, t.indexOf("\n---\n")));
    int width = body.get(0).length();
    for (String l : body) {
      assertThat(l).as(l).hasSize(width);
    }
    // separators cover every column: blocks of "_" and "-" under the label and both fits
    assertThat(body).filteredOn(l -> l.startsWith("_")).allSatisfy(l -> assertThat(tokens(l)).hasSize(3));
    assertThat(tokens(line(t, "Fixed-Effects:"))).hasSize(3);
  }

  @Test
  void theStatisticsOfEachEstimatorAppearOnlyInItsColumn() {
    GravityFit ols = GravityModel.ols("y").regressors("x").absorb("g").fit(frame());
    String t = FitTable.of(ols).toString();
    // OLS: R² = 1 − 3.75/44.8 = 0.916294..., within R² = 1 − 3.75/34 = 0.889705..., and cor(y, ŷ)² = R²
    assertThat(tokens(line(t, "R2"))).containsExactly("R2", "0.91629");
    assertThat(tokens(line(t, "Within R2"))).containsExactly("Within", "R2", "0.88971");
    assertThat(tokens(line(t, "Squared Cor."))).containsExactly("Squared", "Cor.", "0.91629");
    assertThat(t).doesNotContain("Pseudo R2").doesNotContain("Log-Likelihood");
    // clustered by g (the default), 5 observations, none dropped
    assertThat(tokens(line(t, "S.E. type"))).containsExactly("S.E.", "type", "by:", "g");
    assertThat(tokens(line(t, "Observations"))).containsExactly("Observations", "5");
    assertThat(tokens(line(t, "Dropped obs."))).containsExactly("Dropped", "obs.", "0");
    assertThat(tokens(line(t, "Converged"))).containsExactly("Converged", "Yes");
    // PPML alone: the pseudo R², adjusted pseudo R² and log-likelihood, no R²; no fixed effects
    GravityFit ppml = GravityModel.ppml("y").regressors("x").fit(frame());
    String u = FitTable.of(List.of(ppml), Vcov.hetero()).toString();
    assertThat(tokens(line(u, "Pseudo R2"))).containsExactly("Pseudo", "R2",
        String.format(Locale.ROOT, "%.5f", ppml.pseudoR2()));
    assertThat(tokens(line(u, "Adj. Pseudo R2"))).containsExactly("Adj.", "Pseudo", "R2",
        String.format(Locale.ROOT, "%.5f", ppml.adjustedPseudoR2()));
    assertThat(tokens(line(u, "Log-Likelihood"))).containsExactly("Log-Likelihood",
        String.format(Locale.ROOT, "%.4e", ppml.logLikelihood()));
    assertThat(tokens(line(u, "Squared Cor."))).containsExactly("Squared", "Cor.",
        String.format(Locale.ROOT, "%.5f", ppml.squaredCorrelation()));
    assertThat(u).doesNotContain("Within R2").doesNotContain("\nR2 ").doesNotContain("Fixed-Effects:");
    assertThat(tokens(line(u, "S.E. type"))).containsExactly("S.E.", "type", "Hetero");
    assertThat(tokens(line(FitTable.of(List.of(ppml), Vcov.iid()).toString(), "S.E. type")))
        .containsExactly("S.E.", "type", "IID");
  }

  @Test
  void largeAndSmallEstimatesAreWrittenInScientificNotation() {
    // y = 2e5 x + (1, −1, 1, −1)·... : the slope is near 2e5, written as 2.000e+05
    ModelFrame f = ModelFrame.builder()
        .number("y", new double[] {0, 200_001, 399_999, 600_000})
        .number("x", new double[] {0, 1, 2, 3})
        .build();
    GravityFit fit = GravityModel.ols("y").regressors("x").fit(f);
    String x = line(FitTable.of(List.of(fit), Vcov.iid()).toString(), "x");
    assertThat(tokens(x).get(1)).startsWith("2.000e+05");
    // and the scaled-down outcome (divided by 1e9) has a slope of 2.000e-04
    double[] y = f.column("y");
    for (int i = 0; i < y.length; i++) {
      y[i] /= 1e9;
    }
    GravityFit small = GravityModel.ols("ys").regressors("x").fit(f.withNumber("ys", y));
    assertThat(tokens(line(FitTable.of(List.of(small), Vcov.iid()).toString(), "x")).get(1)).startsWith("2.000e-04");
    // between 1e-3 and 1e5 they are written plainly: a slope of 0.002
    ModelFrame g = ModelFrame.builder().number("y", new double[] {0, 0.002, 0.004, 0.0061})
        .number("x", new double[] {0, 1, 2, 3}).build();
    String plain = line(FitTable.of(List.of(GravityModel.ols("y").regressors("x").fit(g)), Vcov.iid()).toString(), "x");
    assertThat(tokens(plain).get(1)).startsWith("0.00203");
  }

  @Test
  void numbersSwitchToScientificNotationAtTheDocumentedBounds() {
    assertThat(FitTable.num(0)).isEqualTo("0");
    assertThat(FitTable.num(1e-4)).isEqualTo("0.0001");
    assertThat(FitTable.num(-3e-5)).isEqualTo("-3.00000e-05");
    assertThat(FitTable.num(2.5e6)).isEqualTo("2.50000e+06");
    assertThat(FitTable.num(999_999.4)).isEqualTo("999999");
    assertThat(FitTable.num(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void pValuesAndStarsAtTheirBoundaries() {
    assertThat(CoefficientTable.pValue(2.2e-16)).isEqualTo("2.20e-16");
    assertThat(CoefficientTable.stars(0.001)).isEqualTo("**");
    assertThat(CoefficientTable.stars(0.01)).isEqualTo("*");
    assertThat(CoefficientTable.stars(0.05)).isEqualTo(".");
    assertThat(CoefficientTable.stars(0.1)).isEmpty();
    assertThat(CoefficientTable.quote(",a")).isEqualTo("\",a\"");
    assertThat(CoefficientTable.quote("\"a")).isEqualTo("\"\"\"a\"");
    assertThat(CoefficientTable.quote("\na")).isEqualTo("\"\na\"");
    assertThat(CoefficientTable.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void aCoefficientTableAlignsLongNamesAndLabelsItsInterval() {
    ImmutableList<CoefficientTable.Row> rows = ImmutableList.of(
        new CoefficientTable.Row("log_distance_km", -1.5, 0.1, -15, 1e-20, -1.7, -1.3),
        new CoefficientTable.Row("x", 0.25, 0.125, 2, 0.0455, 0.005, 0.495));
    CoefficientTable z = new CoefficientTable(rows, Vcov.iid(), 0.9);
    List<String> zl = lines(z.toString());
    assertThat(zl.get(0)).isEqualTo("Standard errors: IID, fixest");
    // the interval of a 90% level runs from the 5% to the 95% point
    assertThat(tokens(zl.get(1))).containsExactly("Estimate", "Std.", "Error", "z", "value", "Pr(>|z|)", "5.0", "%",
        "95.0", "%");
    // the name column is as wide as the longest name: the header and both rows have one length
    assertThat(zl.get(2)).hasSize(zl.get(1).length()).startsWith("log_distance_km ");
    assertThat(zl.get(3)).startsWith("x               ");
    assertThat(tokens(zl.get(2))).containsExactly("log_distance_km", "-1.5", "0.1", "-15.000", "<", "2.2e-16", "***",
        "-1.7", "-1.3");
    assertThat(tokens(zl.get(3))).containsExactly("x", "0.25", "0.125", "2.000", "0.0455", "*", "0.005", "0.495");
    CoefficientTable t = new CoefficientTable(rows, Vcov.iid(), 0.8, 3);
    List<String> tl = lines(t.toString());
    assertThat(tl.get(0)).isEqualTo("Standard errors: IID, fixest; t with 3 degrees of freedom");
    assertThat(tokens(tl.get(1))).containsExactly("Estimate", "Std.", "Error", "t", "value", "Pr(>|t|)", "10.0", "%",
        "90.0", "%");
    assertThatThrownBy(() -> new CoefficientTable(rows, Vcov.iid(), 0.0))
        .hasMessage("level = 0.0: expected a number between 0 and 1");
    assertThatThrownBy(() -> new CoefficientTable(rows, Vcov.iid(), 1.0))
        .hasMessage("level = 1.0: expected a number between 0 and 1");
  }
}
