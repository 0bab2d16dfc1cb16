package org.impsci.barriers.behaviour;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructHandle;

/**
 * The many-to-many links between the behaviour frameworks, one row per COM-B component and each
 * row with its source: the TDF v2 domains that map to the component, and the intervention
 * functions that can change it. The bundled links are {@link BehaviourFrameworks#links()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableBehaviourLinks.class)
@JsonDeserialize(as = ImmutableBehaviourLinks.class)
public interface BehaviourLinks {

  /** The TDF domains of each COM-B component. */
  List<DomainRow> tdf();

  /** The intervention functions that can change each COM-B component. */
  List<FunctionRow> bcw();

  /** The TDF domains that map to a component, in TDF order. */
  default List<TdfDomain> domainsOf(ComBComponent component) {
    return targets(tdf(), DomainRow::component, DomainRow::domains, component);
  }

  /** The components a TDF domain maps to, in COM-B order. */
  default List<ComBComponent> componentsOf(TdfDomain domain) {
    return sources(tdf(), DomainRow::component, DomainRow::domains, domain);
  }

  /** The intervention functions that can change a component, in the wheel's order. */
  default List<InterventionFunction> functionsOf(ComBComponent component) {
    return targets(bcw(), FunctionRow::component, FunctionRow::functions, component);
  }

  /** The components an intervention function can change, in COM-B order. */
  default List<ComBComponent> componentsOf(InterventionFunction function) {
    return sources(bcw(), FunctionRow::component, FunctionRow::functions, function);
  }

  /**
   * Checks that no component has two rows in a list and that every row links to at least one
   * target, none twice.
   *
   * @throws InvalidInputException naming the JSON path of the offending row or target
   */
  @Value.Check
  default void check() {
    checkRows("tdf", "domains", tdf(), DomainRow::component, DomainRow::domains);
    checkRows("bcw", "functions", bcw(), FunctionRow::component, FunctionRow::functions);
  }

  private static <R, T extends Enum<T>> List<T> targets(
      List<R> rows, Function<R, ComBComponent> component, Function<R, List<T>> targets,
      ComBComponent c) {
    return rows.stream()
        .filter(r -> component.apply(r) == c)
        .flatMap(r -> targets.apply(r).stream())
        .sorted()
        .collect(Collectors.toUnmodifiableList());
  }

  private static <R, T> List<ComBComponent> sources(
      List<R> rows, Function<R, ComBComponent> component, Function<R, List<T>> targets, T t) {
    return rows.stream()
        .filter(r -> targets.apply(r).contains(t))
        .map(component)
        .sorted()
        .collect(Collectors.toUnmodifiableList());
  }

  private static <R, T extends Enum<T> & ConstructHandle> void checkRows(
      String list, String field, List<R> rows, Function<R, ComBComponent> component,
      Function<R, List<T>> targets) {
    Map<ComBComponent, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      R row = rows.get(i);
      String at = list + "[" + i + "]";
      Integer first = seen.putIfAbsent(component.apply(row), i);
      if (first != null) {
        throw new InvalidInputException(
            InputLocation.unknown().withPath(at + ".component"),
            "the component already has a row, " + list + "[" + first + "]",
            component.apply(row).id(), "one row per COM-B component");
      }
      List<T> ts = targets.apply(row);
      if (ts.isEmpty()) {
        throw new InvalidInputException(
            InputLocation.unknown().withPath(at + "." + field), "a row links to nothing");
      }
      Set<T> once = new HashSet<>();
      for (int k = 0; k < ts.size(); k++) {
        if (!once.add(ts.get(k))) {
          throw new InvalidInputException(
              InputLocation.unknown().withPath(at + "." + field + "[" + k + "]"),
              "the row lists this id twice", ts.get(k).id(), null);
        }
      }
    }
  }

  /** The TDF domains that map to one COM-B component. */
  @Value.Immutable
  @ImpsciStyle
  @JsonSerialize(as = ImmutableDomainRow.class)
  @JsonDeserialize(as = ImmutableDomainRow.class)
  interface DomainRow {
    /** The component. */
    ComBComponent component();

    /** Its TDF domains. */
    List<TdfDomain> domains();

    /** Where the links come from. */
    Source source();

    /** A new, empty builder. */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DomainRow}; its setters chain and {@code build()} checks the value. */
    final class Builder extends ImmutableDomainRow.Builder {
      Builder() {}
    }
  }

  /** The intervention functions that can change one COM-B component. */
  @Value.Immutable
  @ImpsciStyle
  @JsonSerialize(as = ImmutableFunctionRow.class)
  @JsonDeserialize(as = ImmutableFunctionRow.class)
  interface FunctionRow {
    /** The component. */
    ComBComponent component();

    /** The functions that can change it. */
    List<InterventionFunction> functions();

    /** Where the links come from. */
    Source source();

    /** A new, empty builder. */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FunctionRow}; its setters chain and {@code build()} checks the value. */
    final class Builder extends ImmutableFunctionRow.Builder {
      Builder() {}
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BehaviourLinks}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableBehaviourLinks.Builder {
    Builder() {}
  }
}
