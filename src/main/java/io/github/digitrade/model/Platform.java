package io.github.digitrade.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A digital platform that intermediates, sells or supports cross-border e-commerce: a marketplace,
 * a retailer, a payment service or a cloud.
 *
 * <p>A platform has a slug {@link #id()} such as {@code aliexpress} (lower-case letters and digits
 * in groups joined by single hyphens), a name, its operator (the parent group), headquarters,
 * launch year, one or more {@link BusinessModel}s, the markets or trade directions it serves, the
 * settlement currencies it is documented to use (often unknown, so possibly empty), dated facts
 * such as "settlement in 27 currencies as of 2017", its sources and a {@link Status}. Text that is
 * partly unverified carries a note ({@link #headquartersNote()}, {@link #launchNote()}).
 *
 * <p>Validation: the id must be a slug; name, operator and headquarters must not be blank; the
 * launch year must be within 1900 to 2100; at least one business model and one source are required;
 * list entries must not be blank. A violation throws an {@link IllegalArgumentException} naming the
 * platform, the field and the bad value. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Platform p = Platform.builder()
 *     .id("aliexpress").name("AliExpress").operator("Alibaba Group").headquarters("Hangzhou")
 *     .launchYear(2010).addBusinessModels(BusinessModel.B2C_MARKETPLACE)
 *     .addMarkets("export (B2C)").addSources("dealcd.com").status(Status.CONFIRMED)
 *     .build();
 * p;  // aliexpress: AliExpress (Alibaba Group, Hangzhou, 2010) [B2C_MARKETPLACE] confirmed
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class Platform {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  Platform() {}

  /**
   * Returns the identifier, a slug such as {@code aliexpress} or {@code wechat-pay}.
   *
   * @return the slug
   */
  public abstract String id();

  /**
   * Returns the platform's usual name, such as {@code AliExpress}.
   *
   * @return the non-blank name
   */
  public abstract String name();

  /**
   * Returns the operator: the group that owns or runs the platform, such as {@code Alibaba Group}.
   *
   * @return the non-blank operator name
   */
  public abstract String operator();

  /**
   * Returns the headquarters, as a city or short text.
   *
   * @return the non-blank headquarters text
   */
  public abstract String headquarters();

  /**
   * Returns a note on the headquarters, such as which part is unverified.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> headquartersNote();

  /**
   * Returns the year the platform was launched.
   *
   * @return the year, 1900 to 2100
   */
  public abstract int launchYear();

  /**
   * Returns a note on the launch, such as its month or what the year refers to.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> launchNote();

  /**
   * Returns the business models, at least one.
   *
   * @return the non-empty set
   */
  public abstract ImmutableSet<BusinessModel> businessModels();

  /**
   * Returns the trade directions or markets served, as short texts such as {@code export (B2C)} or
   * {@code Indonesia}.
   *
   * @return the texts, possibly empty
   */
  public abstract ImmutableList<String> markets();

  /**
   * Returns the settlement currencies the sources name; empty when they give only a count (see
   * {@link #facts()}).
   *
   * @return the currencies, possibly empty
   */
  public abstract ImmutableSet<Currency> settlementCurrencies();

  /**
   * Returns dated facts about the platform, each with its own source and status.
   *
   * @return the facts, possibly empty
   */
  public abstract ImmutableList<DatedFact> facts();

  /**
   * Returns the citations the platform's attributes come from, at least one.
   *
   * @return the non-empty list of citations
   */
  public abstract ImmutableList<String> sources();

  /**
   * Returns how firmly the platform's attributes are established; partly unverified attributes
   * carry their own note.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns whether the platform has the given business model.
   *
   * @param model the business model, not null
   * @return true if {@link #businessModels()} contains it
   */
  public boolean has(BusinessModel model) {
    return businessModels().contains(java.util.Objects.requireNonNull(model, "model"));
  }

  /**
   * Returns a builder; {@code build()} validates.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Platform}; every attribute can be set once, collections are added to. */
  public static final class Builder extends ImmutablePlatform.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Validates the platform.
   *
   * @throws IllegalArgumentException if an invariant listed on the class does not hold
   */
  @Value.Check
  protected void check() {
    if (!SLUG.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "platform: id = \""
              + id()
              + "\": expected a slug such as aliexpress or wechat-pay"
              + " (lower-case letters and digits joined by single hyphens)");
    }
    nonBlank("name", name());
    nonBlank("operator", operator());
    nonBlank("headquarters", headquarters());
    headquartersNote().ifPresent(n -> nonBlank("headquartersNote", n));
    launchNote().ifPresent(n -> nonBlank("launchNote", n));
    if (launchYear() < 1900 || launchYear() > 2100) {
      throw new IllegalArgumentException(
          "platform " + id() + ": launchYear = " + launchYear() + ": expected 1900 to 2100");
    }
    if (businessModels().isEmpty()) {
      throw new IllegalArgumentException(
          "platform " + id() + ": businessModels = []: expected at least one business model");
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException(
          "platform " + id() + ": sources = []: expected at least one citation");
    }
    markets().forEach(m -> nonBlank("markets", m));
    sources().forEach(s -> nonBlank("sources", s));
  }

  private void nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "platform " + id() + ": " + field + " = \"" + value + "\": expected a non-blank text");
    }
  }

  /**
   * Returns a one-line summary: {@code id: name (operator, headquarters, launch year) [business
   * models] status}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + name()
        + " ("
        + operator()
        + ", "
        + headquarters()
        + ", "
        + launchYear()
        + ") "
        + businessModels()
        + " "
        + status();
  }
}
