package org.impsci.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts assessment-core as a real named module, with
 * nothing but Jackson beside it, and checks what a module-path user gets: the exported packages,
 * closed internals, and Jackson reaching the value types through the {@code opens} clauses.
 */
class ModulePathTest {
  private static final String MODULE = "org.impsci.assessment";


  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, ImpsciJson.class);
  }

  @Test
  void exportsTheApiAndKeepsInternalsClosed() throws Exception {
    ModuleDescriptor descriptor = layer().findModule(MODULE).orElseThrow().getDescriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported)
        .containsExactlyInAnyOrder(
            "org.impsci.assessment",
            "org.impsci.assessment.framework",
            "org.impsci.assessment.instrument",
            "org.impsci.assessment.scoring",
            "org.impsci.assessment.reliability",
            "org.impsci.assessment.io",
            "org.impsci.assessment.survey",
            "org.impsci.assessment.spi",
            "org.impsci.assessment.coding",
            "org.impsci.assessment.statistics");
    Set<String> opened =
        descriptor.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet());
    assertThat(opened)
        .doesNotContain(
            "org.impsci.assessment.internal",
            "org.impsci.assessment.internal.csv",
            "org.impsci.assessment.internal.json",
            "org.impsci.assessment.internal.scoring",
            "org.impsci.assessment.internal.survey");
    assertThat(descriptor.exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .extracting(ModuleDescriptor.Exports::source, e -> Set.copyOf(e.targets()))
        .containsExactlyInAnyOrder(
            tuple("org.impsci.assessment.internal", Set.of("org.impsci.qda")),
            tuple("org.impsci.assessment.internal.csv", Set.of("org.impsci.qda")));
    assertThat(descriptor.packages())
        .contains(
            "org.impsci.assessment.internal",
            "org.impsci.assessment.internal.csv",
            "org.impsci.assessment.internal.json",
            "org.impsci.assessment.internal.scoring",
            "org.impsci.assessment.internal.survey");
    assertThat(
            descriptor.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name))
        .containsExactlyInAnyOrder(
            "java.base",
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.datatype.jdk8");
  }

  @Test
  void jacksonReadsAndWritesValueTypesInsideTheModule() throws Exception {
    ClassLoader loader = layer().findLoader(MODULE);
    assertThat(loader).isNotSameAs(getClass().getClassLoader());
    Class<?> json = loader.loadClass("org.impsci.assessment.io.ImpsciJson");
    Class<?> instrumentType = loader.loadClass("org.impsci.assessment.instrument.Instrument");
    Method read = json.getMethod("read", String.class, Class.class, String.class);
    Method write = json.getMethod("write", Object.class);

    String text;
    try (InputStream in = TestData.resource("instrument/toy-instrument.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Object instrument = read.invoke(null, text, instrumentType, "toy");
    assertThat(instrument.getClass().getModule().getName()).isEqualTo(MODULE);
    Object again = read.invoke(null, write.invoke(null, instrument), instrumentType, "again");
    assertThat(again).isEqualTo(instrument);
  }

  /**
   * The published jar needs nothing at run time but Jackson: resolved with only those on the
   * module path, the configuration holds exactly these modules, and every non-static {@code
   * requires} names one of them or a JDK module.
   */
  @Test
  void needsNothingButJacksonAtRunTime() throws Exception {
    ModuleLayers.assertNeedsNothingButJackson(layer(), MODULE);
  }

  /**
   * Every value type in the exported packages has a public {@code builder()} that builds it, and
   * no generated {@code Immutable*} class is public; 35 is the number of {@code @Value.Immutable}
   * types in this module's sources (43 when the rule was introduced, less the 8 REFI-QDA types
   * that moved to the qda module; a lower bound: more may come).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 35,
        "org.impsci.assessment.Source",
        "org.impsci.assessment.framework.ConstructRef",
        "org.impsci.assessment.instrument.Instrument");
  }
}
