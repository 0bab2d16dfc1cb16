package org.impsci.assessment.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.impsci.assessment.ImpsciException;

/**
 * What {@link ServiceLoader} providers supply, gathered by id: the one way the framework and
 * instrument registries collect their plug-ins and name an unknown id.
 */
public final class ProvidedById {
  private ProvidedById() {}

  /**
   * Every value the providers of {@code service} on the module or class path supply, by id.
   *
   * @param kind what the values are, for messages ({@code "framework"})
   * @throws ImpsciException if a provider cannot be loaded, or two supply the same id
   */
  public static <P, T> SortedMap<String, T> load(
      Class<P> service, Function<P, ? extends Iterable<? extends T>> supplied,
      Function<T, String> id, String kind) {
    try {
      return collect(ServiceLoader.load(service), supplied, id, kind);
    } catch (ServiceConfigurationError e) {
      throw new ImpsciException("could not load " + article(kind) + " provider: " + e.getMessage(), e);
    }
  }

  /**
   * The values the given providers supply, by id.
   *
   * @throws ImpsciException if two providers supply the same id, naming both
   */
  public static <P, T> SortedMap<String, T> collect(
      Iterable<? extends P> providers, Function<P, ? extends Iterable<? extends T>> supplied,
      Function<T, String> id, String kind) {
    SortedMap<String, T> byId = new TreeMap<>();
    Map<String, String> suppliers = new HashMap<>();
    for (P provider : providers) {
      String name = provider.getClass().getName();
      for (T value : supplied.apply(provider)) {
        String key = id.apply(value);
        String other = suppliers.putIfAbsent(key, name);
        if (other != null) {
          throw new ImpsciException(
              kind + " '" + key + "' is supplied by both " + other + " and " + name);
        }
        byId.put(key, value);
      }
    }
    return byId;
  }

  /** The error for an id that is not registered, listing the known ids. */
  public static ImpsciException unknown(String kind, String id, Iterable<String> known) {
    String list = String.join(", ", known);
    return new ImpsciException("no " + kind + " '" + id + "'; known: " + (list.isEmpty() ? "none" : list));
  }

  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
