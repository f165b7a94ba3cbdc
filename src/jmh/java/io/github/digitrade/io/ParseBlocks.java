package io.github.digitrade.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The BACI fast path's parser alone, on the calling thread: the first MiB of a BACI file cut into
 * blocks of {@link BaciRows#BLOCK} bytes at line ends, held in memory, parsed by one reused {@link
 * BaciBlock} again and again, with the products' codes known as the reader would have made them
 * (numbered in the order of their first rows). No table, no dictionary of the reader, no file
 * access: the parse rate of {@link BaciBlock#parse} itself, for profiling it.
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes \
 *     io.github.digitrade.io.ParseBlocks bench/out/baci_10000000.csv 64 30
 * # 2065137 rows a pass, best 994 MB/s, median 765 MB/s, 41.2 ns a row (30 passes)
 * }</pre>
 *
 * <p>The arguments: a BACI file with the header {@code t,i,j,k,v,q}, the MiB of it to parse (its
 * first whole blocks) and the number of passes.
 */
public final class ParseBlocks {
  private ParseBlocks() {}

  /**
   * Parses the blocks and prints one line: rows a pass, the best and the median rate of the
   * passes, and the median time a row.
   *
   * @param args the BACI file, the MiB and the passes
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ParseBlocks BACI.csv MIB PASSES");
      System.exit(2);
    }
    byte[] all = Files.readAllBytes(Path.of(args[0]));
    int n = (int) Math.min(all.length, (long) Integer.parseInt(args[1]) << 20);
    int passes = Integer.parseInt(args[2]);
    int p = 0;
    while (all[p] != '\n') {
      p++;
    }
    p++;
    // whole blocks of lines, each in an array of its own with the slack the parser loads past it
    int count = (n - p) / BaciRows.BLOCK;
    byte[][] blocks = new byte[count][];
    for (int b = 0; b < count; b++) {
      int e = BaciRows.lastLineEnd(all, p + BaciRows.BLOCK);
      blocks[b] = Arrays.copyOfRange(all, p, e + BaciBlock.SLACK);
      p = e;
    }
    int[] known = codesOfFirstRows(blocks);
    BaciBlock blk = new BaciBlock(blocks[0], BaciRows.BLOCK / 24);
    long[] nanos = new long[passes];
    long bytes = 0;
    long rows = 0;
    for (int pass = 0; pass < passes; pass++) {
      bytes = 0;
      rows = 0;
      long t0 = System.nanoTime();
      for (byte[] b : blocks) {
        blk.reuse(b).knownProducts = known;
        blk.parse(0, b.length - BaciBlock.SLACK);
        bytes += b.length - BaciBlock.SLACK;
        rows += blk.rows;
      }
      nanos[pass] = System.nanoTime() - t0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long median = sorted[passes / 2];
    System.out.printf(
        Locale.ROOT,
        "%d rows a pass, best %.0f MB/s, median %.0f MB/s, %.1f ns a row (%d passes)%n",
        rows,
        bytes * 1e3 / sorted[0],
        bytes * 1e3 / median,
        (double) median / rows,
        passes);
  }

  /**
   * The products' codes a reader gives the blocks' rows: 0, 1, 2, … in the order of their first
   * rows, -1 for the numbers that do not occur (the table {@link BaciRows#knownProducts} fills).
   */
  private static int[] codesOfFirstRows(byte[][] blocks) {
    int[] known = new int[1_000_000];
    Arrays.fill(known, -1);
    int next = 0;
    BaciBlock blk = new BaciBlock(blocks[0], BaciRows.BLOCK / 24);
    for (byte[] b : blocks) {
      blk.reuse(b).parse(0, b.length - BaciBlock.SLACK);
      for (int r = 0; r < blk.rows; r++) {
        int number = ~blk.product[r];
        if (known[number] < 0) {
          known[number] = next++;
        }
      }
    }
    return known;
  }
}
