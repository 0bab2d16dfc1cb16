package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a row of the {@link CfirCrosswalk} relates CFIR 2009 constructs to CFIR 2.0 constructs.
 *
 * <p>Immutable and thread-safe.
 */
public enum CrosswalkKind {
  /** One 2009 construct to one 2.0 construct (possibly renamed or moved). */
  @JsonProperty("equivalent")
  EQUIVALENT,
  /** One 2009 construct to two or more 2.0 constructs. */
  @JsonProperty("split")
  SPLIT,
  /** Two or more 2009 constructs to one 2.0 construct. */
  @JsonProperty("merge")
  MERGE,
  /** A 2.0 construct with no 2009 counterpart. */
  @JsonProperty("new")
  NEW,
  /** A 2009 construct with no 2.0 counterpart. */
  @JsonProperty("removed")
  REMOVED;

  /** Whether a row of this kind may have {@code from} 2009 and {@code to} 2.0 constructs. */
  boolean fits(int from, int to) {
    switch (this) {
      case EQUIVALENT:
        return from == 1 && to == 1;
      case SPLIT:
        return from == 1 && to >= 2;
      case MERGE:
        return from >= 2 && to == 1;
      case NEW:
        return from == 0 && to >= 1;
      default:
        return from >= 1 && to == 0;
    }
  }
}
