package org.impsci.barriers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.impsci.assessment.framework.Framework;
import org.impsci.barriers.cfir.CfirFrameworks;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;

/** The barrier frameworks' REFI-QDA codebooks validate against the schema and re-import unchanged. */
class BarrierCodebookTest {

  @Test
  void cfir20CodebookRoundTrips() {
    String qdc =
        new String(
            CodebookAssertions.assertCodebookRoundTrips(CfirFrameworks.cfir20()),
            StandardCharsets.UTF_8);
    // 74 nodes: 5 domains, 2 subdomains, 48 constructs and 19 sub-constructs.
    assertThat(qdc.split("<Code ", -1)).hasSize(74 + 1);
    assertThat(qdc).contains("impsci code cfir-2.0:inner-setting.culture, kind construct");
  }

  @Test
  void everyBarrierFrameworkRoundTrips() {
    for (Framework framework : BarrierFrameworks.all()) {
      CodebookAssertions.assertCodebookRoundTrips(framework);
    }
  }
}
