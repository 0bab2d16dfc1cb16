package org.impsci.outcomes.reaim;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The checks of {@link ReAimCounts}, apart so that the value type stays a list of fields. */
final class ReAimChecks {
  private ReAimChecks() {}

  static void check(ReAimCounts c) {
    String where = "site '" + c.site() + "', wave '" + c.wave() + "': ";
    nonNegative(where, "eligibleIndividuals", c.eligibleIndividuals());
    nonNegative(where, "participants", c.participants());
    nonNegative(where, "participantsAssessed", c.participantsAssessed());
    nonNegative(where, "participantsWithOutcome", c.participantsWithOutcome());
    nonNegative(where, "eligibleSettings", c.eligibleSettings());
    nonNegative(where, "adoptingSettings", c.adoptingSettings());
    nonNegative(where, "eligibleStaff", c.eligibleStaff());
    nonNegative(where, "adoptingStaff", c.adoptingStaff());
    nonNegative(where, "plannedComponents", c.plannedComponents());
    nonNegative(where, "deliveredComponents", c.deliveredComponents());
    nonNegative(where, "adaptations", c.adaptations());
    nonNegative(where, "assessedAtFollowUp", c.assessedAtFollowUp());
    nonNegative(where, "withOutcomeAtFollowUp", c.withOutcomeAtFollowUp());
    nonNegative(where, "settingsStillDelivering", c.settingsStillDelivering());
    finiteNonNegative(where, "cost", c.cost());
    finiteNonNegative(where, "followUpMonths", c.followUpMonths());
    partOf(where, "participants", c.participants(), "eligibleIndividuals", c.eligibleIndividuals());
    partOf(where, "participantsAssessed", c.participantsAssessed(), "participants", c.participants());
    partOf(where, "participantsWithOutcome", c.participantsWithOutcome(), "participantsAssessed", c.participantsAssessed());
    partOf(where, "adoptingSettings", c.adoptingSettings(), "eligibleSettings", c.eligibleSettings());
    partOf(where, "adoptingStaff", c.adoptingStaff(), "eligibleStaff", c.eligibleStaff());
    partOf(where, "deliveredComponents", c.deliveredComponents(), "plannedComponents", c.plannedComponents());
    partOf(where, "withOutcomeAtFollowUp", c.withOutcomeAtFollowUp(), "assessedAtFollowUp", c.assessedAtFollowUp());
    partOf(where, "settingsStillDelivering", c.settingsStillDelivering(), "adoptingSettings", c.adoptingSettings());
  }

  private static void nonNegative(String where, String name, OptionalLong value) {
    if (value.isPresent() && value.getAsLong() < 0) {
      throw new IllegalArgumentException(where + name + " must be 0 or more, got " + value.getAsLong());
    }
  }

  private static void finiteNonNegative(String where, String name, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() >= 0 && Double.isFinite(value.getAsDouble()))) {
      throw new IllegalArgumentException(where + name + " must be a finite number of 0 or more, got " + value.getAsDouble());
    }
  }

  private static void partOf(String where, String part, OptionalLong p, String whole, OptionalLong w) {
    if (p.isPresent() && w.isPresent() && p.getAsLong() > w.getAsLong()) {
      throw new IllegalArgumentException(
          where + part + " (" + p.getAsLong() + ") cannot exceed " + whole + " (" + w.getAsLong() + ")");
    }
  }
}
