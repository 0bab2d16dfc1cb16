package org.impsci.assessment.framework;

import static org.impsci.assessment.testing.FrameworkResourceAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import java.util.List;
import org.impsci.assessment.TestData;
import org.junit.jupiter.api.Test;

/** The kernel bundles no framework; its test framework loads as databind reads it. */
class FrameworkLoaderAgreementTest {

  @Test
  void toyFrameworkLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(List.of(TestData.toyFramework()), Framework.class, "toy.json");
  }
}
