package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to CFIR 2009 ({@link CfirFrameworks#cfir2009()}): the 5 domains and the 39
 * constructs and sub-constructs, in the framework's order, each followed by its children.
 *
 * <p>Immutable and thread-safe.
 */
public enum Cfir2009Construct implements HierarchicalHandle<Cfir2009Construct> {
  /** Domain: Intervention characteristics. */
  INTERVENTION_CHARACTERISTICS("intervention-characteristics", null),
  /** Construct: Intervention source. */
  INTERVENTION_SOURCE("intervention-characteristics.intervention-source", INTERVENTION_CHARACTERISTICS),
  /** Construct: Evidence strength and quality. */
  EVIDENCE_STRENGTH_AND_QUALITY("intervention-characteristics.evidence-strength-and-quality", INTERVENTION_CHARACTERISTICS),
  /** Construct: Relative advantage. */
  RELATIVE_ADVANTAGE("intervention-characteristics.relative-advantage", INTERVENTION_CHARACTERISTICS),
  /** Construct: Adaptability. */
  ADAPTABILITY("intervention-characteristics.adaptability", INTERVENTION_CHARACTERISTICS),
  /** Construct: Trialability. */
  TRIALABILITY("intervention-characteristics.trialability", INTERVENTION_CHARACTERISTICS),
  /** Construct: Complexity. */
  COMPLEXITY("intervention-characteristics.complexity", INTERVENTION_CHARACTERISTICS),
  /** Construct: Design quality and packaging. */
  DESIGN_QUALITY_AND_PACKAGING("intervention-characteristics.design-quality-and-packaging", INTERVENTION_CHARACTERISTICS),
  /** Construct: Cost. */
  COST("intervention-characteristics.cost", INTERVENTION_CHARACTERISTICS),
  /** Domain: Outer setting. */
  OUTER_SETTING("outer-setting", null),
  /** Construct: Patient needs and resources. */
  PATIENT_NEEDS_AND_RESOURCES("outer-setting.patient-needs-and-resources", OUTER_SETTING),
  /** Construct: Cosmopolitanism. */
  COSMOPOLITANISM("outer-setting.cosmopolitanism", OUTER_SETTING),
  /** Construct: Peer pressure. */
  PEER_PRESSURE("outer-setting.peer-pressure", OUTER_SETTING),
  /** Construct: External policy and incentives. */
  EXTERNAL_POLICY_AND_INCENTIVES("outer-setting.external-policy-and-incentives", OUTER_SETTING),
  /** Domain: Inner setting. */
  INNER_SETTING("inner-setting", null),
  /** Construct: Structural characteristics. */
  STRUCTURAL_CHARACTERISTICS("inner-setting.structural-characteristics", INNER_SETTING),
  /** Construct: Networks and communications. */
  NETWORKS_AND_COMMUNICATIONS("inner-setting.networks-and-communications", INNER_SETTING),
  /** Construct: Culture. */
  CULTURE("inner-setting.culture", INNER_SETTING),
  /** Construct: Implementation climate. */
  IMPLEMENTATION_CLIMATE("inner-setting.implementation-climate", INNER_SETTING),
  /** Sub-construct: Tension for change. */
  TENSION_FOR_CHANGE("inner-setting.implementation-climate.tension-for-change", IMPLEMENTATION_CLIMATE),
  /** Sub-construct: Compatibility. */
  COMPATIBILITY("inner-setting.implementation-climate.compatibility", IMPLEMENTATION_CLIMATE),
  /** Sub-construct: Relative priority. */
  RELATIVE_PRIORITY("inner-setting.implementation-climate.relative-priority", IMPLEMENTATION_CLIMATE),
  /** Sub-construct: Organizational incentives and rewards. */
  ORGANIZATIONAL_INCENTIVES_AND_REWARDS("inner-setting.implementation-climate.organizational-incentives-and-rewards", IMPLEMENTATION_CLIMATE),
  /** Sub-construct: Goals and feedback. */
  GOALS_AND_FEEDBACK("inner-setting.implementation-climate.goals-and-feedback", IMPLEMENTATION_CLIMATE),
  /** Sub-construct: Learning climate. */
  LEARNING_CLIMATE("inner-setting.implementation-climate.learning-climate", IMPLEMENTATION_CLIMATE),
  /** Construct: Readiness for implementation. */
  READINESS_FOR_IMPLEMENTATION("inner-setting.readiness-for-implementation", INNER_SETTING),
  /** Sub-construct: Leadership engagement. */
  LEADERSHIP_ENGAGEMENT("inner-setting.readiness-for-implementation.leadership-engagement", READINESS_FOR_IMPLEMENTATION),
  /** Sub-construct: Available resources. */
  AVAILABLE_RESOURCES("inner-setting.readiness-for-implementation.available-resources", READINESS_FOR_IMPLEMENTATION),
  /** Sub-construct: Access to knowledge and information. */
  ACCESS_TO_KNOWLEDGE_AND_INFORMATION("inner-setting.readiness-for-implementation.access-to-knowledge-and-information", READINESS_FOR_IMPLEMENTATION),
  /** Domain: Characteristics of individuals. */
  CHARACTERISTICS_OF_INDIVIDUALS("characteristics-of-individuals", null),
  /** Construct: Knowledge and beliefs about the intervention. */
  KNOWLEDGE_AND_BELIEFS("characteristics-of-individuals.knowledge-and-beliefs", CHARACTERISTICS_OF_INDIVIDUALS),
  /** Construct: Self-efficacy. */
  SELF_EFFICACY("characteristics-of-individuals.self-efficacy", CHARACTERISTICS_OF_INDIVIDUALS),
  /** Construct: Individual stage of change. */
  INDIVIDUAL_STAGE_OF_CHANGE("characteristics-of-individuals.individual-stage-of-change", CHARACTERISTICS_OF_INDIVIDUALS),
  /** Construct: Individual identification with organization. */
  INDIVIDUAL_IDENTIFICATION_WITH_ORGANIZATION("characteristics-of-individuals.individual-identification-with-organization", CHARACTERISTICS_OF_INDIVIDUALS),
  /** Construct: Other personal attributes. */
  OTHER_PERSONAL_ATTRIBUTES("characteristics-of-individuals.other-personal-attributes", CHARACTERISTICS_OF_INDIVIDUALS),
  /** Domain: Process. */
  PROCESS("process", null),
  /** Construct: Planning. */
  PLANNING("process.planning", PROCESS),
  /** Construct: Engaging. */
  ENGAGING("process.engaging", PROCESS),
  /** Sub-construct: Opinion leaders. */
  OPINION_LEADERS("process.engaging.opinion-leaders", ENGAGING),
  /** Sub-construct: Formally appointed internal implementation leaders. */
  FORMALLY_APPOINTED_INTERNAL_IMPLEMENTATION_LEADERS("process.engaging.formally-appointed-internal-implementation-leaders", ENGAGING),
  /** Sub-construct: Champions. */
  CHAMPIONS("process.engaging.champions", ENGAGING),
  /** Sub-construct: External change agents. */
  EXTERNAL_CHANGE_AGENTS("process.engaging.external-change-agents", ENGAGING),
  /** Construct: Executing. */
  EXECUTING("process.executing", PROCESS),
  /** Construct: Reflecting and evaluating. */
  REFLECTING_AND_EVALUATING("process.reflecting-and-evaluating", PROCESS);

  private final String id;
  private final Cfir2009Construct parent;

  Cfir2009Construct(String id, Cfir2009Construct parent) {
    this.id = id;
    this.parent = parent;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return CfirFrameworks.cfir2009();
  }

  /** The parent; empty for a domain. */
  @Override
  public Optional<Cfir2009Construct> parent() {
    return Optional.ofNullable(parent);
  }

  /** The domain this belongs to (itself for a domain). */
  public Cfir2009Construct domain() {
    return parent == null ? this : parent.domain();
  }

  /** Whether this is one of the five domains. */
  public boolean isDomain() {
    return parent == null;
  }


  /** The handle with this id or alias. */
  public static Optional<Cfir2009Construct> find(String idOrAlias) {
    return ConstructHandle.find(values(), CfirFrameworks.cfir2009(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  @JsonCreator
  public static Cfir2009Construct of(String idOrAlias) {
    return ConstructHandle.of(values(), CfirFrameworks.cfir2009(), idOrAlias);
  }
}
