package org.impsci.parihs.orca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.LoaderAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.InstrumentLoader;
import org.impsci.assessment.instrument.Item;
import org.junit.jupiter.api.Test;

/** The bundled ORCA instrument loads as databind, an independent reader, reads it. */
class InstrumentLoaderAgreementTest {

  @Test
  void orcaLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        Instrument.class, InstrumentLoader::load, List.of(Orca.instrument()), Orca.class,
        "orca.json");
  }

  @Test
  void theReducedVariantIsBuiltFromTheStreamedInstrument() {
    assertThat(Orca.reduced().items()).hasSize(70);
    assertThat(Orca.reduced().items())
        .extracting(Item::id)
        .doesNotContainAnyElementsOf(Orca.DROPPED_IN_REDUCED)
        .contains("Q3a", "Q20e");
    assertThat(Orca.reduced().group("evidence.patient-preferences")).isEmpty();
  }
}
