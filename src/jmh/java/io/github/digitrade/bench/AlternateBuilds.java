package io.github.digitrade.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two builds of the library on the BACI stream path in one JVM: each build is loaded
 * through a class loader of its own, and the two read the same bytes in turn (A B, B A, A B, …),
 * on the calling thread, the wall time of each read measured. The ratio B ÷ A is taken within each
 * pair, so a machine whose speed drifts during the run moves both sides of a pair alike; the first
 * third of the pairs (the compilers at work) is left out of the median.
 *
 * <pre>{@code
 * java -XX:TieredStopAtLevel=1 -cp target/test-classes io.github.digitrade.bench.AlternateBuilds \
 *     before.jar after.jar GUAVA_ETC_CLASS_PATH bench/out/baci_10000000.csv \
 *     bench/out/country_codes.csv 64 30
 * # B/A paired median 0.946 (quartiles 0.928-0.955), best A 1086 MB/s, best B 1160 MB/s
 * }</pre>
 *
 * <p>The arguments: the two jars (A and B), the class path of the library's dependencies
 * (Guava and the annotation jars, separated by {@code :}), a BACI file, its country-code file, the
 * MiB of the file read (its first whole lines) and the number of pairs.
 */
public final class AlternateBuilds {
  private AlternateBuilds() {}

  /**
   * Runs the comparison and prints one line.
   *
   * @param args jar A, jar B, dependency class path, BACI file, country-code file, MiB, pairs
   * @throws Exception if a build cannot be loaded or a read fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println(
          "usage: AlternateBuilds A.jar B.jar DEPENDENCY_CLASS_PATH BACI.csv CODES.csv MIB PAIRS");
      System.exit(2);
    }
    byte[] all = Files.readAllBytes(Path.of(args[3]));
    int n = (int) Math.min(all.length, (long) Integer.parseInt(args[5]) << 20);
    while (n > 0 && all[n - 1] != '\n') {
      n--;
    }
    byte[] data = Arrays.copyOf(all, n);
    int pairs = Integer.parseInt(args[6]);
    List<URL> dependencies = new ArrayList<>();
    for (String d : args[2].split(":", -1)) {
      dependencies.add(Path.of(d).toUri().toURL());
    }
    Method[] read = new Method[2];
    Object[] reader = new Object[2];
    for (int i = 0; i < 2; i++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(args[i]).toUri().toURL());
      urls.addAll(dependencies);
      ClassLoader loader =
          new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> flowReader = loader.loadClass("io.github.digitrade.io.FlowReader");
      Object codes =
          flowReader.getMethod("baciCountryCodes", Path.class).invoke(null, Path.of(args[4]));
      Object r = flowReader.getMethod("baci").invoke(null);
      reader[i] = flowReader.getMethod("withCountryCodes", Map.class).invoke(r, codes);
      read[i] = flowReader.getMethod("read", InputStream.class, String.class);
    }
    double[][] ms = new double[2][pairs];
    for (int k = 0; k < pairs; k++) {
      for (int j = 0; j < 2; j++) {
        int i = k % 2 == 0 ? j : 1 - j;
        long start = System.nanoTime();
        read[i].invoke(reader[i], new ByteArrayInputStream(data), "alternate.csv");
        ms[i][k] = (System.nanoTime() - start) / 1e6;
      }
    }
    int skip = pairs / 3;
    double[] ratio = new double[pairs - skip];
    for (int k = skip; k < pairs; k++) {
      ratio[k - skip] = ms[1][k] / ms[0][k];
    }
    Arrays.sort(ratio);
    double bestA = Arrays.stream(ms[0]).min().orElse(Double.NaN);
    double bestB = Arrays.stream(ms[1]).min().orElse(Double.NaN);
    System.out.printf(
        Locale.ROOT,
        "B/A paired median %.3f (quartiles %.3f-%.3f), best A %.0f MB/s, best B %.0f MB/s%n",
        ratio[ratio.length / 2],
        ratio[ratio.length / 4],
        ratio[3 * ratio.length / 4],
        n / 1e3 / bestA,
        n / 1e3 / bestB);
  }
}
