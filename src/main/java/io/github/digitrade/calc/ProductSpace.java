package io.github.digitrade.calc;

import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The product space of a country × product presence matrix, computed once: the sparse presence
 * structure and the proximity {@code φ_pp' = Σ_c M_cp M_cp' / max(k_p, k_p')} (diagonal 1, Hidalgo
 * et al. 2007, Science 317) when it is made, the density and the PCI the first time they are asked
 * for; then density, the complexity outlook index (COI) and gain (COG) read from them without
 * rebuilding anything.
 *
 * <p>Conventions are explicit: the PCI is the Atlas-normalised eigenvector PCI ({@link
 * Complexity#eigenvector(LabeledMatrix)}) unless the caller supplies one ({@link
 * #withPci(LabeledVector)}: economiccomplexity computes COI from the reflections PCI, for
 * instance); density counts the product itself unless {@link DensityConvention#WITHOUT_ITSELF} is
 * chosen; COG takes the Atlas form unless {@link CogForm#ECOMPLEXITY} is asked for.
 *
 * <p><b>Density</b>: {@code ω_cp = Σ_p' M_cp' φ_pp' / Σ_p' φ_pp'} (without itself: over {@code p'
 * ≠ p}). <b>COI</b> (Atlas): {@code COI_c = Σ_p ω_cp (1 − M_cp) PCI_p}. <b>COG</b>: see {@link
 * CogForm}. Countries with zero diversity and products with zero ubiquity are excluded and listed
 * in every result.
 *
 * <pre>{@code
 * ProductSpace space = ProductSpace.of(presence);
 * space.density().get("CHN", "851712");
 * space.coi().top(5);
 * space.withPci(Complexity.reflections(presence, 18).pci()).coi();   // as economiccomplexity
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProductSpace {

  private final Presence m;
  private final double[] phi;
  private final DensityConvention densityConvention;
  private final Supplier<double[]> pci;
  private final Supplier<double[]> density;

  private ProductSpace(
      Presence m,
      double[] phi,
      DensityConvention densityConvention,
      @Nullable Supplier<double[]> pci) {
    this.m = m;
    this.phi = phi;
    this.densityConvention = densityConvention;
    this.pci =
        pci != null
            ? pci
            : Suppliers.memoize(() -> Complexity.eigenvector(m, Complexity.Normalization.ATLAS)
                .pci()
                .toArray());
    this.density = Suppliers.memoize(() -> density(m, phi, densityConvention));
  }

  /**
   * Returns the product space of a presence matrix, with the eigenvector PCI and the density that
   * counts the product itself.
   *
   * @param presence a 0/1 country × product matrix, not null
   * @return the product space, never null
   * @throws IllegalArgumentException if a cell is not 0 or 1
   */
  public static ProductSpace of(LabeledMatrix presence) {
    Presence m = new Presence(presence);
    return new ProductSpace(m, proximity(m), DensityConvention.WITH_ITSELF, null);
  }

  /**
   * Returns this product space with a PCI supplied by the caller for COI and COG, such as the PCI
   * of the method of reflections.
   *
   * @param pci a PCI for every product with positive ubiquity, not null; other labels are ignored
   * @return a new product space sharing the presence and proximity, never null
   * @throws IllegalArgumentException if a product of the space has no PCI; the message names it
   */
  public ProductSpace withPci(LabeledVector pci) {
    Objects.requireNonNull(pci, "pci");
    double[] v = new double[m.np()];
    for (int p = 0; p < v.length; p++) {
      String label = m.products.get(p);
      if (!pci.contains(label)) {
        throw new IllegalArgumentException(
            "pci has no value for product "
                + label
                + ": expected a PCI for each of the "
                + v.length
                + " products with positive ubiquity");
      }
      v[p] = pci.get(label);
    }
    return new ProductSpace(m, phi, densityConvention, () -> v);
  }

  /**
   * Returns this product space with another density convention for density, COI and COG.
   *
   * @param convention with or without the product itself, not null
   * @return a new product space sharing the presence, proximity and PCI, never null
   */
  public ProductSpace withDensity(DensityConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return new ProductSpace(m, phi, convention, pci);
  }

  /**
   * Returns the proximity of every pair of products, a symmetric product × product matrix with
   * diagonal 1; products with zero ubiquity are excluded (listed as a row and as a column).
   *
   * @return the proximity matrix, values from 0 to 1, never null
   */
  public LabeledMatrix proximity() {
    List<Exclusion> out = new ArrayList<>();
    for (Exclusion e : m.columnExcluded) {
      out.add(new Exclusion(Exclusion.Axis.ROW, e.label(), e.reason()));
      out.add(e);
    }
    return LabeledMatrix.of(m.products, m.products, phi, out);
  }

  /**
   * Returns the density of every country in every product, from 0 to 1, under this space's
   * convention.
   *
   * @return the country × product density, never null, with excluded countries and products listed
   * @throws UndefinedIndicatorException without the product itself, if a product has no neighbour
   *     ({@code Σ_p'≠p φ_pp' = 0})
   */
  public LabeledMatrix density() {
    return LabeledMatrix.of(m.countries, m.products, density.get(), m.all());
  }

  /**
   * Returns the PCI used by COI and COG: the Atlas-normalised eigenvector PCI, or the one supplied.
   *
   * @return the PCI per product, never null
   * @throws UndefinedIndicatorException if the eigenvector PCI is undefined
   */
  public LabeledVector pci() {
    return m.productVector(pci.get().clone());
  }

  /**
   * Returns the complexity outlook index of each country, {@code COI_c = Σ_p ω_cp (1 − M_cp)
   * PCI_p}: how many complex products lie close to what the country already exports.
   *
   * @return the COI per country, never null
   * @throws UndefinedIndicatorException if the PCI or the density is undefined
   */
  public LabeledVector coi() {
    double[] p = pci.get();
    double[] omega = density.get();
    int np = m.np();
    double[] coi = new double[m.nc()];
    for (int c = 0; c < m.nc(); c++) {
      double s = 0;
      for (int q = 0; q < np; q++) {
        if (!m.has(c, q)) {
          s += omega[c * np + q] * p[q];
        }
      }
      coi[c] = s;
    }
    return m.countryVector(coi);
  }

  /**
   * Returns the complexity outlook gain of every country in every product in the Atlas form; see
   * {@link CogForm#ATLAS}.
   *
   * @return the country × product COG, never null, with excluded countries and products listed
   * @throws UndefinedIndicatorException if the PCI or the density is undefined
   */
  public LabeledMatrix cog() {
    return cog(CogForm.ATLAS);
  }

  /**
   * Returns the complexity outlook gain of every country in every product in a given form.
   *
   * @param form the Atlas or the {@code ecomplexity} form, not null
   * @return the country × product COG, never null, with excluded countries and products listed
   * @throws UndefinedIndicatorException if the PCI or (Atlas form) the density is undefined
   */
  public LabeledMatrix cog(CogForm form) {
    Objects.requireNonNull(form, "form");
    double[] p = pci.get();
    int np = m.np();
    int nc = m.nc();
    double[] columnSum = new double[np];
    for (int q = 0; q < np; q++) {
      for (int r = 0; r < np; r++) {
        columnSum[q] += phi[r * np + q];
      }
    }
    double[] omega = form == CogForm.ATLAS ? density.get() : new double[0];
    double[] cog = new double[nc * np];
    double[] weight = new double[np];
    for (int c = 0; c < nc; c++) {
      for (int q = 0; q < np; q++) {
        weight[q] = m.has(c, q) ? 0 : p[q] / columnSum[q];
      }
      for (int r = 0; r < np; r++) {
        double s = 0;
        for (int q = 0; q < np; q++) {
          s += phi[r * np + q] * weight[q];
        }
        cog[c * np + r] =
            form == CogForm.ATLAS
                ? s - (1 - omega[c * np + r]) * p[r]
                : (m.has(c, r) ? 0 : s);
      }
    }
    return LabeledMatrix.of(m.countries, m.products, cog, m.all());
  }

  /** φ_pp' = Σ_c M_cp M_cp' / max(k_p, k_p'), row-major, diagonal 1. */
  private static double[] proximity(Presence m) {
    int np = m.np();
    double[] co = new double[np * np];
    for (int c = 0; c < m.nc(); c++) {
      int[] list = m.productsOf[c];
      for (int a : list) {
        int row = a * np;
        for (int b : list) {
          co[row + b] += 1;
        }
      }
    }
    for (int a = 0; a < np; a++) {
      for (int b = 0; b < np; b++) {
        co[a * np + b] /= Math.max(m.kp[a], m.kp[b]);
      }
    }
    return co;
  }

  private static double[] density(Presence m, double[] phi, DensityConvention convention) {
    int np = m.np();
    int nc = m.nc();
    boolean withItself = convention == DensityConvention.WITH_ITSELF;
    double[] rowSum = new double[np];
    for (int p = 0; p < np; p++) {
      double s = 0;
      for (int q = 0; q < np; q++) {
        if (withItself || q != p) {
          s += phi[p * np + q];
        }
      }
      if (!(s > 0)) {
        throw new UndefinedIndicatorException(
            "density without the product itself is undefined for "
                + m.products.get(p)
                + ": no country exports it together with another product (Σ φ = 0)");
      }
      rowSum[p] = s;
    }
    double[] omega = new double[nc * np];
    for (int c = 0; c < nc; c++) {
      for (int q : m.productsOf[c]) {
        for (int p = 0; p < np; p++) {
          if (withItself || q != p) {
            omega[c * np + p] += phi[p * np + q];
          }
        }
      }
      for (int p = 0; p < np; p++) {
        omega[c * np + p] /= rowSum[p];
      }
    }
    return omega;
  }
}
