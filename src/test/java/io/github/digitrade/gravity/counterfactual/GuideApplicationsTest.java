package io.github.digitrade.gravity.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class GuideApplicationsTest {

  static ModelFrame panel() throws URISyntaxException {
    Path p =
        Path.of(
            Objects.requireNonNull(
                    GuideApplicationsTest.class.getResource(
                        "/io/github/digitrade/gravity/agtpa_gravity_1986_2006_4y.csv.gz"))
                .toURI());
    return ModelFrame.readCsv(
            p,
            List.of("year", "trade", "DIST", "CNTG", "LANG", "CLNY", "RTA"),
            List.of("exporter", "importer", "pair_id"))
        .withLog("ln_DIST", "DIST");
  }

  @Test
  void nafta() throws Exception {
    ModelFrame f = panel();
    java.util.List<String> yl = new java.util.ArrayList<>();
    for (int r = 0; r < f.rows(); r++) {
      yl.add(String.valueOf((int) f.number("year", r)));
    }
    f = f.withFactor(io.github.digitrade.gravity.Factor.of("year_f", yl))
        .withInteraction("exp_year", "exporter", "year_f")
        .withInteraction("imp_year", "importer", "year_f");
    long t0 = System.nanoTime();
    GravityFit fit =
        GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair_id").fit(f);
    long t1 = System.nanoTime();
    System.out.println("RTA " + fit.coefficient("RTA") + " " + fit.convergence() + " ms " + (t1 - t0) / 1e6 + " dropped " + fit.dropped().size());
    CounterfactualResult r =
        Counterfactual.of(fit, f).year("year", 1994).pairEffects("pair_id", "ln_DIST", "CNTG", "LANG", "CLNY")
            .set("RTA", 0, Pairs.among("CAN", "MEX", "USA")).sigma(7).reference("DEU").solve();
    System.out.println("solve ms " + (System.nanoTime() - t1) / 1e6);
    System.out.println(r);
    CounterfactualResult g =
        Counterfactual.of(fit, f).year("year", 1994).pairEffects("pair_id", "ln_DIST", "CNTG", "LANG", "CLNY")
            .set("RTA", 0, Pairs.among("CAN", "MEX", "USA")).fullEndowment(FullEndowment.GUIDE).reference("DEU").solve();
    System.out.println(g);
    assertThat(r.iterations().converged()).isTrue();
  }

  @Test
  void tradeWithoutBorders() throws Exception {
    ModelFrame all = panel();
    ModelFrame f = all.where("year", y -> y == 2006);
    double[] brdr = new double[f.rows()];
    for (int r = 0; r < f.rows(); r++) {
      brdr[r] = f.label("exporter", r).equals(f.label("importer", r)) ? 0 : 1;
    }
    f = f.withNumber("INTL_BRDR", brdr);
    long t0 = System.nanoTime();
    GravityFit fit =
        GravityModel.ppml("trade")
            .regressors("ln_DIST", "CNTG", "INTL_BRDR")
            .absorb("exporter", "importer")
            .fit(f);
    long t1 = System.nanoTime();
    System.out.println(fit.coefficient("ln_DIST") + " " + fit.coefficient("CNTG") + " " + fit.coefficient("INTL_BRDR") + " fit " + (t1 - t0) / 1e6);
    CounterfactualResult r =
        Counterfactual.of(fit, f).set("INTL_BRDR", 0, Pairs.international()).sigma(7).reference("DEU").solve();
    System.out.println("solve ms " + (System.nanoTime() - t1) / 1e6);
    System.out.println(r);
    System.out.println(Counterfactual.of(fit, f).set("INTL_BRDR", 0, Pairs.international()).fullEndowment(FullEndowment.GUIDE).reference("DEU").solve());
    assertThat(r.iterations().converged()).isTrue();
  }
}
