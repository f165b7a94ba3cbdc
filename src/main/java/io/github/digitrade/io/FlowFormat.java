package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;

/**
 * A file format of trade flows that {@link FlowReader} reads: the format owns its header binding
 * ({@link #mapping()}), the unit of its values, whether its country codes are numeric, and, for
 * BACI, its integer fast path and its country-code file ({@link BaciFormat#countryCodes}).
 *
 * <p>The formats are a closed, explicit list ({@link #all()}): tidy CSV, CEPII BACI and UN
 * Comtrade. A new format is one new file (a final subclass in this package, listed in the {@code
 * permits} clause) and one entry in {@link #all()}; the command line's {@code --format} and the
 * brief's unit read from that list.
 *
 * <pre>{@code
 * FlowFormat.named("baci").valueUnit();      // "thousand USD"
 * FlowFormat.baci().reader().read(path);     // same as FlowReader.baci().read(path)
 * }</pre>
 */
public abstract sealed class FlowFormat permits TidyFormat, BaciFormat, ComtradeFormat {

  FlowFormat() {}

  /**
   * Returns digitrade's tidy format, columns {@code reporter, partner, product, period,
   * direction, value}.
   *
   * @return the format, never null
   */
  public static FlowFormat tidy() {
    return TidyFormat.DEFAULT;
  }

  /**
   * Returns a tidy format with the given columns.
   *
   * @param mapping which header holds each dimension and the value, not null
   * @return the format, never null
   */
  public static FlowFormat tidy(ColumnMapping mapping) {
    return new TidyFormat(Objects.requireNonNull(mapping, "mapping"));
  }

  /**
   * Returns CEPII BACI ({@code t,i,j,k,v,q}).
   *
   * @return the format, never null
   */
  public static FlowFormat baci() {
    return BaciFormat.INSTANCE;
  }

  /**
   * Returns UN Comtrade bulk CSV.
   *
   * @return the format, never null
   */
  public static FlowFormat comtrade() {
    return ComtradeFormat.INSTANCE;
  }

  /**
   * Returns every format, in a fixed order: tidy, BACI, Comtrade.
   *
   * @return the formats, never null
   */
  public static ImmutableList<FlowFormat> all() {
    return ImmutableList.of(tidy(), baci(), comtrade());
  }

  /**
   * Returns the format of a name, ignoring case: {@code tidy}, {@code baci} or {@code comtrade}.
   *
   * @param name the name, not null
   * @return the format, never null
   * @throws IllegalArgumentException if no format has that name; the message lists the names
   */
  public static FlowFormat named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (FlowFormat f : all()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "format = \"" + name + "\": expected one of " + names());
  }

  /**
   * Returns the names of every format, in the order of {@link #all()}.
   *
   * @return the names, never null
   */
  public static ImmutableList<String> names() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (FlowFormat f : all()) {
      b.add(f.name());
    }
    return b.build();
  }

  /**
   * Returns the lower-case name of the format, such as {@code "baci"}.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the unit of the values of this format, as a label for reports, such as {@code
   * "thousand USD"}.
   *
   * @return the unit, never null
   */
  public abstract String valueUnit();

  /**
   * Returns which header holds each dimension and the value.
   *
   * @return the mapping, never null
   */
  public abstract ColumnMapping mapping();

  /**
   * Returns a strict reader of this format.
   *
   * @return the reader, never null
   */
  public FlowReader reader() {
    return FlowReader.of(this);
  }

  /** Whether reporter and partner are numeric country codes (labelled by the reader's options). */
  abstract boolean numericCountries();

  /** Whether rows are integers read by the BACI row parser and its block fast path. */
  abstract boolean integerRows();

  /**
   * Returns the name.
   *
   * @return the name, never null
   */
  @Override
  public String toString() {
    return name();
  }
}
