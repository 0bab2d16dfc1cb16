package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.impsci.assessment.InvalidInputException;
import org.impsci.barriers.pcat.PcatAnswer;
import org.impsci.barriers.pcat.PcatClass;
import org.junit.jupiter.api.Test;

/**
 * A QuestionnaireResponse to pCAT's Questionnaire read back into pCAT answers. Expected classes
 * worked out by hand from Robinson and Damschroder 2023 (doi:10.1186/s43058-022-00380-5), Table
 * 1: direction 1 with effect 1 a strong barrier, 2 neutral, 3 with effect 0 a weak facilitator,
 * 1 without effect a barrier whose effect is missing, an item not answered missing.
 */
class PcatResponsesTest {
  private static final String SYSTEM = "http://impsci.org/fhir/CodeSystem/pcat-answers";
  private static final PcatResponses READ = PcatResponses.of(Canonicals.defaults());

  private static QuestionnaireResponseItemComponent item(QuestionnaireResponse qr, int n, String direction, String effect) {
    QuestionnaireResponseItemComponent group = qr.addItem().setLinkId(Integer.toString(n));
    if (direction != null) {
      group.addItem().setLinkId(n + ".direction").addAnswer().setValue(new Coding(SYSTEM, direction, null));
    }
    if (effect != null) {
      group.addItem().setLinkId(n + ".effect").addAnswer().setValue(new Coding(null, effect, null));
    }
    return group;
  }

