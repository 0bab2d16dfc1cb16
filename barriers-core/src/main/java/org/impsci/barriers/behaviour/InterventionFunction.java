package org.impsci.barriers.behaviour;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the nine intervention functions of the Behaviour Change Wheel (Michie et al.
 * 2011, doi:10.1186/1748-5908-6-42), each with the COM-B components it can change, as {@link
 * BehaviourFrameworks#links()} holds them with their source.
 *
 * <p>Immutable and thread-safe.
 */
public enum InterventionFunction implements ConstructHandle {
  /** Education. */
  EDUCATION("education"),
  /** Persuasion. */
  PERSUASION("persuasion"),
  /** Incentivisation. */
  INCENTIVISATION("incentivisation"),
  /** Coercion. */
  COERCION("coercion"),
  /** Training. */
  TRAINING("training"),
  /** Restriction. */
  RESTRICTION("restriction"),
  /** Environmental restructuring. */
  ENVIRONMENTAL_RESTRUCTURING("environmental-restructuring"),
  /** Modelling. */
  MODELLING("modelling"),
  /** Enablement. */
  ENABLEMENT("enablement");

  private final String id;

  InterventionFunction(String id) {
    this.id = id;
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
    return BehaviourFrameworks.links().componentsOf(this);
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<InterventionFunction> find(String idOrAlias) {
    return ConstructHandle.find(values(), BehaviourFrameworks.bcw(), idOrAlias);
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
