package io.github.digitrade.model;

/**
 * The direction of a trade flow, seen from its reporter.
 *
 * <pre>{@code
 * FlowDirection.EXPORT.mirror();   // IMPORT: the partner's view of the same flow
 * FlowDirection.TOTAL.mirror();    // TOTAL
 * }</pre>
 */
public enum FlowDirection {
  /** Goods or services leaving the reporter for the partner. */
  EXPORT,
  /** Goods or services arriving at the reporter from the partner. */
  IMPORT,
  /** Exports of foreign goods that were previously imported and not substantially transformed. */
  RE_EXPORT,
  /** Imports of domestic goods that were previously exported and not substantially transformed. */
  RE_IMPORT,
  /**
   * Exports plus imports, as published aggregates report them: China's cross-border e-commerce
   * "import and export" totals, for example. A total is never added to its own export or import
   * parts.
   */
  TOTAL;

  /**
   * Returns the direction under which the partner reports the same flow: exports mirror imports and
   * re-exports mirror re-imports; a total mirrors a total.
   *
   * @return the mirror direction, never null
   */
  public FlowDirection mirror() {
    return switch (this) {
      case EXPORT -> IMPORT;
      case IMPORT -> EXPORT;
      case RE_EXPORT -> RE_IMPORT;
      case RE_IMPORT -> RE_EXPORT;
      case TOTAL -> TOTAL;
    };
  }
}
