package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitTableTest {

  private static ModelFrame frame() {
    return ModelFrame.builder()
        .number("y", new double[] {2, 4, 9, 0, 4, 7})
        .number("x", new double[] {1, 2, 3, 1, 3, 2})
        .factor("g", List.of("a", "a", "a", "b", "b", "b"))
        .build()
        .withLog("lx", "x");
  }

  @Test
  void sideBySideTableListsEveryTermFixedEffectAndStatistic() {
    ModelFrame f = frame();
    GravityFit p = GravityModel.ppml("y").regressors("x").absorb("g").fit(f);
    GravityFit o = GravityModel.ols("y").regressors("x", "lx").fit(f);
    String t = FitTable.of(p, o).toString();
    List<String> lines = Splitter.on('\n').splitToList(t);
    assertThat(lines.get(0)).contains("(1) PPML").contains("(2) OLS");
    assertThat(lines.get(1)).startsWith("Dependent Var.:");
    assertThat(t).contains("(Intercept)").contains("Fixed-Effects:").contains("S.E. type")
        .contains("by: g").contains("IID").contains("Observations").contains("Pseudo R2")
        .contains("Within R2").contains("Converged").contains("Signif. codes");
    // x appears once, with an estimate in both columns
    String x = lines.stream().filter(l -> l.startsWith("x ")).findFirst().orElseThrow();
    assertThat(Splitter.on('(').splitToList(x)).hasSize(3);
    // g: Yes for the PPML fit, No for the OLS fit
    String g = lines.stream().filter(l -> l.startsWith("g ")).findFirst().orElseThrow();
    assertThat(g).contains("Yes").contains("No");
    assertThat(p.toString()).contains("converged after").contains("0 observations dropped");
  }

  @Test
  void csvHasOneRowPerModelAndTermWithExactNumbers() {
    ModelFrame f = frame();
    GravityFit p = GravityModel.ppml("y").regressors("x").absorb("g").fit(f);
    GravityFit o = GravityModel.ols("y").regressors("x").absorb("g").fit(f);
    String csv = FitTable.of(List.of(p, o), Vcov.hetero()).toCsv();
    List<String> rows = Splitter.on('\n').omitEmptyStrings().splitToList(csv);
    assertThat(rows.get(0)).isEqualTo("model,outcome,estimator,term,estimate,std_error,z,p,vcov,observations");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("1,y,PPML,x," + p.coefficient("x") + ",")
        .endsWith(",\"Heteroskedasticity-robust, fixest\",6");
    assertThat(rows.get(2)).startsWith("2,y,OLS,x," + o.coefficient("x") + ",");
    assertThatThrownBy(() -> FitTable.of()).hasMessageContaining("at least one");
  }

  @Test
  void numbersAreShortButExact() {
    assertThat(FitTable.num(-1.527874371)).isEqualTo("-1.52787");
    assertThat(FitTable.num(0.5)).isEqualTo("0.5");
    assertThat(FitTable.num(1.9e-6)).isEqualTo("1.90000e-06");
    assertThat(FitTable.num(Double.NaN)).isEqualTo("NaN");
    assertThat(CoefficientTable.pValue(1e-20)).isEqualTo("< 2.2e-16");
    assertThat(CoefficientTable.pValue(0.0123)).isEqualTo("0.0123");
    assertThat(CoefficientTable.stars(0.0005)).isEqualTo("***");
    assertThat(CoefficientTable.stars(0.005)).isEqualTo("**");
    assertThat(CoefficientTable.stars(0.03)).isEqualTo("*");
    assertThat(CoefficientTable.stars(0.07)).isEqualTo(".");
    assertThat(CoefficientTable.stars(0.5)).isEmpty();
    assertThat(CoefficientTable.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CoefficientTable.quote("ab")).isEqualTo("ab");
  }

  @Test
  void convergenceReadsAsOneLine() {
    Convergence c = new Convergence(false, 3, 1.5e-3, 2e-2, 41, 500, 1e-8, 1e-6);
    assertThat(c.toString()).isEqualTo("NOT CONVERGED after 3 iterations (deviance change 1.50e-03,"
        + " coefficient change 2.00e-02, tolerance 1e-08; at most 41 sweeps per projection, tolerance 1e-06;"
        + " 500 passes over the rows)");
    assertThat(new Convergence(true, 1, 0, 0, 1, 2, 1e-8, 1e-6).toString()).startsWith("converged after 1 iteration (");
  }
}
