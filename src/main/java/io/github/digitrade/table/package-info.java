/**
 * The columnar flow table: dictionary-encoded dimensions and a primitive value column, for panels of
 * millions of trade flows.
 *
 * <p>A {@link io.github.digitrade.table.FlowTable} comes from a reader ({@code
 * io.github.digitrade.io.FlowReader}), a builder, or a {@code TradeFlows} collection. Aggregates
 * return labelled results and reach the same calculators as the scalar API.
 *
 * <pre>{@code
 * FlowTable t = FlowTable.builder()
 *     .add("CHN", "USA", "8517", "2023", "X", 90)
 *     .add("CHN", "IDN", "1511", "2023", "X", 10)
 *     .add("IDN", "CHN", "1511", "2023", "X", 45)
 *     .build();
 * t.sum(Dimension.REPORTER);                  // LabeledVector{CHN=100.0, IDN=45.0}
 * t.rca().get("IDN", "1511");                 // (45/45)/(55/145) = 2.636
 * t.hhi(Dimension.PARTNER).get("CHN");        // 0.9² + 0.1² = 0.82
 * }</pre>
 */
@NullMarked
package io.github.digitrade.table;

import org.jspecify.annotations.NullMarked;
