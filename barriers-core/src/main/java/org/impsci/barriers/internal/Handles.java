package org.impsci.barriers.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impsci.barriers.ConstructHandle;

/** Lookup of typed handles by construct id. */
public final class Handles {
  private Handles() {}

  /** The handles by id. */
  public static <E extends Enum<E> & ConstructHandle> Map<String, E> byId(E[] values) {
    return Arrays.stream(values)
        .collect(Collectors.toUnmodifiableMap(ConstructHandle::id, Function.identity()));
  }
}
