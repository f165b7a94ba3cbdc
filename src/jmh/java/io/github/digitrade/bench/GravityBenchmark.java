package io.github.digitrade.bench;

import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process PPML fits, milliseconds per fit, default tolerances, frames read once in setup: the
 * fixest {@code trade} model (38,325 rows, four fixed effects), the WTO/UNCTAD guide's RTA model
 * (28,566 rows, exporter-year, importer-year and pair effects) and the 1M-row synthetic panel of
 * {@code bench/gravity.sh} (file from the system property {@code gravity.panel}, default {@code
 * bench/out/panel.csv}; generate it with {@code gen_gravity_panel.py 200 25 7}). The {@code
 * acceleration} parameter compares Irons–Tuck with plain sweeps, conjugate gradient and LSMR.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GravityBenchmark {

  /** The acceleration of the fixed-effect projections. */
  @Param({"IRONS_TUCK", "CONJUGATE_GRADIENT", "LSMR", "NONE"})
  public String acceleration;

  ModelFrame trade;
  ModelFrame agtpa;
  ModelFrame panel;
  GravityModel tradeModel;
  GravityModel rtaModel;
  GravityModel panelModel;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(GravityBenchmark.class.getResource("/io/github/digitrade/gravity/" + name), name)
            .toURI());
  }

  /**
   * Reads the three frames.
   *
   * @throws URISyntaxException if a fixture cannot be located
   * @throws IOException if the panel file is missing
   */
  @Setup
  public void setup() throws URISyntaxException, IOException {
    io.github.digitrade.gravity.Acceleration acc = io.github.digitrade.gravity.Acceleration.valueOf(acceleration);
    trade = ModelFrame.readCsv(resource("fixest_trade.csv.gz"), List.of("Euros", "dist_km"),
            List.of("Origin", "Destination", "Product", "Year"))
        .withLog("log_dist", "dist_km");
    tradeModel = GravityModel.ppml("Euros").regressors("log_dist")
        .absorb("Origin", "Destination", "Product", "Year").acceleration(acc);
    agtpa = ModelFrame.readCsv(resource("agtpa_gravity_1986_2006_4y.csv.gz"), List.of("trade", "RTA"),
            List.of("exporter", "importer", "pair_id", "year"))
        .withInteraction("exp_year", "exporter", "year")
        .withInteraction("imp_year", "importer", "year");
    rtaModel = GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair_id")
        .acceleration(acc);
    Path p = Path.of(System.getProperty("gravity.panel", "bench/out/panel.csv"));
    if (!Files.exists(p)) {
      throw new IOException(p + " is missing: run bench/gravity.sh once to generate it");
    }
    panel = ModelFrame.readCsv(p, List.of("trade", "RTA"), List.of("exporter", "importer", "year"))
        .withInteraction("exp_year", "exporter", "year")
        .withInteraction("imp_year", "importer", "year")
        .withInteraction("pair", "exporter", "importer");
    panelModel = GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair")
        .acceleration(acc);
  }

  /**
   * The fixest {@code trade} model.
   *
   * @return the estimate
   */
  @Benchmark
  public double trade() {
    return tradeModel.fit(trade).coefficient("log_dist");
  }

  /**
   * The guide's RTA model with pair fixed effects.
   *
   * @return the estimate
   */
  @Benchmark
  public double rta() {
    return rtaModel.fit(agtpa).coefficient("RTA");
  }

  /**
   * The 1M-row synthetic panel.
   *
   * @return the estimate
   */
  @Benchmark
  public double panel1m() {
    return panelModel.fit(panel).coefficient("RTA");
  }
}
