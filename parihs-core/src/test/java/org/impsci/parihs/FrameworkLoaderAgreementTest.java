package org.impsci.parihs;

import static org.impsci.assessment.testing.FrameworkResourceAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import org.impsci.parihs.internal.ParihsFrameworkProvider;
import org.junit.jupiter.api.Test;

/** Every bundled PARIHS framework loads as databind, an independent reader, reads it. */
class FrameworkLoaderAgreementTest {

  @Test
  void everyBundledFrameworkLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        new ParihsFrameworkProvider().frameworks(),
        ParihsFrameworks.class,
        "parihs.json",
        "i-parihs.json");
  }
}
