package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts the REFI-QDA module as a named module next to
 * assessment-core and Jackson, and checks its exports, that it needs nothing else at run time and
 * that Jackson reaches its value types through {@code opens}.
 */
class QdaModulePathTest {
  private static final String MODULE = "org.impsci.qda";

  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, QdpxReader.class, Frameworks.class);
  }

  @Test
  void exportsTheApiAndKeepsInternalsClosed() {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactly("org.impsci.qda");
    assertThat(d.packages()).contains("org.impsci.qda.internal");
    assertThat(d.opens().stream().map(ModuleDescriptor.Opens::source))
        .containsExactly("org.impsci.qda");
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("org.impsci.assessment", "java.xml");
  }

  @Test
  void jacksonReadsOptionsInsideTheModule() {
    ModuleLayers.assertJsonRoundTripInside(
        layer(), MODULE, "org.impsci.qda.QdpxOptions",
        "{\"codeMapping\":{},\"sources\":{},\"ignoreUnmappedCodes\":true}");
  }

  /**
   * Every value type in the exported package has a public {@code builder()} that builds it, and no
   * generated {@code Immutable*} class is public; 8 is the number of {@code @Value.Immutable}
   * types when the module was split from the kernel (a lower bound).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 8, "org.impsci.qda.QdpxOptions", "org.impsci.qda.CodebookHeader");
  }

  /** The published jar needs nothing at run time but Jackson and the kernel (and the JDK's XML). */
  @Test
  void needsNothingButJacksonAtRunTime() {
    ModuleLayers.assertNeedsNothingButJackson(layer(), MODULE, "org.impsci.assessment");
  }
}
