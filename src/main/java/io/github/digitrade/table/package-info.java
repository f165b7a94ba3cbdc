/**
 * The columnar flow table: dictionary-encoded dimensions and a primitive value column, for panels of
 * millions of trade flows.
 */
@NullMarked
package io.github.digitrade.table;

import org.jspecify.annotations.NullMarked;
