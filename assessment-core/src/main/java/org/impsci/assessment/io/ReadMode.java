package org.impsci.assessment.io;

/**
 * How a reader treats bad rows; a bad header or malformed file fails in both modes.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReadMode {
  /**
   * The first bad row stops reading with an {@link org.impsci.assessment.InvalidInputException}
   * naming where it is and what is wrong.
   */
  STRICT,
  /** The good rows are used and every bad row is reported as rejected. */
  LENIENT
}
