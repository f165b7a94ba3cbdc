package io.github.digitrade.bench;

import io.github.digitrade.gravity.GravityFit;
import io.github.digitrade.gravity.GravityModel;
import io.github.digitrade.gravity.ModelFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process gravity job of {@code bench/gravity.sh}: reads a panel CSV with columns {@code
 * exporter, importer, year, trade, RTA}, builds exporter × year, importer × year and pair factors,
 * fits {@code PPML trade ~ RTA | exp_year + imp_year + pair} and prints one line with the estimate
 * and the stage timings.
 */
public final class GravityJob {

  private GravityJob() {}

  /**
   * Runs the job.
   *
   * @param args the panel CSV
   */
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    ModelFrame f =
        ModelFrame.readCsv(Path.of(args[0]), List.of("trade", "RTA"), List.of("exporter", "importer", "year"))
            .withInteraction("exp_year", "exporter", "year")
            .withInteraction("imp_year", "importer", "year")
            .withInteraction("pair", "exporter", "importer");
    long t1 = System.nanoTime();
    GravityFit fit =
        GravityModel.ppml("trade").regressors("RTA").absorb("exp_year", "imp_year", "pair").fit(f);
    long t2 = System.nanoTime();
    System.out.println(String.format(Locale.ROOT,
        "rows=%d used=%d rta=%.9f iterations=%d read_s=%.3f fit_s=%.3f",
        f.rows(), fit.observations(), fit.coefficient("RTA"), fit.convergence().iterations(),
        (t1 - t0) / 1e9, (t2 - t1) / 1e9));
  }
}
