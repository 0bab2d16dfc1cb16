package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

class CmoConfigurationTest {

  @Test
  void holdsOneConstructPerSlot() {
    CmoConfiguration cmo =
        CmoConfiguration.of(
            CodingManualConstruct.NEGOTIATING_CAPABILITY,
            CodingManualConstruct.SKILL_SET_WORKABILITY,
            CodingManualConstruct.RELATIONAL_RESTRUCTURING);
    assertThat(cmo.context()).contains(CodingManualConstruct.NEGOTIATING_CAPABILITY);
    assertThat(cmo.mechanism()).contains(CodingManualConstruct.SKILL_SET_WORKABILITY);
    assertThat(cmo.outcome()).contains(CodingManualConstruct.RELATIONAL_RESTRUCTURING);
  }

  @Test
  void anyOneSlotIsEnough() {
    CmoConfiguration outcomeOnly =
        CmoConfiguration.builder().outcome(CodingManualConstruct.SUSTAINMENT).build();
    assertThat(outcomeOnly.context()).isEmpty();
    assertThat(CmoConfiguration.of(CodingManualConstruct.CONTEXT, null, null).context())
        .contains(CodingManualConstruct.CONTEXT);
    assertThat(
            CmoConfiguration.of(null, CodingManualConstruct.COHERENCE_BUILDING, null).mechanism())
        .contains(CodingManualConstruct.COHERENCE_BUILDING);
  }

  @Test
  void rejectsAnEmptyConfiguration() {
    assertThatThrownBy(() -> CmoConfiguration.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one of context, mechanism and outcome");
  }

  @Test
  void rejectsAMechanismGivenAsAContextNamingTheSlot() {
    assertThatThrownBy(
            () -> CmoConfiguration.of(CodingManualConstruct.COLLECTIVE_ACTION, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slot 'context'")
        .hasMessageContaining("'mechanism.collective-action'")
        .hasMessageContaining("which is a mechanism construct")
        .hasMessageContaining("context.strategic-intentions");
  }

  @Test
  void rejectsWrongGroupsInTheOtherSlots() {
    assertThatThrownBy(
            () -> CmoConfiguration.of(null, CodingManualConstruct.SUSTAINMENT, null))
        .hasMessageContaining("slot 'mechanism'")
        .hasMessageContaining("outcome construct");
    assertThatThrownBy(
            () -> CmoConfiguration.of(null, null, CodingManualConstruct.DIFFERENTIATION))
        .hasMessageContaining("slot 'outcome'")
        .hasMessageContaining("'mechanism.coherence-building.differentiation'");
  }

  @Test
  void jsonRoundTripUsesConstructIds() {
    CmoConfiguration cmo =
        CmoConfiguration.of(
            CodingManualConstruct.STRATEGIC_INTENTIONS, CodingManualConstruct.LEGITIMATION, null);
    String json = ImpsciJson.write(cmo);
    assertThat(json)
        .isEqualTo(
            "{\"context\":\"context.strategic-intentions\","
                + "\"mechanism\":\"mechanism.cognitive-participation.legitimation\"}");
    assertThat(ImpsciJson.read(json, CmoConfiguration.class, "cmo")).isEqualTo(cmo);
  }

  @Test
  void jsonAcceptsAliasesAndReferences() {
    CmoConfiguration cmo =
        ImpsciJson.read(
            "{\"mechanism\":\"CA-SW\",\"outcome\":\"npt-coding-manual:outcome.sustainment\"}",
            CmoConfiguration.class,
            "cmo");
    assertThat(cmo)
        .isEqualTo(
            CmoConfiguration.of(
                null,
                CodingManualConstruct.SKILL_SET_WORKABILITY,
                CodingManualConstruct.SUSTAINMENT));
  }

  @Test
  void jsonWithAMechanismAsContextIsRejectedNamingTheSlot() {
    assertThatThrownBy(
            () ->
                ImpsciJson.read(
                    "{\"context\":\"mechanism.collective-action\"}",
                    CmoConfiguration.class,
                    "cmo.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cmo.json")
        .hasMessageContaining("slot 'context'");
    assertThatThrownBy(() -> ImpsciJson.read("{}", CmoConfiguration.class, "cmo.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(
            () -> ImpsciJson.read("{\"context\":\"no-such\"}", CmoConfiguration.class, "cmo.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no-such");
  }

  /**
   * The message lists what the slot takes: its domain and the domain's primary constructs (the
   * coding manual's Table 2, May et al. 2022, as npt-coding-manual.json holds it), and for the
   * mechanism slot any sub-construct too.
   */
  @Test
  void theMessageListsExactlyWhatTheSlotTakes() {
    assertThatThrownBy(() -> CmoConfiguration.of(CodingManualConstruct.SUSTAINMENT, null, null))
        .hasMessageEndingWith(
            "allowed: context, context.strategic-intentions, context.adaptive-execution,"
                + " context.negotiating-capability, context.reframing-organisational-logics");
    assertThatThrownBy(() -> CmoConfiguration.of(null, CodingManualConstruct.CONTEXT, null))
        .hasMessageEndingWith(
            "allowed: mechanism, mechanism.coherence-building, mechanism.cognitive-participation,"
                + " mechanism.collective-action, mechanism.reflexive-monitoring or a"
                + " sub-construct");
    assertThatThrownBy(() -> CmoConfiguration.of(null, null, CodingManualConstruct.ENROLMENT))
        .hasMessageEndingWith(
            "allowed: outcome, outcome.intervention-mobilisation, outcome.normative-restructuring,"
                + " outcome.relational-restructuring, outcome.sustainment");
  }

  /** Text with a colon is a reference: before the colon must be a framework id. */
  @Test
  void aReferenceWithAnEmptyFrameworkIsRejectedAsSuch() {
    assertThatThrownBy(() -> CodingManualConstruct.of(":outcome.sustainment"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'' is not a valid framework id");
    assertThat(CodingManualConstruct.of("npt-coding-manual:outcome.sustainment"))
        .isEqualTo(CodingManualConstruct.SUSTAINMENT);
  }
}
