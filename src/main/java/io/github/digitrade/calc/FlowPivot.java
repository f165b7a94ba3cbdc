package io.github.digitrade.calc;

import io.github.digitrade.model.CurrencyMismatchException;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pivots {@link TradeFlows} into the {@link LabeledMatrix} and {@link LabeledVector} the panel
 * calculators take, so that the object face and the primitive face share one kernel.
 *
 * <p>Each flow contributes its value ({@code value().amount()} as a {@code double}) to the cell of
 * its keys; flows with the same keys are summed with compensation ({@link Sums}) or rejected, by an
 * explicit {@link DuplicatePolicy}. All flows must be in one currency: mixing currencies is an
 * {@link IllegalArgumentException} naming them (convert with {@link Conversion} first). Filter the
 * flows to one direction and period before pivoting; the pivot sums whatever it is given.
 *
 * <pre>{@code
 * LabeledMatrix x = FlowPivot.matrix(
 *     flows.direction(FlowDirection.EXPORT).period(Period.ofYear(2021)),
 *     FlowPivot.reporter(), FlowPivot.product());
 * Specialization.rca(x);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class FlowPivot {

  private FlowPivot() {}

  /**
   * Returns the key "reporter code", such as {@code CHN}.
   *
   * @return the key function, never null
   */
  public static Function<TradeFlow, String> reporter() {
    return f -> f.reporter().code();
  }

  /**
   * Returns the key "partner code", such as {@code USA} or {@code WLD}.
   *
   * @return the key function, never null
   */
  public static Function<TradeFlow, String> partner() {
    return f -> f.partner().code();
  }

  /**
   * Returns the key "product", in the product code's text form such as {@code HS:8517}.
   *
   * @return the key function, never null
   */
  public static Function<TradeFlow, String> product() {
    return f -> f.product().toString();
  }

  /**
   * Returns the key "period", in the period's text form such as {@code 2021} or {@code 2021-Q3}.
   *
   * @return the key function, never null
   */
  public static Function<TradeFlow, String> period() {
    return f -> f.period().toString();
  }

  /**
   * Returns the flows' values by row key and column key, summing flows with the same keys.
   *
   * @param flows the flows, all in one currency, not null
   * @param rowKey the row label of a flow, not null
   * @param columnKey the column label of a flow, not null
   * @return the matrix (rows and columns in order of first appearance, missing cells 0), never null
   * @throws IllegalArgumentException if the flows are in several currencies
   */
  public static LabeledMatrix matrix(
      TradeFlows flows,
      Function<? super TradeFlow, String> rowKey,
      Function<? super TradeFlow, String> columnKey) {
    return matrix(flows, rowKey, columnKey, DuplicatePolicy.SUM);
  }

  /**
   * Returns the flows' values by row key and column key under a duplicate policy.
   *
   * @param flows the flows, all in one currency, not null
   * @param rowKey the row label of a flow, not null
   * @param columnKey the column label of a flow, not null
   * @param duplicates whether flows with the same keys are summed or rejected, not null
   * @return the matrix, never null
   * @throws IllegalArgumentException if the flows are in several currencies, or under {@link
   *     DuplicatePolicy#REJECT} two flows have the same keys
   */
  public static LabeledMatrix matrix(
      TradeFlows flows,
      Function<? super TradeFlow, String> rowKey,
      Function<? super TradeFlow, String> columnKey,
      DuplicatePolicy duplicates) {
    Objects.requireNonNull(rowKey, "rowKey");
    Objects.requireNonNull(columnKey, "columnKey");
    Objects.requireNonNull(duplicates, "duplicates");
    requireOneCurrency(flows);
    Pivot p = Pivot.create();
    for (TradeFlow f : flows) {
      p.add(rowKey.apply(f), columnKey.apply(f), f.value().amount().doubleValue());
    }
    return p.toMatrix(duplicates);
  }

  /**
   * Returns the flows' values by one key, summing flows with the same key.
   *
   * @param flows the flows, all in one currency, not null
   * @param key the label of a flow, not null
   * @return the vector (labels in order of first appearance), never null
   * @throws IllegalArgumentException if the flows are in several currencies
   */
  public static LabeledVector vector(TradeFlows flows, Function<? super TradeFlow, String> key) {
    Objects.requireNonNull(key, "key");
    LabeledMatrix m = matrix(flows, key, f -> "value");
    if (m.columnCount() == 0) {
      return LabeledVector.of(List.of(), new double[0]);
    }
    return m.column("value");
  }

  /**
   * Returns the one currency of all the flows of the groups, empty if there are no flows; rejects a
   * mix naming the currencies.
   */
  @SafeVarargs
  static Optional<Currency> currency(Iterable<TradeFlow>... groups) {
    Currency c = null;
    for (Iterable<TradeFlow> group : groups) {
      for (TradeFlow f : Objects.requireNonNull(group, "flows")) {
        Currency fc = f.value().currency();
        if (c == null) {
          c = fc;
        } else {
          CurrencyMismatchException.check("flows", c, fc);
        }
      }
    }
    return Optional.ofNullable(c);
  }

  /** Rejects flows of the groups that mix currencies, naming the currencies. */
  @SafeVarargs
  static void requireOneCurrency(Iterable<TradeFlow>... groups) {
    currency(groups);
  }
}
