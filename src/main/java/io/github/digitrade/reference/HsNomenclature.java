package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of the 97 chapters (HS 2-digit) and the 1,228 headings (HS 4-digit) of the Harmonized
 * System, from the embedded files {@code hs_chapters.csv} and {@code hs_headings.csv}, and a short
 * description of any HS code at the most detailed level known: a chapter by its name, a heading by
 * its name, a subheading (6 digits) by the name of its heading. {@code 847130} is described as a
 * code of heading 8471, "Automatic data processing machines and units thereof, …".
 *
 * <p>Source: the {@code datasets/harmonized-system} data package, published under the Open Data
 * Commons Public Domain Dedication and Licence (PDDL) 1.0, which takes its descriptions from UN
 * Comtrade's HS classification. Chapters: {@code data/chapters.csv} at commit {@code acff0da}; two
 * rows that the file runs together (chapters 5 and 6, 24 and 25) are split, and the closing full
 * stops are dropped. Headings: the level-4 rows of {@code data/harmonized-system.csv} at commit
 * {@code 16d6b84}, which is the HS 2022 edition (1,228 headings); closing full stops are dropped
 * where they end a sentence, not where they end an abbreviation ({@code n.e.c.}, {@code etc.}).
 * Subheading (6-digit) names are not embedded.
 *
 * <p>Editions: the heading names are those of HS 2022. A code of an earlier edition is described by
 * the HS 2022 heading of the same number, which may have been narrowed or widened since; a heading
 * that HS 2022 deleted is described by its chapter.
 *
 * <pre>{@code
 * HsNomenclature.chapter("85");        // Optional["Electrical machinery and equipment and …"]
 * HsNomenclature.heading("8471");      // Optional["Automatic data processing machines and …"]
 * HsNomenclature.describe("847130");   // Optional["8471: Automatic data processing machines …"]
 * HsNomenclature.describe("TOTAL");    // Optional.empty()
 * }</pre>
 */
public final class HsNomenclature {

  private static final Pattern CODE = Pattern.compile("[0-9]{2}([0-9]{2}([0-9]{2})?)?");

  private HsNomenclature() {}

  private static final class Holder {
    static final ImmutableMap<String, String> CHAPTERS =
        load("/io/github/digitrade/reference/hs_chapters.csv", "chapter", 2);
    static final ImmutableMap<String, String> HEADINGS =
        load("/io/github/digitrade/reference/hs_headings.csv", "heading", 4);

    private Holder() {}
  }

  private static ImmutableMap<String, String> load(String resource, String column, int digits) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (Csv.Row r : Csv.read(resource)) {
      String code = r.get(column);
      if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalStateException(
            resource + ": " + column + " \"" + code + "\": expected " + digits + " digits");
      }
      b.put(code, r.get("name"));
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
   * Returns every heading of HS 2022 and its name, in code order.
   *
   * @return the 1,228 headings, {@code 0101} to {@code 9706}, never null
   */
  public static ImmutableMap<String, String> headings() {
    return Holder.HEADINGS;
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
   * Returns the name of an HS 2022 heading.
   *
   * @param code the four-digit heading, such as {@code "8517"}, not null
   * @return the name, or empty if the code is not a heading of HS 2022
   */
  public static Optional<String> heading(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(Holder.HEADINGS.get(code));
  }

  /**
   * Describes an HS code of 2, 4 or 6 digits at the most detailed level embedded: a chapter by its
   * name; a heading by its name; a subheading by its heading, {@code "8471: <heading name>"}. A
   * heading or subheading whose heading is not in HS 2022 is described by its chapter, {@code
   * "ch. 84: <chapter name>"}.
   *
   * @param code the code, not null
   * @return the description, or empty if the code is not 2, 4 or 6 digits of a known chapter
   */
  public static Optional<String> describe(String code) {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    Optional<String> chapter = chapter(code.substring(0, 2));
    if (chapter.isEmpty() || code.length() == 2) {
      return chapter;
    }
    String h = code.substring(0, 4);
    Optional<String> heading = heading(h);
    if (heading.isPresent()) {
      return code.length() == 4 ? heading : heading.map(n -> h + ": " + n);
    }
    return chapter.map(n -> "ch. " + code.substring(0, 2) + ": " + n);
  }
}
