package org.impsci.assessment.framework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ConstructHandle} enum whose constants know their parent, as the framework's tree does;
 * the children follow from the parents.
 *
 * @param <E> the enum itself
 *
 * <p>Its implementations (enum constants) are immutable and thread-safe.
 */
public interface HierarchicalHandle<E extends Enum<E> & HierarchicalHandle<E>>
    extends ConstructHandle {

  /** The handle one level up; empty for a top-level construct. */
  Optional<E> parent();

  /** The handles directly below this one, in declaration order. */
  default List<E> children() {
    @SuppressWarnings("unchecked")
    E[] constants = (E[]) ((Enum<?>) this).getDeclaringClass().getEnumConstants();
    return Arrays.stream(constants).filter(c -> c.parent().orElse(null) == this).toList();
  }
}
