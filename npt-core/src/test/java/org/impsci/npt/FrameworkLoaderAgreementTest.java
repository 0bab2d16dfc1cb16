package org.impsci.npt;

import static org.impsci.assessment.testing.FrameworkResourceAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import org.impsci.npt.internal.NptFrameworkProvider;
import org.junit.jupiter.api.Test;

/** Every bundled NPT framework loads as databind, an independent reader, reads it. */
class FrameworkLoaderAgreementTest {

  @Test
  void everyBundledFrameworkLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        new NptFrameworkProvider().frameworks(),
        NptFrameworks.class,
        "npt.json",
        "enpt.json",
        "npt-coding-manual.json");
  }
}
