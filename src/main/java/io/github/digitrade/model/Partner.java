package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An economy that reports or partners in trade: a country or territory of ISO 3166-1, the World, or
 * an aggregate such as a regional group.
 *
 * <p>Countries carry the ISO 3166-1 alpha-3 code (the key and the text form), the alpha-2 code, the
 * numeric code (which is the UN M49 code for countries) and the English short name. The embedded
 * list of 249 entries is built from Debian iso-codes 4.15.0 ({@code iso_3166-1.json}).
 *
 * <p>{@link #parse(String)} accepts any of the three codes, letters in any case ({@code "156"},
 * {@code "cn"} and {@code "CHN"} all give China); numeric codes may omit leading zeros. It also
 * accepts the numeric codes that CEPII BACI and UN Comtrade use for some economies instead of the
 * ISO code: 842 United States, 251 France, 381 Italy, 579 Norway, 699 India, 757 Switzerland (each
 * including the territories those sources fold in), 490 "Other Asia, n.e.s." read as Taiwan (status
 * derived), and 0 for the World (UN Comtrade). BACI's 58 (Belgium-Luxembourg) and 711 (Southern
 * African Customs Union) are groups, not countries, and are not mapped.
 *
 * <p>{@link #world()} is the World aggregate with code {@code WLD} and M49 numeric code {@code 001}
 * (the M49 code of the World); {@link #aggregate(String, String)} makes other aggregates, which
 * {@link #parse(String)} does not know. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Partner cn = Partner.parse("156");   // CHN
 * cn.name();                           // "China"
 * cn.alpha2();                         // Optional[CN]
 * Partner.parse("842");                // USA (BACI/Comtrade code)
 * Partner.aggregate("ASEAN", "Association of Southeast Asian Nations").isAggregate(); // true
 * }</pre>
 */
public final class Partner {

  private static final String WORLD_CODE = "WLD";
  private static final Partner WORLD = new Partner(WORLD_CODE, null, "001", "World", true);
  private static final Pattern AGGREGATE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");
  private static final String ACCEPTED =
      "expected an ISO 3166-1 alpha-3 code (such as CHN), alpha-2 code (CN) or numeric code (156),"
          + " a BACI/Comtrade alias (842) or WLD";

  private final String code;
  private final @Nullable String alpha2;
  private final @Nullable String numeric;
  private final String name;
  private final boolean aggregate;

  private Partner(
      String code, @Nullable String alpha2, @Nullable String numeric, String name, boolean aggregate) {
    this.code = code;
    this.alpha2 = alpha2;
    this.numeric = numeric;
    this.name = name;
    this.aggregate = aggregate;
  }

  /** The embedded country list, loaded on first use. */
  private static final class Registry {
    static final ImmutableList<Partner> COUNTRIES;
    static final ImmutableMap<String, Partner> BY_CODE;

    static {
      ImmutableList.Builder<Partner> countries = ImmutableList.builder();
      Map<String, Partner> byCode = new HashMap<>();
      byCode.put(WORLD_CODE, WORLD);
      byCode.put("001", WORLD);
      for (Csv.Row r : Csv.read("/io/github/digitrade/reference/partners.csv")) {
        Partner p = new Partner(r.get("alpha3"), r.get("alpha2"), r.get("numeric"), r.get("name"),
            false);
        countries.add(p);
        byCode.put(p.code, p);
        byCode.put(r.get("alpha2"), p);
        byCode.put(r.get("numeric"), p);
      }
      for (Csv.Row r : Csv.read("/io/github/digitrade/reference/partner_aliases.csv")) {
        Partner target = byCode.get(r.get("alpha3"));
        if (target == null || byCode.containsKey(r.get("code"))) {
          throw new IllegalStateException(r.where() + ": alias does not fit the country list");
        }
        byCode.put(r.get("code"), target);
      }
      COUNTRIES = countries.build();
      BY_CODE = ImmutableMap.copyOf(byCode);
    }

    private Registry() {}
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-3 code ({@code "CHN"}), or the World for
   * {@code "WLD"}; case is ignored.
   *
   * @param alpha3 the alpha-3 code, not null
   * @return the partner, never null
   * @throws IllegalArgumentException if no country has that alpha-3 code
   */
  public static Partner of(String alpha3) {
    requireNonNull(alpha3, "alpha3");
    Partner p = Registry.BY_CODE.get(alpha3.toUpperCase(Locale.ROOT));
    if (p == null || !p.code.equalsIgnoreCase(alpha3)) {
      throw new IllegalArgumentException(
          "alpha3 = \"" + alpha3 + "\": expected an ISO 3166-1 alpha-3 code such as CHN, or WLD");
    }
    return p;
  }

  /**
   * Returns the partner for any of its codes: alpha-3, alpha-2 (letters in any case), numeric (with
   * or without leading zeros), a BACI/Comtrade alias, or {@code WLD}.
   *
   * @param code the code, not null
   * @return the partner, never null
   * @throws IllegalArgumentException naming the code and the accepted forms if it is unknown
   */
  public static Partner parse(String code) {
    requireNonNull(code, "code");
    String key = code.toUpperCase(Locale.ROOT);
    if (!key.isEmpty() && key.length() <= 3 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
      key = "000".substring(key.length()) + key;
    }
    Partner p = Registry.BY_CODE.get(key);
    if (p == null) {
      throw new IllegalArgumentException("partner = \"" + code + "\": " + ACCEPTED);
    }
    return p;
  }

  /**
   * Returns the World: code {@code WLD}, M49 numeric code {@code 001}, no alpha-2 code.
   *
   * @return the World aggregate, never null
   */
  public static Partner world() {
    return WORLD;
  }

  /**
   * Returns an aggregate partner such as a regional group.
   *
   * @param code 2 to 16 capital letters, digits or underscores, starting with a letter, and not an
   *     ISO 3166-1 code or {@code WLD}; not null
   * @param name the English name, not blank
   * @return the aggregate, never null
   * @throws IllegalArgumentException if the code is malformed or taken by a country, or the name is
   *     blank
   */
  public static Partner aggregate(String code, String name) {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    if (!AGGREGATE_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected 2 to 16 capital letters, digits or underscores,"
              + " starting with a letter");
    }
    Partner taken = Registry.BY_CODE.get(code);
    if (taken != null) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected a code that is not already taken by " + taken.code
              + " (" + taken.name + ")");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name = \"" + name + "\": expected a non-blank name");
    }
    return new Partner(code, null, null, name, true);
  }

  /**
   * Returns every country and territory of the embedded ISO 3166-1 list, by alpha-3 code.
   *
   * @return the 249 countries, never null
   */
  public static ImmutableList<Partner> countries() {
    return Registry.COUNTRIES;
  }

  /**
   * Returns the key: the alpha-3 code of a country, {@code WLD}, or the code of an aggregate.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code; empty for aggregates.
   *
   * @return the alpha-2 code, or empty
   */
  public Optional<String> alpha2() {
    return Optional.ofNullable(alpha2);
  }

  /**
   * Returns the three-digit numeric code (ISO 3166-1 numeric = UN M49); {@code 001} for the World;
   * empty for other aggregates.
   *
   * @return the numeric code, or empty
   */
  public Optional<String> numeric() {
    return Optional.ofNullable(numeric);
  }

  /**
   * Returns the English short name, as in ISO 3166-1 ({@code "Korea, Republic of"}).
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns whether this is an aggregate (the World or a group) rather than a single economy.
   *
   * @return true for aggregates
   */
  public boolean isAggregate() {
    return aggregate;
  }

  /**
   * Returns whether {@code o} is a partner with the same code, name and kind.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Partner that
        && code.equals(that.code)
        && name.equals(that.name)
        && aggregate == that.aggregate;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, such as {@code CHN} or {@code WLD}; {@link #parse(String)} is its inverse for
   * countries and the World.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }
}
