/**
 * Embedded reference data with a source and a status on every row: cross-border e-commerce pilot
 * zones, partner groups, customs supervision modes, digitally deliverable service code sets,
 * platforms, exchange rates and a sample China digital-trade dataset.
 */
@NullMarked
package io.github.digitrade.reference;

import org.jspecify.annotations.NullMarked;
