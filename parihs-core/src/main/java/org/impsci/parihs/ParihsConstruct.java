package org.impsci.parihs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the elements and sub-elements of PARIHS ({@link ParihsFrameworks#parihs()}), in
 * the framework's order, each element followed by its sub-elements. In JSON a handle is its id.
 */
public enum ParihsConstruct {
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

  private static final Map<String, ParihsConstruct> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.id, Function.identity()));

  private final String id;
  private final ParihsConstruct parent;

  ParihsConstruct(String id, ParihsConstruct parent) {
    this.id = id;
    this.parent = parent;
  }

  /** The construct id within {@code parihs}. */
  public String id() {
    return id;
  }

  /** The construct this one belongs to; empty for a top-level construct. */
  public Optional<ParihsConstruct> parent() {
    return Optional.ofNullable(parent);
  }

  /** The constructs directly below this one, in order. */
  public List<ParihsConstruct> children() {
    return Arrays.stream(values()).filter(c -> c.parent == this).collect(Collectors.toList());
  }

  /** The kind, as the bundled resource names it (for example {@code sub-element}). */
  public String kind() {
    return construct().kind();
  }

  /** The reference {@code parihs:<id>}. */
  public ConstructRef ref() {
    return ConstructRef.of(ParihsFrameworks.PARIHS, id);
  }

  /** The construct as loaded from the bundled resource: label, definition, aliases, sources. */
  public Construct construct() {
    return framework().require(id);
  }

  /** The handle with this id or alias (ignoring case for aliases). */
  public static Optional<ParihsConstruct> find(String idOrAlias) {
    return framework().construct(idOrAlias).map(c -> BY_ID.get(c.id()));
  }

  /**
   * The handle with this id or alias.
   *
   * @throws InvalidInputException naming the unknown id and listing the known ones
   */
  @JsonCreator
  public static ParihsConstruct of(String idOrAlias) {
    return BY_ID.get(framework().require(idOrAlias).id());
  }

  /** The id, which is also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }

  private static Framework framework() {
    return ParihsFrameworks.parihs();
  }
}
