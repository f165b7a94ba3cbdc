package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.table.Dimension;
import io.github.digitrade.table.FlowTable;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the test that keeps only the leaf records of a UN Comtrade file: the {@link
 * Aggregate} kind a record is when the cell of one of {@link #columns()} passes {@link #test()}.
 * {@link #all()} lists the rules in the order they are tried; a record is of the kind of the first
 * rule that applies and is a leaf record when none applies. A rule whose column the file lacks
 * does not apply. {@link FlowReader#comtrade()} applies these rules; other readers of Comtrade
 * data (such as the Spark module's) read the same table, so that the rules have one home.
 *
 * <p>Cells are compared without surrounding spaces; text ignoring ASCII case. The rules:
 *
 * <table>
 *   <caption>The leaf-record rules, in order</caption>
 *   <tr><th>kind</th><th>columns</th><th>excluded when the cell</th></tr>
 *   <tr><td>{@link Aggregate#REPORTER_GROUP}</td><td>{@code reporterCode}</td><td>is the number
 *       97</td></tr>
 *   <tr><td>{@link Aggregate#PARTNER_WORLD}</td><td>{@code partnerCode}</td><td>is zeros ({@code
 *       0}, {@code 000})</td></tr>
 *   <tr><td>{@link Aggregate#COMMODITY_TOTAL}</td><td>{@code cmdCode}</td><td>is {@code
 *       TOTAL}</td></tr>
 *   <tr><td>{@link Aggregate#COMMODITY_TOTAL}</td><td>{@code aggrLevel}</td><td>is {@code
 *       0}</td></tr>
 *   <tr><td>{@link Aggregate#COMMODITY_NOT_LEAF}</td><td>{@code isLeaf}</td><td>is {@code 0} or
 *       {@code false} (blank, {@code 1} or {@code true} is a leaf; anything else is an
 *       error)</td></tr>
 *   <tr><td>{@link Aggregate#SECOND_PARTNER}</td><td>{@code partner2Code}</td><td>is neither blank
 *       nor zeros</td></tr>
 *   <tr><td>{@link Aggregate#CUSTOMS_PROCEDURE}</td><td>{@code customsCode}</td><td>is neither
 *       blank nor {@code C00}</td></tr>
 *   <tr><td>{@link Aggregate#TRANSPORT_MODE}</td><td>{@code motCode}</td><td>is neither blank nor
 *       zeros</td></tr>
 *   <tr><td>{@link Aggregate#SUPPLY_MODE}</td><td>{@code mosCode}</td><td>is neither blank nor
 *       zeros</td></tr>
 * </table>
 *
 * <p>with the legacy headers ({@code Reporter Code}, {@code Partner Code}, {@code Commodity Code},
 * {@code Aggregate Level}, {@code Is Leaf Code}, {@code 2nd Partner Code}, {@code Customs Proc.
 * Code}, {@code Mode of Transport Code}) as second names. A blank breakdown code is the total, as
 * legacy files leave it empty.
 *
 * <pre>{@code
 * ComtradeRule.all().get(1);   // PARTNER_WORLD when partnerCode is ZEROS
 * }</pre>
 *
 * @param kind the kind of the records the rule finds, not null
 * @param columns the header names of the column the rule reads, the first present wins, not empty
 * @param test how the cell is tested, not null
 * @param code the number or text the test compares with, empty when the test has none
 */
public record ComtradeRule(Aggregate kind, ImmutableList<String> columns, Test test, String code) {

  /** How a rule tests its cell (without surrounding spaces). */
  public enum Test {
    /** The record is excluded when the cell is the whole number {@link ComtradeRule#code()} ({@code 097}). */
    NUMBER_IS,
    /** The record is excluded when the cell is one or more zeros; a blank cell is not. */
    ZEROS,
    /** The record is excluded when the cell is the text {@link ComtradeRule#code()}, ignoring ASCII case. */
    TEXT_IS,
    /**
     * The record is excluded when the cell is {@code 0} or {@code false}; blank, {@code 1} or
     * {@code true} is a leaf; any other cell is an error ({@link #NOT_LEAF_EXPECTED}).
     */
    NOT_LEAF,
    /** The record is excluded when the cell is neither blank nor one or more zeros. */
    NEITHER_BLANK_NOR_ZEROS,
    /** The record is excluded when the cell is neither blank nor the text {@link ComtradeRule#code()}. */
    NEITHER_BLANK_NOR_TEXT
  }

  /** What a cell of the {@code isLeaf} column must be, as the reader's error says. */
  public static final String NOT_LEAF_EXPECTED =
      "expected 1 or true (a leaf code), 0 or false (an aggregate)";

  /** The legacy header of the trade flow, whose codes are the numbers 1 to 4. */
  public static final String LEGACY_FLOW_HEADER = "Trade Flow Code";

  /** What a cell of the legacy trade-flow column must be, as the reader's error says. */
  public static final String LEGACY_FLOW_EXPECTED =
      "expected a legacy trade flow code: 1 (imports), 2 (exports), 3 (re-exports) or 4"
          + " (re-imports)";

  private static final ImmutableList<String> LEGACY_FLOWS = ImmutableList.of("M", "X", "RX", "RM");

  private static final ImmutableList<ComtradeRule> ALL = rules();

  /**
   * Validates and copies the components.
   *
   * @param kind the kind, not null
   * @param columns the header names, not empty
   * @param test the test, not null
   * @param code the compared number or text, not null
   * @throws IllegalArgumentException if {@code columns} is empty
   */
  public ComtradeRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(code, "code");
    columns = ImmutableList.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("columns of " + kind + " are empty: expected a header");
    }
  }

  private static ImmutableList<ComtradeRule> rules() {
    ColumnMapping m = ColumnMapping.comtrade();
    return ImmutableList.of(
        rule(Aggregate.REPORTER_GROUP, m.columns(Dimension.REPORTER), Test.NUMBER_IS, "97"),
        rule(Aggregate.PARTNER_WORLD, m.columns(Dimension.PARTNER), Test.ZEROS, ""),
        rule(Aggregate.COMMODITY_TOTAL, m.columns(Dimension.PRODUCT), Test.TEXT_IS, "TOTAL"),
        rule(Aggregate.COMMODITY_TOTAL, ComtradeFormat.AGGREGATE_LEVEL, Test.TEXT_IS, "0"),
        rule(Aggregate.COMMODITY_NOT_LEAF, ComtradeFormat.IS_LEAF, Test.NOT_LEAF, ""),
        rule(
            Aggregate.SECOND_PARTNER,
            ComtradeFormat.SECOND_PARTNER,
            Test.NEITHER_BLANK_NOR_ZEROS,
            ""),
        rule(
            Aggregate.CUSTOMS_PROCEDURE, ComtradeFormat.CUSTOMS, Test.NEITHER_BLANK_NOR_TEXT, "C00"),
        rule(
            Aggregate.TRANSPORT_MODE, ComtradeFormat.TRANSPORT, Test.NEITHER_BLANK_NOR_ZEROS, ""),
        rule(Aggregate.SUPPLY_MODE, ComtradeFormat.SUPPLY, Test.NEITHER_BLANK_NOR_ZEROS, ""));
  }

  private static ComtradeRule rule(Aggregate kind, List<String> columns, Test test, String code) {
    return new ComtradeRule(kind, ImmutableList.copyOf(columns), test, code);
  }

  /**
   * Returns the rules in the order they are tried.
   *
   * @return the nine rules, never null
   */
  public static ImmutableList<ComtradeRule> all() {
    return ALL;
  }

  /**
   * Returns the current flow codes of the legacy trade-flow codes 1 to 4: {@code M}, {@code X},
   * {@code RX}, {@code RM} (imports, exports, re-exports, re-imports); code {@code n} is element
   * {@code n - 1}.
   *
   * @return the four codes, never null
   */
  public static ImmutableList<String> legacyFlows() {
    return LEGACY_FLOWS;
  }

  /**
   * Refuses kept products at two levels of one classification: a code that begins another ({@code
   * 85} and {@code 8517}) holds it, so a sum over products would count it twice. This is the
   * safety net for files without the {@code isLeaf} column, applied to every Comtrade read.
   *
   * @param table the kept records, not null
   * @param source the file name for the message, not null
   * @throws FlowFormatException if two kept products are at two levels, naming both
   */
  public static void checkLevels(FlowTable table, String source) throws FlowFormatException {
    // sorted: a code that begins another begins the code right after it
    List<String> sorted = table.labelsPresent(Dimension.PRODUCT);
    for (int i = 0; i + 1 < sorted.size(); i++) {
      String a = sorted.get(i);
      String b = sorted.get(i + 1);
      if (b.length() > a.length() && b.startsWith(a)) {
        throw new FlowFormatException(
            RowError.ofFile(
                source,
                "commodities "
                    + a
                    + " and "
                    + b
                    + " are both in the file: "
                    + a
                    + " holds "
                    + b
                    + ", so a sum over commodities would count "
                    + b
                    + " twice: expected leaf codes only (give the isLeaf or aggrLevel column, or"
                    + " keep one level of the classification)"));
      }
    }
  }
}
