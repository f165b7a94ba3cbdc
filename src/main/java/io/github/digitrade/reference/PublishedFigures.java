package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.TradeFlow;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Growth rates and balances as their publishers printed them, from {@code published_figures.csv},
 * each with the release it came with.
 *
 * <ul>
 *   <li>Growth rates of the cross-border e-commerce and digitally deliverable services levels of
 *       {@link ChinaDigitalTrade}, one per release: 2021 was published as 1,980 billion yuan, +15%
 *       (preliminary) and as 1,920 billion, +18.6% (revised). A rate's source equals its level's
 *       source, so {@link #growthOf(TradeFlow)} finds it.
 *   <li>SAFE balances published without exports and imports: telecommunications, computer and
 *       information services ({@code EBOPS2010:SI}) 2024 and 2025, consulting and advertising
 *       ({@code EBOPS2010:SJ2}) 2024, and the "digital services" surplus of 2025 (about 33 billion
 *       US dollars, more than doubled), product {@code CUSTOM:SAFE_DIGITAL_SERVICES}, whose code set
 *       the report does not give.
 *   <li>SAFE's services balance of the balance of payments ({@code EBOPS2010:S}, dataset {@code
 *       services_bop}) by period and release: 2023 and its fourth quarter (preliminary), 2024
 *       (preliminary), its second quarter and first half (preliminary and revised) and its fourth
 *       quarter, and the quarters and first half of 2025; the fourth quarter of 2025 twice,
 *       preliminary (-40.2) and in the release of March 2026 (-48.5), which revised every quarter
 *       since 2019. Balances of different releases are separate figures, never pooled.
 * </ul>
 *
 * <p>Every row of {@code published_figures.csv} names in its {@code source_kind} column how it was
 * read: {@code official} (on the publisher's or another government site) or {@code secondary}
 * (an outlet quoting the publisher).
 *
 * <pre>{@code
 * PublishedFigures.of("services_headline").size();   // 8
 * }</pre>
 */
public final class PublishedFigures {

  private PublishedFigures() {}

  private static final class Holder {
    static final ImmutableList<PublishedFigure> ALL = load();

    private Holder() {}
  }

  /**
   * Returns every embedded figure, in file order.
   *
   * @return the figures, never null
   */
  public static ImmutableList<PublishedFigure> all() {
    return Holder.ALL;
  }

  /**
   * Returns the figures of one dataset, such as {@code cbec}, {@code dds} or {@code
   * services_headline}.
   *
   * @param dataset the dataset name, not null
   * @return the figures, never null (empty for an unknown dataset)
   */
  public static ImmutableList<PublishedFigure> of(String dataset) {
    requireNonNull(dataset, "dataset");
    return Holder.ALL.stream()
        .filter(f -> f.dataset().equals(dataset))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the growth rate published with a level, in the same release.
   *
   * @param level a level of {@link ChinaDigitalTrade}, not null
   * @return the rate, or empty if the release printed none
   * @throws IllegalStateException if the embedded data hold two rates for one level
   */
  public static Optional<PublishedFigure> growthOf(TradeFlow level) {
    requireNonNull(level, "level");
    ImmutableList<PublishedFigure> found =
        Holder.ALL.stream()
            .filter(f -> f.measure() == PublishedFigure.Measure.GROWTH_PERCENT)
            .filter(f -> f.publishedWith(level))
            .collect(ImmutableList.toImmutableList());
    if (found.size() > 1) {
      throw new IllegalStateException(
          "published_figures.csv: " + found.size() + " growth rates for " + level + ": " + found);
    }
    return found.stream().findFirst();
  }

  private static ImmutableList<PublishedFigure> load() {
    ImmutableList.Builder<PublishedFigure> b = ImmutableList.builder();
    for (Csv.Row r : Csv.read(Rows.DIR + "published_figures.csv")) {
      try {
        b.add(
            new PublishedFigure(
                r.text("dataset"),
                Period.parse(r.get("period")),
                FlowDirection.valueOf(r.get("direction")),
                ProductCode.parse(r.get("product")),
                r.optional("currency").map(Currency::getInstance),
                PublishedFigure.Measure.valueOf(r.get("measure")),
                PublishedFigure.Qualifier.parse(r.get("qualifier")),
                new BigDecimal(r.get("value")),
                Rows.source(r, true),
                Rows.status(r)));
      } catch (IllegalArgumentException e) {
        throw r.wrap(e);
      }
    }
    return b.build();
  }
}
