package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.junit.jupiter.api.Test;

/**
 * QuestionnaireResponses score as the same answers do through the CSV path, bad answers come back
 * as an OperationOutcome naming linkId, value and what is allowed, and scores become
 * Observations (that HAPI's validator accepts them is R4ValidationTest's).
 */
class ResponseScoringTest {
  private static final ResponseScoring NOMAD = ResponseScoring.of(Impsci.instrument("nomad"));
  private static final ResponseScoring ORCA = ResponseScoring.of(Impsci.instrument("orca"));

  /** nomad-response-p1.json's answers as a row of a NoMAD CSV export (G2 left empty). */
  private static final String NOMAD_CSV =
      "respondent_id,CO1,CO2,CO3,CO4,CP1,CP2,CP3,CP4,CA1,CA2,CA3,CA4,CA5,CA6,CA7,"
          + "RM1,RM2,RM3,RM4,RM5,G1,G2,G3\n"
          + "p1,4,4,5,3,5,not_relevant_role,4,4,4,2,4,3,3,2,2,3,4,4,5,4,7,,10\n";

  static QuestionnaireResponse nomadP1() {
    return FhirFormat.JSON.read(
        QuestionnaireResponse.class,
        ResponseScoringTest.class.getResourceAsStream("nomad-response-p1.json"),
        "nomad-response-p1.json");
  }

  private static List<RespondentScores> throughCsv(String instrument, String csv) {
    List<RespondentScores> rows = new ArrayList<>();
    SurveyCsvReader.of(
            Impsci.instrument(instrument).scorer(), CsvLayout.of("respondent_id"), ReadMode.STRICT)
        .read(stream(csv), "export.csv", row -> rows.add(row.scores()));
    return rows;
  }

  @Test
  void aNomadResponseInJsonAndXmlScoresAsTheSameAnswersThroughTheCsvPath() {
    QuestionnaireResponse qr = nomadP1();
    RespondentScores fhir = NOMAD.score(qr);
    assertThat(throughCsv("nomad", NOMAD_CSV)).containsExactly(fhir);
    // By hand: coherence (4+4+5+3)/4; CP2 'not relevant to my role' leaves (5+4+4)/3; CA2 = 2 is
    // reverse-scored to 6-2 = 4, so (4+4+4+3+3+2+2)/7; reflexive monitoring (3+4+4+5+4)/5.
    assertThat(fhir.respondentId()).isEqualTo("p1");
    assertThat(fhir.scores()).extracting(s -> s.score().getAsDouble())
        .containsExactly(4.0, 13.0 / 3, 22.0 / 7, 4.0);
    ScaleScore cp = fhir.score("cognitive-participation").orElseThrow();
    assertThat(cp.nonSubstantiveCodes()).isEqualTo(Map.of("not_relevant_role", 1));
    assertThat(cp.answered()).isEqualTo(3);

    Response response = NOMAD.response(qr);
    assertThat(response.answer("G1")).isEqualTo(Answer.of(7));
    assertThat(response.answer("G2")).isEqualTo(Answer.missing());
    assertThat(response.answer("CP2")).isEqualTo(Answer.nonSubstantive("not_relevant_role"));

    String xml = FhirFormat.XML.write(qr);
    QuestionnaireResponse fromXml = FhirFormat.XML.read(QuestionnaireResponse.class, stream(xml), "p1.xml");
    assertThat(NOMAD.score(fromXml)).isEqualTo(fhir);
  }

