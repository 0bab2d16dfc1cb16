package org.impsci.assessment.reliability;

/**
 * Which respondents each covariance of a scale's items is computed from.
 *
 * <p>Immutable and thread-safe.
 */
public enum CaseHandling {
  /** Only respondents who answered every item of the scale (complete cases). */
  LISTWISE,
  /**
   * Each covariance from the respondents who answered both items, each variance (and mean) from
   * all respondents who answered that item.
   */
  PAIRWISE
}
