package org.impsci.fhir;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The canonical URLs of what this module publishes for an instrument: its Questionnaire, the
 * CodeSystem of its answers and the CodeSystem of its scales. All lie under one base, by default
 * {@value #DEFAULT_BASE} (the reversed Maven group id {@code org.impsci}; impsci does not claim that
 * the address resolves). A host that publishes the resources itself sets its own base, and then
 * scores responses against the same one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Canonicals {
  /** The default base of every canonical URL. */
  public static final String DEFAULT_BASE = "http://impsci.org/fhir";

  /** The ordinalValue extension: the number an answer option stands for. */
  static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

  /** The minValue extension of a number item. */
  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

  /** The maxValue extension of a number item. */
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

  private final String base;

  private Canonicals(String base) {
    this.base = base;
  }

  /** Canonical URLs under {@value #DEFAULT_BASE}. */
  public static Canonicals defaults() {
    return new Canonicals(DEFAULT_BASE);
  }

  /**
   * Canonical URLs under another base, for example {@code https://example.org/fhir}.
   *
   * @throws IllegalArgumentException if the base is not an absolute {@code http} or {@code https}
   *     URL with a host and without a query, a fragment, a {@code |} or a trailing slash
   */
  public static Canonicals under(String base) {
    Objects.requireNonNull(base, "base");
    if (!isBase(base)) {
      throw new IllegalArgumentException(
          "a canonical base is an absolute http or https URL with a host and no query, fragment,"
              + " '|' or trailing slash, such as " + DEFAULT_BASE + "; got '" + base + "'");
    }
    return new Canonicals(base);
  }

  private static boolean isBase(String base) {
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme();
    return ("http".equals(scheme) || "https".equals(scheme))
        && uri.getHost() != null
        && uri.getRawQuery() == null
        && uri.getRawFragment() == null
        && !base.endsWith("/");
  }

  /** The base. */
  public String base() {
    return base;
  }

  /** The Questionnaire of an instrument: {@code BASE/Questionnaire/ID}. */
  public String questionnaire(String instrumentId) {
    return base + "/Questionnaire/" + instrumentId;
  }

  /** The CodeSystem of an instrument's answers: {@code BASE/CodeSystem/ID-answers}. */
  public String answers(String instrumentId) {
    return base + "/CodeSystem/" + instrumentId + "-answers";
  }

  /** The CodeSystem of an instrument's scales: {@code BASE/CodeSystem/ID-scales}. */
  public String scales(String instrumentId) {
    return base + "/CodeSystem/" + instrumentId + "-scales";
  }

  /**
   * The CodeSystem of the counts a scale score rests on ({@code answered}, {@code
   * non-substantive}, {@code missing}): {@code BASE/CodeSystem/score-counts}.
   */
  public String scoreCounts() {
    return base + "/CodeSystem/score-counts";
  }
}
