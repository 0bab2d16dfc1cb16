package org.impsci.assessment.coding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether a coded segment describes a barrier, a facilitator, or neither. In JSON, lower case.
 *
 * <p>Immutable and thread-safe.
 */
public enum Valence {
  /** Something that hinders implementation. */
  @JsonProperty("barrier")
  BARRIER,
  /** Something that helps implementation. */
  @JsonProperty("facilitator")
  FACILITATOR,
  /** Neither a barrier nor a facilitator. */
  @JsonProperty("neutral")
  NEUTRAL;

  /** The lower-case name used in JSON and CSV, for example {@code barrier}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The valence named {@code barrier}, {@code facilitator} or {@code neutral}, ignoring case and
   * surrounding spaces.
   *
   * @throws IllegalArgumentException for any other text, listing the allowed names
   */
  public static Valence parse(String text) {
    for (Valence v : values()) {
      if (v.id().equalsIgnoreCase(text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown valence '" + text + "'; allowed: " + allowed());
  }

  /** The allowed names, comma-separated. */
  public static String allowed() {
    return Arrays.stream(values()).map(Valence::id).collect(Collectors.joining(", "));
  }
}
