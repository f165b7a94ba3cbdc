package io.github.digitrade.gravity;

/**
 * The small-sample correction applied to a variance; the same fit gives slightly different standard
 * errors in different packages because of it. {@code n} is the number of observations, {@code K}
 * the number of parameters including the fixed-effect dummies ({@code Σ G_q − (Q − 1)} for {@code
 * Q} fixed-effect dimensions of {@code G_q} levels), {@code G} the number of clusters.
 */
public enum SmallSample {
  /**
   * fixest's default {@code ssc()}: iid × {@code (n−1)/(n−K)}; hetero × {@code n/(n−K)}; one-way
   * cluster × {@code G/(G−1) · (n−1)/(n−K')}; two-way cluster: every term × {@code
   * G_min/(G_min−1)}, the sum × {@code (n−1)/(n−K')}. {@code K'} leaves out {@code G_f − 1}
   * dummies of each fixed effect {@code f} nested in a cluster variable (every level of {@code f}
   * lies in one cluster). The default.
   */
  FIXEST,
  /**
   * statsmodels' GLM convention with explicit dummies: iid without a factor; hetero as HC0 (no
   * factor); one-way cluster × {@code G/(G−1) · (n−1)/(n−K)}, counting every dummy. Two-way
   * clustering is not offered under this name.
   */
  STATSMODELS,
  /** No correction: the raw sandwich (or the inverse information for iid PPML). */
  NONE
}
