package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The embedded HS chapters and headings ({@code hs_chapters.csv}, {@code hs_headings.csv}, see
 * {@code docs/data-sources.md}) and the description of a code at the level it is given.
 */
class HsNomenclatureTest {

  @Test
  void headings_areTheHs2022Edition_1228Headings() {
    // the WCO's HS 2022 edition has 1,228 headings at the four-digit level
    assertThat(HsNomenclature.headings()).hasSize(1228);
    List<String> codes = new ArrayList<>(HsNomenclature.headings().keySet());
    assertThat(codes.get(0)).isEqualTo("0101");
    assertThat(codes.get(codes.size() - 1)).isEqualTo("9706");
    assertThat(codes).isSorted();
    // headings introduced by HS 2022: additive manufacturing, e-waste, unmanned aircraft
    assertThat(HsNomenclature.heading("8485")).hasValue("Machines for additive manufacturing");
    assertThat(HsNomenclature.heading("8549")).hasValue(
        "Electrical and electronic waste and scrap");
    assertThat(HsNomenclature.heading("8806")).hasValue("Unmanned aircraft");
  }

  @Test
  void everyHeading_belongsToAChapter_andEveryChapterButTheReservedOneHasHeadings() {
    TreeSet<String> withHeadings = new TreeSet<>();
    for (Map.Entry<String, String> e : HsNomenclature.headings().entrySet()) {
      String chapter = e.getKey().substring(0, 2);
      assertThat(HsNomenclature.chapter(chapter)).as("chapter of %s", e.getKey()).isPresent();
      assertThat(e.getValue()).as("name of %s", e.getKey()).isNotBlank()
          .isEqualTo(e.getValue().strip()).doesNotContain("  ").doesNotContain("\"");
      withHeadings.add(chapter);
    }
    // 97 chapters, of which 77 is reserved for future use
    assertThat(withHeadings).hasSize(96).doesNotContain("77");
    assertThat(HsNomenclature.chapter("77")).hasValueSatisfying(n -> assertThat(n)
        .startsWith("(Reserved"));
  }

  @Test
  void describe_namesEachCodeAtItsLevel() {
    // chapter, heading, subheading by its heading
    assertThat(HsNomenclature.describe("85")).hasValue("Electrical machinery and equipment and"
        + " parts thereof; sound recorders and reproducers, television image and sound recorders"
        + " and reproducers, and parts and accessories of such articles");
    assertThat(HsNomenclature.describe("8517")).hasValueSatisfying(
        n -> assertThat(n).startsWith("Telephone sets, including smartphones"));
    assertThat(HsNomenclature.describe("847130")).hasValue("8471: Automatic data processing"
        + " machines and units thereof, magnetic or optical readers, machines for transcribing"
        + " data onto data media in coded form and machines for processing such data, not"
        + " elsewhere specified or included");
    // 0503 (horsehair) was deleted from the nomenclature: described by its chapter
    assertThat(HsNomenclature.heading("0503")).isEmpty();
    assertThat(HsNomenclature.describe("050300")).hasValue(
        "ch. 05: Products of animal origin, not elsewhere specified or included");
    assertThat(HsNomenclature.describe("TOTAL")).isEmpty();
    assertThat(HsNomenclature.describe("9999")).isEmpty(); // chapter 99 is not in the HS
    assertThat(HsNomenclature.describe("84713")).isEmpty(); // 5 digits: not a level
  }

  @Test
  void describe_ofASubheading_isTheHeadingWithItsCode_orTheChapter() {
    qt().forAll(integers().between(0, 999_999)).checkAssert(n -> {
      String code = String.format("%06d", n);
      String heading = code.substring(0, 4);
      String chapter = code.substring(0, 2);
      if (HsNomenclature.chapter(chapter).isEmpty()) {
        assertThat(HsNomenclature.describe(code)).isEmpty();
      } else if (HsNomenclature.heading(heading).isPresent()) {
        assertThat(HsNomenclature.describe(code))
            .hasValue(heading + ": " + HsNomenclature.heading(heading).orElseThrow());
        assertThat(HsNomenclature.describe(heading)).isEqualTo(HsNomenclature.heading(heading));
      } else {
        assertThat(HsNomenclature.describe(code))
            .hasValue("ch. " + chapter + ": " + HsNomenclature.chapter(chapter).orElseThrow());
      }
    });
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void nullCodes_areRefusedByName() {
    assertThatThrownBy(() -> HsNomenclature.heading(null)).isInstanceOf(
        NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> HsNomenclature.describe(null)).isInstanceOf(
        NullPointerException.class).hasMessage("code");
  }
}
