/**
 * General-equilibrium counterfactuals with structural gravity (GEPPML, Anderson, Larch &amp; Yotov
 * 2018): what trade, multilateral resistances, factory-gate prices, output, expenditure and real
 * GDP would be if an agreement, a border or a tariff were different.
 *
 * <p>A {@link io.github.digitrade.gravity.counterfactual.Counterfactual} states the change over a
 * fitted baseline {@link io.github.digitrade.gravity.GravityFit} and its data; solving it gives a
 * {@link io.github.digitrade.gravity.counterfactual.CounterfactualResult} with the baseline,
 * conditional and full endowment stages of chapter 2 of Yotov, Piermartini, Monteiro &amp; Larch,
 * <i>An Advanced Guide to Trade Policy Analysis</i> (WTO/UNCTAD 2016).
 *
 * <pre>{@code
 * CounterfactualResult r = Counterfactual.of(fit, frame)
 *     .year("year", 1994)
 *     .pairEffects("pair", "ln_DIST", "CNTG", "LANG", "CLNY")
 *     .set("RTA", 0, Pairs.among("CAN", "MEX", "USA"))
 *     .sigma(7).reference("DEU").solve();
 * r.percentChange(Stage.FULL, Measure.REAL_GDP, "MEX");
 * }</pre>
 */
@NullMarked
package io.github.digitrade.gravity.counterfactual;

import org.jspecify.annotations.NullMarked;
