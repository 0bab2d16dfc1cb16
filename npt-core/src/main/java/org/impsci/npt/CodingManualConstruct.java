package org.impsci.npt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the NPT coding manual ({@link NptFrameworks#codingManual()}): the three CMO
 * domains {@link #CONTEXT}, {@link #MECHANISM} and {@link #OUTCOME}, each followed by its four
 * primary constructs, and each mechanism followed by its four sub-constructs.
 *
 * <p>In JSON a handle is its id ({@code "context.strategic-intentions"}); reading also accepts an
 * alias ({@code "strategic intentions"}, {@code "CO-DI"}) or a reference {@code
 * npt-coding-manual:<id>}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CodingManualConstruct implements HierarchicalHandle<CodingManualConstruct> {
  /** Implementation contexts (CMO domain). */
  CONTEXT("context", null),
  /** Context / strategic intentions. */
  STRATEGIC_INTENTIONS("context.strategic-intentions", CONTEXT),
  /** Context / adaptive execution. */
  ADAPTIVE_EXECUTION("context.adaptive-execution", CONTEXT),
  /** Context / negotiating capability. */
  NEGOTIATING_CAPABILITY("context.negotiating-capability", CONTEXT),
  /** Context / reframing organisational logics. */
  REFRAMING_ORGANISATIONAL_LOGICS("context.reframing-organisational-logics", CONTEXT),

  /** Implementation mechanisms (CMO domain). */
  MECHANISM("mechanism", null),
  /** Mechanism / coherence-building. */
  COHERENCE_BUILDING("mechanism.coherence-building", MECHANISM),
  /** Coherence-building / differentiation. */
  DIFFERENTIATION("mechanism.coherence-building.differentiation", COHERENCE_BUILDING),
  /** Coherence-building / communal specification. */
  COMMUNAL_SPECIFICATION(
      "mechanism.coherence-building.communal-specification", COHERENCE_BUILDING),
  /** Coherence-building / individual specification. */
  INDIVIDUAL_SPECIFICATION(
      "mechanism.coherence-building.individual-specification", COHERENCE_BUILDING),
  /** Coherence-building / internalization. */
  INTERNALIZATION("mechanism.coherence-building.internalization", COHERENCE_BUILDING),
  /** Mechanism / cognitive participation. */
  COGNITIVE_PARTICIPATION("mechanism.cognitive-participation", MECHANISM),
  /** Cognitive participation / initiation. */
  INITIATION("mechanism.cognitive-participation.initiation", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / enrolment. */
  ENROLMENT("mechanism.cognitive-participation.enrolment", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / legitimation. */
  LEGITIMATION("mechanism.cognitive-participation.legitimation", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / activation. */
  ACTIVATION("mechanism.cognitive-participation.activation", COGNITIVE_PARTICIPATION),
  /** Mechanism / collective action. */
  COLLECTIVE_ACTION("mechanism.collective-action", MECHANISM),
  /** Collective action / interactional workability. */
  INTERACTIONAL_WORKABILITY(
      "mechanism.collective-action.interactional-workability", COLLECTIVE_ACTION),
  /** Collective action / relational integration. */
  RELATIONAL_INTEGRATION("mechanism.collective-action.relational-integration", COLLECTIVE_ACTION),
  /** Collective action / skill-set workability. */
  SKILL_SET_WORKABILITY("mechanism.collective-action.skill-set-workability", COLLECTIVE_ACTION),
  /** Collective action / contextual integration. */
  CONTEXTUAL_INTEGRATION("mechanism.collective-action.contextual-integration", COLLECTIVE_ACTION),
  /** Mechanism / reflexive monitoring. */
  REFLEXIVE_MONITORING("mechanism.reflexive-monitoring", MECHANISM),
  /** Reflexive monitoring / systematization. */
  SYSTEMATIZATION("mechanism.reflexive-monitoring.systematization", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / communal appraisal. */
  COMMUNAL_APPRAISAL("mechanism.reflexive-monitoring.communal-appraisal", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / individual appraisal. */
  INDIVIDUAL_APPRAISAL(
      "mechanism.reflexive-monitoring.individual-appraisal", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / reconfiguration. */
  RECONFIGURATION("mechanism.reflexive-monitoring.reconfiguration", REFLEXIVE_MONITORING),

  /** Implementation outcomes (CMO domain). */
  OUTCOME("outcome", null),
  /** Outcome / intervention mobilisation. */
  INTERVENTION_MOBILISATION("outcome.intervention-mobilisation", OUTCOME),
  /** Outcome / normative restructuring. */
  NORMATIVE_RESTRUCTURING("outcome.normative-restructuring", OUTCOME),
  /** Outcome / relational restructuring. */
  RELATIONAL_RESTRUCTURING("outcome.relational-restructuring", OUTCOME),
  /** Outcome / sustainment. */
  SUSTAINMENT("outcome.sustainment", OUTCOME);

  private final String id;
  private final CodingManualConstruct parent;

  CodingManualConstruct(String id, CodingManualConstruct parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The id within {@code npt-coding-manual}, for example {@code context.strategic-intentions}. */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return NptFrameworks.codingManual();
  }

  /** The parent: the domain of a primary construct, the mechanism of a sub-construct. */
  @Override
  public Optional<CodingManualConstruct> parent() {
    return Optional.ofNullable(parent);
  }

  /** The CMO domain this belongs to: {@link #CONTEXT}, {@link #MECHANISM} or {@link #OUTCOME}. */
  public CodingManualConstruct domain() {
    CodingManualConstruct at = this;
    while (at.parent != null) {
      at = at.parent;
    }
    return at;
  }

  /** Whether this is one of the three CMO domains. */
  public boolean isDomain() {
    return parent == null;
  }

  /** Whether this is one of the twelve primary constructs. */
  public boolean isPrimaryConstruct() {
    return parent != null && parent.parent == null;
  }

  /** Whether this is one of the sixteen sub-constructs of a mechanism. */
  public boolean isSubConstruct() {
    return parent != null && parent.parent != null;
  }


  /**
   * The NPT construct a mechanism or mechanism sub-construct corresponds to ({@link
   * #COHERENCE_BUILDING} to {@link NptConstruct#COHERENCE}, {@link #DIFFERENTIATION} to {@link
   * NptConstruct#DIFFERENTIATION}, and so on); empty for domains, contexts and outcomes. Part B of
   * the coding manual (May et al. 2022, Table 2) lists the NPT constructs and sub-constructs under
   * the same names.
   */
  public Optional<NptConstruct> nptConstruct() {
    if (this == MECHANISM || domain() != MECHANISM) {
      return Optional.empty();
    }
    if (this == COHERENCE_BUILDING) {
      return Optional.of(NptConstruct.COHERENCE);
    }
    return NptConstruct.find(id.substring(id.lastIndexOf('.') + 1));
  }

  /** The handle with this id or alias (aliases ignoring case). */
  public static Optional<CodingManualConstruct> find(String idOrAlias) {
    return ConstructHandle.find(values(), NptFrameworks.codingManual(), idOrAlias);
  }

  /**
   * The handle with this id, alias, or reference {@code npt-coding-manual:<id>}.
   *
   * @throws InvalidInputException if there is no such construct, or the reference names another
   *     framework
   */
  @JsonCreator
  public static CodingManualConstruct of(String text) {
    int colon = text.indexOf(':');
    return colon < 0
        ? ConstructHandle.of(values(), NptFrameworks.codingManual(), text)
        : of(ConstructRef.parse(text));
  }

  /**
   * The handle a construct reference names.
   *
   * @throws InvalidInputException if the reference names another framework or an unknown construct
   */
  public static CodingManualConstruct of(ConstructRef ref) {
    if (!NptFrameworks.CODING_MANUAL.equals(ref.framework())) {
      throw new InvalidInputException(
          InputLocation.unknown(),
          "'" + ref + "' is not a construct of the NPT coding manual",
          ref.toString(),
          NptFrameworks.CODING_MANUAL + ":<construct>");
    }
    return ConstructHandle.of(values(), NptFrameworks.codingManual(), ref.construct());
  }
}
