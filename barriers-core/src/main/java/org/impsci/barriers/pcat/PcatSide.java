package org.impsci.barriers.pcat;

/**
 * The side an answer's direction puts an item on: the first part of a pCAT answer, code 1
 * (disagree: a potential barrier), 2 (neutral) or 3 (agree: a potential facilitator), as in
 * Robinson and Damschroder 2023 (doi:10.1186/s43058-022-00380-5), Table 1, final version.
 *
 * <p>Immutable and thread-safe.
 */
public enum PcatSide {
  /** Direction 1. */
  BARRIER,
  /** Direction 2. */
  NEUTRAL,
  /** Direction 3. */
  FACILITATOR,
  /** No direction given. */
  MISSING,
  /** A direction other than 1, 2 or 3. */
  INVALID;

  /** The code pcatR writes, for example {@code barrier}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether this is one of the three valid directions. */
  public boolean valid() {
    return this == BARRIER || this == NEUTRAL || this == FACILITATOR;
  }
}
