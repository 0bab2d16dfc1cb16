package org.impsci.parihs.iparihs;

/**
 * How strongly an enabler or barrier acts, on this project's three-step scale (i-PARIHS rates no
 * strength of its own), with the weight used in profiles and rankings.
 *
 * <p>Immutable and thread-safe.
 */
public enum RatingStrength {
  /** Slight: mentioned, with little effect. Weight 1. */
  WEAK(1),
  /** Clear, but not decisive. Weight 2. */
  MODERATE(2),
  /** Decisive for implementation. Weight 3. */
  STRONG(3);

  private final int weight;

  RatingStrength(int weight) {
    this.weight = weight;
  }

  /** The weight: 1, 2 or 3. */
  public int weight() {
    return weight;
  }
}
