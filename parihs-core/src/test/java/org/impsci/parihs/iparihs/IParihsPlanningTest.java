package org.impsci.parihs.iparihs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impsci.parihs.iparihs.IParihsConstruct.CONTEXT_EXTERNAL_INCENTIVES_AND_MANDATES;
import static org.impsci.parihs.iparihs.IParihsConstruct.CONTEXT_LOCAL;
import static org.impsci.parihs.iparihs.IParihsConstruct.CONTEXT_LOCAL_CULTURE;
import static org.impsci.parihs.iparihs.IParihsConstruct.CONTEXT_ORGANISATIONAL_SENIOR_LEADERSHIP_SUPPORT;
import static org.impsci.parihs.iparihs.IParihsConstruct.INNOVATION;
import static org.impsci.parihs.iparihs.IParihsConstruct.INNOVATION_CLARITY;
import static org.impsci.parihs.iparihs.IParihsConstruct.INNOVATION_USABILITY;
import static org.impsci.parihs.iparihs.IParihsConstruct.RECIPIENTS;
import static org.impsci.parihs.iparihs.IParihsConstruct.RECIPIENTS_MOTIVATION;
import static org.impsci.parihs.iparihs.IParihsConstruct.RECIPIENTS_TIME_RESOURCES_SUPPORT;
import static org.impsci.parihs.iparihs.Influence.BARRIER;
import static org.impsci.parihs.iparihs.Influence.ENABLER;
import static org.impsci.parihs.iparihs.RatingStrength.MODERATE;
import static org.impsci.parihs.iparihs.RatingStrength.STRONG;
import static org.impsci.parihs.iparihs.RatingStrength.WEAK;

import java.util.OptionalInt;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Worked examples of i-PARIHS profiles, the focus ranking and the comparison over time. */
class IParihsPlanningTest {

  /** A municipality at baseline: two strong barriers, a moderate and a weak one, two enablers. */
  private static IParihsAssessment baseline() {
    return IParihsAssessment.builder()
        .site("municipality A")
        .occasion("baseline")
        .addRatings(
            CharacteristicRating.of(CONTEXT_LOCAL_CULTURE, BARRIER, STRONG, "staff distrust new routines"),
            CharacteristicRating.of(INNOVATION_CLARITY, BARRIER, MODERATE, "the pathway is vague"),
            CharacteristicRating.of(RECIPIENTS_TIME_RESOURCES_SUPPORT, BARRIER, STRONG, "no time allotted", "interview 3"),
            CharacteristicRating.of(CONTEXT_EXTERNAL_INCENTIVES_AND_MANDATES, BARRIER, WEAK, "no national target"),
            CharacteristicRating.of(RECIPIENTS_MOTIVATION, ENABLER, STRONG, "keen staff"),
            CharacteristicRating.of(INNOVATION_USABILITY, ENABLER, WEAK, "simple form"),
            CharacteristicRating.neutral(CONTEXT_ORGANISATIONAL_SENIOR_LEADERSHIP_SUPPORT, "managers neither for nor against"))
        .build();
  }

