package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.util.List;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts npt-core as a named module next to
 * assessment-core and Jackson, and checks that the registry finds the three frameworks through
 * the {@code provides} clause and that Jackson reaches the value types through {@code opens}.
 */
class NptModulePathTest {
  private static final String MODULE = "org.impsci.npt";


  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, NptFrameworks.class, Frameworks.class);
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
                  .isEqualTo("org.impsci.assessment.spi.FrameworkProvider");
              assertThat(p.providers())
                  .containsExactly("org.impsci.npt.internal.NptFrameworkProvider");
            });
  }

  @Test
  void bundledRegistryInsideTheModuleLayerFindsTheThreeFrameworks() throws Exception {
    assertThat(ModuleLayers.bundledFrameworkIds(layer(), MODULE))
        .contains("npt", "enpt", "npt-coding-manual");
  }

  @Test
  void bundledInstrumentsInsideTheModuleLayerHaveNomad() {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo("org.impsci.assessment.spi.InstrumentProvider");
              assertThat(p.providers())
                  .containsExactly("org.impsci.npt.internal.NptInstrumentProvider");
            });
    assertThat(ModuleLayers.bundledInstrumentIds(layer(), MODULE)).containsExactly("nomad");
  }

  @Test
  void nomadLoadsInsideTheModuleLayer() throws Exception {
    ClassLoader loader = layer().findLoader(MODULE);
    Object nomad = loader.loadClass("org.impsci.npt.nomad.Nomad").getMethod("instrument").invoke(null);
    assertThat(nomad.getClass().getModule().getName()).isEqualTo("org.impsci.assessment");
    Class<?> instrument = loader.loadClass("org.impsci.assessment.instrument.Instrument");
    List<?> items = (List<?>) instrument.getMethod("items").invoke(nomad);
    assertThat(items).hasSize(23);
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
   * no generated {@code Immutable*} class is public; 3 is the number of {@code @Value.Immutable}
   * types in this module's sources when the rule was introduced (a lower bound: more may come).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 3,
        "org.impsci.npt.CmoConfiguration",
        "org.impsci.npt.nomad.NomadOptions",
        "org.impsci.npt.nomad.NomadScores");
  }
}
