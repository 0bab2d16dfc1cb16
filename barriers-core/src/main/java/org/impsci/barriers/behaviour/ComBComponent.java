package org.impsci.barriers.behaviour;

import static org.impsci.barriers.behaviour.TdfDomain.BEHAVIOURAL_REGULATION;
import static org.impsci.barriers.behaviour.TdfDomain.BELIEFS_ABOUT_CAPABILITIES;
import static org.impsci.barriers.behaviour.TdfDomain.BELIEFS_ABOUT_CONSEQUENCES;
import static org.impsci.barriers.behaviour.TdfDomain.EMOTION;
import static org.impsci.barriers.behaviour.TdfDomain.ENVIRONMENTAL_CONTEXT_AND_RESOURCES;
import static org.impsci.barriers.behaviour.TdfDomain.GOALS;
import static org.impsci.barriers.behaviour.TdfDomain.INTENTIONS;
import static org.impsci.barriers.behaviour.TdfDomain.KNOWLEDGE;
import static org.impsci.barriers.behaviour.TdfDomain.MEMORY_ATTENTION_AND_DECISION_PROCESSES;
import static org.impsci.barriers.behaviour.TdfDomain.OPTIMISM;
import static org.impsci.barriers.behaviour.TdfDomain.REINFORCEMENT;
import static org.impsci.barriers.behaviour.TdfDomain.SKILLS;
import static org.impsci.barriers.behaviour.TdfDomain.SOCIAL_INFLUENCES;
import static org.impsci.barriers.behaviour.TdfDomain.SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the six COM-B components (Michie et al. 2011, doi:10.1186/1748-5908-6-42),
 * each with the TDF v2 domains it maps to. The mapping is many-to-many: role and identity and
 * optimism belong to both reflective and automatic motivation, and skills to both kinds of
 * capability (cognitive and interpersonal skills to psychological, physical skills to physical).
 * It follows the COM-B to TDF correspondence published with TDF v2 (Cane et al. 2012,
 * doi:10.1186/1748-5908-7-37); the table or figure that prints it was not re-checked for this
 * release.
 */
public enum ComBComponent implements ConstructHandle {
  /** Physical capability: skills (physical). */
  PHYSICAL_CAPABILITY("physical-capability", SKILLS),
  /** Psychological capability. */
  PSYCHOLOGICAL_CAPABILITY(
      "psychological-capability",
      KNOWLEDGE, SKILLS, MEMORY_ATTENTION_AND_DECISION_PROCESSES, BEHAVIOURAL_REGULATION),
  /** Physical opportunity. */
  PHYSICAL_OPPORTUNITY("physical-opportunity", ENVIRONMENTAL_CONTEXT_AND_RESOURCES),
  /** Social opportunity. */
  SOCIAL_OPPORTUNITY("social-opportunity", SOCIAL_INFLUENCES),
  /** Reflective motivation. */
  REFLECTIVE_MOTIVATION(
      "reflective-motivation",
      SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY, BELIEFS_ABOUT_CAPABILITIES, OPTIMISM,
      BELIEFS_ABOUT_CONSEQUENCES, INTENTIONS, GOALS),
  /** Automatic motivation. */
  AUTOMATIC_MOTIVATION(
      "automatic-motivation",
      SOCIAL_PROFESSIONAL_ROLE_AND_IDENTITY, OPTIMISM, REINFORCEMENT, EMOTION);

  private final String id;
  private final List<TdfDomain> tdfDomains;

  ComBComponent(String id, TdfDomain... tdfDomains) {
    this.id = id;
    this.tdfDomains = List.of(tdfDomains);
  }

  /** The component id within {@code com-b}. */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return BehaviourFrameworks.comB();
  }

  /** The TDF domains this component maps to, in TDF order. */
  public List<TdfDomain> tdfDomains() {
    return tdfDomains;
  }

  /** The components a TDF domain maps to, in COM-B order. */
  public static List<ComBComponent> forTdf(TdfDomain domain) {
    return Arrays.stream(values())
        .filter(c -> c.tdfDomains.contains(domain))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  @JsonCreator
  public static ComBComponent of(String idOrAlias) {
    return ConstructHandle.of(values(), BehaviourFrameworks.comB(), idOrAlias);
  }
}
