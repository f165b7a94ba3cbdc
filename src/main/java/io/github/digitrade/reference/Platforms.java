package io.github.digitrade.reference;

import io.github.digitrade.internal.Csv;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.model.BusinessModel;
import io.github.digitrade.model.DatedFact;
import io.github.digitrade.model.Platform;
import io.github.digitrade.model.Status;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The embedded registry of twelve major Chinese cross-border e-commerce and digital platforms:
 * Alibaba.com, AliExpress, Lazada, Tmall Global, JD.com, Temu, SHEIN, TikTok Shop, Suning.com,
 * Alipay, WeChat Pay and Alibaba Cloud.
 *
 * <p>Each platform carries its sources and a {@link Status}; counts that change over time are
 * {@link DatedFact}s with their own source, date and status (for example Alipay's settlement in 27
 * currencies as of 2017, WeChat Pay's 16 foreign settlement currencies). Claims that no source
 * supports, such as "WeChat Pay settles in 26 currencies", "JD.com's network covers 110 countries
 * and regions" or "85 availability zones in 28 regions" for Alibaba Cloud, are deliberately absent;
 * claims known only from memory ship with status {@link Status#UNVERIFIED}. The sources name no
 * specific settlement currencies, so {@link Platform#settlementCurrencies()} is empty throughout.
 *
 * <p>Ids: {@code alibaba-com}, {@code aliexpress}, {@code lazada}, {@code tmall-global}, {@code
 * jd}, {@code temu}, {@code shein}, {@code tiktok-shop}, {@code suning}, {@code alipay}, {@code
 * wechat-pay}, {@code alibaba-cloud}. The class is stateless and thread-safe.
 *
 * <pre>{@code
 * Platforms.of("alipay").facts().get(0);  // settlement in 27 currencies (as of 2017; ...)
 * Platforms.byBusinessModel(BusinessModel.PAYMENTS);  // [alipay: ..., wechat-pay: ...]
 * Platforms.byOperator("Alibaba Group").size();       // 5
 * }</pre>
 */
public final class Platforms {

  private Platforms() {}

  private static final class Embedded {
    static final ImmutableMap<String, Platform> BY_ID = index(load());
  }

  private static ImmutableList<Platform> load() {
    return parse(Csv.read(Rows.DIR + "platforms.csv"), Csv.read(Rows.DIR + "platform_facts.csv"));
  }

  /**
   * Builds platforms from the rows of the platform file and the fact file.
   *
   * @param platformRows rows with the columns id, name, operator, headquarters, headquarters_note,
   *     launch_year, launch_note, business_models, markets, settlement_currencies, sources, status
   * @param factRows rows with the columns platform, fact, as_of, source, status
   * @return the platforms, in file order
   * @throws IllegalArgumentException if a row is invalid or a fact names an unknown platform
   */
  static ImmutableList<Platform> parse(
      ImmutableList<Csv.Row> platformRows, ImmutableList<Csv.Row> factRows) {
    ImmutableListMultimap.Builder<String, DatedFact> facts = ImmutableListMultimap.builder();
    Set<String> ids = new HashSet<>();
    for (Csv.Row row : platformRows) {
      ids.add(row.text("id"));
    }
    for (Csv.Row row : factRows) {
      String id = row.text("platform");
      if (!ids.contains(id)) {
        throw row.error("platform", id, "the id of a listed platform");
      }
      String text = row.get("fact").trim();
      String asOf = row.get("as_of").trim();
      String source = row.get("source").trim();
      Status status = status(row);
      try {
        facts.put(id, DatedFact.of(text, asOf, source, status));
      } catch (IllegalArgumentException e) {
        throw row.wrap(e);
      }
    }
    ImmutableListMultimap<String, DatedFact> byPlatform = facts.build();
    ImmutableList.Builder<Platform> out = ImmutableList.builder();
    for (Csv.Row row : platformRows) {
      String id = row.text("id");
      Platform.Builder b = Platform.builder();
      b.id(id)
          .name(row.get("name").trim())
          .operator(row.get("operator").trim())
          .headquarters(row.get("headquarters").trim())
          .headquartersNote(row.optional("headquarters_note"))
          .launchYear(row.integer("launch_year"))
          .launchNote(row.optional("launch_note"))
          .addAllMarkets(row.list("markets"))
          .addAllSources(row.list("sources"))
          .addAllFacts(byPlatform.get(id))
          .status(status(row));
      for (String m : row.list("business_models")) {
        b.addBusinessModels(businessModel(row, m));
      }
      for (String c : row.list("settlement_currencies")) {
        b.addSettlementCurrencies(currency(row, c));
      }
      try {
        out.add(b.build());
      } catch (IllegalArgumentException e) {
        throw row.wrap(e);
      }
    }
    return out.build();
  }

  private static Status status(Csv.Row row) {
    try {
      return Status.parse(row.text("status"));
    } catch (IllegalArgumentException e) {
      throw row.wrap(e);
    }
  }

  private static BusinessModel businessModel(Csv.Row row, String text) {
    try {
      return BusinessModel.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw row.error(
          "business_models", text, "one of " + ImmutableList.copyOf(BusinessModel.values()));
    }
  }

  private static Currency currency(Csv.Row row, String code) {
    try {
      if (code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))) {
        return Currency.getInstance(code);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the message below
    }
    throw row.error("settlement_currencies", code, "an ISO 4217 currency code such as CNY");
  }

  static ImmutableMap<String, Platform> index(ImmutableList<Platform> platforms) {
    ImmutableMap.Builder<String, Platform> b = ImmutableMap.builder();
    Set<String> seen = new HashSet<>();
    for (Platform p : platforms) {
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException(
            "duplicate platform " + p.id() + ": expected each id once");
      }
      b.put(p.id(), p);
    }
    return b.buildOrThrow();
  }

  /**
   * Returns all twelve platforms, in registry order.
   *
   * @return the platforms, never null
   */
  public static ImmutableList<Platform> all() {
    return Embedded.BY_ID.values().asList();
  }

  /**
   * Returns the platform with an id.
   *
   * @param id the slug, such as {@code aliexpress}
   * @return the platform, never null
   * @throws IllegalArgumentException if no platform has that id; the message lists the valid ids
   */
  public static Platform of(String id) {
    Objects.requireNonNull(id, "id");
    Platform p = Embedded.BY_ID.get(id);
    if (p == null) {
      throw new IllegalArgumentException(
          "platform id = \""
              + id
              + "\": expected one of "
              + String.join(", ", Embedded.BY_ID.keySet()));
    }
    return p;
  }

  /**
   * Returns the platforms that have a business model.
   *
   * @param model the business model, not null
   * @return the platforms, in registry order, possibly empty (no embedded platform is {@link
   *     BusinessModel#C2C})
   */
  public static ImmutableList<Platform> byBusinessModel(BusinessModel model) {
    Objects.requireNonNull(model, "model");
    return all().stream().filter(p -> p.has(model)).collect(toImmutableList());
  }

  /**
   * Returns the platforms of an operator, such as {@code Alibaba Group}; case is ignored.
   *
   * @param operator the operator name as listed, not null
   * @return the platforms, in registry order, possibly empty
   */
  public static ImmutableList<Platform> byOperator(String operator) {
    String o = Objects.requireNonNull(operator, "operator").trim();
    return all().stream().filter(p -> p.operator().equalsIgnoreCase(o)).collect(toImmutableList());
  }
}
