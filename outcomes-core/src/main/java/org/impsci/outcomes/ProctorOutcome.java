package org.impsci.outcomes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.HierarchicalHandle;

/**
 * Typed handles to the eight implementation outcomes of Proctor et al. 2011 ({@link
 * OutcomeFrameworks#proctor()}), in the order of the paper's Table 1. In JSON a handle is its id.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProctorOutcome implements HierarchicalHandle<ProctorOutcome> {
  /** Acceptability. */
  ACCEPTABILITY("acceptability"),
  /** Adoption (alias uptake). */
  ADOPTION("adoption"),
  /** Appropriateness. */
  APPROPRIATENESS("appropriateness"),
  /** Feasibility. */
  FEASIBILITY("feasibility"),
  /** Fidelity. */
  FIDELITY("fidelity"),
  /** Implementation cost (alias cost). */
  IMPLEMENTATION_COST("implementation-cost"),
  /** Penetration. */
  PENETRATION("penetration"),
  /** Sustainability. */
  SUSTAINABILITY("sustainability");

  private final String id;

  ProctorOutcome(String id) {
    this.id = id;
  }

  /** The construct id within {@code proctor-outcomes}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return OutcomeFrameworks.proctor();
  }

  /** Always empty: the eight outcomes form a flat list. */
  @Override
  public Optional<ProctorOutcome> parent() {
    return Optional.empty();
  }

  /** How the CFIR Outcomes Addendum places this outcome, one link per counterpart. */
  public List<CfirOutcomeLink> cfirLinks() {
    return OutcomeFrameworks.cfirLinks().stream().filter(l -> l.outcome() == this).toList();
  }

  /** The handle with this id or alias (ignoring case for aliases). */
  public static Optional<ProctorOutcome> find(String idOrAlias) {
    return ConstructHandle.find(values(), OutcomeFrameworks.proctor(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id and the known ones
   */
  @JsonCreator
  public static ProctorOutcome of(String idOrAlias) {
    return ConstructHandle.of(values(), OutcomeFrameworks.proctor(), idOrAlias);
  }

  /** The id, which is also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }
}
