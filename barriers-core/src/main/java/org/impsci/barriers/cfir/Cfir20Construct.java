package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to CFIR 2.0 ({@link CfirFrameworks#cfir20()}): the 5 domains, the two subdomains
 * of Individuals, the 48 constructs and the 19 sub-constructs, in the framework's order, each
 * followed by its children.
 *
 * <p>Immutable and thread-safe.
 */
public enum Cfir20Construct implements HierarchicalHandle<Cfir20Construct> {
  /** Domain: Innovation. */
  INNOVATION("innovation", null),
  /** Construct: Innovation source. */
  INNOVATION_SOURCE("innovation.source", INNOVATION),
  /** Construct: Innovation evidence-base. */
  INNOVATION_EVIDENCE_BASE("innovation.evidence-base", INNOVATION),
  /** Construct: Innovation relative advantage. */
  INNOVATION_RELATIVE_ADVANTAGE("innovation.relative-advantage", INNOVATION),
  /** Construct: Innovation adaptability. */
  INNOVATION_ADAPTABILITY("innovation.adaptability", INNOVATION),
  /** Construct: Innovation trialability. */
  INNOVATION_TRIALABILITY("innovation.trialability", INNOVATION),
  /** Construct: Innovation complexity. */
  INNOVATION_COMPLEXITY("innovation.complexity", INNOVATION),
  /** Construct: Innovation design. */
  INNOVATION_DESIGN("innovation.design", INNOVATION),
  /** Construct: Innovation cost. */
  INNOVATION_COST("innovation.cost", INNOVATION),
  /** Domain: Outer setting. */
  OUTER_SETTING("outer-setting", null),
  /** Construct: Critical incidents. */
  CRITICAL_INCIDENTS("outer-setting.critical-incidents", OUTER_SETTING),
  /** Construct: Local attitudes. */
  LOCAL_ATTITUDES("outer-setting.local-attitudes", OUTER_SETTING),
  /** Construct: Local conditions. */
  LOCAL_CONDITIONS("outer-setting.local-conditions", OUTER_SETTING),
  /** Construct: Partnerships and connections. */
  PARTNERSHIPS_AND_CONNECTIONS("outer-setting.partnerships-and-connections", OUTER_SETTING),
  /** Construct: Policies and laws. */
  POLICIES_AND_LAWS("outer-setting.policies-and-laws", OUTER_SETTING),
  /** Construct: Financing. */
  FINANCING("outer-setting.financing", OUTER_SETTING),
  /** Construct: External pressure. */
  EXTERNAL_PRESSURE("outer-setting.external-pressure", OUTER_SETTING),
  /** Sub-construct: Societal pressure. */
  SOCIETAL_PRESSURE("outer-setting.external-pressure.societal-pressure", EXTERNAL_PRESSURE),
  /** Sub-construct: Market pressure. */
  MARKET_PRESSURE("outer-setting.external-pressure.market-pressure", EXTERNAL_PRESSURE),
  /** Sub-construct: Performance-measurement pressure. */
  PERFORMANCE_MEASUREMENT_PRESSURE("outer-setting.external-pressure.performance-measurement-pressure", EXTERNAL_PRESSURE),
  /** Domain: Inner setting. */
  INNER_SETTING("inner-setting", null),
  /** Construct: Structural characteristics. */
  STRUCTURAL_CHARACTERISTICS("inner-setting.structural-characteristics", INNER_SETTING),
  /** Sub-construct: Physical infrastructure. */
  PHYSICAL_INFRASTRUCTURE("inner-setting.structural-characteristics.physical-infrastructure", STRUCTURAL_CHARACTERISTICS),
  /** Sub-construct: Information technology infrastructure. */
  IT_INFRASTRUCTURE("inner-setting.structural-characteristics.it-infrastructure", STRUCTURAL_CHARACTERISTICS),
  /** Sub-construct: Work infrastructure. */
  WORK_INFRASTRUCTURE("inner-setting.structural-characteristics.work-infrastructure", STRUCTURAL_CHARACTERISTICS),
  /** Construct: Relational connections. */
  RELATIONAL_CONNECTIONS("inner-setting.relational-connections", INNER_SETTING),
  /** Construct: Communications. */
  COMMUNICATIONS("inner-setting.communications", INNER_SETTING),
  /** Construct: Culture. */
  CULTURE("inner-setting.culture", INNER_SETTING),
  /** Sub-construct: Human equality-centeredness. */
  HUMAN_EQUALITY_CENTEREDNESS("inner-setting.culture.human-equality-centeredness", CULTURE),
  /** Sub-construct: Recipient-centeredness. */
  RECIPIENT_CENTEREDNESS("inner-setting.culture.recipient-centeredness", CULTURE),
  /** Sub-construct: Deliverer-centeredness. */
  DELIVERER_CENTEREDNESS("inner-setting.culture.deliverer-centeredness", CULTURE),
  /** Sub-construct: Learning-centeredness. */
  LEARNING_CENTEREDNESS("inner-setting.culture.learning-centeredness", CULTURE),
  /** Construct: Tension for change. */
  TENSION_FOR_CHANGE("inner-setting.tension-for-change", INNER_SETTING),
  /** Construct: Compatibility. */
  COMPATIBILITY("inner-setting.compatibility", INNER_SETTING),
  /** Construct: Relative priority. */
  RELATIVE_PRIORITY("inner-setting.relative-priority", INNER_SETTING),
  /** Construct: Incentive systems. */
  INCENTIVE_SYSTEMS("inner-setting.incentive-systems", INNER_SETTING),
  /** Construct: Mission alignment. */
  MISSION_ALIGNMENT("inner-setting.mission-alignment", INNER_SETTING),
  /** Construct: Available resources. */
  AVAILABLE_RESOURCES("inner-setting.available-resources", INNER_SETTING),
  /** Sub-construct: Funding. */
  FUNDING("inner-setting.available-resources.funding", AVAILABLE_RESOURCES),
  /** Sub-construct: Space. */
  SPACE("inner-setting.available-resources.space", AVAILABLE_RESOURCES),
  /** Sub-construct: Materials and equipment. */
  MATERIALS_AND_EQUIPMENT("inner-setting.available-resources.materials-and-equipment", AVAILABLE_RESOURCES),
  /** Construct: Access to knowledge and information. */
  ACCESS_TO_KNOWLEDGE_AND_INFORMATION("inner-setting.access-to-knowledge-and-information", INNER_SETTING),
  /** Domain: Individuals. */
  INDIVIDUALS("individuals", null),
  /** Subdomain: Roles. */
  ROLES("individuals.roles", INDIVIDUALS),
  /** Construct: High-level leaders. */
  HIGH_LEVEL_LEADERS("individuals.roles.high-level-leaders", ROLES),
  /** Construct: Mid-level leaders. */
  MID_LEVEL_LEADERS("individuals.roles.mid-level-leaders", ROLES),
  /** Construct: Opinion leaders. */
  OPINION_LEADERS("individuals.roles.opinion-leaders", ROLES),
  /** Construct: Implementation facilitators. */
  IMPLEMENTATION_FACILITATORS("individuals.roles.implementation-facilitators", ROLES),
  /** Construct: Implementation leads. */
  IMPLEMENTATION_LEADS("individuals.roles.implementation-leads", ROLES),
  /** Construct: Implementation team members. */
  IMPLEMENTATION_TEAM_MEMBERS("individuals.roles.implementation-team-members", ROLES),
  /** Construct: Other implementation support. */
  OTHER_IMPLEMENTATION_SUPPORT("individuals.roles.other-implementation-support", ROLES),
  /** Construct: Innovation deliverers. */
  INNOVATION_DELIVERERS("individuals.roles.innovation-deliverers", ROLES),
  /** Construct: Innovation recipients. */
  INNOVATION_RECIPIENTS("individuals.roles.innovation-recipients", ROLES),
  /** Subdomain: Characteristics. */
  CHARACTERISTICS("individuals.characteristics", INDIVIDUALS),
  /** Construct: Need. */
  NEED("individuals.characteristics.need", CHARACTERISTICS),
  /** Construct: Capability. */
  CAPABILITY("individuals.characteristics.capability", CHARACTERISTICS),
  /** Construct: Opportunity. */
  OPPORTUNITY("individuals.characteristics.opportunity", CHARACTERISTICS),
  /** Construct: Motivation. */
  MOTIVATION("individuals.characteristics.motivation", CHARACTERISTICS),
  /** Domain: Implementation process. */
  IMPLEMENTATION_PROCESS("implementation-process", null),
  /** Construct: Teaming. */
  TEAMING("implementation-process.teaming", IMPLEMENTATION_PROCESS),
  /** Construct: Assessing needs. */
  ASSESSING_NEEDS("implementation-process.assessing-needs", IMPLEMENTATION_PROCESS),
  /** Sub-construct: Assessing needs: innovation deliverers. */
  ASSESSING_NEEDS_INNOVATION_DELIVERERS("implementation-process.assessing-needs.innovation-deliverers", ASSESSING_NEEDS),
  /** Sub-construct: Assessing needs: innovation recipients. */
  ASSESSING_NEEDS_INNOVATION_RECIPIENTS("implementation-process.assessing-needs.innovation-recipients", ASSESSING_NEEDS),
  /** Construct: Assessing context. */
  ASSESSING_CONTEXT("implementation-process.assessing-context", IMPLEMENTATION_PROCESS),
  /** Construct: Planning. */
  PLANNING("implementation-process.planning", IMPLEMENTATION_PROCESS),
  /** Construct: Tailoring strategies. */
  TAILORING_STRATEGIES("implementation-process.tailoring-strategies", IMPLEMENTATION_PROCESS),
  /** Construct: Engaging. */
  ENGAGING("implementation-process.engaging", IMPLEMENTATION_PROCESS),
  /** Sub-construct: Engaging: innovation deliverers. */
  ENGAGING_INNOVATION_DELIVERERS("implementation-process.engaging.innovation-deliverers", ENGAGING),
  /** Sub-construct: Engaging: innovation recipients. */
  ENGAGING_INNOVATION_RECIPIENTS("implementation-process.engaging.innovation-recipients", ENGAGING),
  /** Construct: Doing. */
  DOING("implementation-process.doing", IMPLEMENTATION_PROCESS),
  /** Construct: Reflecting and evaluating. */
  REFLECTING_AND_EVALUATING("implementation-process.reflecting-and-evaluating", IMPLEMENTATION_PROCESS),
  /** Sub-construct: Reflecting and evaluating: implementation. */
  REFLECTING_AND_EVALUATING_IMPLEMENTATION("implementation-process.reflecting-and-evaluating.implementation", REFLECTING_AND_EVALUATING),
  /** Sub-construct: Reflecting and evaluating: innovation. */
  REFLECTING_AND_EVALUATING_INNOVATION("implementation-process.reflecting-and-evaluating.innovation", REFLECTING_AND_EVALUATING),
  /** Construct: Adapting. */
  ADAPTING("implementation-process.adapting", IMPLEMENTATION_PROCESS);

  private final String id;
  private final Cfir20Construct parent;

  Cfir20Construct(String id, Cfir20Construct parent) {
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
    return CfirFrameworks.cfir20();
  }

  /** The parent; empty for a domain. */
  @Override
  public Optional<Cfir20Construct> parent() {
    return Optional.ofNullable(parent);
  }

  /** The domain this belongs to (itself for a domain). */
  public Cfir20Construct domain() {
    return parent == null ? this : parent.domain();
  }

  /** Whether this is one of the five domains. */
  public boolean isDomain() {
    return parent == null;
  }

  /** Whether this is one of the nine roles of the Individuals domain. */
  public boolean isRole() {
    return parent == ROLES;
  }

  /** Whether this is one of the four characteristics of the Individuals domain. */
  public boolean isCharacteristic() {
    return parent == CHARACTERISTICS;
  }


  /** The handle with this id or alias. */
  public static Optional<Cfir20Construct> find(String idOrAlias) {
    return ConstructHandle.find(values(), CfirFrameworks.cfir20(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  @JsonCreator
  public static Cfir20Construct of(String idOrAlias) {
    return ConstructHandle.of(values(), CfirFrameworks.cfir20(), idOrAlias);
  }
}
