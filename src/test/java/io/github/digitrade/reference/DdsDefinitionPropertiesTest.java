package io.github.digitrade.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DdsDefinitionPropertiesTest {

  /** The embedded items plus deeper sub-items, the total and a memorandum aggregate. */
  private static final ImmutableList<String> UNIVERSE =
      ImmutableList.<String>builder()
          .addAll(DigitalServices.items().stream().map(EbopsItem::code).iterator())
          .add("SI21", "SI22", "SJ11", "SJ211", "SK11", "SK21", "SC1", "SD2", "S", "SOX")
          .build();

  private static Gen<List<String>> presentCodes() {
    return lists()
        .of(booleans().all())
        .ofSize(UNIVERSE.size())
        .map(
            keep -> {
              List<String> out = new ArrayList<>();
              for (int i = 0; i < UNIVERSE.size(); i++) {
                if (keep.get(i)) {
                  out.add(UNIVERSE.get(i));
                }
              }
              return out;
            });
  }

  private static Gen<DdsDefinition> definitions() {
    return Generate.enumValues(DdsDefinition.class);
  }

  @Test
  void codesToSumAreAPresentSubsetInsideTheDefinition() {
    qt().withExamples(1000)
        .forAll(definitions(), presentCodes())
        .checkAssert(
            (d, codes) -> {
              Set<String> sum = d.codesToSum(codes);
              assertThat(codes).containsAll(sum);
              assertThat(sum).allSatisfy(c -> assertThat(d.contains(c)).isTrue());
            });
  }

  @Test
  void noSummedCodeLiesInsideAnother() {
    qt().withExamples(1000)
        .forAll(definitions(), presentCodes())
        .checkAssert(
            (d, codes) -> {
              Set<String> sum = d.codesToSum(codes);
              for (String a : sum) {
                for (String b : sum) {
                  if (!a.equals(b)) {
                    assertThat(DigitalServices.isWithin(a, b)).as(a + " in " + b).isFalse();
                  }
                }
              }
            });
  }

  @Test
  void everyPresentCodeInsideTheDefinitionIsCoveredByExactlyOneSummedCode() {
    qt().withExamples(1000)
        .forAll(definitions(), presentCodes())
        .checkAssert(
            (d, codes) -> {
              Set<String> sum = d.codesToSum(codes);
              for (String c : codes) {
                long covering = sum.stream().filter(s -> DigitalServices.isWithin(c, s)).count();
                assertThat(covering).as(c).isEqualTo(d.contains(c) ? 1 : 0);
              }
            });
  }

  @Test
  void containsIsClosedUnderSubItems() {
    qt().withExamples(1000)
        .forAll(definitions(), presentCodes())
        .checkAssert(
            (d, codes) -> {
              for (String p : codes) {
                for (String c : UNIVERSE) {
                  if (d.contains(p) && DigitalServices.isWithin(c, p)) {
                    assertThat(d.contains(c)).as(c + " under " + p).isTrue();
                  }
                }
              }
            });
  }

  @Test
  void codesToSumIsIdempotent() {
    qt().withExamples(1000)
        .forAll(definitions(), presentCodes())
        .checkAssert(
            (d, codes) ->
                assertThat(d.codesToSum(d.codesToSum(codes))).isEqualTo(d.codesToSum(codes)));
  }

  @Test
  void theCoreSetIsInsideTheWtoMofcomSet() {
    qt().withExamples(1000)
        .forAll(presentCodes())
        .checkAssert(
            codes -> {
              for (String c : codes) {
                if (DdsDefinition.HANDBOOK_CORE.contains(c)) {
                  assertThat(DdsDefinition.WTO_MOFCOM.contains(c)).as(c).isTrue();
                }
              }
            });
  }
}
