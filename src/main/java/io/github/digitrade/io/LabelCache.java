package io.github.digitrade.io;

import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTableBuilder;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A dictionary cache keyed by the bytes of a field, so repeated labels cost no decoding. */
final class LabelCache {
  private final FlowTableBuilder builder;
  private final FlowReader reader;
  private final Dimension dimension;
  private final boolean numeric;
  private final @Nullable PeriodCheck periods;
  private byte[][] keys = new byte[256][];
  private int[] values = new int[256];
  private int count;

  LabelCache(
      FlowTableBuilder builder,
      FlowReader reader,
      Dimension dimension,
      boolean numeric,
      @Nullable PeriodCheck periods) {
    this.builder = builder;
    this.reader = reader;
    this.dimension = dimension;
    this.numeric = numeric;
    this.periods = periods;
  }

  /**
   * Returns the dictionary code of field {@code f}; a new label is decoded and checked once.
   *
   * @throws ReadJob.BadRow if the label is blank, malformed or of no accepted period form
   * @throws FlowFormatException if a new period label mixes frequencies with earlier ones
   */
  int code(CsvScanner scanner, int f) throws ReadJob.BadRow, FlowFormatException {
    byte[] b = scanner.buffer();
    int s = scanner.start(f);
    int e = scanner.end(f);
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    int h = 0;
    for (int x = s; x < e; x++) {
      h = 31 * h + b[x];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int slot = h & mask;
    while (true) {
      byte[] key = keys[slot];
      if (key == null) {
        break;
      }
      if (Arrays.equals(key, 0, key.length, b, s, e)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    String label = label(f, b, s, e);
    if (periods != null) {
      periods.check(label, f, scanner.line());
    }
    int code = builder.code(dimension, label);
    keys[slot] = Arrays.copyOfRange(b, s, e);
    values[slot] = code;
    if (++count * 2 > keys.length) {
      rehash();
    }
    return code;
  }

  private String label(int f, byte[] b, int s, int e) throws ReadJob.BadRow {
    if (s == e) {
      throw new ReadJob.BadRow(f, "blank " + dimension.label() + ": expected a label");
    }
    if (numeric) {
      int n;
      try {
        n = Numbers.integer(b, s, e);
      } catch (Numbers.BadNumber x) {
        throw new ReadJob.BadRow(f, x.why + " (a UN M49 code from 0 to 999)");
      }
      if (n > 999) {
        throw new ReadJob.BadRow(f, "expected a UN M49 code from 0 to 999");
      }
      return reader.countryLabel(n);
    }
    try {
      String label = CsvScanner.decode(b, s, e).strip();
      if (label.isEmpty()) {
        throw new ReadJob.BadRow(f, "blank " + dimension.label() + ": expected a label");
      }
      String lookalike = LookalikeLabels.problem(label);
      if (lookalike != null) {
        throw new ReadJob.BadRow(f, dimension.label() + " " + lookalike);
      }
      return label;
    } catch (CharacterCodingException x) {
      throw new ReadJob.BadRow(f, "invalid UTF-8: expected UTF-8 text");
    }
  }

  private void rehash() {
    byte[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int x = 0; x < oldKeys.length; x++) {
      byte[] key = oldKeys[x];
      if (key != null) {
        int h = 0;
        for (byte y : key) {
          h = 31 * h + y;
        }
        h ^= h >>> 16;
        int slot = h & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = oldValues[x];
      }
    }
  }
}
