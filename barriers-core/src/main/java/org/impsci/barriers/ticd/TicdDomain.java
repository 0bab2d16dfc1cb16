package org.impsci.barriers.ticd;

import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the seven domains of the TICD checklist, in the checklist's order.
 *
 * <p>Immutable and thread-safe.
 */
public enum TicdDomain implements ConstructHandle {
  /** Guideline factors. */
  GUIDELINE_FACTORS("guideline-factors"),
  /** Individual health professional factors. */
  INDIVIDUAL_HEALTH_PROFESSIONAL_FACTORS("individual-health-professional-factors"),
  /** Patient factors. */
  PATIENT_FACTORS("patient-factors"),
  /** Professional interactions. */
  PROFESSIONAL_INTERACTIONS("professional-interactions"),
  /** Incentives and resources. */
  INCENTIVES_AND_RESOURCES("incentives-and-resources"),
  /** Capacity for organisational change. */
  CAPACITY_FOR_ORGANISATIONAL_CHANGE("capacity-for-organisational-change"),
  /** Social, political and legal factors. */
  SOCIAL_POLITICAL_AND_LEGAL_FACTORS("social-political-and-legal-factors");

  private final String id;

  TicdDomain(String id) {
    this.id = id;
  }

  /** The domain id within {@code ticd}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return TicdFrameworks.ticd();
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<TicdDomain> find(String idOrAlias) {
    return ConstructHandle.find(values(), TicdFrameworks.ticd(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  public static TicdDomain of(String idOrAlias) {
    return ConstructHandle.of(values(), TicdFrameworks.ticd(), idOrAlias);
  }
}
