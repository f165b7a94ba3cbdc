package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.internal.CsvScanner;
import io.github.digitrade.internal.Numbers;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import io.github.digitrade.table.FlowTableBuilder;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The row parser of UN Comtrade files, both header generations ({@link ComtradeFormat}): the five
 * dimensions and the value as in a tidy file, the legacy numeric trade-flow codes mapped to the
 * current letters, and the records that are aggregates or breakdowns of other records ({@link
 * Aggregate}) kept out of the table, counted by kind, and collected apart on request.
 */
final class ComtradeRows implements ReadJob.Rows {

  /** The legacy regime codes 1 to 4 and the current flow codes they are. */
  private static final String[] LEGACY_FLOWS =
      ComtradeRule.legacyFlows().toArray(new String[0]);

  /** The slots of the dimensions, in the order of {@link Dimension#values()}. */
  private static final int REPORTER = 0;

  private static final int PARTNER = 1;
  private static final int DIRECTION = 4;

  private static final String[] LABELS = {"reporter", "partner", "product", "period", "direction"};

  private final ReadJob job;
  private final int[] fields = new int[5];
  private final LabelCache[] labels = new LabelCache[5];
  private final int valueField;
  private final boolean legacyFlows;
  private final int[] legacyFlowCodes = new int[4];
  /** The rules of {@link ComtradeRule#all()} and, per rule, its field or -1 if absent. */
  private final ComtradeRule[] rules = ComtradeRule.all().toArray(new ComtradeRule[0]);

  private final int[] ruleFields = new int[rules.length];
  private final int partner2;
  private final int customs;
  private final int transport;
  private final int supply;
  private final int[] codes = new int[5];
  private final Map<String, FlowTableBuilder> aggregates = new LinkedHashMap<>();

  ComtradeRows(ReadJob job) throws FlowFormatException {
    this.job = job;
    ColumnMapping m = job.format.mapping();
    Dimension[] dims = Dimension.values();
    for (int d = 0; d < 5; d++) {
      Dimension dim = dims[d];
      fields[d] = job.column(m.columns(dim), dim.label());
      boolean numeric = dim == Dimension.REPORTER || dim == Dimension.PARTNER;
      labels[d] =
          new LabelCache(
              job.builder, job.reader, dim, numeric,
              dim == Dimension.PERIOD
                  ? new PeriodCheck(job.source, job.header.get(fields[d]))
                  : null);
    }
    valueField = job.column(m.value(), "value");
    legacyFlows =
        job.header.get(fields[DIRECTION]).strip().equalsIgnoreCase(
            ComtradeFormat.LEGACY_FLOW);
    // a direction enters the dictionary only with its first row: labels(DIRECTION) lists no
    // direction the file does not hold
    Arrays.fill(legacyFlowCodes, -1);
    for (int r = 0; r < rules.length; r++) {
      ruleFields[r] = optional(rules[r].columns());
    }
    partner2 = optional(ComtradeFormat.SECOND_PARTNER);
    customs = optional(ComtradeFormat.CUSTOMS);
    transport = optional(ComtradeFormat.TRANSPORT);
    supply = optional(ComtradeFormat.SUPPLY);
  }

