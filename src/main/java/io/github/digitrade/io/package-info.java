/**
 * Streaming readers and writers for tidy CSV, CEPII BACI and UN Comtrade files, with strict error
 * reporting: a malformed line is an error naming the file, line, column and text.
 *
 * <pre>{@code
 * ReadResult r = FlowReader.tidy()
 *     .withMode(ReadMode.LENIENT)
 *     .withProgress((bytes, total, rows) -> System.err.print("\r" + rows + " rows"))
 *     .read(Path.of("flows.csv"));
 * r.report();     // flows.csv: 28 rows read, 28 kept, 0 skipped
 * FlowTable t = r.table();
 * FlowWriter.write(t.filter(Dimension.REPORTER, "CHN"), Path.of("chn.csv"));
 * }</pre>
 */
@NullMarked
package io.github.digitrade.io;

import org.jspecify.annotations.NullMarked;