  @Test
  void eachItemsDirectionEffectAndCommentBecomeAClassifiedAnswer() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.getIdentifier().setValue("r1");
    item(qr, 1, "direction-1", "effect-1");
    item(qr, 2, "direction-2", null);
    item(qr, 3, "direction-3", "effect-0")
        .addItem().setLinkId("3.comment").addAnswer().setValue(new StringType("new rota helps"));
    item(qr, 4, "direction-1", null);
    item(qr, 14, "direction-3", "effect-1");
    List<PcatAnswer> answers = PcatResponses.of(Canonicals.defaults()).answers(qr);
    assertThat(answers).hasSize(14);
    assertThat(answers).extracting(PcatAnswer::item)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(answers.subList(0, 5)).extracting(PcatAnswer::pcatClass).containsExactly(
        PcatClass.STRONG_BARRIER, PcatClass.NEUTRAL, PcatClass.WEAK_FACILITATOR,
        PcatClass.BARRIER_EFFECT_MISSING, PcatClass.MISSING);
    assertThat(answers.subList(5, 13)).allSatisfy(a -> assertThat(a.pcatClass()).isEqualTo(PcatClass.MISSING));
    assertThat(answers.get(13).pcatClass()).isEqualTo(PcatClass.STRONG_FACILITATOR);
    assertThat(answers.get(0).effect()).hasValue(1);
    assertThat(answers.get(3).effect()).isEmpty();
    assertThat(answers.get(2).comment()).hasValue("new rota helps");
    assertThat(answers.get(0).comment()).isEmpty();
    assertThat(answers).allSatisfy(a -> assertThat(a.respondentId()).isEqualTo("r1"));
  }

  @Test
  void badLinkIdsAndCodesAreReportedTogether() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    item(qr, 1, "direction-4", null);
    item(qr, 1, "direction-1", null);
    qr.addItem().setLinkId("15");
    item(qr, 2, null, "effect-1").addItem().setLinkId("2.other");
    qr.getItem().get(3).getItemFirstRep().getAnswerFirstRep().setValue(new Coding("http://loinc.org", "effect-1", null));
    FhirInputException e = catchThrowableOfType(() -> READ.answers(qr), FhirInputException.class);
    String allowedDirection = "a coding of " + SYSTEM + ": direction-1, direction-2, direction-3";
    assertThat(e.problems()).extracting(InvalidInputException::getMessage).containsExactly(
        "QuestionnaireResponse, item 1.direction, at QuestionnaireResponse.item[0].item[0].answer[0].value.code:"
            + " a code the question does not offer (value 'direction-4'); allowed: " + allowedDirection,
        "QuestionnaireResponse, item 1, at QuestionnaireResponse.item[1].linkId: the item appears twice"
            + " (value '1'); allowed: the item numbers 1 to 14, each once",
        "QuestionnaireResponse, item 15, at QuestionnaireResponse.item[2].linkId: a linkId that pCAT's"
            + " Questionnaire does not have (value '15'); allowed: the item numbers 1 to 14, each once",
        "QuestionnaireResponse, item 2.effect, at QuestionnaireResponse.item[3].item[0].answer[0].value.system:"
            + " a coding of another system (value 'http://loinc.org'); allowed: a coding of " + SYSTEM
            + ": effect-0, effect-1",
        "QuestionnaireResponse, item 2.other, at QuestionnaireResponse.item[3].item[1].linkId: a linkId"
            + " that pCAT's item 2 does not have (value '2.other'); allowed: 2.direction, 2.effect, 2.comment");
  }

  @Test
  void answersThatAreNotOneCodingAreProblemsAndEmptyPartsAreMissing() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("resp-7");
    // Item 1: two answers to its direction. Item 2: a text where a coding belongs. Item 3: a
    // direction question with no answer, an effect of 0 and a blank comment. Item 4: an answer
    // element without a value, which HAPI counts as no answer: missing, not a problem.
    QuestionnaireResponseItemComponent one = item(qr, 1, "direction-1", null);
    one.getItemFirstRep().addAnswer().setValue(new Coding(SYSTEM, "direction-3", null));
    QuestionnaireResponseItemComponent two = qr.addItem().setLinkId("2");
    two.addItem().setLinkId("2.direction").addAnswer().setValue(new StringType("barrier"));
    two.addItem().setLinkId("2.effect").addAnswer().setValue(new StringType("strong"));
    QuestionnaireResponseItemComponent three = qr.addItem().setLinkId("3");
    three.addItem().setLinkId("3.direction");
    three.addItem().setLinkId("3.effect").addAnswer().setValue(new Coding(SYSTEM, "effect-0", null));
    three.addItem().setLinkId("3.comment").addAnswer().setValue(new StringType("  "));
    three.addItem().setLinkId("3.comment");
    qr.addItem().setLinkId("4").addItem().setLinkId("4.direction").addAnswer();
    // Item 5: a facilitator whose effect question has no answer. Item 6: an answer that holds only
    // an extension, so it is an answer, without a value.
    QuestionnaireResponseItemComponent five = item(qr, 5, "direction-3", null);
    five.addItem().setLinkId("5.effect");
    qr.addItem().setLinkId("6").addItem().setLinkId("6.direction").addAnswer()
        .addExtension("http://example.org/note", new StringType("skipped"));
    FhirInputException e = catchThrowableOfType(() -> READ.answers(qr), FhirInputException.class);
    assertThat(e.problems()).extracting(InvalidInputException::getMessage).containsExactly(
        "QuestionnaireResponse, item 1.direction, at QuestionnaireResponse.item[0].item[0].answer: 2 answers"
            + " to one question; allowed: one answer",
        "QuestionnaireResponse, item 2.direction, at QuestionnaireResponse.item[1].item[0].answer[0].value:"
            + " an answer that is not a coding (value 'barrier'); allowed: a coding of " + SYSTEM
            + ": direction-1, direction-2, direction-3",
        "QuestionnaireResponse, item 2.effect, at QuestionnaireResponse.item[1].item[1].answer[0].value:"
            + " an answer that is not a coding (value 'strong'); allowed: a coding of " + SYSTEM
            + ": effect-0, effect-1",
        "QuestionnaireResponse, item 6.direction, at QuestionnaireResponse.item[5].item[0].answer[0].value:"
            + " an answer that is not a coding; allowed: a coding of " + SYSTEM
            + ": direction-1, direction-2, direction-3");

    // Without items 1, 2 and 6 the response reads: item 4 is missing, item 5 a facilitator whose
    // effect is missing; item 3 has an effect but no direction, so by
    // Table 1 it is missing (the effect kept, 0), its blank comment dropped; the respondent is
    // the resource id, since there is no identifier.
    qr.getItem().remove(5);
    qr.getItem().remove(1);
    qr.getItem().remove(0);
    List<PcatAnswer> answers = READ.answers(qr);
    PcatAnswer three3 = answers.get(2);
    assertThat(three3.pcatClass()).isEqualTo(PcatClass.MISSING);
    assertThat(three3.effect()).hasValue(0);
    assertThat(three3.comment()).isEmpty();
    assertThat(three3.row()).isZero();
    assertThat(answers.get(3).pcatClass()).isEqualTo(PcatClass.MISSING);
    assertThat(answers.get(4).pcatClass()).isEqualTo(PcatClass.FACILITATOR_EFFECT_MISSING);
    assertThat(answers.get(4).effect()).isEmpty();
    assertThat(answers).allSatisfy(a -> assertThat(a.respondentId()).isEqualTo("resp-7"));
    assertThat(READ.answers(new QuestionnaireResponse())).extracting(PcatAnswer::respondentId)
        .containsOnly("");
  }

  @Test
  void problemsStopAtTheCap() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    for (int g = 0; g < FhirInputException.MAX_PROBLEMS + 5; g++) {
      qr.addItem().setLinkId("x" + g);
    }
    FhirInputException e = catchThrowableOfType(() -> READ.answers(qr), FhirInputException.class);
    assertThat(e.problems()).hasSize(FhirInputException.MAX_PROBLEMS);
    assertThat(e.problems().get(FhirInputException.MAX_PROBLEMS - 1).getMessage())
        .contains("QuestionnaireResponse.item[99].linkId");
  }
}
