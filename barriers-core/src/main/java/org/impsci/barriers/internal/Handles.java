package org.impsci.barriers.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Framework;
import org.impsci.barriers.ConstructHandle;

/** Lookup of the typed enum handles of this module's frameworks. */
public final class Handles {
  private Handles() {}

  /**
   * The handle whose id is the construct that {@code idOrAlias} names.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id and the known ones
   * @throws IllegalStateException if the construct has no handle (enum and resource disagree)
   */
  public static <E extends Enum<E>> E of(
      Framework framework, E[] values, Function<E, String> id, String idOrAlias) {
    String found = framework.require(idOrAlias).id();
    for (E e : values) {
      if (id.apply(e).equals(found)) {
        return e;
      }
    }
    throw new IllegalStateException(
        "construct '" + found + "' of " + framework.id() + " has no handle");
  }

  /** The handles by id. */
  public static <E extends Enum<E> & ConstructHandle> Map<String, E> byId(E[] values) {
    return Arrays.stream(values)
        .collect(Collectors.toUnmodifiableMap(ConstructHandle::id, Function.identity()));
  }
}
