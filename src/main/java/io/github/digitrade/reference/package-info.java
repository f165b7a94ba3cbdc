/**
 * Embedded reference data with a source and a status on every row: cross-border e-commerce pilot
 * zones, partner groups, customs supervision modes, digitally deliverable service code sets,
 * platforms, exchange rates and a sample China digital-trade dataset.
 *
 * <p>The data are CSV resources under {@code io/github/digitrade/reference/} in the jar. Rows whose
 * sources could not be retrieved ship with status {@code UNVERIFIED}, rows calculated from others
 * with {@code DERIVED}; neither is presented as fact. The country list comes from Debian iso-codes
 * 4.15.0 ({@code iso_3166-1.json}).
 */
@NullMarked
package io.github.digitrade.reference;

import org.jspecify.annotations.NullMarked;
