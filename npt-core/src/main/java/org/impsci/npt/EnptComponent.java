package org.impsci.npt;

import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to extended Normalization Process Theory ({@link NptFrameworks#extendedNpt()}):
 * the four constructs capability, capacity, potential and contribution, each followed by its
 * components.
 *
 * <p>Immutable and thread-safe.
 */
public enum EnptComponent implements HierarchicalHandle<EnptComponent> {
  /** Capability: what the intervention makes possible. */
  CAPABILITY("capability", null),
  /** Capability / workability. */
  WORKABILITY("capability.workability", CAPABILITY),
  /** Capability / integration. */
  INTEGRATION("capability.integration", CAPABILITY),

  /** Capacity: social-structural resources. */
  CAPACITY("capacity", null),
  /** Capacity / social norms. */
  SOCIAL_NORMS("capacity.social-norms", CAPACITY),
  /** Capacity / social roles. */
  SOCIAL_ROLES("capacity.social-roles", CAPACITY),
  /** Capacity / material resources. */
  MATERIAL_RESOURCES("capacity.material-resources", CAPACITY),
  /** Capacity / cognitive resources. */
  COGNITIVE_RESOURCES("capacity.cognitive-resources", CAPACITY),

  /** Potential: social-cognitive resources. */
  POTENTIAL("potential", null),
  /** Potential / individual intentions. */
  INDIVIDUAL_INTENTIONS("potential.individual-intentions", POTENTIAL),
  /** Potential / shared commitments. */
  SHARED_COMMITMENTS("potential.shared-commitments", POTENTIAL),

  /** Contribution: what agents do. */
  CONTRIBUTION("contribution", null),
  /** Contribution / coherence. */
  COHERENCE("contribution.coherence", CONTRIBUTION),
  /** Contribution / cognitive participation. */
  COGNITIVE_PARTICIPATION("contribution.cognitive-participation", CONTRIBUTION),
  /** Contribution / collective action. */
  COLLECTIVE_ACTION("contribution.collective-action", CONTRIBUTION),
  /** Contribution / reflexive monitoring. */
  REFLEXIVE_MONITORING("contribution.reflexive-monitoring", CONTRIBUTION);

  private final String id;
  private final EnptComponent parent;

  EnptComponent(String id, EnptComponent parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The id within {@code enpt}, for example {@code capacity.social-norms}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return NptFrameworks.extendedNpt();
  }

  /** The construct a component belongs to; empty for the four constructs. */
  @Override
  public Optional<EnptComponent> parent() {
    return Optional.ofNullable(parent);
  }

  /** Whether this is one of the four constructs (rather than one of their components). */
  public boolean isConstruct() {
    return parent == null;
  }


  /**
   * The NPT construct that a contribution component stands for ({@code contribution.coherence} is
   * NPT's coherence, and so on); empty for everything else. This pairing is by name, as May 2013
   * describes contribution as the NPT mechanisms.
   */
  public Optional<NptConstruct> nptConstruct() {
    return parent == CONTRIBUTION
        ? NptConstruct.find(id.substring(id.indexOf('.') + 1))
        : Optional.empty();
  }

  /** The handle with this id or alias (aliases ignoring case, such as {@code social norms}). */
  public static Optional<EnptComponent> find(String idOrAlias) {
    return ConstructHandle.find(values(), NptFrameworks.extendedNpt(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  public static EnptComponent of(String idOrAlias) {
    return ConstructHandle.of(values(), NptFrameworks.extendedNpt(), idOrAlias);
  }
}
