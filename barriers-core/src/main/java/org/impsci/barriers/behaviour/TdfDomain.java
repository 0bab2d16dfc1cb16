package org.impsci.barriers.behaviour;

import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.internal.Handles;

/** Typed handles to the 14 domains of the Theoretical Domains Framework v2, in its order. */
public enum TdfDomain {
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
  public String id() {
    return id;
  }

  /** The reference {@code tdf-2:<id>}. */
  public ConstructRef ref() {
    return ConstructRef.of(BehaviourFrameworks.TDF, id);
  }

  /** The domain as loaded from the bundled resource. */
  public Construct construct() {
    return BehaviourFrameworks.tdf().require(id);
  }

  /**
   * The handle with this domain id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  public static TdfDomain of(String idOrAlias) {
    return Handles.of(BehaviourFrameworks.tdf(), values(), TdfDomain::id, idOrAlias);
  }
}
