package org.impsci.assessment.framework;

import java.util.Optional;

/**
 * A typed handle to a construct of a bundled framework: an enum constant that names the same id
 * as the framework's JSON resource (each module's tests prove that they agree).
 *
 * <p>An enum implements {@link #id()} and {@link #framework()}; the static helpers {@link
 * #find(Enum[], Framework, String)} and {@link #of(Enum[], Framework, String)} give it its own
 * {@code find} and {@code of} in one line each.
 *
 * <p>Its implementations (enum constants) are immutable and thread-safe.
 */
public interface ConstructHandle {

  /** The construct id within the framework, for example {@code inner-setting.culture}. */
  String id();

  /** The bundled framework the construct belongs to. */
  Framework framework();

  /** The reference {@code framework:id}. */
  default ConstructRef ref() {
    return ConstructRef.of(framework().id(), id());
  }

  /** The construct as loaded from the bundled resource: label, definition, aliases, sources. */
  default Construct construct() {
    return framework().require(id());
  }

  /** The kind, as the bundled resource names it (for example {@code sub-construct}). */
  default String kind() {
    return construct().kind();
  }

  /**
   * The handle among {@code values} whose construct {@code idOrAlias} names in {@code framework}
   * (an id exactly, an alias ignoring case); empty if the framework has no such construct.
   *
   * @throws IllegalStateException if the construct has no handle (enum and resource disagree)
   */
  static <E extends Enum<E> & ConstructHandle> Optional<E> find(
      E[] values, Framework framework, String idOrAlias) {
    return framework.construct(idOrAlias).map(c -> handle(values, framework, c.id()));
  }

  /**
   * The handle among {@code values} whose construct {@code idOrAlias} names in {@code framework}.
   *
   * @throws org.impsci.assessment.InvalidInputException from {@link Framework#require(String)},
   *     naming the unknown id and the known ones
   * @throws IllegalStateException if the construct has no handle (enum and resource disagree)
   */
  static <E extends Enum<E> & ConstructHandle> E of(
      E[] values, Framework framework, String idOrAlias) {
    return handle(values, framework, framework.require(idOrAlias).id());
  }

  private static <E extends Enum<E> & ConstructHandle> E handle(
      E[] values, Framework framework, String id) {
    for (E e : values) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalStateException(
        "construct '" + id + "' of " + framework.id() + " has no handle");
  }
}
