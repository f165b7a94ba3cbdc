/**
 * digitrade: typed, immutable and exact models of digital trade and cross-border e-commerce, and the
 * indicators trade economists compute from them.
 *
 * <p>The module exports these packages:
 *
 * <ul>
 *   <li>{@link io.github.digitrade.model} value types such as trade flows, partners, platforms and
 *       pilot zones;
 *   <li>{@link io.github.digitrade.reference} embedded, sourced reference data;
 *   <li>{@link io.github.digitrade.calc} the indicator calculators;
 *   <li>{@link io.github.digitrade.table} the columnar flow table for millions of rows;
 *   <li>{@link io.github.digitrade.io} readers and writers for tidy CSV, CEPII BACI and UN Comtrade;
 *   <li>{@link io.github.digitrade.reference} embedded, sourced reference data;
 *   <li>{@link io.github.digitrade.table} the columnar flow table for millions of rows;
 *   <li>{@link io.github.digitrade.io} readers of tidy CSV, CEPII BACI and UN Comtrade files, and a
 *       writer;
 *   <li>{@link io.github.digitrade.gravity} structural gravity: PPML and OLS with absorbed fixed
 *       effects, separation checks and fixest-style inference;
 *   <li>{@link io.github.digitrade.gravity.counterfactual} general-equilibrium counterfactuals
 *       (GEPPML) over a fitted gravity model;
 *   <li>{@link io.github.digitrade.report} the brief and the HTML report.
 * </ul>
 */
module io.github.digitrade {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.digitrade.model;
  exports io.github.digitrade.calc;
  exports io.github.digitrade.reference;
  exports io.github.digitrade.report;
  exports io.github.digitrade.table;
  exports io.github.digitrade.io;
  exports io.github.digitrade.gravity;
  exports io.github.digitrade.gravity.counterfactual;
}
