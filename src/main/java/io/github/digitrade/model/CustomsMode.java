package io.github.digitrade.model;

import com.google.common.collect.ImmutableSet;
import io.github.digitrade.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Chinese customs supervision mode (监管方式) code, such as {@code 9610} (cross-border e-commerce
 * retail) or {@code 9710} (cross-border e-commerce B2B direct export): what it means, in which
 * directions it applies, which announcement of the General Administration of Customs (GACC)
 * introduced it and when.
 *
 * <p>The embedded registry is {@code io.github.digitrade.reference.CustomsModes}. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * CustomsMode m = CustomsModes.of("9610");
 * m.nameEn();                     // "Cross-border trade e-commerce (retail; ...)"
 * m.allows(FlowDirection.IMPORT); // true
 * m.effectiveDate();              // Optional[2014-02-10]
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are read by the build only, never by users
public abstract class CustomsMode {

  private static final Pattern CODE = Pattern.compile("[0-9]{4}");

  CustomsMode() {}

  /**
   * Returns the four-digit code, such as {@code 9610}; leading zeros are kept ({@code 0110}).
   *
   * @return the code, never null
   */
  public abstract String code();

  /**
   * Returns the full Chinese name, such as {@code 跨境贸易电子商务}.
   *
   * @return the Chinese name, never blank
   */
  public abstract String nameZh();

  /**
   * Returns the short Chinese name used on declarations, such as {@code 电子商务}.
   *
   * @return the short Chinese name, never blank
   */
  public abstract String shortNameZh();

  /**
   * Returns the English name.
   *
   * @return the English name, never blank
   */
  public abstract String nameEn();

  /**
   * Returns the business model in words, such as {@code B2C retail} or {@code B2B}.
   *
   * @return the model, never blank
   */
  public abstract String model();

  /**
   * Returns the directions the mode may be declared for ({@link FlowDirection#EXPORT}, {@link
   * FlowDirection#IMPORT} or both).
   *
   * @return the directions, never empty
   */
  public abstract ImmutableSet<FlowDirection> directions();

  /**
   * Returns the legal text that introduced the code, such as {@code GACC Announcement 2014 No.12}.
   *
   * @return the legal basis, never blank
   */
  public abstract String legalBasis();

  /**
   * Returns the date of the announcement.
   *
   * @return the announcement date, or empty if not known
   */
  public abstract Optional<LocalDate> announcementDate();

  /**
   * Returns the date the code took effect (for pilots, the start of the pilot).
   *
   * @return the effective date, or empty if not known
   */
  public abstract Optional<LocalDate> effectiveDate();

  /**
   * Returns the scope of the mode in words: who may use it, for which goods and where.
   *
   * @return the scope, never blank
   */
  public abstract String scope();

  /**
   * Returns whether this is one of the cross-border e-commerce modes (9610, 1210, 1239, 9710, 9810)
   * rather than a reference code listed for contrast.
   *
   * @return true for cross-border e-commerce modes
   */
  public abstract boolean cbec();

  /**
   * Returns where the facts of this row come from.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * Returns how firmly the facts of this row are established.
   *
   * @return the status, never null
   */
  public abstract Status status();

  /**
   * Returns whether the mode may be declared for {@code direction}.
   *
   * @param direction the direction, not null
   * @return true if {@link #directions()} contains it
   */
  public boolean allows(FlowDirection direction) {
    return directions().contains(java.util.Objects.requireNonNull(direction, "direction"));
  }

  /**
   * Returns a new builder; every attribute except the two dates is required.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomsMode}. */
  public static final class Builder extends ImmutableCustomsMode.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }

  /**
   * Checks the code and that no text is blank and the directions are not empty.
   *
   * @throws IllegalArgumentException naming the bad field and value
   */
  @Value.Check
  protected void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException("code = \"" + code() + "\": expected four digits");
    }
    Checks.notBlank("nameZh", nameZh());
    Checks.notBlank("shortNameZh", shortNameZh());
    Checks.notBlank("nameEn", nameEn());
    Checks.notBlank("model", model());
    Checks.notBlank("legalBasis", legalBasis());
    Checks.notBlank("scope", scope());
    if (directions().isEmpty()) {
      throw new IllegalArgumentException(
          "directions = []: expected at least one direction for code " + code());
    }
  }

  /**
   * Returns the code and the English name: {@code 9610 Cross-border trade e-commerce (...)}.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return code() + " " + nameEn();
  }
}
