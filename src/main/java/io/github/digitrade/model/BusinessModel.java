package io.github.digitrade.model;

/**
 * How a digital platform makes its money from a transaction: the business-model labels used for
 * {@link Platform}s.
 *
 * <p>A platform usually has several. The distinction between a marketplace (third party, "3P") and
 * self-operated retail (first party, "1P") matters for measurement: a marketplace only
 * intermediates and earns a fee, which the OECD-WTO-IMF-UNCTAD <i>Handbook on Measuring Digital
 * Trade</i> (2nd ed., 2023) counts as a digitally delivered service, while a 1P retailer buys and
 * resells the goods.
 *
 * <pre>{@code
 * BusinessModel.FULLY_MANAGED.isIntermediation();  // false: the platform sets prices and sells
 * BusinessModel.B2C_MARKETPLACE.isIntermediation(); // true
 * }</pre>
 */
public enum BusinessModel {
  /** Business-to-business wholesale: a marketplace where firms buy from firms (Alibaba.com). */
  B2B,
  /**
   * Business-to-consumer marketplace ("3P"): independent sellers list and sell to consumers; the
   * platform intermediates for a fee and does not own the goods.
   */
  B2C_MARKETPLACE,
  /**
   * Business-to-consumer self-operated retail ("1P"): the platform buys the goods and sells them to
   * consumers on its own account.
   */
  B2C_SELF_OPERATED,
  /** Consumer-to-consumer: private individuals sell to one another through the platform. */
  C2C,
  /**
   * Consumer-to-manufacturer: demand data collected on the platform drive what factories make,
   * often shipped from the factory without intermediate wholesalers.
   */
  C2M,
  /**
   * Social and live-stream commerce: sales made inside a social network or video app, driven by
   * content, creators and live streams.
   */
  SOCIAL_COMMERCE,
  /**
   * Fully managed consignment (全托管): merchants supply the stock; the platform sets the price and
   * runs marketing, logistics and after-sales service.
   */
  FULLY_MANAGED,
  /**
   * Semi-managed (半托管): the merchant keeps the price and fulfils from its own or an overseas
   * warehouse, while the platform runs the storefront and marketing.
   */
  SEMI_MANAGED,
  /** Payments: wallets, acquiring and cross-border settlement for merchants and consumers. */
  PAYMENTS,
  /** Cloud computing: infrastructure, platform and AI services sold over the network. */
  CLOUD,
  /** Logistics: warehousing, delivery and cross-border fulfilment run by the platform's group. */
  LOGISTICS;

  /**
   * Returns whether the model is pure intermediation between independent buyers and sellers, the
   * platform taking no economic ownership of what is sold: {@link #B2B}, {@link #B2C_MARKETPLACE},
   * {@link #C2C} and {@link #SOCIAL_COMMERCE}.
   *
   * @return true for the intermediation models
   */
  public boolean isIntermediation() {
    return this == B2B || this == B2C_MARKETPLACE || this == C2C || this == SOCIAL_COMMERCE;
  }
}