  @Test
  void anOrcaResponseScoresAsTheSameAnswersThroughTheCsvPath() {
    ScoredInstrument orca = Impsci.instrument("orca");
    Questionnaire q = QuestionnaireExport.withDefaults().questionnaire(orca.instrument());
    // Answers 1-5 in turn over the 77 items, every ninth left empty: each subscale keeps at least
    // half its items, and the three reverse-scored items are answered.
    List<String> ids = orca.instrument().items().stream().map(i -> i.id()).toList();
    StringBuilder header = new StringBuilder("respondent_id");
    StringBuilder row = new StringBuilder("r7");
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.getIdentifier().setValue("r7");
    qr.setQuestionnaire("http://impsci.org/fhir/Questionnaire/orca");
    for (int i = 0; i < ids.size(); i++) {
      header.append(',').append(ids.get(i));
      String answer = i % 9 == 8 ? "" : Integer.toString(i % 5 + 1);
      row.append(',').append(answer);
    }
    String csv = header + "\n" + row + "\n";
    fill(qr.getItem(), q.getItem(), csv.split("\n")[1].split(",", -1), ids);
    RespondentScores fhir = ORCA.score(qr);
    assertThat(throughCsv("orca", csv)).containsExactly(fhir);
    // By hand: evidence.discord is Q2a = 1 and Q2b = 2, its mean 1.5.
    assertThat(fhir.score("evidence.discord").orElseThrow().score().getAsDouble()).isEqualTo(1.5);
    assertThat(fhir.scores()).hasSize(22);
    assertThat(fhir.scores()).allSatisfy(s -> assertThat(s.score()).isPresent());
  }

