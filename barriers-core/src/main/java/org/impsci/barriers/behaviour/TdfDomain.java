package org.impsci.barriers.behaviour;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the 14 domains of the Theoretical Domains Framework v2, in its order.
 *
 * <p>Immutable and thread-safe.
 */
public enum TdfDomain implements ConstructHandle {
  /** Knowledge. */
  KNOWLEDGE("knowledge"),
  /** Skills. */
  SKILLS("skills"),
  /** Social/professional role and identity. */
  SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY("social-professional-role-and-identity"),
  /** Beliefs about capabilities. */
  BELIEFS_ABOUT_CAPABILITIES("beliefs-about-capabilities"),
  /** Optimism. */
  OPTIMISM("optimism"),
  /** Beliefs about consequences. */
  BELIEFS_ABOUT_CONSEQUENCES("beliefs-about-consequences"),
  /** Reinforcement. */
  REINFORCEMENT("reinforcement"),
  /** Intentions. */
  INTENTIONS("intentions"),
  /** Goals. */
  GOALS("goals"),
  /** Memory, attention and decision processes. */
  MEMORY_ATTENTION_AND_DECISION_PROCESSES("memory-attention-and-decision-processes"),
  /** Environmental context and resources. */
  ENVIRONMENTAL_CONTEXT_AND_RESOURCES("environmental-context-and-resources"),
  /** Social influences. */
  SOCIAL_INFLUENCES("social-influences"),
  /** Emotion. */
  EMOTION("emotion"),
  /** Behavioural regulation. */
  BEHAVIOURAL_REGULATION("behavioural-regulation");

  private final String id;

  TdfDomain(String id) {
    this.id = id;
  }

  /** The domain id within {@code tdf-2}. */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return BehaviourFrameworks.tdf();
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<TdfDomain> find(String idOrAlias) {
    return ConstructHandle.find(values(), BehaviourFrameworks.tdf(), idOrAlias);
  }

  /**
   * The handle with this domain id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  @JsonCreator
  public static TdfDomain of(String idOrAlias) {
    return ConstructHandle.of(values(), BehaviourFrameworks.tdf(), idOrAlias);
  }
}
