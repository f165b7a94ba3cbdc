package io.github.digitrade.io;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A reproducible generator of BACI-shaped trade data, for tests, benchmarks and examples: {@value
 * #COUNTRIES} countries trading {@value #PRODUCTS} HS6-like products in year {@value #YEAR}, with
 * Zipf-like values.
 *
 * <p>Rows are distinct (exporter, importer, product) triples, exporter ≠ importer, drawn uniformly
 * without replacement by selection sampling (Knuth, TAOCP vol. 2, Algorithm 3.4.2 S) and written in
 * BACI's order (by exporter, importer, product). The value of a row, in thousands of US dollars
 * rounded to 0.001 (at least 0.001), is {@code 5e5 / (e^1.1 · m^0.6 · p^0.9) · exp(1.5·z)} for
 * exporter rank {@code e}, importer rank {@code m} and product rank {@code p} (all from 1) and a
 * standard normal {@code z}: a few countries and products dominate, as in real trade. Quantities are
 * {@code NA} for one row in twenty. Country codes are {@code 4, 8, …, 920}, labelled with the
 * user-assigned ISO 3166 alpha-3 codes {@code QMA, QMB, …} so they never clash with real countries.
 * The same seed gives the same bytes on every platform.
 *
 * <pre>{@code
 * SyntheticBaci g = SyntheticBaci.of(1_000_000, 42);
 * try (OutputStream out = Files.newOutputStream(Path.of("baci.csv"))) {
 *   g.write(out);
 * }
 * FlowTable t = g.table();  // the same rows, without a file
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyntheticBaci {

  /** The number of countries, each an exporter and an importer. */
  public static final int COUNTRIES = 230;

  /** The number of products. */
  public static final int PRODUCTS = 5000;

  /** The year of every row. */
  public static final int YEAR = 2022;

  /** The number of distinct (exporter, importer, product) triples: the most rows possible. */
  public static final long MAX_ROWS = (long) COUNTRIES * (COUNTRIES - 1) * PRODUCTS;

  private final long rows;
  private final long seed;

  private SyntheticBaci(long rows, long seed) {
    this.rows = rows;
    this.seed = seed;
  }

  /**
   * Returns a generator of a number of rows from a seed.
   *
   * @param rows how many rows, from 0 to {@link #MAX_ROWS} and at most {@code Integer.MAX_VALUE - 8}
   * @param seed the seed; the same seed gives the same rows
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code rows} is out of range
   */
  public static SyntheticBaci of(long rows, long seed) {
    long max = Math.min(MAX_ROWS, Integer.MAX_VALUE - 8);
    if (rows < 0 || rows > max) {
      throw new IllegalArgumentException("rows = " + rows + ": expected 0 to " + max);
    }
    return new SyntheticBaci(rows, seed);
  }

  /**
   * Returns the numeric BACI code of a country.
   *
   * @param country the country index, from 0 to {@code COUNTRIES - 1}
   * @return the code, {@code 4 · (country + 1)}
   */
  static int countryCode(int country) {
    return 4 * (country + 1);
  }

  /**
   * Returns the alpha-3 label of a country index, {@code QMA} for 0.
   *
   * @param country the country index, from 0 to {@code COUNTRIES - 1}
   * @return the label, never null
   */
  static String iso3(int country) {
    return "Q" + (char) ('M' + country / 26) + (char) ('A' + country % 26);
  }

  /**
   * Returns the HS6-like code of a product index, as a number.
   *
   * @param product the product index, from 0 to {@code PRODUCTS - 1}
   * @return the code, from 10110 to 994913
   */
  static int productCode(int product) {
    return 10110 + product * 197;
  }

  /**
   * Returns the country-code table of the generated data, as {@link
   * FlowReader#baciCountryCodes(java.nio.file.Path)} reads it.
   *
   * @return numeric code to alpha-3 label, never null
   */
  public static ImmutableMap<Integer, String> countryCodes() {
    ImmutableMap.Builder<Integer, String> b = ImmutableMap.builder();
    for (int c = 0; c < COUNTRIES; c++) {
      b.put(countryCode(c), iso3(c));
    }
    return b.buildOrThrow();
  }

  /**
   * Writes the country-code file in BACI's format ({@code
   * country_code,country_name,country_iso2,country_iso3}).
   *
   * @param out the stream, not null; not closed
   * @throws IOException if writing fails
   */
  public static void writeCountryCodes(OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder("country_code,country_name,country_iso2,country_iso3\n");
    for (int c = 0; c < COUNTRIES; c++) {
      s.append(countryCode(c))
          .append(",\"Synthetic country ")
          .append(c + 1)
          .append("\",NA,")
          .append(iso3(c))
          .append('\n');
    }
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Receives generated rows; values in thousandths of a thousand dollars. */
  private interface Sink {
    void row(int exporter, int importer, int product, long milli, long quantityMilli)
        throws IOException;
  }

  private void generate(Sink sink) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long needed = rows;
    long remaining = MAX_ROWS;
    double[] exporterWeight = new double[COUNTRIES];
    double[] importerWeight = new double[COUNTRIES];
    for (int c = 0; c < COUNTRIES; c++) {
      exporterWeight[c] = Math.pow(c + 1, -1.1);
      importerWeight[c] = Math.pow(c + 1, -0.6);
    }
    double[] productWeight = new double[PRODUCTS];
    for (int p = 0; p < PRODUCTS; p++) {
      productWeight[p] = Math.pow(p + 1, -0.9);
    }
    for (int e = 0; e < COUNTRIES && needed > 0; e++) {
      for (int m = 0; m < COUNTRIES && needed > 0; m++) {
        if (m == e) {
          continue;
        }
        double pair = 5e5 * exporterWeight[e] * importerWeight[m];
        for (int p = 0; p < PRODUCTS && needed > 0; p++) {
          // select this triple with probability needed / remaining
          if ((random.nextLong() >>> 11) * 0x1.0p-53 * remaining < needed) {
            double v = pair * productWeight[p] * Math.exp(1.5 * random.nextGaussian());
            long milli = Math.max(1, Math.round(v * 1000));
            long q = random.nextInt(20) == 0 ? -1 : Math.max(1, Math.round(v * 250));
            sink.row(e, m, p, milli, q);
            needed--;
          }
          remaining--;
        }
      }
    }
  }

  /**
   * Writes the rows as a BACI CSV file with header {@code t,i,j,k,v,q}.
   *
   * @param out the stream, not null; not closed (wrap it in a buffer only if it is unbuffered: this
   *     method writes in 64 KiB blocks)
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    byte[] buf = new byte[1 << 16];
    int[] n = {0};
    byte[] header = "t,i,j,k,v,q\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, buf, 0, header.length);
    n[0] = header.length;
    byte[] year = (YEAR + ",").getBytes(StandardCharsets.US_ASCII);
    generate(
        (e, m, p, milli, q) -> {
          if (n[0] > buf.length - 128) {
            out.write(buf, 0, n[0]);
            n[0] = 0;
          }
          int w = n[0];
          System.arraycopy(year, 0, buf, w, year.length);
          w += year.length;
          w = digits(buf, w, countryCode(e));
          buf[w++] = ',';
          w = digits(buf, w, countryCode(m));
          buf[w++] = ',';
          int k = productCode(p);
          if (k < 100_000) {
            buf[w++] = '0';
          }
          w = digits(buf, w, k);
          buf[w++] = ',';
          w = milli(buf, w, milli);
          buf[w++] = ',';
          if (q < 0) {
            buf[w++] = 'N';
            buf[w++] = 'A';
          } else {
            w = milli(buf, w, q);
          }
          buf[w++] = '\n';
          n[0] = w;
        });
    out.write(buf, 0, n[0]);
  }

  private static int digits(byte[] b, int w, long v) {
    if (v >= 10) {
      w = digits(b, w, v / 10);
    }
    b[w] = (byte) ('0' + v % 10);
    return w + 1;
  }

  private static int milli(byte[] b, int w, long milli) {
    w = digits(b, w, milli / 1000);
    b[w++] = '.';
    long f = milli % 1000;
    b[w++] = (byte) ('0' + f / 100);
    b[w++] = (byte) ('0' + f / 10 % 10);
    b[w++] = (byte) ('0' + f % 10);
    return w;
  }

  /**
   * Returns the rows as a table, exactly as {@link FlowReader#baci()} with {@link #countryCodes()}
   * reads the file {@link #write(OutputStream)} writes.
   *
   * @return the table, never null
   */
  public FlowTable table() {
    FlowTableBuilder b = FlowTable.builder().expectedRows((int) rows);
    int period = b.code(Dimension.PERIOD, Integer.toString(YEAR));
    int direction = b.code(Dimension.DIRECTION, "X");
    int[] exporters = new int[COUNTRIES];
    int[] importers = new int[COUNTRIES];
    int[] products = new int[PRODUCTS];
    java.util.Arrays.fill(exporters, -1);
    java.util.Arrays.fill(importers, -1);
    java.util.Arrays.fill(products, -1);
    try {
      generate(
          (e, m, p, milli, q) -> {
            if (exporters[e] < 0) {
              exporters[e] = b.code(Dimension.REPORTER, iso3(e));
            }
            if (importers[m] < 0) {
              importers[m] = b.code(Dimension.PARTNER, iso3(m));
            }
            if (products[p] < 0) {
              products[p] =
                  b.code(Dimension.PRODUCT, Integer.toString(productCode(p) + 1_000_000).substring(1));
            }
            b.addCodes(exporters[e], importers[m], products[p], period, direction, milli / 1000.0);
          });
    } catch (IOException e) {
      throw new AssertionError("the table sink does no I/O", e);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "SyntheticBaci[" + rows + " rows, seed " + seed + "]";
  }
}
