package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a library module as a real named module, beside only the impsci modules it names and
 * Jackson, for the module-path test of each library module (unit tests themselves run on the class
 * path).
 */
public final class ModuleLayers {
  /** Jackson's modules: the only run-time dependencies a library jar may have besides impsci's. */
  public static final Set<String> JACKSON =
      Set.of(
          "com.fasterxml.jackson.databind",
          "com.fasterxml.jackson.core",
          "com.fasterxml.jackson.annotation",
          "com.fasterxml.jackson.datatype.jdk8");

  private ModuleLayers() {}

  /**
   * A layer with {@code module} resolved from the code locations of {@code anchors} (one class of
   * each impsci module to include) and Jackson's jars.
   */
  public static ModuleLayer layer(String module, Class<?>... anchors) {
    List<Class<?>> jackson =
        List.of(ObjectMapper.class, JsonFactory.class, JsonProperty.class, Jdk8Module.class);
    Path[] locations =
        Stream.concat(Stream.of(anchors), jackson.stream())
            .map(ModuleLayers::locationOf)
            .distinct()
            .toArray(Path[]::new);
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(ModuleFinder.of(locations), ModuleFinder.of(), Set.of(module));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  /**
   * Asserts that the layer holds exactly the given impsci modules and Jackson, and that none of
   * them requires anything else at run time (static requires and JDK modules aside).
   */
  public static void assertNeedsNothingButJackson(ModuleLayer layer, String... impsciModules) {
    Configuration cf = layer.configuration();
    Set<String> allowed = new HashSet<>(JACKSON);
    allowed.addAll(Set.of(impsciModules));
    assertThat(cf.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet()))
        .isEqualTo(allowed);
    for (ResolvedModule m : cf.modules()) {
      if (!JACKSON.contains(m.name())) {
        assertThat(m.reference().descriptor().requires())
            .filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .extracting(ModuleDescriptor.Requires::name)
            .allSatisfy(
                name ->
                    assertThat(
                            allowed.contains(name)
                                || name.startsWith("java.")
                                || name.startsWith("jdk."))
                        .as(m.name() + " requires " + name)
                        .isTrue());
      }
    }
  }

  /**
   * Asserts that impsci's JSON mapper, inside the layer, reads {@code json} as the module's type
   * {@code typeName} (a value class of that module, reached through its {@code opens}) and writes
   * it back unchanged.
   */
  public static void assertJsonRoundTripInside(
      ModuleLayer layer, String module, String typeName, String json) {
    try {
      ClassLoader loader = layer.findLoader(module);
      Class<?> mapper = loader.loadClass("org.impsci.assessment.io.ImpsciJson");
      Class<?> type = loader.loadClass(typeName);
      Object value =
          mapper.getMethod("read", String.class, Class.class, String.class)
              .invoke(null, json, type, "module test");
      assertThat(value.getClass().getModule().getName()).isEqualTo(module);
      assertThat(mapper.getMethod("write", Object.class).invoke(null, value)).isEqualTo(json);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The ids of the frameworks that {@code Frameworks.bundled()} finds inside the layer, run with
   * the module's class loader as the context loader, as a module-path application would.
   */
  public static List<String> bundledFrameworkIds(ModuleLayer layer, String module) {
    return bundledIds(
        layer, module, "org.impsci.assessment.framework.Frameworks",
        "org.impsci.assessment.framework.Framework");
  }

  /** The ids of the instruments that {@code Instruments.bundled()} finds inside the layer. */
  public static List<String> bundledInstrumentIds(ModuleLayer layer, String module) {
    return bundledIds(
        layer, module, "org.impsci.assessment.scoring.Instruments",
        "org.impsci.assessment.scoring.ScoredInstrument");
  }

  private static List<String> bundledIds(
      ModuleLayer layer, String module, String registryClass, String valueClass) {
    ClassLoader loader = layer.findLoader(module);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> registryType = loader.loadClass(registryClass);
      assertThat(registryType.getModule().getLayer()).isSameAs(layer);
      Object registry = registryType.getMethod("bundled").invoke(null);
      Method id = loader.loadClass(valueClass).getMethod("id");
      List<String> ids = new ArrayList<>();
      for (Object value : (List<?>) registryType.getMethod("all").invoke(registry)) {
        ids.add((String) id.invoke(value));
      }
      return ids;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
