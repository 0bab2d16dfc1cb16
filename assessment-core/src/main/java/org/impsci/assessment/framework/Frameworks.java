package org.impsci.assessment.framework;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.ProvidedById;
import org.impsci.assessment.internal.Suggestions;
import org.impsci.assessment.spi.FrameworkProvider;

/**
 * A registry of frameworks by id: the bundled ones that {@link FrameworkProvider}s supply, plus any
 * a user adds with {@link #with(Framework)}. Immutable and thread-safe.
 */
public final class Frameworks {
  private static Frameworks bundled;

  private final SortedMap<String, Framework> byId;

  private Frameworks(SortedMap<String, Framework> byId) {
    this.byId = Collections.unmodifiableSortedMap(byId);
  }

  /**
   * Every framework that a {@link FrameworkProvider} on the module or class path supplies, found
   * through {@link java.util.ServiceLoader} on the first call and cached.
   *
   * @throws ImpsciException if two providers supply the same framework id, naming both, or a
   *     provider cannot be loaded
   */
  public static synchronized Frameworks bundled() {
    if (bundled == null) {
      bundled =
          new Frameworks(
              ProvidedById.load(
                  FrameworkProvider.class, FrameworkProvider::frameworks, Framework::id, "framework"));
    }
    return bundled;
  }

  /**
   * A registry of the given frameworks.
   *
   * @throws ImpsciException if two of them have the same id
   */
  public static Frameworks of(Collection<? extends Framework> frameworks) {
    Frameworks registry = new Frameworks(new TreeMap<>());
    for (Framework f : frameworks) {
      registry = registry.with(f);
    }
    return registry;
  }

  static Frameworks fromProviders(Iterable<? extends FrameworkProvider> providers) {
    return new Frameworks(
        ProvidedById.collect(providers, FrameworkProvider::frameworks, Framework::id, "framework"));
  }

  /**
   * A registry with everything in this one plus the given framework.
   *
   * @throws ImpsciException if this registry already has a framework with that id
   */
  public Frameworks with(Framework framework) {
    if (byId.containsKey(framework.id())) {
      throw new ImpsciException(
          "a framework with id '" + framework.id() + "' is already registered");
    }
    SortedMap<String, Framework> more = new TreeMap<>(byId);
    more.put(framework.id(), framework);
    return new Frameworks(more);
  }

  /** Every framework, by id. */
  public List<Framework> all() {
    return List.copyOf(byId.values());
  }

  /** The framework with this id. */
  public Optional<Framework> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The framework with this id.
   *
   * @throws ImpsciException if there is none, listing the known ids
   */
  public Framework get(String id) {
    Framework f = byId.get(id);
    if (f == null) {
      throw ProvidedById.unknown("framework", id, byId.keySet());
    }
    return f;
  }

  /**
   * The construct a reference names.
   *
   * @throws ImpsciException if the framework is unknown
   * @throws InvalidInputException if the framework has no such construct
   */
  public Construct resolve(ConstructRef ref) {
    return get(ref.framework()).require(ref.construct());
  }

  /**
   * The construct that {@code framework:construct} names; see {@link #reference(String,
   * InputLocation)} for the rule.
   *
   * @throws InvalidInputException if the text is not a reference to a known construct
   */
  public Construct resolve(String ref) {
    return resolve(ref, InputLocation.unknown());
  }

  /**
   * The construct that {@code framework:construct} names, read at a place that messages name; see
   * {@link #reference(String, InputLocation)} for the rule.
   *
   * @throws InvalidInputException if the text is not a reference to a known construct
   */
  public Construct resolve(String ref, InputLocation where) {
    Framework f = frameworkOf(ref, where);
    try {
      return f.require(ref.substring(ref.indexOf(':') + 1).strip());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          where, "framework '" + f.id() + "' has " + e.problem(), ref, e.allowed().orElse(null), e);
    }
  }

  /**
   * The one reading of a construct reference, shared by impsci's readers: {@code
   * framework:construct} with exactly one colon, the framework and construct by id (exactly) or
   * the construct by alias (ignoring case), surrounding spaces dropped, given back as the canonical
   * reference
   * ({@code npt:CO} is {@code npt:coherence}). An unknown name gets the closest known one as a
   * "did you mean" in the message.
   *
   * @throws InvalidInputException if the text is not a reference to a known construct
   */
  public ConstructRef reference(String ref, InputLocation where) {
    Construct c = resolve(ref, where);
    return ConstructRef.of(frameworkOf(ref, where).id(), c.id());
  }

  private Framework frameworkOf(String ref, InputLocation where) {
    int colon = ref.indexOf(':');
    if (colon < 0 || colon != ref.lastIndexOf(':')) {
      throw new InvalidInputException(
          where, "a construct reference needs exactly one ':'", ref, ConstructRef.FORM);
    }
    String id = ref.substring(0, colon).strip();
    Framework f = byId.get(id);
    if (f == null) {
      String hint =
          Suggestions.closest(id, byId.keySet()).map(n -> "; did you mean '" + n + "'?").orElse("");
      throw new InvalidInputException(
          where, "no framework '" + id + "'" + hint, ref, "one of " + String.join(", ", byId.keySet()));
    }
    return f;
  }
}
