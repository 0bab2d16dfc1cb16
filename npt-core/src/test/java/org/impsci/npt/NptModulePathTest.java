package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Frameworks;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts npt-core as a named module next to
 * assessment-core and Jackson, and checks that the registry finds the three frameworks through
 * the {@code provides} clause and that Jackson reaches the value types through {@code opens}.
 */
class NptModulePathTest {
  private static final String MODULE = "org.impsci.npt";

  private static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleLayer layer() throws URISyntaxException {
    ModuleFinder finder =
        ModuleFinder.of(
            locationOf(NptFrameworks.class),
            locationOf(Frameworks.class),
            locationOf(ObjectMapper.class),
            locationOf(JsonFactory.class),
            locationOf(JsonProperty.class),
            locationOf(Jdk8Module.class));
    Configuration cf =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void exportsTheApiAndProvidesTheFrameworks() throws Exception {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("org.impsci.npt")
        .doesNotContain("org.impsci.npt.internal");
    assertThat(d.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service())
                  .isEqualTo("org.impsci.assessment.framework.FrameworkProvider");
              assertThat(p.providers())
                  .containsExactly("org.impsci.npt.internal.NptFrameworkProvider");
            });
  }

  @Test
  void bundledRegistryInsideTheModuleLayerFindsTheThreeFrameworks() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader(MODULE);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> frameworks = loader.loadClass("org.impsci.assessment.framework.Frameworks");
      assertThat(frameworks).isNotSameAs(Frameworks.class);
      Object registry = frameworks.getMethod("bundled").invoke(null);
      List<?> all = (List<?>) frameworks.getMethod("all").invoke(registry);
      Class<?> framework = loader.loadClass("org.impsci.assessment.framework.Framework");
      Method id = framework.getMethod("id");
      List<Object> ids = all.stream().map(f -> invoke(id, f)).collect(Collectors.toList());
      assertThat(ids).contains("npt", "enpt", "npt-coding-manual");
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void jacksonReadsCmoConfigurationInsideTheModule() throws Exception {
    ClassLoader loader = layer().findLoader(MODULE);
    Class<?> json = loader.loadClass("org.impsci.assessment.io.ImpsciJson");
    Class<?> cmo = loader.loadClass("org.impsci.npt.CmoConfiguration");
    Method read = json.getMethod("read", String.class, Class.class, String.class);
    Method write = json.getMethod("write", Object.class);
    String text =
        "{\"context\":\"context.adaptive-execution\",\"outcome\":\"outcome.sustainment\"}";
    Object value = read.invoke(null, text, cmo, "module test");
    assertThat(value.getClass().getModule().getName()).isEqualTo(MODULE);
    assertThat(write.invoke(null, value)).isEqualTo(text);
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The published jar needs nothing at run time but Jackson and the kernel: resolved with only those on the
   * module path, the configuration holds exactly these modules, and every non-static {@code
   * requires} names one of them or a JDK module.
   */
  @Test
  void needsNothingButJacksonAtRunTime() throws Exception {
    java.lang.module.Configuration cf = layer().configuration();
    Set<String> resolved =
        cf.modules().stream()
            .map(java.lang.module.ResolvedModule::name)
            .collect(java.util.stream.Collectors.toSet());
    Set<String> allowed =
        Set.of(
            MODULE,
            "org.impsci.assessment",
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.core",
            "com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.datatype.jdk8");
    assertThat(resolved).isEqualTo(allowed);
    for (java.lang.module.ResolvedModule m : cf.modules()) {
      if (!m.name().startsWith("com.fasterxml.jackson")) {
        assertThat(m.reference().descriptor().requires())
            .filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .extracting(ModuleDescriptor.Requires::name)
            .allSatisfy(
                name -> assertThat(
                        allowed.contains(name) || name.startsWith("java.") || name.startsWith("jdk."))
                    .as(m.name() + " requires " + name)
                    .isTrue());
      }
    }
  }
}
