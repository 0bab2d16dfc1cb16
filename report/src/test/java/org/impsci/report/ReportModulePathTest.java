package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.impsci.barriers.pcat.Pcat;
import org.impsci.outcomes.reaim.ReAim;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts the report module as a named module next to
 * the kernel, barriers-core, outcomes-core and Jackson, and checks its exports, that it draws a
 * chart inside the layer (Java2D through {@code java.desktop}), that Jackson reaches its value
 * type through {@code opens}, and the builder rule.
 */
class ReportModulePathTest {
  private static final String MODULE = "org.impsci.report";

  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, HtmlReport.class, Instruments.class, Pcat.class, ReAim.class);
  }

  @Test
  void exportsTheApiAndHidesTheCanvas() {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactly("org.impsci.report");
    assertThat(d.packages()).contains("org.impsci.report.internal");
  }

  @Test
  void drawsAChartInsideTheLayer() throws Exception {
    ClassLoader loader = layer().findLoader(MODULE);
    Class<?> chart = loader.loadClass("org.impsci.report.PcatChart");
    assertThat(chart.getModule().getName()).isEqualTo(MODULE);
    Object empty = chart.getMethod("of", String.class, java.util.List.class)
        .invoke(null, "empty", java.util.List.of());
    // By hand: 50 px above the rows, none, 70 below.
    assertThat(chart.getMethod("height").invoke(empty)).isEqualTo(120);
    assertThat((String) chart.getMethod("svg").invoke(empty)).contains("<title>empty</title>");
    assertThat((byte[]) chart.getMethod("png").invoke(empty)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void jacksonReadsTheRowInsideTheModule() {
    ModuleLayers.assertJsonRoundTripInside(
        layer(), MODULE, "org.impsci.report.ScaleRow",
        "{\"column\":\"site\",\"group\":\"H01\",\"scaleId\":\"coherence\",\"label\":\"Coherence\","
            + "\"n\":3,\"mean\":4.0,\"sd\":1.0,\"lower95\":1.5,\"upper95\":6.5}");
  }

  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(layer(), MODULE, 1, "org.impsci.report.ScaleRow");
  }

  /** The published jar needs nothing at run time but Jackson, the JDK and impsci's modules. */
  @Test
  void needsNothingButJacksonAtRunTime() {
    ModuleLayers.assertNeedsNothingButJackson(layer(), MODULE, "org.impsci.assessment",
        "org.impsci.barriers", "org.impsci.outcomes");
  }
}
