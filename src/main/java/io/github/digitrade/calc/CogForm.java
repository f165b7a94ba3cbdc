package io.github.digitrade.calc;

/**
 * Which published form of the complexity outlook gain (COG) to compute; they differ for products a
 * country already exports and by the cost term.
 *
 * <ul>
 *   <li>{@link #ATLAS}: the Atlas of Economic Complexity (Hausmann et al. 2014, technical box),
 *       {@code COG_cp = Σ_p' (φ_pp' / Σ_p'' φ_p''p') (1 − M_cp') PCI_p' − (1 − ω_cp) PCI_p}, the
 *       gain in outlook from moving into p net of the distance to it; the default.
 *   <li>{@link #ECOMPLEXITY}: the form of Harvard Growth Lab's Stata {@code ecomplexity} and its
 *       Python port, {@code COG_cp = (1 − M_cp) Σ_p' (1 − M_cp') φ_pp' PCI_p' / Σ_p'' φ_p'p''}:
 *       no cost term, and zero for the products the country already exports.
 * </ul>
 *
 * <pre>{@code
 * ProductSpace.of(presence).cog(CogForm.ECOMPLEXITY);
 * }</pre>
 */
public enum CogForm {
  /** The Atlas form, with the distance cost {@code (1 − ω_cp) PCI_p}; the default. */
  ATLAS,
  /** The {@code ecomplexity} form: no cost term, zero where {@code M_cp = 1}. */
  ECOMPLEXITY
}
