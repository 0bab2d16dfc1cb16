package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Everything the module writes passes HAPI's instance validator against base R4: the
 * Questionnaires and CodeSystems of every registered instrument, a user's instrument and an
 * export under another canonical base; the Observations of a QuestionnaireResponse's and of an
 * impsci response's scores; an OperationOutcome. The validator takes most of a minute to build
 * and seconds per resource, so these tests carry the tag {@value #TAG}, which the mutation run
 * leaves out (fhir's pom); the other test classes check the same resources' content.
 */
@Tag(R4ValidationTest.TAG)
class R4ValidationTest {
  /** The tag of tests that run HAPI's validator. */
  static final String TAG = "hapi-validator";

  private static final QuestionnaireExport EXPORT = QuestionnaireExport.withDefaults();
  private static final ResponseScoring NOMAD = ResponseScoring.of(Impsci.instrument("nomad"));
  private static R4Validator validator;

  @BeforeAll
  static void validator() {
    validator = R4Validator.shared();
  }

  @Test
  void everyRegisteredInstrumentsQuestionnaireAndCodeSystemsValidateAgainstBaseR4() {
    assertThat(Impsci.instruments().ids())
        .containsExactly("aim", "fim", "iam", "nomad", "orca", "orca-reduced", "oric", "pcat");
    for (ScoredInstrument s : Impsci.instruments().all()) {
      Instrument i = s.instrument();
      Questionnaire q = EXPORT.questionnaire(i);
      assertThat(validator.errors(q)).as(i.id()).isEmpty();
      assertOnlyDerivedFromWarnings(q);
      assertThat(validator.problems(EXPORT.answerCodes(i))).as(i.id()).isEmpty();
      if (i.groups().isEmpty()) {
        // pCAT has no scales: its scale CodeSystem is empty, which the validator warns of.
        assertThat(validator.problems(EXPORT.scaleCodes(i))).as(i.id())
            .extracting(SingleValidationMessage::getMessageId)
            .containsExactly("CODESYSTEM_CS_COMPLETE_AND_EMPTY");
      } else {
        assertThat(validator.problems(EXPORT.scaleCodes(i))).as(i.id()).isEmpty();
      }
    }
    assertThat(validator.problems(EXPORT.scoreCountCodes())).isEmpty();
  }

  @Test
  void aUsersInstrumentAndAnExportUnderAnotherBaseValidate() {
    assertThat(validator.errors(EXPORT.questionnaire(Fixtures.toy().instrument()))).isEmpty();
    // R4Validator knows nomad's answer CodeSystem under QuestionnaireExportTest.OTHER_BASE too.
    QuestionnaireExport other = QuestionnaireExport.under(Canonicals.under(QuestionnaireExportTest.OTHER_BASE));
    Questionnaire q = other.questionnaire(Impsci.instrument("nomad").instrument());
    assertThat(validator.errors(q)).isEmpty();
    assertOnlyDerivedFromWarnings(q);
    assertThat(validator.problems(other.answerCodes(Impsci.instrument("nomad").instrument()))).isEmpty();
  }

  @Test
  void observationsAndAnOperationOutcomeValidate() {
    QuestionnaireResponse p1 = ResponseScoringTest.nomadP1();
    for (Observation o : NOMAD.observations(p1, NOMAD.score(p1))) {
      assertThat(validator.errors(o)).isEmpty();
    }
    for (Observation o : NOMAD.observations(ResponseScoringTest.p1Scores())) {
      assertThat(validator.errors(o)).isEmpty();
    }
    QuestionnaireResponse thin = ResponseScoringTest.thin();
    Observation noValue = NOMAD.observations(thin, NOMAD.score(thin)).get(0);
    assertThat(noValue.hasDataAbsentReason()).isTrue();
    assertThat(validator.errors(noValue)).isEmpty();
    FhirInputException e =
        catchThrowableOfType(() -> NOMAD.score(ResponseScoringTest.bad()), FhirInputException.class);
    assertThat(e.operationOutcome().getIssue()).hasSize(8);
    assertThat(validator.errors(e.operationOutcome())).isEmpty();
  }

  /**
   * The one warning left: derivedFrom names the publications by DOI link, which no server can
   * resolve as a Questionnaire.
   */
  private static void assertOnlyDerivedFromWarnings(Questionnaire q) {
    assertThat(validator.problems(q))
        .as(q.getUrl())
        .extracting(SingleValidationMessage::getLocationString)
        .allMatch(where -> where.matches("Questionnaire\\.derivedFrom\\[\\d]"));
  }
}
