package io.github.digitrade.reference;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads typed fields of the embedded CSV rows, with the row's location in error messages. */
final class Rows {

  private Rows() {}

  static final String DIR = "/io/github/digitrade/reference/";

  static Status status(Csv.Row r) {
    try {
      return Status.parse(r.get("status"));
    } catch (IllegalArgumentException e) {
      throw r.wrap(e);
    }
  }

  /** Publisher, title and where it was read; optional release date and vintage columns. */
  static Source source(Csv.Row r, boolean dated) {
    Source.Builder b = Source.builder();
    b.publisher(r.get("publisher"));
    b.title(r.get("title") + "; via " + r.get("source"));
    if (dated) {
      r.optionalDate("release_date").ifPresent(b::releaseDate);
      b.vintage(Vintage.valueOf(r.get("vintage")));
    }
    return b.build();
  }

  /**
   * A flow of China with the World from the columns {@code period, direction, product, value,
   * currency} and the dated source columns; the digital nature is given by the caller.
   */
  static TradeFlow chinaFlow(Csv.Row r, DigitalNature nature) {
    try {
      return TradeFlow.builder()
          .reporter(Partner.of("CHN"))
          .partner(Partner.world())
          .period(Period.parse(r.get("period")))
          .direction(FlowDirection.valueOf(r.get("direction")))
          .product(ProductCode.parse(r.get("product")))
          .digitalNature(nature)
          .value(Money.of(r.get("value"), r.get("currency")))
          .source(source(r, true))
          .status(status(r))
          .build();
    } catch (IllegalArgumentException e) {
      throw r.wrap(e);
    }
  }

  /**
   * The flows of a CSV resource of China's flows ({@link #chinaFlow}), grouped by its {@code dataset}
   * column in file order; the digital nature of each row is given by the caller.
   */
  static ImmutableMap<String, TradeFlows> chinaDatasets(
      String resource, Function<Csv.Row, DigitalNature> nature) {
    Map<String, List<TradeFlow>> sets = new LinkedHashMap<>();
    for (Csv.Row r : Csv.read(DIR + resource)) {
      sets.computeIfAbsent(r.get("dataset"), k -> new ArrayList<>())
          .add(chinaFlow(r, nature.apply(r)));
    }
    ImmutableMap.Builder<String, TradeFlows> b = ImmutableMap.builder();
    sets.forEach((k, v) -> b.put(k, TradeFlows.copyOf(v)));
    return b.buildOrThrow();
  }
}
