package io.github.digitrade.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two reports of one bilateral flow: i's exports to j as i reports them, beside j's imports from
 * i as j reports them. Either side may be missing.
 *
 * <p>Mirror values rarely agree: imports are usually valued CIF (with freight and insurance) and
 * exports FOB, and the two customs services record timing, partner attribution and re-exports
 * differently. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * MirrorPair p = flows.mirror(chn, usa, Period.ofYear(2021), ProductCode.total());
 * p.exportReported();   // Optional[USD 500]: CHN's exports to USA, as CHN reports them
 * p.importReported();   // Optional[USD 540]: USA's imports from CHN, as USA reports them
 * p.gap();              // Optional[USD -40]
 * }</pre>
 */
public final class MirrorPair {

  private final @Nullable Money exports;
  private final @Nullable Money imports;

  private MirrorPair(@Nullable Money exports, @Nullable Money imports) {
    this.exports = exports;
    this.imports = imports;
  }

  static MirrorPair of(@Nullable Money exports, @Nullable Money imports) {
    return new MirrorPair(exports, imports);
  }

  /**
   * Returns the exporter's reported exports to the importer (summed if several flows match).
   *
   * @return the exports as reported by the exporter, or empty if it reported none
   */
  public Optional<Money> exportReported() {
    return Optional.ofNullable(exports);
  }

  /**
   * Returns the importer's reported imports from the exporter (summed if several flows match).
   *
   * @return the imports as reported by the importer, or empty if it reported none
   */
  public Optional<Money> importReported() {
    return Optional.ofNullable(imports);
  }

  /**
   * Returns {@code exports reported − imports reported}, when both sides exist.
   *
   * @return the gap, or empty if a side is missing
   * @throws IllegalArgumentException if the two sides are in different currencies
   */
  public Optional<Money> gap() {
    return exports == null || imports == null
        ? Optional.empty()
        : Optional.of(exports.minus(imports));
  }

  /**
   * Returns whether {@code o} is a pair with the same two sides.
   *
   * @param o the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MirrorPair that
        && java.util.Objects.equals(exports, that.exports)
        && java.util.Objects.equals(imports, that.imports);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(exports, imports);
  }

  /**
   * Returns {@code exports reported X, imports reported M}, with {@code none} for a missing side.
   *
   * @return the readable form, never null
   */
  @Override
  public String toString() {
    return "exports reported "
        + (exports == null ? "none" : exports)
        + ", imports reported "
        + (imports == null ? "none" : imports);
  }
}
