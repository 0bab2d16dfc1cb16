package org.impsci.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.testing.ModuleLayers;
import org.impsci.assessment.testing.ValueTypeAssertions;
import org.impsci.outcomes.measures.OutcomeMeasure;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one starts outcomes-core as a named module next to
 * assessment-core and Jackson, and checks the exports, that the registry finds the four measures
 * through the {@code provides} clause, that the kernel reads their resources, and that Jackson
 * reaches the value types through {@code opens}.
 */
class OutcomesModulePathTest {
  private static final String MODULE = "org.impsci.outcomes";

  private static ModuleLayer layer() {
    return ModuleLayers.layer(MODULE, OutcomeMeasure.class, Instruments.class);
  }

  @Test
  void exportsTheApiAndProvidesTheMeasures() {
    ModuleDescriptor d = layer().findModule(MODULE).orElseThrow().getDescriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .contains("org.impsci.outcomes", "org.impsci.outcomes.measures")
        .doesNotContain("org.impsci.outcomes.internal");
    assertThat(d.provides())
        .anySatisfy(p -> assertThat(p.providers())
            .containsExactly("org.impsci.outcomes.internal.OutcomesFrameworkProvider"));
    assertThat(d.provides())
        .anySatisfy(p -> assertThat(p.providers())
            .containsExactly("org.impsci.outcomes.internal.OutcomesInstrumentProvider"));
  }

  @Test
  void insideTheLayerTheRegistryFindsTheFourMeasures() throws Exception {
    ModuleLayer layer = layer();
    assertThat(ModuleLayers.bundledInstrumentIds(layer, MODULE)).containsExactly("aim", "fim", "iam", "oric");
    ClassLoader loader = layer.findLoader(MODULE);
    Class<?> measure = loader.loadClass("org.impsci.outcomes.measures.OutcomeMeasure");
    Object oric = measure.getMethod("valueOf", String.class).invoke(null, "ORIC");
    Object instrument = measure.getMethod("instrument").invoke(oric);
    Class<?> type = loader.loadClass("org.impsci.assessment.instrument.Instrument");
    assertThat((List<?>) type.getMethod("items").invoke(instrument)).hasSize(12);
  }

  @Test
  void insideTheLayerTheRegistryFindsProctorAndTheAddendumLinksLoad() throws Exception {
    ModuleLayer layer = layer();
    assertThat(ModuleLayers.bundledFrameworkIds(layer, MODULE)).containsExactly("prism", "proctor-outcomes");
    Class<?> frameworks = layer.findLoader(MODULE).loadClass("org.impsci.outcomes.OutcomeFrameworks");
    assertThat((List<?>) frameworks.getMethod("cfirLinks").invoke(null)).hasSize(10);
  }

  @Test
  void jacksonReadsOptionsInsideTheModule() {
    ModuleLayers.assertJsonRoundTripInside(
        layer(), MODULE, "org.impsci.outcomes.measures.MeasureOptions",
        "{\"minimumAnswered\":{\"kind\":\"FRACTION\",\"value\":1.0}}");
    ModuleLayers.assertJsonRoundTripInside(
        layer(), MODULE, "org.impsci.outcomes.reaim.ReAimCounts",
        "{\"site\":\"P1\",\"wave\":\"w1\",\"eligibleIndividuals\":9,\"participants\":3}");
  }

  /**
   * The value type in the exported package has a public {@code builder()} that builds it, and no
   * generated {@code Immutable*} class is public (one {@code @Value.Immutable} type today).
   */
  @Test
  void everyValueTypeHasAPublicBuilderAndNoGeneratedClassIsPublic() {
    ValueTypeAssertions.assertPublicBuilders(
        layer(), MODULE, 1, "org.impsci.outcomes.measures.MeasureOptions");
  }

  /** The published jar needs nothing at run time but Jackson and the kernel. */
  @Test
  void needsNothingButJacksonAtRunTime() throws Exception {
    ModuleLayers.assertNeedsNothingButJackson(layer(), MODULE, "org.impsci.assessment");
  }
}
