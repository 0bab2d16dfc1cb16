package org.impsci.parihs;

/**
 * A PARIHS element's overall standing from its sub-elements' placements. Stetler et al. 2011
 * (doi:10.1186/1748-5908-6-99, Table 1) describe each element as weak (low) or strong (high);
 * the middle value is this project's, for elements whose sub-elements disagree. See {@link
 * ParihsDiagnostics} for the rule.
 *
 * <p>Immutable and thread-safe.
 */
public enum ElementStrength {
  /** Every sub-element sits in the low half of its continuum. */
  WEAK,
  /** Anything between: some sub-elements high and some not, or some at the middle point. */
  MIXED,
  /** Every sub-element sits in the high half of its continuum. */
  STRONG
}
