package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * A figure a publisher printed beside or instead of a level: a growth rate on the previous period,
 * or a balance whose exports and imports were not published. It carries the release it came with,
 * so that a published growth rate is compared only with growth computed within the same release.
 *
 * <pre>{@code
 * PublishedFigures.growthOf(level);   // Optional[cbec 2021 TOTAL +15% (GACC, preliminary)]
 * }</pre>
 *
 * @param dataset the dataset the figure belongs to, such as {@code cbec}, not blank
 * @param period the period the figure describes
 * @param direction the flow direction it describes ({@code TOTAL} for exports plus imports or a
 *     balance)
 * @param product the product or aggregate, such as {@code EBOPS2010:SI}
 * @param currency the currency of the level a growth rate refers to, or of a balance; empty when the
 *     source does not say
 * @param measure what the value is
 * @param qualifier how the source words the value (exact, about, nearly, more than)
 * @param value the value: percent for a growth rate, billions of {@code currency} for a balance
 * @param source the release the figure was printed in
 * @param status how firmly the figure is established
 */
public record PublishedFigure(
    String dataset,
    Period period,
    FlowDirection direction,
    ProductCode product,
    Optional<Currency> currency,
    Measure measure,
    Qualifier qualifier,
    BigDecimal value,
    Source source,
    Status status) {

  /** What a published figure measures. */
  public enum Measure {
    /** Growth on the same period of the year before, in percent. */
    GROWTH_PERCENT,
    /** Exports minus imports, in billions of the figure's currency. */
    BALANCE
  }

  /** How the source words a figure. */
  public enum Qualifier {
    /** The figure as printed, without a qualifier. */
    EXACT(""),
    /** Printed as "about" or "roughly". */
    ABOUT("about"),
    /** Printed as "nearly". */
    NEARLY("nearly"),
    /** Printed as "more than". */
    MORE_THAN("more than");

    private final String words;

    Qualifier(String words) {
      this.words = words;
    }

    /**
     * Returns the words as printed before the figure, empty for {@link #EXACT}.
     *
     * @return the words, never null
     */
    public String words() {
      return words;
    }

    /**
     * Parses the words of a CSV cell: empty for {@link #EXACT}, else {@code about}, {@code nearly}
     * or {@code more than}.
     *
     * @param words the words, not null
     * @return the qualifier
     * @throws IllegalArgumentException naming the words and the accepted ones
     */
    public static Qualifier parse(String words) {
      requireNonNull(words, "words");
      for (Qualifier q : values()) {
        if (q.words.equals(words.trim())) {
          return q;
        }
      }
      throw new IllegalArgumentException(
          "qualifier = \"" + words + "\": expected empty, about, nearly or more than");
    }
  }

  /**
   * Validates the figure.
   *
   * @param dataset the dataset, not blank
   * @param period the period, not null
   * @param direction the direction, not null
   * @param product the product, not null
   * @param currency the currency, not null (may be empty)
   * @param measure the measure, not null
   * @param qualifier the qualifier, not null
   * @param value the value, not null
   * @param source the release, not null
   * @param status the status, not null
   * @throws IllegalArgumentException if the dataset is blank, or a balance has no currency
   */
  public PublishedFigure {
    requireNonNull(dataset, "dataset");
    requireNonNull(period, "period");
    requireNonNull(direction, "direction");
    requireNonNull(product, "product");
    requireNonNull(currency, "currency");
    requireNonNull(measure, "measure");
    requireNonNull(qualifier, "qualifier");
    requireNonNull(value, "value");
    requireNonNull(source, "source");
    requireNonNull(status, "status");
    if (dataset.isBlank()) {
      throw new IllegalArgumentException("dataset = \"\": expected a dataset name such as cbec");
    }
    if (measure == Measure.BALANCE && currency.isEmpty()) {
      throw new IllegalArgumentException(
          "published balance " + dataset + " " + period + " " + product
              + ": expected the currency of the balance");
    }
  }

  /**
   * Returns whether this figure was published with a level: same period, direction and product,
   * the level's currency (when this figure names one) and the same release (equal {@link Source}:
   * publisher, title, release date and vintage).
   *
   * @param level the level, not null
   * @return true if the figure belongs to that level's release
   */
  public boolean publishedWith(TradeFlow level) {
    requireNonNull(level, "level");
    return period.equals(level.period())
        && direction == level.direction()
        && product.equals(level.product())
        && currency.map(c -> c.equals(level.value().currency())).orElse(true)
        && level.source().map(source::equals).orElse(false);
  }

  /**
   * Returns the figure as it would be printed, such as {@code +15%}, {@code more than 100%} or {@code
   * about 33 USD bn}.
   *
   * @return the printed form, never null
   */
  public String printed() {
    String q = qualifier.words().isEmpty() ? "" : qualifier.words() + " ";
    if (measure == Measure.GROWTH_PERCENT) {
      String sign = value.signum() > 0 && qualifier == Qualifier.EXACT ? "+" : "";
      return q + sign + value.stripTrailingZeros().toPlainString() + "%";
    }
    return q + value.stripTrailingZeros().toPlainString() + " "
        + currency.map(Currency::getCurrencyCode).orElse("") + " bn";
  }

  /**
   * Returns {@code dataset period direction product printed (source label)}.
   *
   * @return the one-line description
   */
  @Override
  public String toString() {
    return dataset + " " + period + " " + direction + " " + product + " " + printed() + " ("
        + source.label() + ")";
  }
}
