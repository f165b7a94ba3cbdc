/**
 * The main job: a brief on a trade dataset, printed as text and written as a self-contained HTML
 * report.
 */
@NullMarked
package io.github.digitrade.report;

import org.jspecify.annotations.NullMarked;
