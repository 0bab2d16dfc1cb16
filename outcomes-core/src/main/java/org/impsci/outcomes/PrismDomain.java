package org.impsci.outcomes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to PRISM's four contextual domains ({@link OutcomeFrameworks#prism()}), in the
 * order of the RE-AIM developers' list. The finer nodes (the two perspectives, the two kinds of
 * recipient characteristics and their elements) are in the framework. In JSON a handle is its id.
 *
 * <p>Immutable and thread-safe.
 */
public enum PrismDomain implements ConstructHandle {
  /** Perspectives on the intervention (organisational and patient). */
  PERSPECTIVES("perspectives"),
  /** Recipients (organisational and patient characteristics). */
  RECIPIENTS("recipients"),
  /** Implementation and sustainability infrastructure. */
  INFRASTRUCTURE("infrastructure"),
  /** External environment. */
  EXTERNAL_ENVIRONMENT("external-environment");

  private final String id;

  PrismDomain(String id) {
    this.id = id;
  }

  /** The domain id within {@code prism}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return OutcomeFrameworks.prism();
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<PrismDomain> find(String idOrAlias) {
    return ConstructHandle.find(values(), OutcomeFrameworks.prism(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id and the known ones
   */
  @JsonCreator
  public static PrismDomain of(String idOrAlias) {
    return ConstructHandle.of(values(), OutcomeFrameworks.prism(), idOrAlias);
  }

  /** The id, which is also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    return id;
  }
}
