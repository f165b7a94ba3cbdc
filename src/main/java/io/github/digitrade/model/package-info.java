/**
 * Value types of digital trade: trade flows, partners and partner groups, platforms, pilot zones, and
 * the money, periods, product codes and classifications they are made of.
 *
 * <p>Every type is immutable and thread-safe, validates its invariants at construction and rejects
 * bad input with an {@link java.lang.IllegalArgumentException} that names the field, the bad value and
 * what was expected. No method accepts or returns {@code null}.
 */
@NullMarked
@DigitradeStyle
package io.github.digitrade.model;

import org.jspecify.annotations.NullMarked;
