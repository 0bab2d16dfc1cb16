package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impsci.parihs.ParihsConstruct.CONTEXT;
import static org.impsci.parihs.ParihsConstruct.CONTEXT_CULTURE;
import static org.impsci.parihs.ParihsConstruct.CONTEXT_EVALUATION;
import static org.impsci.parihs.ParihsConstruct.CONTEXT_LEADERSHIP;
import static org.impsci.parihs.ParihsConstruct.CONTEXT_RECEPTIVE_CONTEXT;
import static org.impsci.parihs.ParihsConstruct.EVIDENCE;
import static org.impsci.parihs.ParihsConstruct.EVIDENCE_CLINICAL_EXPERIENCE;
import static org.impsci.parihs.ParihsConstruct.EVIDENCE_LOCAL_DATA;
import static org.impsci.parihs.ParihsConstruct.EVIDENCE_PATIENT_EXPERIENCE;
import static org.impsci.parihs.ParihsConstruct.EVIDENCE_RESEARCH;
import static org.impsci.parihs.ParihsConstruct.FACILITATION_ROLE;

import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.parihs.FacilitationSuggestion.Emphasis;
import org.impsci.parihs.ParihsOptions.FacilitationRule;
import org.junit.jupiter.api.Test;

/** Worked examples of the PARIHS summary rule, the position and the optional suggestion. */
class ParihsDiagnosticsTest {

  /** Evidence 4 5 4 5 (all high on 5 points); context 2 3 4 1 (low, middle, high, low). */
  private static ParihsAssessment ward() {
    return ParihsAssessment.builder()
        .site("ward 7")
        .addPlacements(
            Placement.of(EVIDENCE_RESEARCH, 4, "two recent trials", "guideline 2023"),
            Placement.of(EVIDENCE_CLINICAL_EXPERIENCE, 5, "nurses agree it works"),
            Placement.of(EVIDENCE_PATIENT_EXPERIENCE, 4, "patient panel asked for it"),
            Placement.of(EVIDENCE_LOCAL_DATA, 5, "audit shows the gap"),
            Placement.of(CONTEXT_RECEPTIVE_CONTEXT, 2, "no budget line"),
            Placement.of(CONTEXT_CULTURE, 3, "open but busy"),
            Placement.of(CONTEXT_LEADERSHIP, 4, "ward manager supportive"),
            Placement.of(CONTEXT_EVALUATION, 1, "no feedback at all"),
            Placement.of(FACILITATION_ROLE, 2, "external facilitator mostly does the work"))
        .build();
  }

  @Test
  void strongEvidenceAndMixedContextOnFivePoints() {
    ParihsDiagnosis d = ParihsDiagnostics.withDefaults().diagnose(ward());
    // Evidence: 4, 5, 4, 5 are all above the middle point 3, so all four high: STRONG.
    ElementSummary evidence = d.summary(EVIDENCE).orElseThrow();
    assertThat(evidence.high()).isEqualTo(4);
    assertThat(evidence.strength()).contains(ElementStrength.STRONG);
    // Context: 2 low, 3 middle, 4 high, 1 low: low 2, middle 1, high 1, so MIXED.
    ElementSummary context = d.summary(CONTEXT).orElseThrow();
    assertThat(context.low()).isEqualTo(2);
    assertThat(context.middle()).isEqualTo(1);
    assertThat(context.high()).isEqualTo(1);
    assertThat(context.strength()).contains(ElementStrength.MIXED);
    // Facilitation is not summarised; the default options give no suggestion.
    assertThat(d.summaries()).extracting(ElementSummary::element).containsExactly(EVIDENCE, CONTEXT);
    assertThat(d.position()).hasValueSatisfying(p -> {
      assertThat(p.evidence()).isEqualTo(ElementStrength.STRONG);
      assertThat(p.context()).isEqualTo(ElementStrength.MIXED);
      assertThat(p.sources()).containsExactly(EvidenceContextPosition.SOURCE);
    });
    assertThat(d.suggestion()).isEmpty();
  }

  @Test
  void allLowIsWeakAndAnEvenScaleHasNoMiddle() {
    // On 4 points the middle is 2.5: 1-2 low, 3-4 high. Context 2 2 1 2: all low, WEAK.
    // Evidence 3 2 3 3: one low, three high, MIXED.
    ParihsAssessment a =
        ParihsAssessment.builder()
            .site("clinic")
            .points(4)
            .addPlacements(
                Placement.of(EVIDENCE_RESEARCH, 3, "r"), Placement.of(EVIDENCE_CLINICAL_EXPERIENCE, 2, "r"),
                Placement.of(EVIDENCE_PATIENT_EXPERIENCE, 3, "r"), Placement.of(EVIDENCE_LOCAL_DATA, 3, "r"),
                Placement.of(CONTEXT_RECEPTIVE_CONTEXT, 2, "r"), Placement.of(CONTEXT_CULTURE, 2, "r"),
                Placement.of(CONTEXT_LEADERSHIP, 1, "r"), Placement.of(CONTEXT_EVALUATION, 2, "r"))
            .build();
    ParihsDiagnosis d =
        ParihsDiagnostics.of(ParihsOptions.withRule(FacilitationRule.IMPSCI_WEAKER_ELEMENTS))
            .diagnose(a);
    assertThat(d.summary(CONTEXT).orElseThrow().strength()).contains(ElementStrength.WEAK);
    assertThat(d.summary(CONTEXT).orElseThrow().middle()).isZero();
    assertThat(d.summary(EVIDENCE).orElseThrow().strength()).contains(ElementStrength.MIXED);
    // The project's rule: not both strong, so holistic enabling; weak context before mixed evidence.
    FacilitationSuggestion s = d.suggestion().orElseThrow();
    assertThat(s.emphasis()).isEqualTo(Emphasis.HOLISTIC_ENABLING);
    assertThat(s.focus()).containsExactly(CONTEXT, EVIDENCE);
    assertThat(s.basis()).contains("this project's rule");
  }

