package io.github.digitrade.reference;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.digitrade.internal.Csv;
import io.github.digitrade.model.CustomsMode;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Source;

/**
 * The customs supervision modes of Chinese cross-border e-commerce, from the embedded file {@code
 * customs_modes.csv}: the five CBEC codes 9610, 1210, 1239, 9710 and 9810 (confirmed from the
 * announcement texts), and for contrast 0110 (general trade) and 1039 (market procurement), which
 * come from third-party guides and ship as {@code UNVERIFIED}.
 *
 * <pre>{@code
 * CustomsModes.of("9710").nameEn();       // "Cross-border e-commerce B2B direct export"
 * CustomsModes.cbec().size();             // 5
 * }</pre>
 */
public final class CustomsModes {

  private CustomsModes() {}

  private static final class Holder {
    static final ImmutableMap<String, CustomsMode> BY_CODE = load();

    private Holder() {}
  }

  /**
   * Returns every embedded mode, in file order.
   *
   * @return the 7 modes, never null
   */
  public static ImmutableList<CustomsMode> all() {
    return Holder.BY_CODE.values().asList();
  }

  /**
   * Returns the five cross-border e-commerce modes: 9610, 1210, 1239, 9710, 9810.
   *
   * @return the CBEC modes, never null
   */
  public static ImmutableList<CustomsMode> cbec() {
    return all().stream().filter(CustomsMode::cbec).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the mode with the four-digit {@code code}.
   *
   * @param code the code, such as {@code 9610}, not null
   * @return the mode, never null
   * @throws IllegalArgumentException naming the code and the known codes if it is not embedded
   */
  public static CustomsMode of(String code) {
    requireNonNull(code, "code");
    CustomsMode m = Holder.BY_CODE.get(code);
    if (m == null) {
      throw new IllegalArgumentException(
          "code = \"" + code + "\": expected one of " + Holder.BY_CODE.keySet());
    }
    return m;
  }

  private static ImmutableMap<String, CustomsMode> load() {
    ImmutableMap.Builder<String, CustomsMode> b = ImmutableMap.builder();
    for (Csv.Row r : Csv.read(Rows.DIR + "customs_modes.csv")) {
      CustomsMode.Builder m = CustomsMode.builder();
      m.code(r.get("code"))
          .nameZh(r.get("name_zh"))
          .shortNameZh(r.get("short_name_zh"))
          .nameEn(r.get("name_en"))
          .model(r.get("model"))
          .legalBasis(r.get("legal_basis"))
          .scope(r.get("scope"))
          .cbec(Boolean.parseBoolean(r.get("cbec")))
          .source(Source.of(r.get("publisher"), r.get("legal_basis") + "; via " + r.get("source")))
          .status(Rows.status(r));
      for (String d : Splitter.on(' ').split(r.get("directions"))) {
        m.addDirections(FlowDirection.valueOf(d));
      }
      r.optionalDate("announcement_date").ifPresent(m::announcementDate);
      r.optionalDate("effective_date").ifPresent(m::effectiveDate);
      CustomsMode mode = m.build();
      b.put(mode.code(), mode);
    }
    return b.buildOrThrow();
  }
}
