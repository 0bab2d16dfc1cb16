package org.impsci.barriers.behaviour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;

/**
 * From barriers named in TDF or COM-B terms to the Behaviour Change Wheel's intervention functions
 * that address them: a TDF construct counts as its domain, a TDF domain as the COM-B components it
 * maps to, and a component is addressed by every function linked to it, both as {@link
 * BehaviourFrameworks#links()} holds them.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class BehaviourChangeWheel {
  private BehaviourChangeWheel() {}

  /**
   * The intervention functions that address at least one barrier, in the wheel's order.
   *
   * @param barriers references to {@code tdf-2} domains or constructs, or {@code com-b}
   *     components
   * @throws InvalidInputException naming a barrier of another framework or an unknown id
   */
  public static List<FunctionMatch> functionsFor(Collection<ConstructRef> barriers) {
    Map<InterventionFunction, Set<ComBComponent>> components = new EnumMap<>(InterventionFunction.class);
    Map<InterventionFunction, Set<ConstructRef>> addressed = new EnumMap<>(InterventionFunction.class);
    for (ConstructRef barrier : barriers) {
      for (ComBComponent component : componentsOf(barrier)) {
        for (InterventionFunction f : BehaviourFrameworks.links().functionsOf(component)) {
          components.computeIfAbsent(f, k -> EnumSet.noneOf(ComBComponent.class)).add(component);
          addressed.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(barrier);
        }
      }
    }
    List<FunctionMatch> out = new ArrayList<>();
    components.forEach(
        (f, cs) ->
            out.add(
                FunctionMatch.builder()
                    .function(f)
                    .addAllComponents(cs)
                    .addAllBarriers(addressed.get(f))
                    .build()));
    return List.copyOf(out);
  }

  /**
   * The COM-B components a barrier stands for.
   *
   * @throws InvalidInputException naming a barrier of another framework or an unknown id
   */
  public static List<ComBComponent> componentsOf(ConstructRef barrier) {
    switch (barrier.framework()) {
      case BehaviourFrameworks.COM_B:
        return List.of(ComBComponent.of(barrier.construct()));
      case BehaviourFrameworks.TDF:
        return ComBComponent.forTdf(Tdf.domainOf(barrier.construct()));
      default:
        throw new InvalidInputException(
            InputLocation.unknown(),
            "a behaviour barrier must be a TDF or COM-B construct",
            barrier.toString(),
            "tdf-2:<domain or construct> or com-b:<component>");
    }
  }
}
