package io.github.digitrade.report;

import io.github.digitrade.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the values of one quantity are written everywhere in a report: in running text, table
 * cells, axis labels and tooltips alike. A format knows the unit of the stored numbers and their
 * scale, so that a BACI value of {@code 1,039,000} (thousand USD) reads {@code USD 1.04 billion} in
 * text and {@code 1.04} under a column headed {@code USD billion}, and a share of {@code 0.1866}
 * reads {@code 18.7%} in a table and on an axis.
 *
 * <p>Four kinds: an {@linkplain #amount amount} in a unit (a currency or any unit) times a scale;
 * a {@linkplain #share share}, a fraction shown in percent; a unit-free {@linkplain #index index}
 * such as RCA or HHI with fixed decimals; and a {@linkplain #count count} of things.
 *
 * <pre>{@code
 * ValueFormat baci = ValueFormat.amount("USD", 1000);      // BACI: thousand USD
 * baci.text(1_039_000);                                     // "USD 1.04 billion"
 * ValueFormat.Scaled column = baci.scaled(1_039_000);       // one scale for a column or an axis
 * column.unitLabel();                                       // "USD billion"
 * column.cell(-7_499);                                      // "-0.01"
 * ValueFormat.share("of exports").text(0.1866);             // "18.7%"
 * }</pre>
 *
 * <p>Amounts of at least ten thousand are written in thousand, million, billion or trillion with
 * three significant digits; smaller ones in full with thousands separators. A column or an axis
 * takes one scale, chosen from its largest absolute value ({@link #scaled(double)}), or the one fixed
 * by {@link #inScale(double)}, so that its numbers are never mixed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValueFormat {

  /** The kind of quantity. */
  public enum Kind {
    /** An amount in a unit, such as USD or tonnes, times a scale. */
    AMOUNT,
    /** A fraction shown in percent: 0.187 is 18.7%. */
    SHARE,
    /** A unit-free index such as RCA, HHI or ECI, shown with fixed decimals. */
    INDEX,
    /** A count of things, such as zones or platforms. */
    COUNT
  }

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final double[] SCALES = {1e12, 1e9, 1e6, 1e3};
  private static final String[] WORDS = {"trillion", "billion", "million", "thousand"};

  private final Kind kind;
  private final String unit;
  private final double scale;
  private final int decimals;
  private final double display;

  private ValueFormat(Kind kind, String unit, double scale, int decimals, double display) {
    this.kind = kind;
    this.unit = unit;
    this.scale = scale;
    this.decimals = decimals;
    this.display = display;
  }

  /**
   * Returns the format of amounts stored in {@code scale} units: {@code amount("USD", 1000)} for
   * values in thousand USD, {@code amount("CNY", 1e9)} for billion yuan, {@code amount("", 1)} for
   * numbers whose unit is not known.
   *
   * @param unit the unit: a currency code such as {@code USD}, which is written before the number,
   *     any other unit such as {@code tonnes}, written after it, or empty for none; not null
   * @param scale how many units one stored value is: 1, 1000, 1e6, ...; positive and finite
   * @return the format, never null
   * @throws IllegalArgumentException if the scale is not positive and finite, or the unit has
   *     leading or trailing blanks
   */
  public static ValueFormat amount(String unit, double scale) {
    Objects.requireNonNull(unit, "unit");
    if (!unit.equals(unit.strip())) {
      throw new IllegalArgumentException(
          "unit = \"" + unit + "\": expected no leading or trailing blanks");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException(
          "scale = " + scale + ": expected a positive finite number such as 1 or 1000");
    }
    return new ValueFormat(Kind.AMOUNT, unit, scale, 0, 0);
  }

  /**
   * Returns the format of a share, a fraction shown in percent with one decimal.
   *
   * @param of what the share is of, e.g. {@code "of exports"}, shown in unit labels; not blank
   * @return the format, never null
   * @throws IllegalArgumentException if {@code of} is blank
   */
  public static ValueFormat share(String of) {
    return new ValueFormat(Kind.SHARE, Checks.notBlank("of", of, "what the share is of"), 1, 1, 0);
  }

  /**
   * Returns the format of a unit-free index with a fixed number of decimals.
   *
   * @param name the index and its reading, e.g. {@code "RCA (1 = world average)"}; not blank
   * @param decimals digits after the point, 0 to 6
   * @return the format, never null
   * @throws IllegalArgumentException if the name is blank or {@code decimals} is out of range
   */
  public static ValueFormat index(String name, int decimals) {
    Checks.notBlank("name", name, "the name of the index");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals = " + decimals + ": expected 0 to 6");
    }
    return new ValueFormat(Kind.INDEX, name, 1, decimals, 0);
  }

  /**
   * Returns the format of a count of things.
   *
   * @param noun what is counted, plural, e.g. {@code "zones"}; not blank
   * @return the format, never null
   * @throws IllegalArgumentException if the noun is blank
   */
  public static ValueFormat count(String noun) {
    return new ValueFormat(Kind.COUNT, Checks.notBlank("noun", noun, "what is counted"), 1, 0, 0);
  }

  /**
   * Returns this amount format with the scale of columns and axes fixed, so that a chart and the
   * table beside it read alike: {@code amount("CNY", 1e9).inScale(1e9)} always writes {@code CNY
   * billion}.
   *
   * @param unitsPerShown how many units one shown number is: 1, 1e3, 1e6, 1e9 or 1e12
   * @return the format, never null
   * @throws IllegalArgumentException if this is not an amount or the scale is not one of those
   */
  public ValueFormat inScale(double unitsPerShown) {
    if (kind != Kind.AMOUNT) {
      throw new IllegalArgumentException(
          "inScale on a " + kind + " format: expected an amount format");
    }
    if (unitsPerShown != 1 && word(unitsPerShown).isEmpty()) {
      throw new IllegalArgumentException(
          "unitsPerShown = " + unitsPerShown + ": expected 1, 1e3, 1e6, 1e9 or 1e12");
    }
    return new ValueFormat(kind, unit, scale, decimals, unitsPerShown);
  }

  /**
   * Returns the kind of quantity.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the unit: a currency code, another unit, the share's "of", the index name or the
   * counted noun; empty for an amount of unknown unit.
   *
   * @return the unit, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Returns how many units one stored value is (1 for shares, indices and counts).
   *
   * @return the scale, positive
   */
  public double scale() {
    return scale;
  }

  /**
   * Writes one value for running text or a tooltip: {@code USD 1.04 billion}, {@code 931,100
   * tonnes}, {@code 18.7%}, {@code 1.23}, {@code 12 zones}.
   *
   * @param v the stored value, finite
   * @return the text, never null
   * @throws IllegalArgumentException if the value is not finite
   */
  public String text(double v) {
    finite(v);
    return switch (kind) {
      case SHARE -> Fmt.percent(v);
      case INDEX -> Fmt.fixed(v, decimals);
      case COUNT -> Fmt.fixed(v, 0) + " " + unit;
      case AMOUNT -> withUnit(number(v * scale));
    };
  }

  /** The number of an amount of real value {@code r}, with its scale word. */
  private static String number(double r) {
    double a = Math.abs(r);
    if (a >= 1e4) {
      for (int i = 0; i < SCALES.length; i++) {
        if (a >= SCALES[i] || i == SCALES.length - 1) {
          return significant(r / SCALES[i]) + " " + WORDS[i];
        }
      }
    }
    return a >= 100 || r == Math.rint(r) ? Fmt.fixed(r, 0) : significant(r);
  }

  private String withUnit(String number) {
    if (unit.isEmpty()) {
      return number;
    }
    if (CURRENCY.matcher(unit).matches()) {
      return number.startsWith("-") ? "-" + unit + " " + number.substring(1) : unit + " " + number;
    }
    return number + " " + unit;
  }

  /** Three significant digits, at least: 1.04, 10.4, 104, 1,040. */
  private static String significant(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
    int scale = Math.max(0, d.scale());
    return Fmt.fixed(d.doubleValue(), scale);
  }

  /**
   * Chooses one scale for a column or an axis whose largest absolute stored value is {@code
   * maxAbs}: the largest of thousand, million, billion and trillion that keeps that value at one
   * or more, or none below ten thousand; or the scale fixed by {@link #inScale(double)}.
   *
   * @param maxAbs the largest absolute value to show, finite
   * @return the scale, never null
   * @throws IllegalArgumentException if {@code maxAbs} is not finite
   */
  public Scaled scaled(double maxAbs) {
    finite(maxAbs);
    double a = Math.abs(maxAbs);
    if (kind == Kind.SHARE) {
      return new Scaled(this, 100, "% " + unit, a * 100);
    }
    if (kind == Kind.INDEX || kind == Kind.COUNT) {
      return new Scaled(this, 1, unit, a);
    }
    double real = a * scale;
    double shown = display;
    if (shown == 0) {
      shown = 1;
      if (real >= 1e4) {
        for (double s : SCALES) {
          if (real >= s) {
            shown = s;
            break;
          }
        }
      }
    }
    String w = word(shown);
    String label;
    if (unit.isEmpty()) {
      label = w.isEmpty() ? "units of the file" : w + " units of the file";
    } else if (CURRENCY.matcher(unit).matches()) {
      label = w.isEmpty() ? unit : unit + " " + w;
    } else {
      label = w.isEmpty() ? unit : w + " " + unit;
    }
    return new Scaled(this, scale / shown, label, real / shown);
  }

  private static String word(double s) {
    for (int i = 0; i < SCALES.length; i++) {
      if (SCALES[i] == s) {
        return WORDS[i];
      }
    }
    return "";
  }

  private static void finite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("value = " + v + ": expected a finite number");
    }
  }

  /**
   * Returns a description such as {@code ValueFormat{AMOUNT USD x 1000}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "ValueFormat{" + kind + (unit.isEmpty() ? "" : " " + unit)
        + (kind == Kind.AMOUNT ? " x " + Fmt.fixed(scale, 0) : "") + "}";
  }

  /**
   * One scale for the numbers of a column or an axis: the factor from stored values to shown
   * numbers, the unit label to head them with, and the number of decimals.
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Scaled {
    private final ValueFormat format;
    private final double factor;
    private final String unitLabel;
    private final int decimals;

    private Scaled(ValueFormat format, double factor, String unitLabel, double maxShown) {
      this.format = format;
      this.factor = factor;
      this.unitLabel = unitLabel.strip();
      this.decimals = switch (format.kind) {
        case INDEX -> format.decimals;
        case COUNT -> 0;
        case SHARE -> 1;
        case AMOUNT -> maxShown >= 100 || maxShown == 0 ? 0 : maxShown >= 10 ? 1 : 2;
      };
    }

    /**
     * Returns the factor from a stored value to the shown number.
     *
     * @return the factor, positive
     */
    public double factor() {
      return factor;
    }

    /**
     * Returns the label to head the numbers with, such as {@code USD billion} or {@code % of
     * exports}.
     *
     * @return the label, never null
     */
    public String unitLabel() {
      return unitLabel;
    }

    /**
     * Returns the decimals cells are written with.
     *
     * @return 0 or more
     */
    public int decimals() {
      return decimals;
    }

    /**
     * Writes a stored value as a number in this scale, for a table cell: {@code 1.04}; a share
     * keeps its percent sign ({@code 18.7%}).
     *
     * @param v the stored value, finite
     * @return the text, never null
     * @throws IllegalArgumentException if the value is not finite
     */
    public String cell(double v) {
      finite(v);
      String s = Fmt.fixed(v * factor, decimals);
      return format.kind == Kind.SHARE ? s + "%" : s;
    }

    /**
     * Writes an axis tick, given as a shown number (already multiplied by {@link #factor()}), with
     * the decimals the tick step needs.
     *
     * @param shown the tick value in this scale
     * @param tickDecimals the decimals of the tick step
     * @return the label, never null
     */
    String tick(double shown, int tickDecimals) {
      String s = Fmt.fixed(shown, tickDecimals);
      return format.kind == Kind.SHARE ? s + "%" : s;
    }

    /**
     * Returns the format this scale belongs to.
     *
     * @return the format, never null
     */
    public ValueFormat format() {
      return format;
    }

    /**
     * Returns a description such as {@code Scaled{USD billion, 2 decimals}}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return "Scaled{" + unitLabel + ", " + decimals + " decimals}";
    }
  }
}
