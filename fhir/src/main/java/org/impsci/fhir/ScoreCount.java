package org.impsci.fhir;

/**
 * The counts a scale score rests on, the components of its Observation: codes of the CodeSystem
 * {@link Canonicals#scoreCounts()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ScoreCount {
  /** Members that counted: items with a numeric answer, or subscales with a score. */
  ANSWERED("answered", "members answered"),
  /** Items with a non-substantive answer. */
  NON_SUBSTANTIVE("non-substantive", "items with a non-substantive answer"),
  /** Items with no answer, or subscales with no score. */
  MISSING("missing", "members missing");

  private final String code;
  private final String display;

  ScoreCount(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /** The code. */
  public String code() {
    return code;
  }

  /** The display text. */
  public String display() {
    return display;
  }
}