  @Test
  void bothStrongSuggestsTaskFocusedFacilitationUnderTheOption() {
    ParihsAssessment.Builder b = ParihsAssessment.builder().site("unit");
    for (ParihsConstruct sub : ParihsConstruct.values()) {
      if (sub.parent().filter(p -> p != ParihsConstruct.FACILITATION).isPresent()) {
        b.addPlacements(Placement.of(sub, 5, "clearly high"));
      }
    }
    ParihsDiagnosis d =
        ParihsDiagnostics.of(ParihsOptions.withRule(FacilitationRule.IMPSCI_WEAKER_ELEMENTS))
            .diagnose(b.build());
    assertThat(d.suggestion().orElseThrow().emphasis()).isEqualTo(Emphasis.TASK_FOCUSED);
    assertThat(d.suggestion().orElseThrow().focus()).isEmpty();
  }

  @Test
  void anUnplacedSubElementLeavesTheElementWithoutStrengthAndNoPosition() {
    ParihsAssessment a =
        ParihsAssessment.builder().site("s").addPlacements(Placement.of(EVIDENCE_RESEARCH, 5, "r")).build();
    ParihsDiagnosis d =
        ParihsDiagnostics.of(ParihsOptions.withRule(FacilitationRule.IMPSCI_WEAKER_ELEMENTS))
            .diagnose(a);
    ElementSummary e = d.summary(EVIDENCE).orElseThrow();
    assertThat(e.strength()).isEmpty();
    assertThat(e.high()).isEqualTo(1);
    assertThat(e.unplaced())
        .containsExactly(EVIDENCE_CLINICAL_EXPERIENCE, EVIDENCE_PATIENT_EXPERIENCE, EVIDENCE_LOCAL_DATA);
    assertThat(e.reason()).hasValueSatisfying(r -> assertThat(r).contains("evidence.local-data"));
    assertThat(d.position()).isEmpty();
    assertThat(d.suggestion()).isEmpty();
  }

  @Test
  void badPlacementsNameTheSitePathValueAndAllowedRange() {
    assertThatThrownBy(
            () -> ParihsAssessment.builder().site("ward 7")
                .addPlacements(Placement.of(EVIDENCE_RESEARCH, 4, "ok"), Placement.of(CONTEXT_CULTURE, 6, "too high"))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "PARIHS assessment of site 'ward 7', at placements[1].point: point outside the scale"
                + " (value '6'); allowed: whole numbers 1..5");
    assertThatThrownBy(
            () -> ParihsAssessment.builder().site("w")
                .addPlacements(Placement.of(EVIDENCE_RESEARCH, 4, "a"), Placement.of(EVIDENCE_RESEARCH, 2, "b"))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at placements[1].subElement: sub-element already placed at placements[0]")
        .hasMessageContaining("value 'evidence.research'");
    assertThatThrownBy(
            () -> ParihsAssessment.builder().site("w").addPlacements(Placement.of(EVIDENCE_RESEARCH, 4, "  ")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at placements[0].rationale: a rationale is required");
    assertThatThrownBy(
            () -> ParihsAssessment.builder().site("w").addPlacements(Placement.of(EVIDENCE, 4, "x")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("an element cannot be placed, only its sub-elements");
    assertThatThrownBy(() -> ParihsAssessment.builder().site("w").points(1).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at points: the scale needs at least 2 points");
  }

  @Test
  void badJsonNamesTheSourceAndTheProblem() {
    String unknown =
        "{\"site\":\"w\",\"placements\":[{\"subElement\":\"evidence.hunch\",\"point\":3,"
            + "\"rationale\":\"r\"}]}";
    assertThatThrownBy(() -> ImpsciJson.read(unknown, ParihsAssessment.class, "ward.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ward.json, line 1, at placements[0].subElement")
        .hasMessageContaining("no construct or alias 'evidence.hunch'");
    String outOfRange =
        "{\"site\":\"w\",\"placements\":[{\"subElement\":\"evidence.research\",\"point\":9,"
            + "\"rationale\":\"r\"}]}";
    assertThatThrownBy(() -> ImpsciJson.read(outOfRange, ParihsAssessment.class, "ward.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ward.json")
        .hasMessageContaining("placements[0].point: point outside the scale (value '9')");
  }
}
