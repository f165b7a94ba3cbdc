package io.github.digitrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  @Test
  void parsesTheTextForm() {
    assertThat(Release.parse("Revised")).isEqualTo(Release.of(Vintage.REVISED));
    assertThat(Release.parse(" preliminary ")).isEqualTo(Release.of(Vintage.PRELIMINARY));
    assertThat(Release.parse("unspecified")).isSameAs(Release.UNSPECIFIED);
    assertThat(Release.parse("REVISED of 2022-03-10"))
        .isEqualTo(Release.of(Vintage.REVISED, LocalDate.of(2022, 3, 10)));
    assertThat(Release.of(Vintage.REVISED, LocalDate.of(2022, 3, 10)).toString())
        .isEqualTo("revised of 2022-03-10");
    assertThat(Release.of(Vintage.FINAL).releaseDate()).isEmpty();
  }

  @Test
  void ordersByVintageThenDateMissingDateFirst() {
    Release u = Release.UNSPECIFIED;
    Release p = Release.of(Vintage.PRELIMINARY, LocalDate.of(2025, 1, 1));
    Release r = Release.of(Vintage.REVISED);
    Release r2 = Release.of(Vintage.REVISED, LocalDate.of(2020, 1, 1));
    Release r3 = Release.of(Vintage.REVISED, LocalDate.of(2021, 1, 1));
    Release f = Release.of(Vintage.FINAL);
    // a later date does not beat a later vintage: preliminary of 2025 < revised (no date)
    assertThat(u).isLessThan(p);
    assertThat(p).isLessThan(r);
    assertThat(r).isLessThan(r2);
    assertThat(r2).isLessThan(r3);
    assertThat(r3).isLessThan(f);
    assertThat(r2.compareTo(Release.of(Vintage.REVISED, LocalDate.of(2020, 1, 1)))).isZero();
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void badTextIsAnErrorNamingItAndTheAcceptedValues() {
    for (String bad : new String[] {"", "draft", "revised of", "revised of 2022-13-01", "of 2022-01-01"}) {
      assertThatThrownBy(() -> Release.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "release = \""
                  + bad
                  + "\": expected preliminary, revised, final or unspecified, optionally followed"
                  + " by \" of \" and an ISO date (\"revised of 2022-03-10\")");
    }
    assertThatThrownBy(() -> Release.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Release.of(Vintage.REVISED, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void parseOfToStringIsTheSameRelease() {
    Vintage[] vintages = {Vintage.UNSPECIFIED, Vintage.PRELIMINARY, Vintage.REVISED, Vintage.FINAL};
    qt().forAll(integers().between(0, 3), integers().between(-1, 20000))
        .checkAssert(
            (v, day) -> {
              Vintage vintage = vintages[v];
              Release r =
                  day < 0
                      ? Release.of(vintage)
                      : Release.of(vintage, LocalDate.ofEpochDay(day));
              assertThat(Release.parse(r.toString())).isEqualTo(r);
              assertThat(Release.parse(r.toString()).hashCode()).isEqualTo(r.hashCode());
            });
  }

  @Test
  void theReleaseOfAFlowIsItsSourcesVintageAndDate() {
    TradeFlow revised =
        TradeFlowTest.base()
            .source(
                Source.builder()
                    .publisher("GACC")
                    .title("t")
                    .vintage(Vintage.REVISED)
                    .releaseDate(LocalDate.of(2022, 6, 1))
                    .build())
            .build();
    assertThat(Release.of(revised)).hasToString("revised of 2022-06-01");
    TradeFlow undated =
        TradeFlowTest.base().source(Source.of("GACC", "t", Vintage.PRELIMINARY)).build();
    assertThat(Release.of(undated)).isEqualTo(Release.of(Vintage.PRELIMINARY));
    assertThat(Release.of(TradeFlowTest.base().build())).isSameAs(Release.UNSPECIFIED);
  }
}
