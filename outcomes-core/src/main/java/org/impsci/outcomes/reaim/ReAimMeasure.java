package org.impsci.outcomes.reaim;

/**
 * The RE-AIM metrics impsci computes from {@link ReAimCounts}, each under its dimension, with the
 * counts it is computed from. Dimensions and levels as the RE-AIM developers define them (Glasgow
 * et al. 1999, doi:10.2105/AJPH.89.9.1322; Glasgow et al. 2019, doi:10.3389/fpubh.2019.00064):
 * reach and effectiveness at the individual level, adoption at the setting and staff levels,
 * implementation as fidelity, adaptations and cost, maintenance at the individual level (six
 * months or more after the programme's end) and at the setting level (still delivered).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReAimMeasure {
  /** Participants over eligible individuals. */
  REACH("reach", "Reach", "participants", "eligibleIndividuals"),
  /** Assessed participants who reached the user's outcome, over participants assessed. */
  EFFECTIVENESS("effectiveness", "Effectiveness", "participantsWithOutcome", "participantsAssessed"),
  /** Adopting settings over eligible settings. */
  ADOPTION_SETTINGS("adoption.settings", "Adoption", "adoptingSettings", "eligibleSettings"),
  /** Adopting staff over eligible staff. */
  ADOPTION_STAFF("adoption.staff", "Adoption", "adoptingStaff", "eligibleStaff"),
  /** Components delivered as planned over components planned. */
  FIDELITY("implementation.fidelity", "Implementation", "deliveredComponents", "plannedComponents"),
  /** The number of adaptations (a count, no denominator). */
  ADAPTATIONS("implementation.adaptations", "Implementation", "adaptations", null),
  /** Cost over participants. */
  COST_PER_PARTICIPANT("implementation.cost-per-participant", "Implementation", "cost", "participants"),
  /**
   * Participants who kept the outcome at a follow-up six months or more after the end, over
   * participants assessed then.
   */
  MAINTENANCE_INDIVIDUAL(
      "maintenance.individual", "Maintenance", "withOutcomeAtFollowUp", "assessedAtFollowUp"),
  /** Adopting settings still delivering over adopting settings. */
  MAINTENANCE_SETTING(
      "maintenance.setting", "Maintenance", "settingsStillDelivering", "adoptingSettings");

  private final String id;
  private final String dimension;
  private final String numerator;
  private final String denominator;

  ReAimMeasure(String id, String dimension, String numerator, String denominator) {
    this.id = id;
    this.dimension = dimension;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The id, for example {@code adoption.staff}. */
  public String id() {
    return id;
  }

  /** The RE-AIM dimension, for example {@code Adoption}. */
  public String dimension() {
    return dimension;
  }

  /** The name of the count (a {@link ReAimCounts} field) over the denominator, or counted alone. */
  public String numerator() {
    return numerator;
  }

  /** The name of the denominator's count; {@code null} for a plain count. */
  String denominatorOrNull() {
    return denominator;
  }
}
