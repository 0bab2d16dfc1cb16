package org.impsci.barriers.behaviour;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the six COM-B components (Michie et al. 2011, doi:10.1186/1748-5908-6-42),
 * each with the TDF v2 domains it maps to, as {@link BehaviourFrameworks#links()} holds them with
 * their source. The mapping is many-to-many: role and identity and optimism belong to both
 * reflective and automatic motivation, and skills to both kinds of capability (cognitive and
 * interpersonal skills to psychological, physical skills to physical).
 *
 * <p>Immutable and thread-safe.
 */
public enum ComBComponent implements ConstructHandle {
  /** Physical capability. */
  PHYSICAL_CAPABILITY("physical-capability"),
  /** Psychological capability. */
  PSYCHOLOGICAL_CAPABILITY("psychological-capability"),
  /** Physical opportunity. */
  PHYSICAL_OPPORTUNITY("physical-opportunity"),
  /** Social opportunity. */
  SOCIAL_OPPORTUNITY("social-opportunity"),
  /** Reflective motivation. */
  REFLECTIVE_MOTIVATION("reflective-motivation"),
  /** Automatic motivation. */
  AUTOMATIC_MOTIVATION("automatic-motivation");

  private final String id;

  ComBComponent(String id) {
    this.id = id;
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
    return BehaviourFrameworks.links().domainsOf(this);
  }

  /** The components a TDF domain maps to, in COM-B order. */
  public static List<ComBComponent> forTdf(TdfDomain domain) {
    return BehaviourFrameworks.links().componentsOf(domain);
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<ComBComponent> find(String idOrAlias) {
    return ConstructHandle.find(values(), BehaviourFrameworks.comB(), idOrAlias);
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
