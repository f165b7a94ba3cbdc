package io.github.digitrade.model;

import static java.util.Objects.requireNonNull;

import io.github.digitrade.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A product or service in a named classification: the classification and the code, kept as a string
 * so that leading zeros survive ({@code 0101} is live horses, not 101).
 *
 * <p>Codes are validated per classification:
 *
 * <ul>
 *   <li>{@link Classification#HS}: 2, 4 or 6 digits, or 8 to 10 digits for national tariff lines;
 *   <li>{@link Classification#SITC}: 1 to 5 digits;
 *   <li>{@link Classification#EBOPS_2010}: {@code S}, up to three capital letters, up to four
 *       digits ({@code S}, {@code SI}, {@code SK1}, {@code SJ22});
 *   <li>{@link Classification#CUSTOM}: any non-empty token without white space or invisible
 *       characters, in the Unicode sense ({@code U+00A0}, {@code U+2003}, {@code U+3000}, the byte
 *       order mark and the zero-width space are refused too);
 *   <li>{@link Classification#TOTAL}: only {@link #total()}.
 * </ul>
 *
 * <p>The text form is {@code LABEL:code} ({@code HS:0101}, {@code EBOPS2010:SI}, {@code SITC:0011},
 * {@code CUSTOM:CBEC}), and {@code TOTAL} for all products; {@link #parse(CharSequence)} is its exact
 * inverse. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ProductCode horses = ProductCode.hs("010121");
 * horses.parent();                                   // Optional[HS:0101]
 * ProductCode.hs("01").isPrefixOf(horses);           // true
 * ProductCode.parse("EBOPS2010:SK1");                // EBOPS2010:SK1
 * }</pre>
 */
public final class ProductCode {

  private static final Pattern HS = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8,10}");
  private static final Pattern SITC = Pattern.compile("[0-9]{1,5}");
  private static final Pattern EBOPS = Pattern.compile("S[A-Z]{0,3}[0-9]{0,4}");
  private static final String TOTAL_CODE = "TOTAL";
  private static final ProductCode TOTAL = new ProductCode(Classification.TOTAL, TOTAL_CODE);

  private final Classification classification;
  private final String code;

  private ProductCode(Classification classification, String code) {
    this.classification = classification;
    this.code = code;
  }

  /**
   * Returns the code {@code code} in {@code classification}, validated as described above.
   *
   * @param classification the classification, not null
   * @param code the code, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the code does not fit the classification
   */
  public static ProductCode of(Classification classification, String code) {
    requireNonNull(classification, "classification");
    requireNonNull(code, "code");
    return switch (classification) {
      case HS -> checked(classification, code, HS, "2, 4 or 6 digits, or 8 to 10 digits");
      case SITC -> checked(classification, code, SITC, "1 to 5 digits");
      case EBOPS_2010 -> checked(
          classification,
          code,
          EBOPS,
          "an EBOPS 2010 code such as SI or SK1 (S, up to 3 capital letters, up to 4 digits)");
      case CUSTOM -> customCode(code);
      case TOTAL -> {
        if (!code.equals(TOTAL_CODE)) {
          throw new IllegalArgumentException(
              "code = \"" + code + "\": expected TOTAL for the TOTAL classification");
        }
        yield TOTAL;
      }
    };
  }

  /** A custom code: not empty, and no white space or invisible character, Unicode included. */
  private static ProductCode customCode(String code) {
    int bad = Checks.firstInvisible(code);
    if (code.isEmpty() || bad >= 0) {
      throw new IllegalArgumentException(
          "code = \""
              + Checks.visible(code)
              + "\": expected a non-blank token without white space for CUSTOM"
              + (bad >= 0 && code.charAt(bad) != ' '
                  ? String.format(" (U+%04X at index %d)", code.codePointAt(bad), bad)
                  : ""));
    }
    return new ProductCode(Classification.CUSTOM, code);
  }

  private static ProductCode checked(
      Classification classification, String code, Pattern pattern, String expected) {
    if (!pattern.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected " + expected + " for " + classification.label());
    }
    return new ProductCode(classification, code);
  }

  /**
   * Returns a Harmonized System code.
   *
   * @param code 2, 4, 6 or 8 to 10 digits, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the code is not such a digit string
   */
  public static ProductCode hs(String code) {
    return of(Classification.HS, code);
  }

  /**
   * Returns an EBOPS 2010 services code.
   *
   * @param code such as {@code SI} or {@code SK1}, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the code is not of the EBOPS 2010 form
   */
  public static ProductCode ebops(String code) {
    return of(Classification.EBOPS_2010, code);
  }

  /**
   * Returns an SITC code.
   *
   * @param code 1 to 5 digits, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the code is not 1 to 5 digits
   */
  public static ProductCode sitc(String code) {
    return of(Classification.SITC, code);
  }

  /**
   * Returns a custom code, such as {@code CBEC} or {@code DDS}.
   *
   * @param code a non-blank token without white space, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the code is blank or contains white space
   */
  public static ProductCode custom(String code) {
    return of(Classification.CUSTOM, code);
  }

  /**
   * Returns the code for all products together.
   *
   * @return the total code, never null
   */
  public static ProductCode total() {
    return TOTAL;
  }

  /**
   * Parses the text form {@code LABEL:code} or {@code TOTAL}; exact inverse of {@link #toString()}.
   *
   * @param text the text, not null
   * @return the product code, never null
   * @throws IllegalArgumentException if the label is unknown or the code does not fit it
   */
  public static ProductCode parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    if (s.equals(TOTAL_CODE)) {
      return TOTAL;
    }
    int colon = s.indexOf(':');
    if (colon > 0) {
      String label = s.substring(0, colon);
      for (Classification c : Classification.values()) {
        if (c != Classification.TOTAL && c.label().equals(label)) {
          return of(c, s.substring(colon + 1));
        }
      }
    }
    throw new IllegalArgumentException(
        "product = \""
            + s
            + "\": expected TOTAL or HS:, EBOPS2010:, SITC: or CUSTOM: followed by a code,"
            + " such as HS:0101");
  }

  /**
   * Returns the classification.
   *
   * @return the classification, never null
   */
  public Classification classification() {
    return classification;
  }

  /**
   * Returns the code as written, leading zeros preserved.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether this is the code for all products.
   *
   * @return true for {@link #total()}
   */
  public boolean isTotal() {
    return classification == Classification.TOTAL;
  }

  /**
   * Returns whether {@code other} is this code or a more detailed code below it in the same
   * classification ({@code HS:01} is a prefix of {@code HS:0101} and of {@code HS:010121}). The
   * total is a prefix of every code.
   *
   * @param other the other code, not null
   * @return true if this code covers {@code other}
   */
  public boolean isPrefixOf(ProductCode other) {
    requireNonNull(other, "other");
    return isTotal()
        || (classification == other.classification && other.code.startsWith(code));
  }

  /**
   * Returns the next coarser level: for HS a 10, 9 or 8-digit line gives its 6-digit subheading, a
   * subheading its 4-digit heading and a heading its 2-digit chapter; for SITC and EBOPS 2010 the
   * code minus its last character (down to 1 digit or {@code S}). Chapters, custom codes and the
   * total have no parent.
   *
   * @return the parent, or empty
   */
  public Optional<ProductCode> parent() {
    int n = code.length();
    return switch (classification) {
      case HS -> n == 2
          ? Optional.empty()
          : Optional.of(new ProductCode(classification, code.substring(0, n >= 8 ? 6 : n - 2)));
      case SITC, EBOPS_2010 -> n == 1
          ? Optional.empty()
          : Optional.of(new ProductCode(classification, code.substring(0, n - 1)));
      case CUSTOM, TOTAL -> Optional.empty();
    };
  }

  /**
   * Returns whether {@code o} is a code with the same classification and the same text.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProductCode that
        && classification == that.classification
        && code.equals(that.code);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return classification.hashCode() * 31 + code.hashCode();
  }

  /**
   * Returns the text form, {@code HS:0101} or {@code TOTAL}.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    return isTotal() ? TOTAL_CODE : classification.label() + ":" + code;
  }
}
