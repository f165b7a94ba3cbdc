package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of the 97 chapters of the Harmonized System (HS 2-digit), from the embedded file
 * {@code hs_chapters.csv}, and a short description of any HS code by its chapter: {@code 847130}
 * is described as a code of chapter 84, "Nuclear reactors, boilers, machinery and mechanical
 * appliances; parts thereof".
 *
 * <p>Source: the {@code datasets/harmonized-system} data package ({@code data/chapters.csv},
 * commit {@code acff0da}), which takes the chapter titles from the WCO's HS nomenclature and is
 * published under the Open Data Commons Public Domain Dedication and Licence (PDDL) 1.0. Two rows
 * that the source file runs together (chapters 5 and 6, 24 and 25) are split, and the closing full
 * stops are dropped. Heading (4-digit) and subheading (6-digit) names are not embedded: a 4- or
 * 6-digit code is described by its chapter.
 *
 * <pre>{@code
 * HsNomenclature.chapter("85");        // Optional["Electrical machinery and equipment and …"]
 * HsNomenclature.describe("847130");   // Optional["ch. 84: Nuclear reactors, boilers, …"]
 * HsNomenclature.describe("TOTAL");    // Optional.empty()
 * }</pre>
 */
public final class HsNomenclature {

  private static final Pattern CODE = Pattern.compile("[0-9]{2}([0-9]{2}([0-9]{2})?)?");

  private HsNomenclature() {}

  private static final class Holder {
    static final ImmutableMap<String, String> CHAPTERS = load();

    private Holder() {}
  }

  private static ImmutableMap<String, String> load() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (Csv.Row r : Csv.read("/io/github/digitrade/reference/hs_chapters.csv")) {
      b.put(r.get("chapter"), r.get("name"));
    }
    return b.buildOrThrow();
  }

  /**
   * Returns every chapter and its name, in chapter order.
   *
   * @return the 97 chapters {@code 01} to {@code 97}, never null
   */
  public static ImmutableMap<String, String> chapters() {
    return Holder.CHAPTERS;
  }

  /**
   * Returns the name of an HS chapter.
   *
   * @param code the two-digit chapter, such as {@code "85"}, not null
   * @return the name, or empty if the code is not a chapter
   */
  public static Optional<String> chapter(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(Holder.CHAPTERS.get(code));
  }

  /**
   * Describes an HS code of 2, 4 or 6 digits by its chapter: the chapter's name for a chapter,
   * {@code "ch. 84: <name>"} for a heading or subheading.
   *
   * @param code the code, not null
   * @return the description, or empty if the code is not 2, 4 or 6 digits of a known chapter
   */
  public static Optional<String> describe(String code) {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    Optional<String> name = chapter(code.substring(0, 2));
    return code.length() == 2 ? name : name.map(n -> "ch. " + code.substring(0, 2) + ": " + n);
  }
}
