package io.github.digitrade.model;

import io.github.digitrade.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One trade flow: what {@link #reporter()} reports trading with {@link #partner()} in a {@link
 * Period}, in one {@link FlowDirection}, for one {@link ProductCode}, with its {@link
 * DigitalNature}, optionally its customs mode and platform, and its value in {@link Money}.
 *
 * <p>Rules checked at construction, each with a message naming the field: the reporter differs from
 * the partner; the value and the quantity are not negative; a quantity comes with a non-blank unit
 * and a unit with a quantity; a platform id is not blank; a customs mode allows the direction it is
 * used with (a re-export is declared as an export, a re-import as an import; a {@code TOTAL} flow
 * is not checked). The quantity is kept in its shortest exact form ({@code 12.0} is
 * {@code 12}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * TradeFlow f = TradeFlow.of(Partner.of("CHN"), Partner.world(), Period.ofYear(2020),
 *     FlowDirection.EXPORT, ProductCode.total(), DigitalNature.DIGITALLY_ORDERED,
 *     Money.of("1120", "CNY"));
 * f;   // CHN→WLD 2020 EXPORT TOTAL CNY 1120 [digitally ordered]
 * f.withPlatformId("alibaba");   // a copy with one field changed, validated again
 * }</pre>
 *
 * <p>Each {@code with...} method returns a copy with one attribute replaced (the same instance if
 * the value is equal) and checks the rules again, so {@code f.withPartner(f.reporter())} throws.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class TradeFlow {

  TradeFlow() {}

  /**
   * Returns the economy that reports the flow.
   *
   * @return the reporter, never null
   */
  public abstract Partner reporter();

  /**
   * Returns the economy (or aggregate, such as the World) the reporter trades with.
   *
   * @return the partner, never null; never equal to the reporter
   */
  public abstract Partner partner();

  /**
   * Returns the period the flow covers.
   *
   * @return the period, never null
   */
  public abstract Period period();

  /**
   * Returns the direction, seen from the reporter.
   *
   * @return the direction, never null
   */
  public abstract FlowDirection direction();

  /**
   * Returns the product or service traded, or {@link ProductCode#total()}.
   *
   * @return the product code, never null
   */
  public abstract ProductCode product();

  /**
   * Returns whether the flow was digitally ordered and/or delivered.
   *
   * @return the digital nature, never null
   */
  public abstract DigitalNature digitalNature();

  /**
   * Returns the customs supervision mode the flow was declared under.
   *
   * @return the customs mode, or empty
   */
  public abstract Optional<CustomsMode> customsMode();

  /**
   * Returns the id of the platform the flow went through, such as {@code alibaba}.
   *
   * @return the platform id, or empty
   */
  public abstract Optional<String> platformId();

  /**
   * Returns the value of the flow.
   *
   * @return the value, never null and never negative
   */
  public abstract Money value();

  /**
   * Returns the quantity traded, in {@link #unit()}.
   *
   * @return the quantity, or empty; never negative
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the unit of {@link #quantity()}, such as {@code kg}; present exactly when the quantity
   * is.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Returns where the figure comes from.
   *
   * @return the source, or empty
   */
  public abstract Optional<Source> source();

  /**
   * Returns how firmly the figure is established; the embedded datasets always set it, user data
   * may leave it empty.
   *
   * @return the status, or empty
   */
  public abstract Optional<Status> status();

  /**
   * Returns a copy of this flow with {@link #reporter()} replaced.
   *
   * @param reporter the reporter, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withReporter(Partner reporter);

  /**
   * Returns a copy of this flow with {@link #partner()} replaced.
   *
   * @param partner the partner, not null and not the reporter
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withPartner(Partner partner);

  /**
   * Returns a copy of this flow with {@link #period()} replaced.
   *
   * @param period the period, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withPeriod(Period period);

  /**
   * Returns a copy of this flow with {@link #direction()} replaced.
   *
   * @param direction the direction, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withDirection(FlowDirection direction);

  /**
   * Returns a copy of this flow with {@link #product()} replaced.
   *
   * @param product the product, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withProduct(ProductCode product);

  /**
   * Returns a copy of this flow with {@link #digitalNature()} replaced.
   *
   * @param digitalNature the digital nature, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withDigitalNature(DigitalNature digitalNature);

  /**
   * Returns a copy of this flow with {@link #customsMode()} replaced.
   *
   * @param customsMode the customs mode, not null; it must allow the direction
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withCustomsMode(CustomsMode customsMode);

  /**
   * Returns a copy of this flow with {@link #platformId()} replaced.
   *
   * @param platformId the platform id, not null and not blank
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withPlatformId(String platformId);

  /**
   * Returns a copy of this flow with {@link #value()} replaced.
   *
   * @param value the value, not null and not negative
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withValue(Money value);

  /**
   * Returns a copy of this flow with {@link #source()} replaced.
   *
   * @param source the source, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withSource(Source source);

  /**
   * Returns a copy of this flow with {@link #status()} replaced.
   *
   * @param status the status, not null
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public abstract TradeFlow withStatus(Status status);

  /**
   * Returns a copy of this flow with {@link #quantity()} and {@link #unit()} replaced (they come
   * together).
   *
   * @param quantity the quantity, not null and not negative
   * @param unit the unit, not null and not blank
   * @return the copy, never null
   * @throws IllegalArgumentException if the copy breaks a rule of the class
   */
  public TradeFlow withQuantity(BigDecimal quantity, String unit) {
    return builder()
        .reporter(reporter())
        .partner(partner())
        .period(period())
        .direction(direction())
        .product(product())
        .digitalNature(digitalNature())
        .customsMode(customsMode())
        .platformId(platformId())
        .value(value())
        .quantity(Objects.requireNonNull(quantity, "quantity"))
        .unit(Objects.requireNonNull(unit, "unit"))
        .source(source())
        .status(status())
        .build();
  }

  /**
   * Returns a flow with the common attributes and nothing optional.
   *
   * @param reporter the reporter, not null
   * @param partner the partner, not null and not the reporter
   * @param period the period, not null
   * @param direction the direction, not null
   * @param product the product, not null
   * @param digitalNature the digital nature, not null
   * @param value the value, not null and not negative
   * @return the flow, never null
   * @throws IllegalArgumentException if the reporter equals the partner or the value is negative
   */
  public static TradeFlow of(
      Partner reporter,
      Partner partner,
      Period period,
      FlowDirection direction,
      ProductCode product,
      DigitalNature digitalNature,
      Money value) {
    return builder()
        .reporter(reporter)
        .partner(partner)
        .period(period)
        .direction(direction)
        .product(product)
        .digitalNature(digitalNature)
        .value(value)
        .build();
  }

  /**
   * Returns a new builder; reporter, partner, period, direction, product, digital nature and value
   * are required.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TradeFlow}. */
  public static final class Builder extends ImmutableTradeFlow.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Validates the flow and normalises the quantity's scale.
   *
   * @return this flow, or a copy with the quantity normalised
   * @throws IllegalArgumentException naming the bad field, the bad value and what was expected
   */
  @Value.Check
  protected TradeFlow check() {
    if (reporter().equals(partner())) {
      throw new IllegalArgumentException(
          "partner = " + partner() + ": expected a partner other than the reporter " + reporter());
    }
    if (value().isNegative()) {
      throw new IllegalArgumentException(
          "value = " + value() + ": expected a non-negative amount");
    }
    platformId().ifPresent(p -> Checks.notBlank("platformId", p));
    unit().ifPresent(u -> Checks.notBlank("unit", u));
    if (quantity().isPresent() != unit().isPresent()) {
      throw new IllegalArgumentException(
          quantity().isPresent()
              ? "unit = empty: expected a unit for quantity " + quantity().get().toPlainString()
              : "quantity = empty: expected a quantity for unit " + unit().get());
    }
    if (quantity().isPresent() && quantity().get().signum() < 0) {
      throw new IllegalArgumentException(
          "quantity = " + quantity().get().toPlainString() + ": expected a non-negative number");
    }
    if (customsMode().isPresent()) {
      CustomsMode m = customsMode().get();
      // a re-export leaves under an export declaration, a re-import enters under an import one
      FlowDirection side =
          switch (direction()) {
            case EXPORT, RE_EXPORT -> FlowDirection.EXPORT;
            case IMPORT, RE_IMPORT -> FlowDirection.IMPORT;
            case TOTAL -> FlowDirection.TOTAL;
          };
      if (side != FlowDirection.TOTAL && !m.allows(side)) {
        throw new IllegalArgumentException(
            "customsMode = "
                + m.code()
                + ": expected a direction in "
                + m.directions()
                + (side == direction() ? "" : " (a " + direction() + " is declared as " + side + ")")
                + " but the flow is "
                + direction());
      }
    }
    if (quantity().isPresent()) {
      BigDecimal q = quantity().get();
      BigDecimal n = Money.normalise(q);
      if (n.scale() != q.scale()) {
        return ((ImmutableTradeFlow) ImmutableTradeFlow.copyOf(this)).withQuantity(n);
      }
    }
    return this;
  }

  /**
   * Returns one readable line: {@code CHN→WLD 2021 TOTAL TOTAL CNY 1980 [digitally ordered] (GACC,
   * preliminary)}, followed by the customs mode, platform, quantity and a status other than
   * confirmed when present.
   *
   * @return the one-line form, never null
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder()
            .append(reporter())
            .append('→')
            .append(partner())
            .append(' ')
            .append(period())
            .append(' ')
            .append(direction())
            .append(' ')
            .append(product())
            .append(' ')
            .append(value())
            .append(" [")
            .append(digitalNature())
            .append(']');
    customsMode().ifPresent(m -> sb.append(" mode ").append(m.code()));
    platformId().ifPresent(p -> sb.append(" via ").append(p));
    if (quantity().isPresent() && unit().isPresent()) {
      sb.append(' ').append(quantity().get().toPlainString()).append(' ').append(unit().get());
    }
    source().ifPresent(s -> sb.append(" (").append(s.label()).append(')'));
    status().filter(s -> s != Status.CONFIRMED).ifPresent(s -> sb.append(" {").append(s).append('}'));
    return sb.toString();
  }
}
