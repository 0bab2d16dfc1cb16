package org.impsci.barriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts barriers-core as a named module next to
 * assessment-core and Jackson, and checks the {@code provides} clause, that the kernel reads the
 * bundled resources and the CSV reader through the qualified export, and that Jackson reaches the
 * value types through {@code opens}.
 */
class BarriersModulePathTest {
  private static final String MODULE = "org.impsci.barriers";


  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, BarrierFrameworks.class, Frameworks.class);
  }

  @Test
  void exportsTheApiAndProvidesTheFrameworks() throws Exception {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("org.impsci.barriers", "org.impsci.barriers.cfir", "org.impsci.barriers.rating")
        .doesNotContain("org.impsci.barriers.internal");
    assertThat(d.provides()).hasSize(2).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("org.impsci.assessment.spi.FrameworkProvider");
      assertThat(p.providers())
          .containsExactly("org.impsci.barriers.internal.BarrierFrameworkProvider");
    }).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("org.impsci.assessment.spi.InstrumentProvider");
      assertThat(p.providers())
          .containsExactly("org.impsci.barriers.internal.BarrierInstrumentProvider");
    });
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("org.impsci.barriers.pcat");
  }

  @Test
  void registryCrosswalkLinksAndCsvReaderWorkInsideTheModuleLayer() throws Exception {
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
      Method id = loader.loadClass("org.impsci.assessment.framework.Framework").getMethod("id");
      List<Object> ids = all.stream().map(f -> invoke(id, f)).collect(Collectors.toList());
      assertThat(ids).contains("cfir-2009", "cfir-2.0");

      Object crosswalk = loader.loadClass("org.impsci.barriers.cfir.CfirFrameworks")
          .getMethod("crosswalk").invoke(null);
      assertThat(crosswalk.getClass().getModule().getName()).isEqualTo(MODULE);
      Object links = loader.loadClass("org.impsci.barriers.behaviour.BehaviourFrameworks")
          .getMethod("links").invoke(null);
      assertThat(links.getClass().getModule().getName()).isEqualTo(MODULE);

      Class<?> mode = loader.loadClass("org.impsci.assessment.io.ReadMode");
      Class<?> csvReader = loader.loadClass("org.impsci.barriers.rating.RatingCsvReader");
      Object reader = csvReader.getMethod("of", frameworks, mode)
          .invoke(null, registry, mode.getEnumConstants()[0]);
      byte[] csv = "site,construct,rating\ns1,cfir-2.0:inner-setting.culture,+1\n"
          .getBytes(StandardCharsets.UTF_8);
      Object report = csvReader.getMethod("read", java.io.InputStream.class, String.class)
          .invoke(reader, new ByteArrayInputStream(csv), "r.csv");
      Method write = loader.loadClass("org.impsci.assessment.io.ImpsciJson")
          .getMethod("write", Object.class);
      assertThat((String) write.invoke(null, report))
          .contains("\"target\":\"cfir-2.0:inner-setting.culture\",\"rating\":\"+1\"");
    } finally {
      thread.setContextClassLoader(before);
    }
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
    ModuleLayers.assertNeedsNothingButJackson(layer(), MODULE, "org.impsci.assessment");
  }

  /**
   * Every value type in the exported packages has a public {@code builder()} that builds it, and
   * no generated {@code Immutable*} class is public; 32 is the number of {@code @Value.Immutable}
   * types in this module's sources when the rule was introduced (a lower bound: more may come).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 32,
        "org.impsci.barriers.rating.RatingTarget",
        "org.impsci.barriers.behaviour.BehaviourLinks$DomainRow",
        "org.impsci.barriers.strategy.CompleteColumn");
  }
}
