/**
 * Streaming readers and writers for tidy CSV, CEPII BACI and UN Comtrade files, with strict error
 * reporting: a malformed line is an error naming the file, line, column and text.
 */
@NullMarked
package io.github.digitrade.io;

import org.jspecify.annotations.NullMarked;
