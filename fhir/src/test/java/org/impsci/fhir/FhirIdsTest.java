package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.fhir.internal.FhirIds;
import org.junit.jupiter.api.Test;

/** FHIR's id and name rules (R4 resource ids: [A-Za-z0-9\-\.]{1,64}; names: a capital first). */
class FhirIdsTest {

  @Test
  void computableNamesCapitaliseEachPartAndStartWithALetter() {
    assertThat(FhirIds.computableName("nomad")).isEqualTo("Nomad");
    assertThat(FhirIds.computableName("orca-reduced")).isEqualTo("OrcaReduced");
    assertThat(FhirIds.computableName("my_survey.v2")).isEqualTo("My_surveyV2");
    assertThat(FhirIds.computableName("2x")).isEqualTo("Impsci2x");
    assertThat(FhirIds.computableName("é")).isEqualTo("Impsci");
  }

  @Test
  void resourceIdsAreLettersDigitsDashesAndDotsUpTo64() {
    assertThat(FhirIds.isValid("orca-reduced")).isTrue();
    assertThat(FhirIds.isValid("a".repeat(64))).isTrue();
    assertThat(FhirIds.isValid("a".repeat(65))).isFalse();
    assertThat(FhirIds.isValid("my_survey")).isFalse();
  }

  @Test
  void aUsersIdThatIsNoFhirIdLeavesTheResourceWithoutOne() {
    var export = QuestionnaireExport.withDefaults();
    var renamed =
        Fixtures.load(Fixtures.TOY_JSON.replace("\"id\":\"toy\"", "\"id\":\"my_survey\""))
            .instrument();
    assertThat(export.questionnaire(renamed).hasId()).isFalse();
    assertThat(export.questionnaire(renamed).getName()).isEqualTo("My_survey");
    assertThat(export.answerCodes(renamed).hasId()).isFalse();
  }

  @Test
  void anExceptionNeedsAProblemAndAnyBadInputBecomesAnOutcome() {
    assertThatThrownBy(() -> new FhirInputException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    var parse = new InvalidInputException(InputLocation.in("post.json"), "not JSON");
    var outcome = FhirInputException.outcome(parse);
    assertThat(outcome.getIssue()).hasSize(1);
    assertThat(outcome.getIssueFirstRep().getCode().toCode()).isEqualTo("structure");
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo("post.json: not JSON");
    assertThat(outcome.getIssueFirstRep().getExpression()).isEmpty();
  }
}
