package org.impsci.barriers.behaviour;

import static org.impsci.barriers.behaviour.ComBComponent.AUTOMATIC_MOTIVATION;
import static org.impsci.barriers.behaviour.ComBComponent.PHYSICAL_CAPABILITY;
import static org.impsci.barriers.behaviour.ComBComponent.PHYSICAL_OPPORTUNITY;
import static org.impsci.barriers.behaviour.ComBComponent.PSYCHOLOGICAL_CAPABILITY;
import static org.impsci.barriers.behaviour.ComBComponent.REFLECTIVE_MOTIVATION;
import static org.impsci.barriers.behaviour.ComBComponent.SOCIAL_OPPORTUNITY;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the nine intervention functions of the Behaviour Change Wheel, each with the
 * COM-B components it can change (Michie et al. 2011, doi:10.1186/1748-5908-6-42, the links
 * between COM-B components and intervention functions).
 */
public enum InterventionFunction implements ConstructHandle {
  /** Education. */
  EDUCATION("education", PSYCHOLOGICAL_CAPABILITY, REFLECTIVE_MOTIVATION),
  /** Persuasion. */
  PERSUASION("persuasion", REFLECTIVE_MOTIVATION, AUTOMATIC_MOTIVATION),
  /** Incentivisation. */
  INCENTIVISATION("incentivisation", REFLECTIVE_MOTIVATION, AUTOMATIC_MOTIVATION),
  /** Coercion. */
  COERCION("coercion", REFLECTIVE_MOTIVATION, AUTOMATIC_MOTIVATION),
  /** Training. */
  TRAINING("training", PHYSICAL_CAPABILITY, PSYCHOLOGICAL_CAPABILITY),
  /** Restriction. */
  RESTRICTION("restriction", PHYSICAL_OPPORTUNITY, SOCIAL_OPPORTUNITY),
  /** Environmental restructuring. */
  ENVIRONMENTAL_RESTRUCTURING(
      "environmental-restructuring",
      PHYSICAL_OPPORTUNITY, SOCIAL_OPPORTUNITY, AUTOMATIC_MOTIVATION),
  /** Modelling. */
  MODELLING("modelling", AUTOMATIC_MOTIVATION),
  /** Enablement. */
  ENABLEMENT(
      "enablement",
      PHYSICAL_CAPABILITY, PSYCHOLOGICAL_CAPABILITY, PHYSICAL_OPPORTUNITY, SOCIAL_OPPORTUNITY,
      AUTOMATIC_MOTIVATION);

  private final String id;
  private final List<ComBComponent> components;

  InterventionFunction(String id, ComBComponent... components) {
    this.id = id;
    this.components = List.of(components);
  }

  /** The function id within {@code bcw}. */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return BehaviourFrameworks.bcw();
  }

  /** The COM-B components this function can change, in COM-B order. */
  public List<ComBComponent> components() {
    return components;
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  @JsonCreator
  public static InterventionFunction of(String idOrAlias) {
    return ConstructHandle.of(values(), BehaviourFrameworks.bcw(), idOrAlias);
  }
}
