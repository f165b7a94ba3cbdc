package io.github.digitrade.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.table.Dimension;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which header of a tidy (long) CSV file holds each {@link Dimension} and the value, or which
 * constant label a dimension takes when the file has no such column. Header names match ignoring
 * case and surrounding spaces; a dimension may list several names, and the first one present in the
 * header wins.
 *
 * <p>A mapping may also name a release column ({@link Builder#release(String...)}): each of its
 * cells is a {@link io.github.digitrade.model.Release} in its text form, a vintage name ({@code
 * preliminary}, {@code revised}, {@code final}, {@code unspecified}, case ignored), optionally
 * followed by {@code " of "} and the ISO release date ({@code revised of 2022-03-10}); any other
 * cell, a blank one included, is a bad row naming the accepted values. The table read then has a
 * release column, and its totals refuse a key given in several releases until one is chosen
 * ({@code latest()}, {@code vintage(...)}). The {@link #tidy()} mapping reads a column named
 * {@code release} or {@code vintage} when the header has one, and none otherwise.
 *
 * <pre>{@code
 * ColumnMapping m = ColumnMapping.builder()
 *     .column(Dimension.REPORTER, "exporter")
 *     .column(Dimension.PARTNER, "importer")
 *     .column(Dimension.PRODUCT, "hs6")
 *     .constant(Dimension.PERIOD, "2022")
 *     .constant(Dimension.DIRECTION, "X")
 *     .value("trade_value")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ColumnMapping {

  private final ImmutableMap<Dimension, ImmutableList<String>> columns;
  private final ImmutableMap<Dimension, String> constants;
  private final ImmutableList<String> value;
  private final ImmutableList<String> release;
  private final boolean releaseRequired;

  private ColumnMapping(Builder b) {
    this.columns = ImmutableMap.copyOf(b.columns);
    this.constants = ImmutableMap.copyOf(b.constants);
    this.value = b.value;
    this.release = b.release;
    this.releaseRequired = b.releaseRequired;
  }

  /**
   * Returns the mapping of digitrade's own tidy format, the one {@link FlowWriter} writes: columns
   * {@code reporter, partner, product, period, direction, value}, and a {@code release} (or {@code
   * vintage}) column if the header has one.
   *
   * <pre>{@code
   * reporter,partner,product,period,direction,release,value
   * CHN,WLD,TOTAL,2021,TOTAL,preliminary,1980
   * CHN,WLD,TOTAL,2021,TOTAL,revised,1920
   * }</pre>
   *
   * @return the mapping, never null
   */
  public static ColumnMapping tidy() {
    Builder b = builder();
    for (Dimension d : Dimension.values()) {
      b.column(d, d.label());
    }
    b.release("release", "vintage");
    b.releaseRequired = false;
    return b.value("value").build();
  }

  /**
   * Returns the mapping of UN Comtrade bulk CSV files: the current bulk format ({@code
   * reporterCode, partnerCode, cmdCode, period, flowCode, primaryValue}) or the legacy one ({@code
   * Reporter Code, Partner Code, Commodity Code, Period, Trade Flow Code, Trade Value (US$)}).
   *
   * @return the mapping, never null
   */
  public static ColumnMapping comtrade() {
    return builder()
        .column(Dimension.REPORTER, "reporterCode", "Reporter Code")
        .column(Dimension.PARTNER, "partnerCode", "Partner Code")
        .column(Dimension.PRODUCT, "cmdCode", "Commodity Code")
        .column(Dimension.PERIOD, "period", "refPeriodId", "Period", "Year")
        .column(Dimension.DIRECTION, "flowCode", "Trade Flow Code")
        .value("primaryValue", "Trade Value (US$)", "fobvalue", "cifvalue")
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the header names that may hold a dimension, empty if the dimension is a constant.
   *
   * @param dimension the dimension, not null
   * @return the names, in order of preference, never null
   */
  public ImmutableList<String> columns(Dimension dimension) {
    return columns.getOrDefault(dimension, ImmutableList.of());
  }

  /**
   * Returns the constant label of a dimension, or an empty string if it is read from a column.
   *
   * @param dimension the dimension, not null
   * @return the label or an empty string, never null
   */
  public String constant(Dimension dimension) {
    return constants.getOrDefault(dimension, "");
  }

  /**
   * Returns the header names that may hold the value.
   *
   * @return the names, in order of preference, never null and not empty
   */
  public ImmutableList<String> value() {
    return value;
  }

  /**
   * Returns the header names that may hold the release, empty if the mapping reads no release.
   *
   * @return the names, in order of preference, never null
   */
  public ImmutableList<String> release() {
    return release;
  }

  /**
   * Returns whether a header without any of the {@link #release()} names is an error; when not,
   * such a file is read without a release column.
   *
   * @return true if the release column must be present
   */
  public boolean releaseRequired() {
    return releaseRequired;
  }

  @Override
  public String toString() {
    return "ColumnMapping{columns="
        + columns
        + ", constants="
        + constants
        + ", value="
        + value
        + (release.isEmpty() ? "" : ", release=" + release + (releaseRequired ? "" : " if present"))
        + "}";
  }

  /**
   * Collects the mapping; every dimension needs a column or a constant, and the value a column.
   *
   * <pre>{@code
   * ColumnMapping.builder().column(Dimension.REPORTER, "iso3") ... .build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<Dimension, ImmutableList<String>> columns = new EnumMap<>(Dimension.class);
    private final Map<Dimension, String> constants = new EnumMap<>(Dimension.class);
    private ImmutableList<String> value = ImmutableList.of();
    private ImmutableList<String> release = ImmutableList.of();
    private boolean releaseRequired;

    private Builder() {}

    /**
     * Reads the release of each row from the first of these headers present in the file (see the
     * class comment for the accepted values); a file with none of them is an error.
     *
     * @param headers one or more non-blank header names
     * @return this builder
     * @throws IllegalArgumentException if no name is given or a name is blank
     */
    public Builder release(String... headers) {
      release = names("release", headers);
      releaseRequired = true;
      return this;
    }

    /**
     * Reads a dimension from the first of these headers present in the file.
     *
     * @param dimension the dimension, not null
     * @param headers one or more non-blank header names
     * @return this builder
     * @throws IllegalArgumentException if no name is given or a name is blank
     */
    public Builder column(Dimension dimension, String... headers) {
      Objects.requireNonNull(dimension, "dimension");
      columns.put(dimension, names(dimension.label(), headers));
      constants.remove(dimension);
      return this;
    }

    /**
     * Gives a dimension the same label in every row.
     *
     * @param dimension the dimension, not null
     * @param label the label, not blank
     * @return this builder
     * @throws IllegalArgumentException if the label is blank
     */
    public Builder constant(Dimension dimension, String label) {
      Objects.requireNonNull(dimension, "dimension");
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            dimension.label() + " constant = \"" + label + "\": expected a non-blank label");
      }
      constants.put(dimension, label.strip());
      columns.remove(dimension);
      return this;
    }

    /**
     * Reads the value from the first of these headers present in the file.
     *
     * @param headers one or more non-blank header names
     * @return this builder
     * @throws IllegalArgumentException if no name is given or a name is blank
     */
    public Builder value(String... headers) {
      value = names("value", headers);
      return this;
    }

    private static ImmutableList<String> names(String what, String... headers) {
      if (headers.length == 0) {
        throw new IllegalArgumentException(what + " headers are empty: expected at least one name");
      }
      for (String h : headers) {
        if (h.isBlank()) {
          throw new IllegalArgumentException(
              what + " header = \"" + h + "\": expected a non-blank name");
        }
      }
      return ImmutableList.copyOf(headers);
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if a dimension has neither a column nor a constant, or the
     *     value has no column
     */
    public ColumnMapping build() {
      for (Dimension d : Dimension.values()) {
        if (!columns.containsKey(d) && !constants.containsKey(d)) {
          throw new IllegalArgumentException(
              d.label() + " is not mapped: expected a column or a constant");
        }
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException("value is not mapped: expected a column");
      }
      return new ColumnMapping(this);
    }
  }
}
