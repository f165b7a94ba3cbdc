package io.github.digitrade.reference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The EBOPS 2010 items relevant to digitally deliverable services, and the code sets of the named
 * {@link DdsDefinition}s, from an embedded table.
 *
 * <p>The table lists the twelve EBOPS 2010 main components {@code SA} (manufacturing services) to
 * {@code SL} (government goods and services n.i.e.) and the sub-items {@code SI1}–{@code SI3},
 * {@code SJ1}–{@code SJ3}, {@code SK1} and {@code SK2}, each with its BPM6 item number, name,
 * notes, source and status, and whether it belongs to each definition ({@code yes}, {@code no}, or
 * {@code partial} for an aggregate only partly inside). Transport ({@code SC}), travel ({@code SD})
 * and the other goods-related or physical services are in neither definition.
 *
 * <p>An EBOPS 2010 code, as accepted here, is what {@link
 * io.github.digitrade.model.ProductCode#ebops(String)} accepts — the project's one EBOPS grammar:
 * {@code S}, up to three capital letters, up to four digits ({@code S}, {@code SI}, {@code SI1},
 * {@code SJ211}, {@code SOX}). A sub-item's code
 * is its parent's code followed by digits ({@link #isWithin(String, String)}). Sources: UN
 * <i>Manual on Statistics of International Trade in Services 2010</i> for the items; {@link
 * DdsDefinition#source()} for the definitions. The class is stateless and thread-safe.
 *
 * <pre>{@code
 * DigitalServices.items().size();                      // 20
 * DigitalServices.item("SJ").name();                   // Other business services
 * DigitalServices.codes(DdsDefinition.HANDBOOK_CORE);  // [SF, SG, SH, SI, SJ, SK1]
 * DigitalServices.isWithin("SI1", "SI");               // true
 * }</pre>
 */
public final class DigitalServices {

  private DigitalServices() {}

  private static final class Embedded {
    static final ImmutableMap<String, EbopsItem> ITEMS;
    static final Map<DdsDefinition, ImmutableSortedSet<String>> CODES =
        new EnumMap<>(DdsDefinition.class);

    static {
      ImmutableList<Csv.Row> rows = Csv.read(Rows.DIR + "dds_ebops.csv");
      ImmutableMap.Builder<String, EbopsItem> items = ImmutableMap.builder();
      Map<String, String> core = new TreeMap<>();
      Map<String, String> wto = new TreeMap<>();
      for (Csv.Row row : rows) {
        EbopsItem item;
        try {
          item =
              new EbopsItem(
                  row.text("code"),
                  row.text("bpm6_item"),
                  row.text("name"),
                  row.get("note").trim(),
                  row.text("source"),
                  Status.parse(row.text("status")));
        } catch (IllegalArgumentException e) {
          throw row.wrap(e);
        }
        items.put(item.code(), item);
        core.put(item.code(), row.text("handbook_core"));
        wto.put(item.code(), row.text("wto_mofcom"));
      }
      ITEMS = items.buildOrThrow();
      CODES.put(DdsDefinition.HANDBOOK_CORE, topCodes(DdsDefinition.HANDBOOK_CORE, core));
      CODES.put(DdsDefinition.WTO_MOFCOM, topCodes(DdsDefinition.WTO_MOFCOM, wto));
    }
  }

  /**
   * Derives a definition's top-level codes from its yes/no/partial column and checks that the
   * column follows the hierarchy.
   */
  private static ImmutableSortedSet<String> topCodes(DdsDefinition d, Map<String, String> column) {
    ImmutableSortedSet.Builder<String> top = ImmutableSortedSet.naturalOrder();
    for (Map.Entry<String, String> e : column.entrySet()) {
      String code = e.getKey();
      String value = e.getValue();
      boolean parentYes = false;
      boolean childYes = false;
      for (Map.Entry<String, String> o : column.entrySet()) {
        if (!o.getKey().equals(code) && o.getValue().equals("yes")) {
          parentYes |= isWithin(code, o.getKey());
          childYes |= isWithin(o.getKey(), code);
        }
      }
      String expected = parentYes ? "yes" : childYes && !value.equals("yes") ? "partial" : null;
      if ((expected != null && !expected.equals(value))
          || (expected == null && !value.equals("yes") && !value.equals("no"))) {
        throw new IllegalStateException(
            "dds_ebops.csv: "
                + d
                + " membership of "
                + code
                + " = \""
                + value
                + "\": expected "
                + (expected == null ? "yes or no" : expected)
                + " from the hierarchy");
      }
      if (value.equals("yes") && !parentYes) {
        top.add(code);
      }
    }
    return top.build();
  }

  /**
   * Checks that a text is an EBOPS 2010 code as described on the class.
   *
   * @param field the name of the argument, for the message
   * @param code the text
   * @throws IllegalArgumentException if the text is not a code
   */
  static void checkCode(String field, String code) {
    Objects.requireNonNull(code, field);
    try {
      ProductCode.ebops(code);
    } catch (IllegalArgumentException e) {
      // ProductCode's message starts "code = ": name the caller's argument instead
      throw new IllegalArgumentException(
          field + String.valueOf(e.getMessage()).substring("code".length()), e);
    }
  }

  /**
   * Returns whether an EBOPS 2010 code is an item or one of its sub-items: {@code item} followed by
   * zero or more digits. {@code S}, the total of services, contains every code; memorandum
   * aggregates such as {@code SOX} contain only themselves.
   *
   * @param code the code to test, such as {@code SI1}
   * @param item the possible ancestor, such as {@code SI}
   * @return true if {@code code} equals {@code item} or lies below it
   * @throws IllegalArgumentException if either text is not an EBOPS 2010 code
   */
  public static boolean isWithin(String code, String item) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(item, "item");
    checkCode("code", code);
    checkCode("item", item);
    if (item.equals("S")) {
      return true;
    }
    if (!code.startsWith(item)) {
      return false;
    }
    for (int i = item.length(); i < code.length(); i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the embedded EBOPS 2010 items, in table order.
   *
   * @return the 20 items, never null
   */
  public static ImmutableList<EbopsItem> items() {
    return Embedded.ITEMS.values().asList();
  }

  /**
   * Returns one embedded item.
   *
   * @param code the EBOPS 2010 code, such as {@code SK1}
   * @return the item, never null
   * @throws IllegalArgumentException if the text is not a code or the table has no such item
   */
  public static EbopsItem item(String code) {
    checkCode("code", code);
    EbopsItem item = Embedded.ITEMS.get(code);
    if (item == null) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected one of " + String.join(", ", Embedded.ITEMS.keySet()));
    }
    return item;
  }

  /**
   * Returns the top-level codes of a definition.
   *
   * @param definition the definition, not null
   * @return the codes, sorted
   */
  public static ImmutableSortedSet<String> codes(DdsDefinition definition) {
    ImmutableSortedSet<String> c =
        Embedded.CODES.get(Objects.requireNonNull(definition, "definition"));
    if (c == null) {
      throw new IllegalStateException("no codes loaded for " + definition);
    }
    return c;
  }
}
