package org.impsci.outcomes.reaim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The counts one site gives for one wave, from which {@link ReAim} computes the RE-AIM metrics.
 * Every count is optional: a metric whose counts are not given is absent with the reason. Counts
 * are whole numbers of at least 0, and no part exceeds its whole (participants never exceed the
 * eligible). Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableReAimCounts.class)
@JsonDeserialize(as = ImmutableReAimCounts.class)
public interface ReAimCounts {

  /** The site, for example a practice. */
  String site();

  /** The wave, for example {@code baseline} or {@code 12 months}. */
  String wave();

  /** Reach: individuals eligible for the programme. */
  OptionalLong eligibleIndividuals();

  /** Reach: eligible individuals who took part. */
  OptionalLong participants();

  /** Effectiveness: the user's outcome, for example {@code wellbeing improved by 3 or more}. */
  Optional<String> outcome();

  /** Effectiveness: participants whose outcome was assessed. */
  OptionalLong participantsAssessed();

  /** Effectiveness: assessed participants who reached the outcome. */
  OptionalLong participantsWithOutcome();

  /** Adoption: settings (such as practices) eligible to deliver the programme. */
  OptionalLong eligibleSettings();

  /** Adoption: eligible settings that took the programme up. */
  OptionalLong adoptingSettings();

  /** Adoption: staff eligible to deliver it. */
  OptionalLong eligibleStaff();

  /** Adoption: eligible staff who delivered it. */
  OptionalLong adoptingStaff();

  /** Implementation: components planned. */
  OptionalLong plannedComponents();

  /** Implementation: planned components delivered as planned. */
  OptionalLong deliveredComponents();

  /** Implementation: adaptations made to the programme. */
  OptionalLong adaptations();

  /** Implementation: the cost of delivering the programme, in the user's currency. */
  OptionalDouble cost();

  /** Maintenance (individual): months from the end of the programme to the follow-up. */
  OptionalDouble followUpMonths();

  /** Maintenance (individual): participants assessed at the follow-up. */
  OptionalLong assessedAtFollowUp();

  /** Maintenance (individual): of those, participants who kept the outcome. */
  OptionalLong withOutcomeAtFollowUp();

  /** Maintenance (setting): adopting settings still delivering the programme. */
  OptionalLong settingsStillDelivering();

  /** Checks signs and that no part exceeds its whole. */
  @Value.Check
  default void check() {
    ReAimChecks.check(this);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReAimCounts}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableReAimCounts.Builder {
    Builder() {}
  }
}
