package io.github.digitrade.gravity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowJoinTest {

  private static FlowTable mixed() {
    return FlowTable.builder()
        .add("CHN", "USA", "8517", "2022", "X", 90)
        .add("CHN", "USA", "8517", "2022", "X", 10)
        .add("CHN", "DEU", "8517", "2022", "X", 5)
        .add("USA", "CHN", "8517", "2023", "X", 40)
        .add("DEU", "CHN", "8517", "2022", "M", 7)
        .build();
  }

  private static Table<String, String, Double> distances() {
    return ImmutableTable.<String, String, Double>builder()
        .put("CHN", "USA", Math.log(11_000))
        .put("USA", "CHN", Math.log(11_000))
        .put("CHN", "DEU", Math.log(7_400))
        .put("DEU", "CHN", Math.log(7_400))
        .build();
  }

  @Test
  void exportsBecomeExporterImporterRowsWithTheirCovariates() {
    Table<String, String, Double> gdp = HashBasedTable.create();
    gdp.put("CHN", "2022", 17.9);
    gdp.put("USA", "2023", 27.4);
    Table<String, String, Double> gdpM = HashBasedTable.create();
    gdpM.put("USA", "2022", 25.5);
    gdpM.put("DEU", "2022", 4.1);
    gdpM.put("CHN", "2023", 17.8);
    ModelFrame f = ModelFrame.fromFlows(mixed().exports())
        .pair("ln_DIST", distances())
        .exporterPeriod("gdp_o", gdp)
        .importerPeriod("gdp_d", gdpM)
        .build();
    // the two CHN → USA 2022 rows are summed: 90 + 10 = 100; three rows remain
    assertThat(f.rows()).isEqualTo(3);
    assertThat(f.column("trade")).containsExactly(100, 5, 40);
    assertThat(f.label("exporter", 0)).isEqualTo("CHN");
    assertThat(f.label("importer", 0)).isEqualTo("USA");
    assertThat(f.label("exporter", 2)).isEqualTo("USA");
    assertThat(f.label("period", 2)).isEqualTo("2023");
    assertThat(f.label("product", 1)).isEqualTo("8517");
    assertThat(f.number("ln_DIST", 1)).isCloseTo(Math.log(7_400), within(1e-15));
    assertThat(f.column("gdp_o")).containsExactly(17.9, 17.9, 27.4);
    assertThat(f.column("gdp_d")).containsExactly(25.5, 4.1, 17.8);
    assertThat(ModelFrame.fromFlows(mixed().exports()).pair("ln_DIST", distances()).toString())
        .isEqualTo("FlowJoin[exports, covariates [ln_DIST]]");
  }

  @Test
  void importsAreReadFromThePartnerToTheReporter() {
    // DEU reports importing 7 from CHN: exporter CHN, importer DEU
    ModelFrame f = ModelFrame.fromFlows(mixed().imports()).pair("ln_DIST", distances()).build();
    assertThat(f.rows()).isEqualTo(1);
    assertThat(f.label("exporter", 0)).isEqualTo("CHN");
    assertThat(f.label("importer", 0)).isEqualTo("DEU");
    assertThat(f.number("ln_DIST", 0)).isCloseTo(Math.log(7_400), within(1e-15));
    assertThat(ModelFrame.fromFlows(mixed().imports()).toString()).isEqualTo("FlowJoin[imports, covariates []]");
  }

  @Test
  void aFrameFromATableOfSeveralDirectionsOrOfTotalsIsRefused() {
    assertThatThrownBy(() -> ModelFrame.fromFlows(mixed()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs one direction, and this table holds 2 (M, X)")
        .hasMessageContaining("exports(), imports() or direction(...)");
    FlowTable totals = FlowTable.builder().add("CHN", "USA", "8517", "2022", "TOTAL", 1).build();
    assertThatThrownBy(() -> ModelFrame.fromFlows(totals)).hasMessageContaining("direction \"TOTAL\"");
    assertThatThrownBy(() -> ModelFrame.fromFlows(mixed().filter(Dimension.REPORTER, "IDN"::equals)))
        .hasMessageContaining("holds no rows");
  }

  @Test
  void aCovariateWithoutAValueForAFlowIsAnErrorNamingIt() {
    Table<String, String, Double> partial = ImmutableTable.of("CHN", "USA", 9.3);
    assertThatThrownBy(() -> ModelFrame.fromFlows(mixed().exports()).pair("ln_DIST", partial).build())
        .hasMessageContaining("covariate \"ln_DIST\" has no value for the pair CHN, DEU")
        .hasMessageContaining("row 1: exporter CHN, importer DEU, period 2022");
    assertThatThrownBy(() -> ModelFrame.fromFlows(mixed().exports()).importerPeriod("g", partial).build())
        .hasMessageContaining("the importer and period USA, 2022");
    FlowJoin j = ModelFrame.fromFlows(mixed().exports()).pair("d", partial);
    assertThatThrownBy(() -> j.pair("d", partial)).hasMessageContaining("expected a new");
    assertThatThrownBy(() -> j.pair("trade", partial)).hasMessageContaining("other than trade");
    assertThatThrownBy(() -> j.exporterPeriod(" ", partial)).hasMessageContaining("non-blank");
  }

  @Test
  void aPpmlFitOnTheJoinedFrameRecoversTheDistanceElasticity() {
    // trade = exp(2 − 1.5 ln d) exactly, on 4 × 4 pairs with exporter and importer effects
    FlowTableBuilder b = FlowTable.builder();
    String[] c = {"A", "B", "C", "D"};
    HashBasedTable<String, String, Double> dist = HashBasedTable.create();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        if (i != j) {
          double ld = Math.log(100.0 * (1 + i + 2 * j) + 7 * i * j);
          dist.put(c[i], c[j], ld);
          b.add(c[i], c[j], "TOTAL_GOODS", "2020", "X", Math.exp(2 + 0.1 * i - 0.2 * j - 1.5 * ld));
        }
      }
    }
    ModelFrame f = ModelFrame.fromFlows(b.build()).pair("ln_DIST", dist).build();
    GravityFit fit = GravityModel.ppml("trade").regressors("ln_DIST").absorb("exporter", "importer")
        .tolerance(1e-13).fixedEffectTolerance(1e-12).fit(f);
    assertThat(fit.coefficient("ln_DIST")).isCloseTo(-1.5, within(1e-6));
  }

  @Test
  void theFrameHoldsAsMuchTradeAsTheTable() {
    qt().forAll(lists().of(integers().between(0, 5)).ofSize(12))
        .checkAssert(v -> {
          FlowTableBuilder b = FlowTable.builder();
          List<String> c = List.of("A", "B", "C");
          for (int i = 0; i < v.size(); i++) {
            String r = c.get(i % 3);
            String p = c.get((i / 3 + 1 + i % 3) % 3);
            if (!r.equals(p)) {
              b.add(r, p, "P" + (i % 2), "2020", "X", v.get(i));
            }
          }
          FlowTable t = b.build();
          if (t.size() == 0) {
            return;
          }
          ModelFrame f = ModelFrame.fromFlows(t).build();
          double sum = 0;
          for (double x : f.column("trade")) {
            sum += x;
          }
          assertThat(sum).isCloseTo(t.total(), within(1e-9));
          assertThat(f.rows()).isLessThanOrEqualTo(t.size());
        });
  }
}
