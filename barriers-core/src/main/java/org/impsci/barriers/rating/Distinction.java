package org.impsci.barriers.rating;

/**
 * How a construct's ratings separate high- from low-implementation sites.
 *
 * <p>Immutable and thread-safe.
 */
public enum Distinction {
  /** The ratings separate the two groups strongly. */
  STRONGLY,
  /** The ratings separate the two groups, but weakly. */
  WEAKLY,
  /** The ratings do not separate the groups. */
  NOT_DISTINGUISHING,
  /** Too few sites in a group have a usable rating to say. */
  INSUFFICIENT_DATA
}
