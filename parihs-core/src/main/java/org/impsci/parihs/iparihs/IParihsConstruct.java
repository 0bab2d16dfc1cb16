package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;
import org.impsci.parihs.ParihsFrameworks;

/**
 * Typed handles to the constructs of i-PARIHS ({@link ParihsFrameworks#iParihs()}), in the
 * framework's order (depth first): innovation and its 7 characteristics, recipients and their 10,
 * context with its three levels and their 6, 7 and 5 characteristics, and facilitation with its
 * role, process and facilitator levels. In JSON a handle is its id.
 *
 * <p>Immutable and thread-safe.
 */
public enum IParihsConstruct implements HierarchicalHandle<IParihsConstruct> {
  /** Innovation (construct). */
  INNOVATION("innovation", null),
  /** Innovation / Underlying knowledge sources (characteristic). */
  INNOVATION_UNDERLYING_KNOWLEDGE_SOURCES("innovation.underlying-knowledge-sources", INNOVATION),
  /** Innovation / Clarity (characteristic). */
  INNOVATION_CLARITY("innovation.clarity", INNOVATION),
  /** Innovation / Degree of fit (characteristic). */
  INNOVATION_DEGREE_OF_FIT("innovation.degree-of-fit", INNOVATION),
  /** Innovation / Usability (characteristic). */
  INNOVATION_USABILITY("innovation.usability", INNOVATION),
  /** Innovation / Relative advantage (characteristic). */
  INNOVATION_RELATIVE_ADVANTAGE("innovation.relative-advantage", INNOVATION),
  /** Innovation / Trialability (characteristic). */
  INNOVATION_TRIALABILITY("innovation.trialability", INNOVATION),
  /** Innovation / Observable results (characteristic). */
  INNOVATION_OBSERVABLE_RESULTS("innovation.observable-results", INNOVATION),
  /** Recipients (construct). */
  RECIPIENTS("recipients", null),
  /** Recipients / Motivation (characteristic). */
  RECIPIENTS_MOTIVATION("recipients.motivation", RECIPIENTS),
  /** Recipients / Values and beliefs (characteristic). */
  RECIPIENTS_VALUES_AND_BELIEFS("recipients.values-and-beliefs", RECIPIENTS),
  /** Recipients / Goals (characteristic). */
  RECIPIENTS_GOALS("recipients.goals", RECIPIENTS),
  /** Recipients / Skills and knowledge (characteristic). */
  RECIPIENTS_SKILLS_AND_KNOWLEDGE("recipients.skills-and-knowledge", RECIPIENTS),
  /** Recipients / Time, resources and support (characteristic). */
  RECIPIENTS_TIME_RESOURCES_SUPPORT("recipients.time-resources-support", RECIPIENTS),
  /** Recipients / Local opinion leaders (characteristic). */
  RECIPIENTS_LOCAL_OPINION_LEADERS("recipients.local-opinion-leaders", RECIPIENTS),
  /** Recipients / Collaboration and teamwork (characteristic). */
  RECIPIENTS_COLLABORATION_AND_TEAMWORK("recipients.collaboration-and-teamwork", RECIPIENTS),
  /** Recipients / Existing networks (characteristic). */
  RECIPIENTS_EXISTING_NETWORKS("recipients.existing-networks", RECIPIENTS),
  /** Recipients / Power and authority (characteristic). */
  RECIPIENTS_POWER_AND_AUTHORITY("recipients.power-and-authority", RECIPIENTS),
  /** Recipients / Presence of boundaries (characteristic). */
  RECIPIENTS_PRESENCE_OF_BOUNDARIES("recipients.presence-of-boundaries", RECIPIENTS),
  /** Context (construct). */
  CONTEXT("context", null),
  /** Context / Local context (level). */
  CONTEXT_LOCAL("context.local", CONTEXT),
  /** Context / Local context / Formal and informal leadership support (characteristic). */
  CONTEXT_LOCAL_LEADERSHIP_SUPPORT("context.local.leadership-support", CONTEXT_LOCAL),
  /** Context / Local context / Culture (characteristic). */
  CONTEXT_LOCAL_CULTURE("context.local.culture", CONTEXT_LOCAL),
  /** Context / Local context / Past experience of innovation and change (characteristic). */
  CONTEXT_LOCAL_PAST_EXPERIENCE_OF_CHANGE("context.local.past-experience-of-change", CONTEXT_LOCAL),
  /** Context / Local context / Mechanisms for embedding change (characteristic). */
  CONTEXT_LOCAL_MECHANISMS_FOR_EMBEDDING("context.local.mechanisms-for-embedding", CONTEXT_LOCAL),
  /** Context / Local context / Evaluation and feedback processes (characteristic). */
  CONTEXT_LOCAL_EVALUATION_AND_FEEDBACK("context.local.evaluation-and-feedback", CONTEXT_LOCAL),
  /** Context / Local context / Learning environment (characteristic). */
  CONTEXT_LOCAL_LEARNING_ENVIRONMENT("context.local.learning-environment", CONTEXT_LOCAL),
  /** Context / Organisational context (level). */
  CONTEXT_ORGANISATIONAL("context.organisational", CONTEXT),
  /** Context / Organisational context / Organisational priorities (characteristic). */
  CONTEXT_ORGANISATIONAL_PRIORITIES("context.organisational.priorities", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / Senior leadership and management support (characteristic). */
  CONTEXT_ORGANISATIONAL_SENIOR_LEADERSHIP_SUPPORT("context.organisational.senior-leadership-support", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / Culture (characteristic). */
  CONTEXT_ORGANISATIONAL_CULTURE("context.organisational.culture", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / Structure and systems (characteristic). */
  CONTEXT_ORGANISATIONAL_STRUCTURE_AND_SYSTEMS("context.organisational.structure-and-systems", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / History of innovation and change (characteristic). */
  CONTEXT_ORGANISATIONAL_HISTORY_OF_INNOVATION("context.organisational.history-of-innovation", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / Absorptive capacity (characteristic). */
  CONTEXT_ORGANISATIONAL_ABSORPTIVE_CAPACITY("context.organisational.absorptive-capacity", CONTEXT_ORGANISATIONAL),
  /** Context / Organisational context / Learning networks (characteristic). */
  CONTEXT_ORGANISATIONAL_LEARNING_NETWORKS("context.organisational.learning-networks", CONTEXT_ORGANISATIONAL),
  /** Context / External health system (level). */
  CONTEXT_EXTERNAL("context.external", CONTEXT),
  /** Context / External health system / Policy drivers and priorities (characteristic). */
  CONTEXT_EXTERNAL_POLICY_DRIVERS_AND_PRIORITIES("context.external.policy-drivers-and-priorities", CONTEXT_EXTERNAL),
  /** Context / External health system / Incentives and mandates (characteristic). */
  CONTEXT_EXTERNAL_INCENTIVES_AND_MANDATES("context.external.incentives-and-mandates", CONTEXT_EXTERNAL),
  /** Context / External health system / Regulatory frameworks (characteristic). */
  CONTEXT_EXTERNAL_REGULATORY_FRAMEWORKS("context.external.regulatory-frameworks", CONTEXT_EXTERNAL),
  /** Context / External health system / Environmental (in)stability (characteristic). */
  CONTEXT_EXTERNAL_ENVIRONMENTAL_STABILITY("context.external.environmental-stability", CONTEXT_EXTERNAL),
  /** Context / External health system / Inter-organisational networks and relationships (characteristic). */
  CONTEXT_EXTERNAL_INTER_ORGANISATIONAL_NETWORKS("context.external.inter-organisational-networks", CONTEXT_EXTERNAL),
  /** Facilitation (construct). */
  FACILITATION("facilitation", null),
  /** Facilitation / Facilitator role (aspect). */
  FACILITATION_ROLE("facilitation.role", FACILITATION),
  /** Facilitation / Facilitation process (aspect). */
  FACILITATION_PROCESS("facilitation.process", FACILITATION),
  /** Facilitation / Novice facilitator (facilitator-level). */
  FACILITATION_NOVICE("facilitation.novice", FACILITATION),
  /** Facilitation / Experienced facilitator (facilitator-level). */
  FACILITATION_EXPERIENCED("facilitation.experienced", FACILITATION),
  /** Facilitation / Expert facilitator (facilitator-level). */
  FACILITATION_EXPERT("facilitation.expert", FACILITATION);

  private final String id;
  private final IParihsConstruct parent;

  IParihsConstruct(String id, IParihsConstruct parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The construct id within {@code i-parihs}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return ParihsFrameworks.iParihs();
  }

  /** The construct this one belongs to; empty for a top-level construct. */
  @Override
  public Optional<IParihsConstruct> parent() {
    return Optional.ofNullable(parent);
  }


  /** The handle with this id or alias (ignoring case for aliases). */
  public static Optional<IParihsConstruct> find(String idOrAlias) {
    return ConstructHandle.find(values(), ParihsFrameworks.iParihs(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  @JsonCreator
  public static IParihsConstruct of(String idOrAlias) {
    return ConstructHandle.of(values(), ParihsFrameworks.iParihs(), idOrAlias);
  }

  /** The id, which is also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }
}
