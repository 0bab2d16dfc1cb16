package org.impsci.barriers;

import static org.impsci.assessment.testing.FrameworkResourceAssertions.assertLoaderAgreesWithDatabind;

import java.io.IOException;
import org.impsci.barriers.internal.BarrierFrameworkProvider;
import org.junit.jupiter.api.Test;

/** Every bundled barrier and strategy framework loads as databind (an independent reader) reads it. */
class FrameworkLoaderAgreementTest {

  @Test
  void everyBundledFrameworkLoadsAsDatabindReadsIt() throws IOException {
    assertLoaderAgreesWithDatabind(
        new BarrierFrameworkProvider().frameworks(),
        BarrierFrameworks.class,
        "/org/impsci/barriers/behaviour/bcw.json",
        "/org/impsci/barriers/behaviour/com-b.json",
        "/org/impsci/barriers/behaviour/tdf-2.json",
        "/org/impsci/barriers/cfir/cfir-2.0.json",
        "/org/impsci/barriers/cfir/cfir-2009.json",
        "/org/impsci/barriers/strategy/eric.json",
        "/org/impsci/barriers/ticd/ticd.json");
  }
}