  /** The response's items, nested as the Questionnaire's, with each question's answer coded. */
  private static void fill(
      List<QuestionnaireResponseItemComponent> into, List<QuestionnaireItemComponent> from,
      String[] cells, List<String> ids) {
    for (QuestionnaireItemComponent item : from) {
      QuestionnaireResponseItemComponent r = new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId());
      into.add(r);
      if (item.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
        fill(r.getItem(), item.getItem(), cells, ids);
        continue;
      }
      String cell = cells[ids.indexOf(item.getLinkId()) + 1];
      item.getAnswerOption().stream()
          .map(o -> o.getValueCoding())
          .filter(c -> c.getCode().equals(cell))
          .findFirst()
          .ifPresent(c -> r.addAnswer().setValue(c.copy()));
    }
  }

  @Test
  void scoresBecomeOneObservationPerScaleThatValidates() {
    QuestionnaireResponse qr = nomadP1();
    List<Observation> obs = NOMAD.observations(qr, NOMAD.score(qr));
    assertThat(obs).hasSize(4);
    Observation cp = obs.get(1);
    assertThat(cp.getCode().getCodingFirstRep().getSystem())
        .isEqualTo("http://impsci.org/fhir/CodeSystem/nomad-scales");
    assertThat(cp.getCode().getCodingFirstRep().getCode()).isEqualTo("cognitive-participation");
    assertThat(((Quantity) cp.getValue()).getValue().doubleValue()).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(cp.getComponent())
        .extracting(c -> c.getCode().getCodingFirstRep().getCode() + "=" + ((IntegerType) c.getValue()).getValue())
        .containsExactly("answered=3", "non-substantive=1", "missing=0");
    assertThat(cp.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/p1");
    assertThat(cp.getSubject().getReference()).isEqualTo("Practitioner/example");
  }

  @Test
  void scoresOfAnImpsciResponseBecomeObservationsWithTheRespondentAsALogicalSubject() {
    // nomad-response-p1.json's answers as impsci JSON; the scores worked out by hand as in the
    // first test: (4+4+5+3)/4, (5+4+4)/3 with CP2 not relevant to my role, CA2 = 2 reversed to
    // 4 so (4+4+4+3+3+2+2)/7, (3+4+4+5+4)/5.
    List<Observation> obs = NOMAD.observations(p1Scores());
    assertThat(obs).extracting(o -> o.getCode().getCodingFirstRep().getCode())
        .containsExactly("coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(obs).extracting(o -> ((Quantity) o.getValue()).getValue().doubleValue())
        .containsExactly(4.0, 13.0 / 3, 22.0 / 7, 4.0);
    assertThat(obs.get(1).getComponent())
        .extracting(c -> c.getCode().getCodingFirstRep().getCode() + "=" + ((IntegerType) c.getValue()).getValue())
        .containsExactly("answered=3", "non-substantive=1", "missing=0");
    for (Observation o : obs) {
      assertThat(o.hasDerivedFrom()).isFalse();
      assertThat(o.getSubject().hasReference()).isFalse();
      assertThat(o.getSubject().getIdentifier().getValue()).isEqualTo("p1");
      assertThat(o.getSubject().getIdentifier().hasSystem()).isFalse();
    }
    // The same answers as a QuestionnaireResponse give the same values.
    QuestionnaireResponse qr = nomadP1();
    assertThat(NOMAD.observations(qr, NOMAD.score(qr)))
        .extracting(o -> ((Quantity) o.getValue()).getValue().doubleValue())
        .containsExactly(4.0, 13.0 / 3, 22.0 / 7, 4.0);

    RespondentScores anonymous =
        Impsci.instrument("nomad").scorer().score(Response.builder().respondentId("").build());
    assertThat(NOMAD.observations(anonymous)).hasSize(4).allSatisfy(o -> {
      assertThat(o.hasSubject()).isFalse();
      assertThat(o.hasValue()).isFalse();
    });
  }

  @Test
  void underAnotherBaseTheAnswerCodesAndQuestionnaireAreThatBases() {
    ResponseScoring other =
        ResponseScoring.of(Impsci.instrument("nomad"), Canonicals.under(QuestionnaireExportTest.OTHER_BASE));
    assertThat(other.instrument().instrument().id()).isEqualTo("nomad");
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setQuestionnaire("https://example.org/fhir/Questionnaire/nomad|2018");
    for (String[] answer : new String[][] {{"CO1", "2"}, {"CO2", "3"}}) {
      qr.addItem().setLinkId(answer[0]).addAnswer()
          .setValue(new Coding("https://example.org/fhir/CodeSystem/nomad-answers", answer[1], null));
    }
    // By hand: coherence (2+3)/2 with two of four answered, the rules' minimum.
    RespondentScores scores = other.score(qr);
    assertThat(scores.score("coherence").orElseThrow().score().getAsDouble()).isEqualTo(2.5);
    assertThat(other.observations(qr, scores).get(0).getCode().getCodingFirstRep().getSystem())
        .isEqualTo("https://example.org/fhir/CodeSystem/nomad-scales");
    // The default base's codes are another system here.
    qr.getItemFirstRep().getAnswerFirstRep()
        .setValue(new Coding("http://impsci.org/fhir/CodeSystem/nomad-answers", "2", null));
    assertThat(catchInvalid(() -> other.score(qr)).getMessage())
        .isEqualTo("QuestionnaireResponse, item CO1, at QuestionnaireResponse.item[0].answer[0].value.system:"
            + " a coding of another system (value 'http://impsci.org/fhir/CodeSystem/nomad-answers');"
            + " allowed: https://example.org/fhir/CodeSystem/nomad-answers");
  }

  /** nomad-response-p1.json's answers as impsci JSON, scored. */
  static RespondentScores p1Scores() {
    Response p1 =
        ImpsciJson.read(
            "{\"respondentId\":\"p1\",\"answers\":{\"CO1\":4,\"CO2\":4,\"CO3\":5,\"CO4\":3,"
                + "\"CP1\":5,\"CP2\":\"not_relevant_role\",\"CP3\":4,\"CP4\":4,\"CA1\":4,\"CA2\":2,"
                + "\"CA3\":4,\"CA4\":3,\"CA5\":3,\"CA6\":2,\"CA7\":2,\"RM1\":3,\"RM2\":4,"
                + "\"RM3\":4,\"RM4\":5,\"RM5\":4,\"G1\":7,\"G3\":10}}",
            Response.class, "p1.json");
    return Impsci.instrument("nomad").scorer().score(p1);
  }

  /** A response that answers CO1 alone, too few for any scale. */
  static QuestionnaireResponse thin() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.getIdentifier().setValue("thin");
    qr.addItem().setLinkId("CO1").addAnswer().setValue(new Coding(null, "5", null));
    return qr;
  }

  @Test
  void aScaleWithTooFewAnswersIsAnObservationWithAReasonForNoValue() {
    QuestionnaireResponse qr = thin();
    RespondentScores scores = NOMAD.score(qr);
    Observation coherence = NOMAD.observations(qr, scores).get(0);
    assertThat(coherence.hasValue()).isFalse();
    assertThat(coherence.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("not-applicable");
    assertThat(coherence.getDataAbsentReason().getText())
        .isEqualTo(scores.scores().get(0).reason().orElseThrow());
    assertThat(coherence.getDerivedFromFirstRep().getIdentifier().getValue()).isEqualTo("thin");
  }

  /** A response to ORCA's Questionnaire with eight problems, scored as NoMAD. */
  static QuestionnaireResponse bad() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("bad");
    qr.setQuestionnaire("http://impsci.org/fhir/Questionnaire/orca");
    QuestionnaireResponseItemComponent group = qr.addItem().setLinkId("coherence");
    group.addItem().setLinkId("CO1").addAnswer().setValue(new Coding(null, "7", null));
    group.addItem().setLinkId("CO2").addAnswer().setValue(new StringType("agree"));
    qr.addItem().setLinkId("XX9");
    qr.addItem().setLinkId("G1").addAnswer().setValue(new IntegerType(11));
    QuestionnaireResponseItemComponent twice = qr.addItem().setLinkId("CO3");
    twice.addAnswer().setValue(new IntegerType(1));
    twice.addAnswer().setValue(new IntegerType(2));
    qr.addItem().setLinkId("CO4").addAnswer().setValue(new Coding("http://loinc.org", "LA6568-5", null));
    qr.addItem().setLinkId("G1");
    return qr;
  }

  @Test
  void everyBadAnswerIsAnIssueNamingLinkIdValueAndWhatIsAllowed() {
    QuestionnaireResponse qr = bad();
    FhirInputException e = (FhirInputException) catchInvalid(() -> NOMAD.score(qr));
    assertThat(e.problems()).extracting(InvalidInputException::getMessage).containsExactly(
        "QuestionnaireResponse, at QuestionnaireResponse.questionnaire: respondent 'bad': a response"
            + " to another Questionnaire (value 'http://impsci.org/fhir/Questionnaire/orca');"
            + " allowed: http://impsci.org/fhir/Questionnaire/nomad",
        "QuestionnaireResponse, item CO1, at QuestionnaireResponse.item[0].item[0].answer[0].value.code:"
            + " respondent 'bad': a code the item does not offer (value '7'); allowed: whole numbers"
            + " 1..5, or one of [not_relevant_stage, not_relevant_role, not_relevant_intervention]",
        "QuestionnaireResponse, item CO2, at QuestionnaireResponse.item[0].item[1].answer[0].value:"
            + " respondent 'bad': an answer of type string (value 'agree'); allowed: a coding of"
            + " http://impsci.org/fhir/CodeSystem/nomad-answers or a number: whole numbers 1..5, or"
            + " one of [not_relevant_stage, not_relevant_role, not_relevant_intervention]",
        "QuestionnaireResponse, item XX9, at QuestionnaireResponse.item[1].linkId: respondent 'bad':"
            + " a linkId that instrument 'nomad' does not have (value 'XX9'); allowed: the item ids"
            + " CO1, CO2, CO3, CO4, CP1, CP2, CP3, CP4, CA1, CA2, CA3, CA4, CA5, CA6, CA7, RM1, RM2,"
            + " RM3, RM4, RM5, G1, G2, G3 and the scale ids coherence, cognitive-participation,"
            + " collective-action, reflexive-monitoring",
        "QuestionnaireResponse, item G1, at QuestionnaireResponse.item[2].answer[0].value:"
            + " respondent 'bad': a number outside the item's scale (value '11'); allowed: whole"
            + " numbers 0..10",
        "QuestionnaireResponse, item CO3, at QuestionnaireResponse.item[3].answer: respondent 'bad':"
            + " 2 answers to one item; allowed: one answer",
        "QuestionnaireResponse, item CO4, at QuestionnaireResponse.item[4].answer[0].value.system:"
            + " respondent 'bad': a coding of another system (value 'http://loinc.org'); allowed:"
            + " http://impsci.org/fhir/CodeSystem/nomad-answers",
        "QuestionnaireResponse, item G1, at QuestionnaireResponse.item[5]: respondent 'bad': the"
            + " item appears twice, first at QuestionnaireResponse.item[2]; allowed: once");
    assertThat(e.getMessage()).contains("(and 7 more problems)");
    assertThat(e.location().path()).hasValue("QuestionnaireResponse.questionnaire");

    OperationOutcome outcome = e.operationOutcome();
    assertThat(outcome.getIssue()).hasSize(8);
    assertThat(outcome.getIssue().get(1).getExpression()).extracting(StringType::getValue)
        .containsExactly("QuestionnaireResponse.item[0].item[0].answer[0].value.code");
    assertThat(outcome.getIssue().get(1).getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(outcome.getIssue().get(1).getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
    assertThat(outcome.getIssue().get(1).getDiagnostics()).isEqualTo(e.problems().get(1).getMessage());
  }

  @Test
  void aGroupWithAnAnswerOrAnItemWithoutLinkIdIsRejected() {
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.addItem().setLinkId("coherence").addAnswer().setValue(new IntegerType(3));
    qr.addItem();
    FhirInputException e = (FhirInputException) catchInvalid(() -> NOMAD.response(qr));
    assertThat(e.problems()).extracting(InvalidInputException::getMessage).containsExactly(
        "QuestionnaireResponse, item coherence, at QuestionnaireResponse.item[0]: an answer to a"
            + " scale's group; allowed: no answer",
        "QuestionnaireResponse, at QuestionnaireResponse.item[1].linkId: an item without a linkId");
  }

  @Test
  void nestingAndItemCountAreBounded() {
    QuestionnaireResponse deep = new QuestionnaireResponse();
    QuestionnaireResponseItemComponent at = deep.addItem().setLinkId("coherence");
    for (int d = 2; d <= ResponseScoring.MAX_DEPTH + 1; d++) {
      at = at.addItem().setLinkId("coherence");
    }
    FhirInputException e = (FhirInputException) catchInvalid(() -> NOMAD.response(deep));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problem()).isEqualTo("items nested more than 16 deep");
    assertThat(e.location().path().orElseThrow()).isEqualTo("QuestionnaireResponse" + ".item[0]".repeat(17));

    QuestionnaireResponse many = new QuestionnaireResponse();
    for (int i = 0; i <= ResponseScoring.MAX_ITEMS; i++) {
      many.addItem().setLinkId("coherence");
    }
    e = (FhirInputException) catchInvalid(() -> NOMAD.response(many));
    assertThat(e.problem()).isEqualTo("more than 10000 items");
    assertThat(e.location().path()).hasValue("QuestionnaireResponse.item[10000]");

    QuestionnaireResponse noisy = new QuestionnaireResponse();
    for (int i = 0; i < 150; i++) {
      noisy.addItem().setLinkId("nope" + i);
    }
    e = (FhirInputException) catchInvalid(() -> NOMAD.response(noisy));
    assertThat(e.problems()).hasSize(FhirInputException.MAX_PROBLEMS);
  }

  @Test
  void unreadableResourcesAreInvalidInputNamingTheSource() {
    assertThatThrownBy(() -> FhirFormat.JSON.read(QuestionnaireResponse.class, stream("{\"resourceType\": 3"), "post.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("post.json: not a FHIR R4 QuestionnaireResponse in JSON: ");
    assertThatThrownBy(() -> FhirFormat.JSON.read(QuestionnaireResponse.class, stream("{\"resourceType\": \"Patient\"}"), "post.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("post.json: not a FHIR R4 QuestionnaireResponse in JSON: ");
    // An external entity is never read: HAPI's XML reader ignores the document type declaration.
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<QuestionnaireResponse xmlns=\"http://hl7.org/fhir\"><id value=\"&x;\"/>"
            + "</QuestionnaireResponse>";
    assertThatThrownBy(() -> FhirFormat.XML.read(QuestionnaireResponse.class, stream(xxe), "post.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("post.xml: not a FHIR R4 QuestionnaireResponse in XML: ")
        .hasMessageContaining("Undeclared general entity \"x\"");
  }

  private static InvalidInputException catchInvalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no InvalidInputException");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
