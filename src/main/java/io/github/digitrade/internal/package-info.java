/**
 * Internal helpers shared by the other packages: the reader of the embedded CSV resources. Not
 * exported from the module; not part of the API.
 */
@NullMarked
package io.github.digitrade.internal;

import org.jspecify.annotations.NullMarked;
