package io.github.digitrade.bench;

import io.github.digitrade.io.SyntheticBaci;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic BACI file and its country-code file: {@code Generate ROWS SEED OUT.csv
 * CODES.csv}.
 */
public final class Generate {
  private Generate() {}

  /**
   * Runs the generator.
   *
   * @param args rows, seed, the data file and the country-code file
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: Generate ROWS SEED OUT.csv CODES.csv");
      System.exit(2);
    }
    SyntheticBaci g = SyntheticBaci.of(Long.parseLong(args[0]), Long.parseLong(args[1]));
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      g.write(out);
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
      SyntheticBaci.writeCountryCodes(out);
    }
  }
}
