package org.impsci.barriers;

import static org.assertj.core.api.Assertions.assertThat;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** The registry finds this module's frameworks; each survives a JSON round trip. */
class BarrierFrameworksTest {

  @Test
  void registryHasTheBundledFrameworks() {
    assertThat(Frameworks.bundled().all()).containsAll(BarrierFrameworks.all());
    assertThat(BarrierFrameworks.all()).extracting(Framework::id)
        .containsSubsequence("bcw", "com-b", "eric", "tdf-2", "ticd")
        .isSorted();
  }

  @Test
  void everyFrameworkRoundTripsThroughJsonAndTheLoader() {
    for (Framework f : BarrierFrameworks.all()) {
      String json = ImpsciJson.write(f);
      assertThat(ImpsciJson.read(json, Framework.class, f.id())).isEqualTo(f);
      assertThat(FrameworkLoader.load(
          new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          f.id())).isEqualTo(f);
      f.constructs().forEach(c -> assertThat(f.sourcesOf(c)).as(c.id()).isNotEmpty());
    }
  }
}
