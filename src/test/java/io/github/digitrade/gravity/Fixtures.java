package io.github.digitrade.gravity;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** The gravity fixtures of src/test/resources/io/github/digitrade/gravity (see README.md there). */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    URL u = Fixtures.class.getResource("/io/github/digitrade/gravity/" + name);
    if (u == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    try {
      return Path.of(u.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ModelFrame trade() {
    return ModelFrame.readCsv(
            path("fixest_trade.csv.gz"),
            List.of("Euros", "dist_km"),
            List.of("Origin", "Destination", "Product", "Year"))
        .withLog("log_dist", "dist_km");
  }

  static ModelFrame agtpa() {
    return ModelFrame.readCsv(
            path("agtpa_gravity_1986_2006_4y.csv.gz"),
            List.of("trade", "DIST", "CNTG", "LANG", "CLNY", "RTA"),
            List.of("exporter", "importer", "pair_id", "year"))
        .withLog("ln_DIST", "DIST")
        .withInteraction("exp_year", "exporter", "year")
        .withInteraction("imp_year", "importer", "year");
  }

  static final List<String> SST_REGRESSORS =
      List.of("lypex", "lypim", "lyex", "lyim", "ldist", "border", "comlang", "colony", "landl_ex",
          "landl_im", "lremot_ex", "lremot_im", "comfrt_wto", "open_wto");

  static ModelFrame sst() {
    List<String> cols = new java.util.ArrayList<>(SST_REGRESSORS);
    cols.add("trade");
    return ModelFrame.readCsv(path("sst2006_table3.csv.gz"), cols, List.of("s1_im", "s2_ex"));
  }

  /** The statsmodels reference value of one model, term and quantity. */
  static double reference(String model, String term, String quantity) {
    for (io.github.digitrade.internal.Csv.Row r :
        io.github.digitrade.internal.Csv.read("/io/github/digitrade/gravity/reference/statsmodels_reference.csv")) {
      if (r.get("model").equals(model) && r.get("term").equals(term) && r.get("quantity").equals(quantity)) {
        return Double.parseDouble(r.get("value"));
      }
    }
    throw new IllegalArgumentException("no reference " + model + "/" + term + "/" + quantity);
  }
}
