package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.junit.jupiter.api.Test;

/** The mapping CSVs follow the library's one column rule: names trimmed and matched ignoring case. */
class QdaMappingsTest {
  private static final Frameworks TOY = Frameworks.of(java.util.List.of(ToyData.framework()));

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headersAreMatchedIgnoringCaseAndSpaces() {
    // As a spreadsheet saves a hand-made header: capitals and a stray space.
    assertThat(QdaMappings.readCodeMapping(csv("Code, CONSTRUCT\nCash,toy:place.resources\n"),
            "codes.csv", TOY))
        .containsOnlyKeys("Cash")
        .hasEntrySatisfying("Cash", ref -> assertThat(ref.toString()).isEqualTo("toy:place.resources"));
    assertThat(QdaMappings.readSourceMapping(
            csv("Source,Participant,Role,Site,WAVE\nInterview 7,P8,nurse,D,2\n"), "sources.csv"))
        .hasEntrySatisfying("Interview 7", who -> {
          assertThat(who.participantId()).isEqualTo("P8");
          assertThat(who.wave()).contains("2");
        });
  }

  @Test
  void twoNamesThatDifferOnlyInCaseAreOneColumnTwice() {
    assertThatThrownBy(() -> QdaMappings.readCodeMapping(csv("code,Code,construct\n"), "codes.csv", TOY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("codes.csv, row 1, column code: the header names column 'code' twice, as columns 1"
            + " and 2 (value 'code')");
  }

  @Test
  void constructsAreReadByTheOneReferenceRule() {
    // toy.json gives place.resources the alias PR: an alias in any case, with spaces around it,
    // is stored by the construct's full id, as rating and segment files read it.
    assertThat(QdaMappings.readCodeMapping(csv("code,construct\nCash, toy:pr \n"), "codes.csv", TOY))
        .hasEntrySatisfying("Cash", ref -> assertThat(ref.toString()).isEqualTo("toy:place.resources"));
    assertThatThrownBy(() -> QdaMappings.readCodeMapping(
            csv("code,construct\nCash,toy:place.resourses\n"), "codes.csv", TOY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("codes.csv, row 2, column construct: framework 'toy' has no construct")
        .hasMessageContaining("did you mean 'place.resources'");
  }
}
