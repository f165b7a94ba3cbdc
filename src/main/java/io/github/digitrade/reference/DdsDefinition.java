package io.github.digitrade.reference;

import com.google.common.collect.ImmutableSortedSet;
import io.github.digitrade.model.Classification;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A named definition of digitally deliverable services (DDS): a set of EBOPS 2010 items whose trade
 * is taken as potentially delivered over computer networks.
 *
 * <p>Two definitions are in use and give different totals, so neither is hard-coded:
 *
 * <ul>
 *   <li>{@link #HANDBOOK_CORE}: {@code SF, SG, SH, SI, SJ, SK1}; personal, cultural and
 *       recreational services count only for their audiovisual part;
 *   <li>{@link #WTO_MOFCOM}: {@code SF, SG, SH, SI, SJ, SK}, the whole of {@code SK}, as used by
 *       the WTO <i>World Trade Statistical Review</i> and MOFCOM's series.
 * </ul>
 *
 * <p>Membership follows the EBOPS hierarchy: a code belongs to a definition when it is one of the
 * definition's codes or a sub-item of one ({@code SI1} is inside {@code SI}). An aggregate only
 * partly inside ({@code SK} for {@link #HANDBOOK_CORE}) does not belong; {@link #overlaps(String)}
 * reports it.
 *
 * <p><b>No double counting.</b> A dataset often holds an aggregate beside its sub-items ({@code SI}
 * and {@code SI1} to {@code SI3}). {@link #codesToSum(Collection)} returns the codes whose values
 * add up to the definition's total without counting anything twice: the codes of the dataset that
 * belong to the definition and have no ancestor in the dataset that also belongs. So {@code {SI,
 * SI1, SI2, SJ}} gives {@code {SI, SJ}}. The total covers only what the dataset holds: a dataset
 * with {@code SI1} but neither {@code SI} nor {@code SI2} gives {@code SI1} alone.
 *
 * <pre>{@code
 * DdsDefinition.HANDBOOK_CORE.contains("SK2");                       // false
 * DdsDefinition.WTO_MOFCOM.contains("SK2");                          // true
 * DdsDefinition.WTO_MOFCOM.codesToSum(Set.of("SI", "SI1", "SI2", "SJ"));  // [SI, SJ]
 * }</pre>
 */
public enum DdsDefinition {
  /**
   * {@code SF, SG, SH, SI, SJ, SK1}: the category set a public replication codebase labels the
   * IMF-OECD-UNCTAD-WTO <i>Handbook on Measuring Digital Trade</i> set (BaTIS core); status
   * unverified: neither the Handbook (second edition, 2023) nor UNCTAD's own statement of its DDS
   * code set was found in a retrievable copy, and secondary descriptions differ on how much of
   * {@code SK} belongs ({@code SK1} only, or personal, cultural and recreational services as a
   * whole), so the list is not confirmed.
   */
  HANDBOOK_CORE(
      "SF, SG, SH, SI, SJ and SK1 (audiovisual only)",
      "public replication codebase labelling it the IMF-OECD-UNCTAD-WTO Handbook category set;"
          + " not confirmed against the Handbook (2nd ed., 2023) or UNCTAD's DDS definition,"
          + " neither of which was found in a retrievable copy",
      Status.UNVERIFIED),
  /**
   * {@code SF, SG, SH, SI, SJ, SK}: the WTO <i>World Trade Statistical Review</i> definition cited
   * in MOFCOM's 中国服务贸易发展报告, which MOFCOM's own series uses; status confirmed.
   */
  WTO_MOFCOM(
      "SF, SG, SH, SI, SJ and the whole of SK",
      "WTO World Trade Statistical Review as cited in MOFCOM's 中国服务贸易发展报告"
          + " (fxbaogao.com/detail/4585308)",
      Status.CONFIRMED);

  private final String description;
  private final String source;
  private final Status status;

  DdsDefinition(String description, String source, Status status) {
    this.description = description;
    this.source = source;
    this.status = status;
  }

  /**
   * Returns a short description of the codes, such as {@code SF, SG, SH, SI, SJ and the whole of
   * SK}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the citation for the definition.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns how firmly the definition's code list is established.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the definition's top-level codes, from the embedded EBOPS table: {@code [SF, SG, SH,
   * SI, SJ, SK1]} or {@code [SF, SG, SH, SI, SJ, SK]}.
   *
   * @return the codes, sorted
   */
  public ImmutableSortedSet<String> codes() {
    return DigitalServices.codes(this);
  }

  /**
   * Returns whether an EBOPS 2010 code lies wholly inside the definition: it is one of {@link
   * #codes()} or a sub-item of one.
   *
   * @param ebopsCode the code, such as {@code SI1}
   * @return true if the code belongs to the definition
   * @throws IllegalArgumentException if the text is not an EBOPS 2010 code
   */
  public boolean contains(String ebopsCode) {
    DigitalServices.checkCode("ebopsCode", ebopsCode);
    for (String c : codes()) {
      if (DigitalServices.isWithin(ebopsCode, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a product code is an EBOPS 2010 service inside the definition. Codes of other
   * classifications (HS goods, SITC, custom, total) are never inside.
   *
   * <pre>{@code
   * DdsDefinition.WTO_MOFCOM.contains(ProductCode.ebops("SI2"));   // true
   * DdsDefinition.WTO_MOFCOM.contains(ProductCode.hs("8517"));     // false
   * }</pre>
   *
   * @param product the product code, not null
   * @return true if the code is an EBOPS 2010 code that {@link #contains(String) belongs} to the
   *     definition
   */
  public boolean contains(ProductCode product) {
    java.util.Objects.requireNonNull(product, "product");
    return product.classification() == Classification.EBOPS_2010 && contains(product.code());
  }

  /**
   * Returns the flows of a dataset whose products should be summed for this definition, without
   * double counting: the EBOPS 2010 flows whose code is in {@link #codesToSum(Collection)} of the
   * EBOPS codes present in the dataset. Flows of other classifications are left out.
   *
   * @param flows the flows, not null
   * @return the flows to total for the digitally deliverable services of this definition, never null
   */
  public TradeFlows select(TradeFlows flows) {
    java.util.Objects.requireNonNull(flows, "flows");
    List<String> present =
        flows.stream()
            .map(TradeFlow::product)
            .filter(p -> p.classification() == Classification.EBOPS_2010)
            .map(ProductCode::code)
            .distinct()
            .collect(Collectors.toList());
    ImmutableSortedSet<String> keep = codesToSum(present);
    return flows.filter(
        f ->
            f.product().classification() == Classification.EBOPS_2010
                && keep.contains(f.product().code()));
  }

  /**
   * Returns whether an EBOPS 2010 code shares any part with the definition: it belongs to it, or
   * one of the definition's codes is one of its sub-items ({@code SK} overlaps {@link
   * #HANDBOOK_CORE} through {@code SK1}).
   *
   * @param ebopsCode the code
   * @return true if the code and the definition overlap
   * @throws IllegalArgumentException if the text is not an EBOPS 2010 code
   */
  public boolean overlaps(String ebopsCode) {
    if (contains(ebopsCode)) {
      return true;
    }
    for (String c : codes()) {
      if (DigitalServices.isWithin(c, ebopsCode)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the codes of a dataset to sum for this definition without double counting: those that
   * {@link #contains(String) belong} to the definition and have no ancestor in the dataset that
   * also belongs.
   *
   * @param presentCodes the EBOPS 2010 codes present in a dataset, not null
   * @return the codes to sum, sorted; a subset of {@code presentCodes}
   * @throws IllegalArgumentException if a text is not an EBOPS 2010 code
   */
  public ImmutableSortedSet<String> codesToSum(Collection<String> presentCodes) {
    java.util.Objects.requireNonNull(presentCodes, "presentCodes");
    for (String c : presentCodes) {
      DigitalServices.checkCode("ebopsCode", c);
    }
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String c : presentCodes) {
      if (!contains(c)) {
        continue;
      }
      boolean covered = false;
      for (String p : presentCodes) {
        if (!p.equals(c) && DigitalServices.isWithin(c, p) && contains(p)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(c);
      }
    }
    return out.build();
  }
}