  private int optional(List<String> names) {
    for (String n : names) {
      int i = FlowReader.find(job.header, n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean add(CsvScanner scanner) throws ReadJob.BadRow, FlowFormatException {
    job.checkFieldCount(scanner);
    double v = job.value(scanner, valueField);
    Aggregate kind = classify(scanner);
    if (kind != null) {
      job.exclude(kind);
      if (job.options.aggregates) {
        collect(scanner, kind, v);
      }
      return false;
    }
    for (int d = 0; d < 5; d++) {
      codes[d] =
          d == DIRECTION && legacyFlows
              ? legacyFlowCode(legacyFlow(scanner))
              : labels[d].code(scanner, fields[d]);
    }
    job.builder.addCodes(codes[0], codes[1], codes[2], codes[3], codes[4], v);
    return true;
  }

  /** The kind of aggregate or breakdown the record is, or null for a leaf record. */
  private @Nullable Aggregate classify(CsvScanner s) throws ReadJob.BadRow, FlowFormatException {
    for (int d = REPORTER; d <= PARTNER; d++) {
      int n = number(s, fields[d]);
      if (n < 0 || n > 999) {
        // a malformed code is a malformed row, whatever the row is: the label parser says why
        labels[d].code(s, fields[d]);
      }
    }
    for (int r = 0; r < rules.length; r++) {
      int f = ruleFields[r];
      if (f >= 0 && applies(s, rules[r], f)) {
        return rules[r].kind();
      }
    }
    return null;
  }

  /** Whether a rule finds the record an aggregate or breakdown, by the cell of field {@code f}. */
  private static boolean applies(CsvScanner s, ComtradeRule rule, int f) throws ReadJob.BadRow {
    return switch (rule.test()) {
      case NUMBER_IS -> number(s, f) == Integer.parseInt(rule.code());
      case ZEROS -> zero(s, f, false);
      case TEXT_IS -> is(s, f, rule.code());
      case NOT_LEAF -> !leaf(s, f);
      case NEITHER_BLANK_NOR_ZEROS -> !zero(s, f, true);
      case NEITHER_BLANK_NOR_TEXT -> !blank(s, f) && !is(s, f, rule.code());
    };
  }

  /** Whether field {@code f}, without surrounding spaces, is {@code text} ignoring ASCII case. */
  private static boolean is(CsvScanner s, int f, String text) {
    byte[] b = s.buffer();
    int st = s.start(f);
    int e = s.end(f);
    while (st < e && b[st] == ' ') {
      st++;
    }
    while (e > st && b[e - 1] == ' ') {
      e--;
    }
    if (e - st != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      int c = b[st + i];
      if (c >= 'a' && c <= 'z') {
        c -= 'a' - 'A';
      }
      if (c != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The field as a whole number of at most 9 digits, or -1 when it is anything else. */
  private static int number(CsvScanner s, int f) {
    try {
      return Numbers.integer(s.buffer(), s.start(f), s.end(f));
    } catch (Numbers.BadNumber e) {
      return -1;
    }
  }

  private static boolean blank(CsvScanner s, int f) {
    byte[] b = s.buffer();
    for (int i = s.start(f); i < s.end(f); i++) {
      if (b[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether field {@code f} is a code of zeros ({@code 0}, {@code 000}); a blank field counts as
   * zero (the total) when {@code blankIsTotal}, as legacy files leave breakdown codes empty.
   */
  private static boolean zero(CsvScanner s, int f, boolean blankIsTotal) {
    byte[] b = s.buffer();
    int st = s.start(f);
    int e = s.end(f);
    while (st < e && b[st] == ' ') {
      st++;
    }
    while (e > st && b[e - 1] == ' ') {
      e--;
    }
    if (st == e) {
      return blankIsTotal;
    }
    for (int i = st; i < e; i++) {
      if (b[i] != '0') {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code isLeaf} field says leaf: 1 or true; 0 or false is not; blank is unknown. */
  private static boolean leaf(CsvScanner s, int isLeaf) throws ReadJob.BadRow {
    if (blank(s, isLeaf) || is(s, isLeaf, "1") || is(s, isLeaf, "TRUE")) {
      return true;
    }
    if (is(s, isLeaf, "0") || is(s, isLeaf, "FALSE")) {
      return false;
    }
    throw new ReadJob.BadRow(isLeaf, ComtradeRule.NOT_LEAF_EXPECTED);
  }

  private int legacyFlowCode(int i) {
    if (legacyFlowCodes[i] < 0) {
      legacyFlowCodes[i] = job.builder.code(Dimension.DIRECTION, LEGACY_FLOWS[i]);
    }
    return legacyFlowCodes[i];
  }

  /** The index in {@link #LEGACY_FLOWS} of a legacy trade-flow code 1 to 4. */
  private int legacyFlow(CsvScanner s) throws ReadJob.BadRow {
    int f = fields[DIRECTION];
    for (int i = 0; i < 4; i++) {
      if (is(s, f, Integer.toString(i + 1))) {
        return i;
      }
    }
    throw new ReadJob.BadRow(f, ComtradeRule.LEGACY_FLOW_EXPECTED);
  }

  /** Adds an excluded record to the table of its kind (and breakdown code). */
  private void collect(CsvScanner s, Aggregate kind, double v) throws ReadJob.BadRow {
    String code =
        switch (kind) {
          case SECOND_PARTNER -> text(s, partner2);
          case CUSTOMS_PROCEDURE -> text(s, customs);
          case TRANSPORT_MODE -> text(s, transport);
          case SUPPLY_MODE -> text(s, supply);
          default -> "";
        };
    FlowTableBuilder b =
        aggregates.computeIfAbsent(
            kind.name() + "\t" + code, k -> FlowTable.builder().duplicates(job.options.duplicates));
    String[] l = new String[5];
    for (int d = 0; d < 5; d++) {
      String t = text(s, fields[d]);
      if (t.isEmpty()) {
        throw new ReadJob.BadRow(fields[d], "blank " + LABELS[d] + ": expected a label");
      }
      l[d] = t;
    }
    for (int d = 0; d < 2; d++) {
      int n;
      try {
        n = Numbers.integer(s.buffer(), s.start(fields[d]), s.end(fields[d]));
      } catch (Numbers.BadNumber x) {
        throw new ReadJob.BadRow(fields[d], x.why + " (a UN M49 code from 0 to 999)");
      }
      if (n > 999) {
        throw new ReadJob.BadRow(fields[d], "expected a UN M49 code from 0 to 999");
      }
      l[d] = job.reader.countryLabel(n);
    }
    if (legacyFlows) {
      l[4] = LEGACY_FLOWS[legacyFlow(s)];
    }
    b.add(l[0], l[1], l[2], l[3], l[4], v);
  }

  private static String text(CsvScanner s, int f) throws ReadJob.BadRow {
    try {
      return s.text(f).strip();
    } catch (CharacterCodingException e) {
      throw new ReadJob.BadRow(f, "invalid UTF-8: expected UTF-8 text");
    }
  }

  /** The tables of the excluded records, by kind and breakdown code, in order of first record. */
  ImmutableList<AggregateTable> aggregates() throws FlowFormatException {
    ImmutableList.Builder<AggregateTable> out = ImmutableList.builder();
    for (Map.Entry<String, FlowTableBuilder> e : aggregates.entrySet()) {
      String[] key = e.getKey().split("\t", -1);
      FlowTable t;
      try {
        t = e.getValue().build();
      } catch (IllegalArgumentException x) {
        throw new FlowFormatException(
            RowError.ofFile(job.source, "aggregate records: " + x.getMessage()), x);
      }
      out.add(new AggregateTable(Aggregate.valueOf(key[0]), key[1], t));
    }
    return out.build();
  }

  /**
   * Refuses a table whose kept products are at two levels of one classification: a code that
   * begins another ({@code 85} and {@code 8517}) holds it, so a sum over products would count it
   * twice. This is the safety net for files without the {@code isLeaf} column.
   */
  static void checkLevels(FlowTable table, String source) throws FlowFormatException {
    ComtradeRule.checkLevels(table, source);
  }
}
