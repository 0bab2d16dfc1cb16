package org.impsci.outcomes.reaim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.impsci.assessment.Source;

/**
 * RE-AIM metrics computed from counts, never typed in: each is the ratio of two {@link
 * ReAimCounts} (or one count alone, for adaptations), absent with the reason when a count is not
 * given or the denominator is zero. Individual maintenance also needs the follow-up to lie six
 * months or more after the end of the programme. Thread-safe.
 */
public final class ReAim {
  /** The least follow-up, in months after the end, for individual maintenance. */
  public static final double MAINTENANCE_MONTHS = 6;

  /** Where the dimensions, their levels and the six months come from. */
  public static final List<Source> SOURCES =
      List.of(
          Source.of(
              "Glasgow, Vogt & Boles 1999, Am J Public Health 89(9):1322-1327",
              "10.2105/AJPH.89.9.1322",
              "the five dimensions reach, efficacy or effectiveness, adoption, implementation and"
                  + " maintenance, and the individual and setting levels they are measured at"),
          Source.of(
              "Glasgow et al. 2019, Front Public Health 7:64",
              "10.3389/fpubh.2019.00064",
              "the 20-year review's definitions: adoption by settings and staff; implementation"
                  + " as fidelity, adaptations and cost; individual maintenance six or more months"
                  + " after the last contact (as reproduced in doi:10.1186/s13012-019-0928-9,"
                  + " Table 9)"));

  private ReAim() {}

  /** The metrics of one site and wave, in the order of {@link ReAimMeasure}. */
  public static List<ReAimMetric> metrics(ReAimCounts counts) {
    Map<String, OptionalDouble> given = given(counts);
    List<ReAimMetric> metrics = new ArrayList<>();
    for (ReAimMeasure measure : ReAimMeasure.values()) {
      metrics.add(metric(measure, given, counts));
    }
    return metrics;
  }

  /**
   * A summary table: one row per site and wave, in the order given.
   *
   * @throws IllegalArgumentException if a site and wave come twice
   */
  public static ReAimTable table(List<ReAimCounts> counts) {
    Set<String> seen = new HashSet<>();
    List<ReAimTable.Row> rows = new ArrayList<>();
    for (ReAimCounts c : counts) {
      if (!seen.add(c.site() + "\u0000" + c.wave())) {
        throw new IllegalArgumentException(
            "site '" + c.site() + "', wave '" + c.wave() + "' is given twice");
      }
      rows.add(new ReAimTable.Row(c.site(), c.wave(), metrics(c)));
    }
    return new ReAimTable(rows);
  }

  private static ReAimMetric metric(
      ReAimMeasure measure, Map<String, OptionalDouble> given, ReAimCounts counts) {
    ReAimMetric.Builder metric = ReAimMetric.builder().measure(measure);
    String num = measure.numerator();
    String den = measure.denominatorOrNull();
    OptionalDouble n = given.get(num);
    n.ifPresent(v -> metric.putFrom(num, v));
    OptionalDouble d = den == null ? OptionalDouble.empty() : given.get(den);
    d.ifPresent(v -> metric.putFrom(den, v));
    String reason = null;
    if (n.isEmpty()) {
      reason = num + " not given";
    } else if (den != null && d.isEmpty()) {
      reason = "denominator " + den + " not given";
    } else if (den != null && d.getAsDouble() == 0) {
      reason = "denominator " + den + " is zero";
    } else if (measure == ReAimMeasure.MAINTENANCE_INDIVIDUAL) {
      reason = followUpProblem(counts);
    }
    if (measure == ReAimMeasure.MAINTENANCE_INDIVIDUAL) {
      counts.followUpMonths().ifPresent(m -> metric.putFrom("followUpMonths", m));
    }
    if (reason != null) {
      return metric.reason(reason).build();
    }
    double value = den == null ? n.getAsDouble() : n.getAsDouble() / d.getAsDouble();
    return metric.value(value).build();
  }

  private static String followUpProblem(ReAimCounts counts) {
    if (counts.followUpMonths().isEmpty()) {
      return "followUpMonths not given: individual maintenance needs a follow-up "
          + (int) MAINTENANCE_MONTHS + " months or more after the end";
    }
    double months = counts.followUpMonths().getAsDouble();
    return months < MAINTENANCE_MONTHS
        ? "follow-up at " + months + " months after the end, under the "
            + (int) MAINTENANCE_MONTHS + " that individual maintenance needs"
        : null;
  }

  private static Map<String, OptionalDouble> given(ReAimCounts c) {
    Map<String, OptionalDouble> m = new LinkedHashMap<>();
    m.put("eligibleIndividuals", asDouble(c.eligibleIndividuals()));
    m.put("participants", asDouble(c.participants()));
    m.put("participantsAssessed", asDouble(c.participantsAssessed()));
    m.put("participantsWithOutcome", asDouble(c.participantsWithOutcome()));
    m.put("eligibleSettings", asDouble(c.eligibleSettings()));
    m.put("adoptingSettings", asDouble(c.adoptingSettings()));
    m.put("eligibleStaff", asDouble(c.eligibleStaff()));
    m.put("adoptingStaff", asDouble(c.adoptingStaff()));
    m.put("plannedComponents", asDouble(c.plannedComponents()));
    m.put("deliveredComponents", asDouble(c.deliveredComponents()));
    m.put("adaptations", asDouble(c.adaptations()));
    m.put("cost", c.cost());
    m.put("assessedAtFollowUp", asDouble(c.assessedAtFollowUp()));
    m.put("withOutcomeAtFollowUp", asDouble(c.withOutcomeAtFollowUp()));
    m.put("settingsStillDelivering", asDouble(c.settingsStillDelivering()));
    return m;
  }

  private static OptionalDouble asDouble(java.util.OptionalLong value) {
    return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
  }
}
