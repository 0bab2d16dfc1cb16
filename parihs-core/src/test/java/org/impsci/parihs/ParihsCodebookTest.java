package org.impsci.parihs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;

/** The PARIHS frameworks' REFI-QDA codebooks validate against the schema and re-import unchanged. */
class ParihsCodebookTest {

  @Test
  void iParihsCodebookRoundTrips() {
    String qdc =
        new String(
            CodebookAssertions.assertCodebookRoundTrips(ParihsFrameworks.iParihs()),
            StandardCharsets.UTF_8);
    // The two cultures keep their own codes.
    assertThat(qdc)
        .contains("impsci code i-parihs:context.local.culture,")
        .contains("impsci code i-parihs:context.organisational.culture,");
    assertThat(qdc.split("<Code ", -1)).hasSize(47 + 1);
  }

  @Test
  void parihsCodebookRoundTrips() {
    CodebookAssertions.assertCodebookRoundTrips(ParihsFrameworks.parihs());
  }
}
