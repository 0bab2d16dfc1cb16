package org.impsci.assessment.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.internal.Suggestions;

/**
 * An implementation-science framework as data: its id, name, version, sources and the tree of its
 * constructs, in the order the framework presents them.
 *
 * <p>Validated whenever it is built, in code or from JSON (see {@link FrameworkLoader}): ids are
 * lower-case and hyphenated (dots allowed, as in {@code inner-setting.culture}) and unique, every
 * parent exists and is listed before its children, there are no cycles, siblings have distinct
 * orders of 1 or more, aliases are unique and clash with no other construct's id (ignoring case),
 * and the framework lists at least one source.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFramework.class)
@JsonDeserialize(as = ImmutableFramework.class)
public interface Framework {

  /** The stable id, for example {@code npt} or {@code cfir-2.0}. */
  String id();

  /** The full name. */
  String name();

  /** The version of the framework (often the year of the defining publication). */
  String version();

  /** The publications that define it. */
  List<Source> sources();

  /** Every construct, parents before their children. */
  List<Construct> constructs();

  /** Constructs by id, in the order of {@link #constructs()}. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Construct> constructsById() {
    Map<String, Construct> map = new LinkedHashMap<>();
    constructs().forEach(c -> map.put(c.id(), c));
    return map;
  }

  /** Constructs by alias, the alias lower-cased ({@link java.util.Locale#ROOT}). */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Construct> constructsByAlias() {
    Map<String, Construct> map = new LinkedHashMap<>();
    constructs().forEach(c -> c.aliases().forEach(a -> map.put(FrameworkValidator.fold(a), c)));
    return map;
  }

  /**
   * The construct with this id (exact) or alias (ignoring case), optionally after this
   * framework's own prefix ({@code cfir-2.0:inner-setting.culture} in CFIR 2.0).
   */
  default Optional<Construct> construct(String idOrAlias) {
    String text = withoutOwnPrefix(idOrAlias);
    Construct byId = constructsById().get(text);
    return byId != null
        ? Optional.of(byId)
        : Optional.ofNullable(constructsByAlias().get(FrameworkValidator.fold(text)));
  }

  /**
   * The construct with this id or alias, as {@link #construct(String)} finds it.
   *
   * @throws InvalidInputException naming the framework and the unknown id, the closest known id or
   *     alias ("did you mean"), and listing the known ids
   */
  default Construct require(String idOrAlias) {
    return construct(idOrAlias)
        .orElseThrow(
            () -> {
              String text = withoutOwnPrefix(idOrAlias);
              List<String> names = new ArrayList<>(constructsById().keySet());
              constructs().forEach(c -> names.addAll(c.aliases()));
              String hint =
                  Suggestions.closest(text, names).map(n -> "; did you mean '" + n + "'?").orElse("");
              return new InvalidInputException(
                  InputLocation.in("framework '" + id() + "'"),
                  "no construct or alias '" + text + "'" + hint,
                  idOrAlias,
                  "one of " + String.join(", ", constructsById().keySet()));
            });
  }

  private String withoutOwnPrefix(String reference) {
    int colon = reference.indexOf(':');
    return colon >= 0 && reference.substring(0, colon).equals(id())
        ? reference.substring(colon + 1)
        : reference;
  }

  /** The top-level constructs, by their order. */
  @JsonIgnore
  @Value.Lazy
  default List<Construct> roots() {
    return constructs().stream()
        .filter(c -> c.parent().isEmpty())
        .sorted(Comparator.comparingInt(Construct::order))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The direct children of each construct that has any, by the construct's id, each list by
   * order.
   */
  @JsonIgnore
  @Value.Lazy
  default Map<String, List<Construct>> childrenById() {
    Map<String, List<Construct>> map = new HashMap<>();
    for (Construct c : constructs()) {
      c.parent().ifPresent(p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }
    map.replaceAll(
        (id, children) ->
            children.stream().sorted(Comparator.comparingInt(Construct::order)).toList());
    return Map.copyOf(map);
  }

  /** How deep each construct sits, by id; see {@link #depth(String)}. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Integer> depthsById() {
    Map<String, Integer> map = new HashMap<>();
    // Parents come before their children, so a parent's depth is known when its child's is set.
    constructs().forEach(c -> map.put(c.id(), c.parent().map(p -> map.get(p) + 1).orElse(0)));
    return Map.copyOf(map);
  }

  /**
   * The direct children of a construct, by their order.
   *
   * @throws InvalidInputException if there is no such construct
   */
  default List<Construct> children(String idOrAlias) {
    return childrenById().getOrDefault(require(idOrAlias).id(), List.of());
  }

  /**
   * The parent of a construct; empty for a top-level one.
   *
   * @throws InvalidInputException if there is no such construct
   */
  default Optional<Construct> parentOf(String idOrAlias) {
    return require(idOrAlias).parent().map(constructsById()::get);
  }

  /**
   * The ancestors of a construct, nearest first; empty for a top-level one.
   *
   * @throws InvalidInputException if there is no such construct
   */
  default List<Construct> ancestors(String idOrAlias) {
    List<Construct> out = new ArrayList<>();
    Optional<Construct> at = parentOf(idOrAlias);
    while (at.isPresent()) {
      out.add(at.get());
      at = at.get().parent().map(constructsById()::get);
    }
    return List.copyOf(out);
  }

  /**
   * Every construct below this one, depth first, each level by order.
   *
   * @throws InvalidInputException if there is no such construct
   */
  default List<Construct> descendants(String idOrAlias) {
    List<Construct> out = new ArrayList<>();
    Deque<Construct> toVisit = new ArrayDeque<>();
    pushReversed(children(idOrAlias), toVisit);
    while (!toVisit.isEmpty()) {
      Construct next = toVisit.pop();
      out.add(next);
      pushReversed(childrenById().getOrDefault(next.id(), List.of()), toVisit);
    }
    return List.copyOf(out);
  }

  private static void pushReversed(List<Construct> children, Deque<Construct> toVisit) {
    for (int k = children.size() - 1; k >= 0; k--) {
      toVisit.push(children.get(k));
    }
  }

  /**
   * How deep a construct sits: 0 for a top-level construct, 1 for its children, and so on.
   *
   * @throws InvalidInputException if there is no such construct
   */
  default int depth(String idOrAlias) {
    return depthsById().get(require(idOrAlias).id());
  }

  /** The sources of a construct: its own, or the framework's if it lists none. */
  default List<Source> sourcesOf(Construct construct) {
    return construct.sources().isEmpty() ? sources() : construct.sources();
  }

  /**
   * Checks the whole framework.
   *
   * @throws IllegalArgumentException naming the offending construct and its JSON path
   */
  @Value.Check
  default void check() {
    FrameworkValidator.check(this);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
