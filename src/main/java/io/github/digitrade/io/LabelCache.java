package io.github.digitrade.io;

import io.github.digitrade.internal.ByteKeys;
import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.Numbers;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTableBuilder;
import java.nio.charset.CharacterCodingException;
import org.jspecify.annotations.Nullable;

/** A dictionary cache keyed by the bytes of a field, so repeated labels cost no decoding. */
final class LabelCache {
  private final FlowTableBuilder builder;
  private final FlowReader reader;
  private final Dimension dimension;
  private final boolean numeric;
  private final @Nullable PeriodCheck periods;
  private final ByteKeys keys = new ByteKeys();

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
    int known = keys.get(b, s, e);
    if (known >= 0) {
      return known;
    }
    String label = label(f, b, s, e);
    if (periods != null) {
      periods.check(label, f, scanner.line());
    }
    int code = builder.code(dimension, label);
    keys.put(b, s, e, code);
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
}
