package org.impsci.npt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.qda.QdaGuids;
import org.impsci.qda.testing.CodebookAssertions;
import org.junit.jupiter.api.Test;

/** The NPT frameworks' REFI-QDA codebooks validate, have stable GUIDs and re-import unchanged. */
class NptCodebookTest {

  @Test
  void nptCodebookRoundTrips() {
    String qdc = new String(
        CodebookAssertions.assertCodebookRoundTrips(NptFrameworks.npt()), StandardCharsets.UTF_8);
    assertThat(qdc).contains("name=\"Coherence\"").contains("impsci code npt:coherence, kind construct");
    assertThat(QdaGuids.code(ConstructRef.of("npt", "coherence")))
        .as("published GUIDs never change")
        .isEqualTo("f9c29ea6-9832-32df-bbe3-6b3dd6586fcc");
  }

  @Test
  void extendedNptCodebookRoundTrips() {
    CodebookAssertions.assertCodebookRoundTrips(NptFrameworks.extendedNpt());
  }

  @Test
  void codingManualCodebookRoundTrips() {
    CodebookAssertions.assertCodebookRoundTrips(NptFrameworks.codingManual());
  }
}
