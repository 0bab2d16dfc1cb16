package org.impsci.assessment.instrument;

import static org.impsci.assessment.testing.LoaderAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import java.util.List;
import org.impsci.assessment.TestData;
import org.junit.jupiter.api.Test;

/** The kernel bundles no instrument; its test instrument loads as databind reads it. */
class InstrumentLoaderAgreementTest {

  @Test
  void toyInstrumentLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        Instrument.class, InstrumentLoader::load, List.of(TestData.toyInstrument()), TestData.class,
        "/instrument/toy-instrument.json");
  }
}
