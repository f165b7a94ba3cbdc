/**
 * Value types of digital trade: trade flows and collections of them, partners and partner groups,
 * platforms, pilot zones, and the money, periods, product codes, exchange rates and sources they are
 * made of.
 *
 * <p>Every type is immutable and thread-safe, validates its invariants at construction and rejects
 * bad input with an {@link java.lang.IllegalArgumentException} that names the field, the bad value and
 * what was expected. No method accepts or returns {@code null}. Types with a text form ({@link
 * io.github.digitrade.model.Money}, {@link io.github.digitrade.model.Period}, {@link
 * io.github.digitrade.model.ProductCode}, {@link io.github.digitrade.model.Partner}) have a {@code
 * parse} method that is the exact inverse of {@code toString}.
 *
 * <pre>{@code
 * TradeFlow f = TradeFlow.of(Partner.of("CHN"), Partner.world(), Period.parse("2020"),
 *     FlowDirection.EXPORT, ProductCode.total(), DigitalNature.DIGITALLY_ORDERED,
 *     Money.of("1120", "CNY"));
 * }</pre>
 */
@NullMarked
@DigitradeStyle
package io.github.digitrade.model;

import org.jspecify.annotations.NullMarked;
