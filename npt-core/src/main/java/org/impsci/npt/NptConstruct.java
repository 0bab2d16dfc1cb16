package org.impsci.npt;

import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the constructs of Normalization Process Theory ({@link NptFrameworks#npt()}):
 * the four constructs and their sixteen sub-constructs, in the theory's order, each construct
 * followed by its sub-constructs. The ids are stable; NoMAD items refer to them as {@code
 * npt:<id>}.
 *
 * <p>Immutable and thread-safe.
 */
public enum NptConstruct implements HierarchicalHandle<NptConstruct> {
  /** Coherence: sense-making work. */
  COHERENCE("coherence", null),
  /** Coherence / differentiation. */
  DIFFERENTIATION("differentiation", COHERENCE),
  /** Coherence / communal specification. */
  COMMUNAL_SPECIFICATION("communal-specification", COHERENCE),
  /** Coherence / individual specification. */
  INDIVIDUAL_SPECIFICATION("individual-specification", COHERENCE),
  /** Coherence / internalization. */
  INTERNALIZATION("internalization", COHERENCE),

  /** Cognitive participation: relational work. */
  COGNITIVE_PARTICIPATION("cognitive-participation", null),
  /** Cognitive participation / initiation. */
  INITIATION("initiation", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / enrolment. */
  ENROLMENT("enrolment", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / legitimation. */
  LEGITIMATION("legitimation", COGNITIVE_PARTICIPATION),
  /** Cognitive participation / activation. */
  ACTIVATION("activation", COGNITIVE_PARTICIPATION),

  /** Collective action: operational work. */
  COLLECTIVE_ACTION("collective-action", null),
  /** Collective action / interactional workability. */
  INTERACTIONAL_WORKABILITY("interactional-workability", COLLECTIVE_ACTION),
  /** Collective action / relational integration. */
  RELATIONAL_INTEGRATION("relational-integration", COLLECTIVE_ACTION),
  /** Collective action / skill-set workability. */
  SKILL_SET_WORKABILITY("skill-set-workability", COLLECTIVE_ACTION),
  /** Collective action / contextual integration. */
  CONTEXTUAL_INTEGRATION("contextual-integration", COLLECTIVE_ACTION),

  /** Reflexive monitoring: appraisal work. */
  REFLEXIVE_MONITORING("reflexive-monitoring", null),
  /** Reflexive monitoring / systematization. */
  SYSTEMATIZATION("systematization", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / communal appraisal. */
  COMMUNAL_APPRAISAL("communal-appraisal", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / individual appraisal. */
  INDIVIDUAL_APPRAISAL("individual-appraisal", REFLEXIVE_MONITORING),
  /** Reflexive monitoring / reconfiguration. */
  RECONFIGURATION("reconfiguration", REFLEXIVE_MONITORING);

  private final String id;
  private final NptConstruct parent;

  NptConstruct(String id, NptConstruct parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The construct id within {@code npt}, for example {@code communal-specification}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return NptFrameworks.npt();
  }

  /** The construct a sub-construct belongs to; empty for the four constructs. */
  @Override
  public Optional<NptConstruct> parent() {
    return Optional.ofNullable(parent);
  }

  /** Whether this is one of the four constructs (rather than a sub-construct). */
  public boolean isConstruct() {
    return parent == null;
  }


  /** The handle with this id or alias (ignoring case for aliases, such as {@code CO-DI}). */
  public static Optional<NptConstruct> find(String idOrAlias) {
    return ConstructHandle.find(values(), NptFrameworks.npt(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  public static NptConstruct of(String idOrAlias) {
    return ConstructHandle.of(values(), NptFrameworks.npt(), idOrAlias);
  }
}
