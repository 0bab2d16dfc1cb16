package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.util.List;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts parihs-core as a named module next to
 * assessment-core and Jackson, and checks that the registry finds both frameworks through the
 * {@code provides} clause, that the kernel reads the ORCA resource, and that Jackson reaches the
 * value types through {@code opens}.
 */
class ParihsModulePathTest {
  private static final String MODULE = "org.impsci.parihs";


  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, ParihsFrameworks.class, Frameworks.class);
  }

  @Test
  void exportsTheApiAndProvidesTheFrameworks() throws Exception {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("org.impsci.parihs", "org.impsci.parihs.iparihs", "org.impsci.parihs.orca")
        .doesNotContain("org.impsci.parihs.internal");
    assertThat(d.provides())
        .anySatisfy(p -> assertThat(p.providers())
            .containsExactly("org.impsci.parihs.internal.ParihsFrameworkProvider"));
    assertThat(d.provides())
        .anySatisfy(p -> assertThat(p.providers())
            .containsExactly("org.impsci.parihs.internal.ParihsInstrumentProvider"));
  }

  @Test
  void insideTheLayerTheInstrumentRegistryFindsBothOrcas() {
    assertThat(ModuleLayers.bundledInstrumentIds(layer(), MODULE))
        .containsExactly("orca", "orca-reduced");
  }

  @Test
  void insideTheLayerTheRegistryFindsBothAndOrcaLoads() throws Exception {
    ModuleLayer layer = layer();
    assertThat(ModuleLayers.bundledFrameworkIds(layer, MODULE)).contains("parihs", "i-parihs");
    ClassLoader loader = layer.findLoader(MODULE);
    Object orca = loader.loadClass("org.impsci.parihs.orca.Orca").getMethod("instrument").invoke(null);
    Class<?> instrument = loader.loadClass("org.impsci.assessment.instrument.Instrument");
    List<?> items = (List<?>) instrument.getMethod("items").invoke(orca);
    assertThat(items).hasSize(77);
  }

  @Test
  void jacksonReadsAnAssessmentInsideTheModule() throws Exception {
    ClassLoader loader = layer().findLoader(MODULE);
    Class<?> json = loader.loadClass("org.impsci.assessment.io.ImpsciJson");
    Class<?> type = loader.loadClass("org.impsci.parihs.iparihs.IParihsAssessment");
    Method read = json.getMethod("read", String.class, Class.class, String.class);
    Method write = json.getMethod("write", Object.class);
    String text =
        "{\"site\":\"A\",\"occasion\":\"t0\",\"ratings\":[{\"characteristic\":\"recipients.goals\","
            + "\"influence\":\"BARRIER\",\"strength\":\"STRONG\",\"rationale\":\"r\",\"evidence\":[]}]}";
    Object value = read.invoke(null, text, type, "module test");
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
   * no generated {@code Immutable*} class is public; 15 is the number of {@code @Value.Immutable}
   * types in this module's sources when the rule was introduced (a lower bound: more may come).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 15,
        "org.impsci.parihs.ParihsAssessment",
        "org.impsci.parihs.iparihs.IParihsAssessment");
  }
}
