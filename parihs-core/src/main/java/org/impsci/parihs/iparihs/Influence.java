package org.impsci.parihs.iparihs;

/**
 * How an i-PARIHS characteristic bears on implementation at a site.
 *
 * <p>Immutable and thread-safe.
 */
public enum Influence {
  /** It helps implementation. */
  ENABLER,
  /** It hinders implementation. */
  BARRIER,
  /** It neither helps nor hinders, or its effects balance out. */
  NEUTRAL
}
