package org.impsci.parihs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.HierarchicalHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the elements and sub-elements of PARIHS ({@link ParihsFrameworks#parihs()}), in
 * the framework's order, each element followed by its sub-elements. In JSON a handle is its id.
 *
 * <p>Immutable and thread-safe.
 */
public enum ParihsConstruct implements HierarchicalHandle<ParihsConstruct> {
  /** Evidence (element). */
  EVIDENCE("evidence", null),
  /** Evidence / Research (sub-element). */
  EVIDENCE_RESEARCH("evidence.research", EVIDENCE),
  /** Evidence / Clinical experience (sub-element). */
  EVIDENCE_CLINICAL_EXPERIENCE("evidence.clinical-experience", EVIDENCE),
  /** Evidence / Patient experience (sub-element). */
  EVIDENCE_PATIENT_EXPERIENCE("evidence.patient-experience", EVIDENCE),
  /** Evidence / Local data and information (sub-element). */
  EVIDENCE_LOCAL_DATA("evidence.local-data", EVIDENCE),
  /** Context (element). */
  CONTEXT("context", null),
  /** Context / Receptive context (sub-element). */
  CONTEXT_RECEPTIVE_CONTEXT("context.receptive-context", CONTEXT),
  /** Context / Culture (sub-element). */
  CONTEXT_CULTURE("context.culture", CONTEXT),
  /** Context / Leadership (sub-element). */
  CONTEXT_LEADERSHIP("context.leadership", CONTEXT),
  /** Context / Evaluation (sub-element). */
  CONTEXT_EVALUATION("context.evaluation", CONTEXT),
  /** Facilitation (element). */
  FACILITATION("facilitation", null),
  /** Facilitation / Purpose (sub-element). */
  FACILITATION_PURPOSE("facilitation.purpose", FACILITATION),
  /** Facilitation / Role (sub-element). */
  FACILITATION_ROLE("facilitation.role", FACILITATION),
  /** Facilitation / Skills and attributes (sub-element). */
  FACILITATION_SKILLS_AND_ATTRIBUTES("facilitation.skills-and-attributes", FACILITATION);

  private final String id;
  private final ParihsConstruct parent;

  ParihsConstruct(String id, ParihsConstruct parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The construct id within {@code parihs}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return ParihsFrameworks.parihs();
  }

  /** The construct this one belongs to; empty for a top-level construct. */
  @Override
  public Optional<ParihsConstruct> parent() {
    return Optional.ofNullable(parent);
  }


  /** The handle with this id or alias (ignoring case for aliases). */
  public static Optional<ParihsConstruct> find(String idOrAlias) {
    return ConstructHandle.find(values(), ParihsFrameworks.parihs(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  @JsonCreator
  public static ParihsConstruct of(String idOrAlias) {
    return ConstructHandle.of(values(), ParihsFrameworks.parihs(), idOrAlias);
  }

  /** The id, which is also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }
}