  @Test
  void barriersAreRankedByStrengthThenByTheFrameworksOrder() {
    FacilitationPlan plan = IParihsPlanning.plan(baseline());
    // Strong first: recipients (time, resources, support) comes before local culture because
    // recipients precede context in Table 3; then the moderate innovation clarity; then the weak
    // external incentives.
    assertThat(plan.focus())
        .extracting(FocusItem::rank, FocusItem::characteristic, FocusItem::strength)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, RECIPIENTS_TIME_RESOURCES_SUPPORT, STRONG),
            org.assertj.core.groups.Tuple.tuple(2, CONTEXT_LOCAL_CULTURE, STRONG),
            org.assertj.core.groups.Tuple.tuple(3, INNOVATION_CLARITY, MODERATE),
            org.assertj.core.groups.Tuple.tuple(4, CONTEXT_EXTERNAL_INCENTIVES_AND_MANDATES, WEAK));
    assertThat(plan.focus().get(0).rationale()).isEqualTo("no time allotted");
  }

  @Test
  void profilesCountAndNetTheSignedWeights() {
    FacilitationPlan plan = IParihsPlanning.plan(baseline());
    assertThat(plan.profiles()).extracting(ConstructProfile::construct)
        .containsExactly(
            INNOVATION, RECIPIENTS, CONTEXT_LOCAL, IParihsConstruct.CONTEXT_ORGANISATIONAL,
            IParihsConstruct.CONTEXT_EXTERNAL);
    // Innovation: clarity barrier -2, usability enabler +1: net -1; 2 rated, 5 of 7 unrated.
    ConstructProfile innovation = plan.profiles().get(0);
    assertThat(innovation.enablers()).isEqualTo(1);
    assertThat(innovation.barriers()).isEqualTo(1);
    assertThat(innovation.unrated()).isEqualTo(5);
    assertThat(innovation.net()).isEqualTo(-1);
    // Recipients: motivation +3, time/resources/support -3: net 0; 8 of 10 unrated.
    assertThat(plan.profiles().get(1).net()).isZero();
    assertThat(plan.profiles().get(1).unrated()).isEqualTo(8);
    // Organisational: one neutral, net 0, 6 of 7 unrated.
    ConstructProfile organisational = plan.profiles().get(3);
    assertThat(organisational.neutral()).isEqualTo(1);
    assertThat(organisational.net()).isZero();
    assertThat(organisational.unrated()).isEqualTo(6);
    // External: incentives weak barrier -1.
    assertThat(plan.profiles().get(4).net()).isEqualTo(-1);
  }

  @Test
  void comparisonOverTimeShowsResolvedAndNewBarriers() {
    IParihsAssessment later =
        IParihsAssessment.builder()
            .site("municipality A")
            .occasion("month 6")
            .addRatings(
                CharacteristicRating.of(CONTEXT_LOCAL_CULTURE, BARRIER, WEAK, "some resistance left"),
                CharacteristicRating.of(INNOVATION_CLARITY, ENABLER, MODERATE, "pathway rewritten"),
                CharacteristicRating.of(RECIPIENTS_TIME_RESOURCES_SUPPORT, BARRIER, STRONG, "still no time"),
                CharacteristicRating.of(INNOVATION_USABILITY, BARRIER, MODERATE, "form grew to four pages"))
            .build();
    AssessmentComparison c = IParihsPlanning.compare(baseline(), later);
    assertThat(c.from()).isEqualTo("baseline");
    assertThat(c.to()).isEqualTo("month 6");
    // Clarity was a moderate barrier (-2) and is a moderate enabler (+2): delta +4, resolved.
    RatingChange clarity =
        c.changes().stream().filter(x -> x.characteristic() == INNOVATION_CLARITY).findFirst().orElseThrow();
    assertThat(clarity.delta()).isEqualTo(OptionalInt.of(4));
    // Local culture from strong (-3) to weak (-1) barrier: +2, still a barrier.
    assertThat(c.changes().stream().filter(x -> x.characteristic() == CONTEXT_LOCAL_CULTURE)
            .findFirst().orElseThrow().delta()).isEqualTo(OptionalInt.of(2));
    // Motivation was rated only at baseline: no delta.
    RatingChange motivation =
        c.changes().stream().filter(x -> x.characteristic() == RECIPIENTS_MOTIVATION).findFirst().orElseThrow();
    assertThat(motivation.after()).isEmpty();
    assertThat(motivation.delta()).isEmpty();
    assertThat(c.resolvedBarriers()).containsExactly(INNOVATION_CLARITY);
    assertThat(c.newBarriers()).containsExactly(INNOVATION_USABILITY);
    // Seven characteristics rated at baseline, none new later: seven changes in framework order.
    assertThat(c.changes()).hasSize(7);
    assertThat(c.changes().get(0).characteristic()).isEqualTo(INNOVATION_CLARITY);
  }

  @Test
  void comparingDifferentSitesIsAnError() {
    IParihsAssessment other =
        IParihsAssessment.builder().site("municipality B").occasion("baseline").build();
    assertThatThrownBy(() -> IParihsPlanning.compare(baseline(), other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("different sites");
  }

  @Test
  void badRatingsNameTheSitePathAndValue() {
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(CharacteristicRating.of(RECIPIENTS_MOTIVATION, BARRIER, null, "why"))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "i-PARIHS assessment of site 'A' (t0), at ratings[0].strength: an BARRIER needs a"
                + " strength (value 'none'); allowed: WEAK, MODERATE or STRONG");
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(CharacteristicRating.of(RECIPIENTS_MOTIVATION, Influence.NEUTRAL, WEAK, "why"))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a NEUTRAL rating has no strength");
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(CharacteristicRating.neutral(RECIPIENTS, "why")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("only characteristics are rated, not a construct");
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(
                    CharacteristicRating.neutral(INNOVATION_CLARITY, "a"),
                    CharacteristicRating.of(INNOVATION_CLARITY, ENABLER, WEAK, "b"))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at ratings[1].characteristic: characteristic already rated at ratings[0]");
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(CharacteristicRating.of(INNOVATION_CLARITY, ENABLER, WEAK, ""))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at ratings[0].rationale: a rationale is required");
    assertThatThrownBy(
            () -> IParihsAssessment.builder().site("A").occasion("t0")
                .addRatings(CharacteristicRating.of(INNOVATION_CLARITY, ENABLER, WEAK, "r", " "))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at ratings[0].evidence[0]: an evidence entry must not be blank");
  }

  @Test
  void unknownCharacteristicInJsonIsNamed() {
    String json =
        "{\"site\":\"A\",\"occasion\":\"t0\",\"ratings\":[{\"characteristic\":\"recipients.mood\","
            + "\"influence\":\"BARRIER\",\"strength\":\"WEAK\",\"rationale\":\"r\"}]}";
    assertThatThrownBy(() -> ImpsciJson.read(json, IParihsAssessment.class, "a.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("a.json, line 1, at ratings[0].characteristic")
        .hasMessageContaining("no construct or alias 'recipients.mood'");
  }
}
