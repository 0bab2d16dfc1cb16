package org.impsci.npt.nomad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.LoaderAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ResponseScale;
import org.junit.jupiter.api.Test;

/** The bundled NoMAD instrument loads as databind, an independent reader, reads it. */
class InstrumentLoaderAgreementTest {

  @Test
  void nomadLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        Instrument.class, InstrumentLoader::load, List.of(Nomad.instrument()), Nomad.class,
        "nomad.json");
  }

  @Test
  void theStreamingReaderKeepsScalesAndOptions() {
    Item co1 = Nomad.instrument().item("CO1").orElseThrow();
    assertThat(co1.scale().kind()).isEqualTo(ResponseScale.Kind.ORDINAL);
    assertThat(co1.scale().labels())
        .containsEntry(1, "strongly disagree")
        .containsEntry(5, "strongly agree")
        .hasSize(5);
    assertThat(co1.scale().codes())
        .containsExactlyInAnyOrder(
            "not_relevant_stage", "not_relevant_role", "not_relevant_intervention");
    ResponseScale general = Nomad.instrument().item("G1").orElseThrow().scale();
    assertThat(Map.of("min", general.min(), "max", general.max()))
        .isEqualTo(Map.of("min", 0.0, "max", 10.0));
  }
}
