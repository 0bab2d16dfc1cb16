package org.impsci.fhir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoredInstrument;

/**
 * Scores FHIR R4 {@link QuestionnaireResponse}s to an instrument's Questionnaire (as {@link
 * QuestionnaireExport} writes it) by the instrument's rules. Each item's {@code linkId} is an item
 * id or a scale's group; an answer is a coding of the instrument's answer CodeSystem (a scale
 * point's code or a non-substantive answer's code; the coding's system may be left out), or an
 * integer or decimal that the item's scale accepts; an item with no answer is missing. The
 * respondent is the response's {@code identifier} value, else its id, else empty. The response's
 * {@code questionnaire}, where given, must be the instrument's Questionnaire (with or without
 * {@code |version}); its {@code status} is not read, so an in-progress response scores what it
 * holds.
 *
 * <p>Every problem is collected, up to {@link FhirInputException#MAX_PROBLEMS}, before one {@link
 * FhirInputException} reports them all. The walk through nested items is iterative, at most
 * {@value #MAX_DEPTH} levels deep and {@value #MAX_ITEMS} items in all. Immutable and thread-safe.
 */
public final class ResponseScoring {
  /** The deepest nesting of items read. */
  public static final int MAX_DEPTH = 16;

  /** The most items (at every level) one response may hold. */
  public static final int MAX_ITEMS = 10_000;

  private static final String ROOT = "QuestionnaireResponse";

  private final ScoredInstrument scored;
  private final Canonicals canonicals;
  private final String answerSystem;

  private ResponseScoring(ScoredInstrument scored, Canonicals canonicals) {
    this.scored = Objects.requireNonNull(scored, "scored");
    this.canonicals = Objects.requireNonNull(canonicals, "canonicals");
    this.answerSystem = canonicals.answers(scored.id());
  }

  /** Scoring of responses to the instrument's Questionnaire under the default canonical URLs. */
  public static ResponseScoring of(ScoredInstrument scored) {
    return new ResponseScoring(scored, Canonicals.defaults());
  }

  /** Scoring of responses to the instrument's Questionnaire under the given canonical URLs. */
  public static ResponseScoring of(ScoredInstrument scored, Canonicals canonicals) {
    return new ResponseScoring(scored, canonicals);
  }

  /** The instrument with its rules. */
  public ScoredInstrument instrument() {
    return scored;
  }

  /**
   * The response as impsci's {@link Response}.
   *
   * @throws FhirInputException naming every linkId, path, value and allowed answer at fault
   */
  public Response response(QuestionnaireResponse qr) {
    Problems problems = new Problems(respondent(qr));
    checkQuestionnaire(qr, problems);
    Map<String, Answer> answers = new HashMap<>();
    Map<String, String> answeredAt = new HashMap<>();
    Deque<Node> pending = new ArrayDeque<>();
    pushAll(pending, qr.getItem(), ROOT, 1);
    int seen = 0;
    while (!pending.isEmpty() && !problems.full()) {
      Node node = pending.pop();
      if (++seen > MAX_ITEMS) {
        problems.add(node.path, null, "more than " + MAX_ITEMS + " items", null, null);
        break;
      }
      if (node.depth > MAX_DEPTH) {
        problems.add(node.path, null, "items nested more than " + MAX_DEPTH + " deep", null, null);
        continue;
      }
      read(node, answers, answeredAt, pending, problems);
    }
    problems.throwIfAny();
    return Response.builder().respondentId(problems.respondent).putAllAnswers(answers).build();
  }

  /**
   * The response scored by the instrument's rules.
   *
   * @throws FhirInputException naming every linkId, path, value and allowed answer at fault
   */
  public RespondentScores score(QuestionnaireResponse qr) {
    return scored.scorer().score(response(qr));
  }

  /**
   * One Observation per scale of a QuestionnaireResponse's scores: status {@code final}, code the
   * scale in the instrument's scale CodeSystem, {@code valueQuantity} the score (or, where the
   * rules give none, a {@code dataAbsentReason} of {@code not-applicable} whose text is the
   * reason), the counts behind it as components ({@link ScoreCount}), {@code derivedFrom} the
   * response (by id, else by identifier) and the response's subject.
   */
  public List<Observation> observations(QuestionnaireResponse qr, RespondentScores scores) {
    return observations(
        scores, derivedFrom(qr), qr.hasSubject() ? Optional.of(qr.getSubject()) : Optional.empty());
  }

  /**
   * One Observation per scale of scores that come from no FHIR resource (an impsci JSON {@link
   * Response}): as {@link #observations(QuestionnaireResponse, RespondentScores)}, but with no
   * {@code derivedFrom}, since there is no resource to point at, and, unless the respondent id is
   * empty, a {@code subject} that is a logical reference: an identifier whose value is the
   * respondent id. The identifier has no system, because impsci does not know whose ids they are;
   * a host that does sets one itself.
   */
  public List<Observation> observations(RespondentScores scores) {
    Optional<Reference> subject =
        scores.respondentId().isEmpty()
            ? Optional.empty()
            : Optional.of(new Reference().setIdentifier(new Identifier().setValue(scores.respondentId())));
    return observations(scores, Optional.empty(), subject);
  }

  private List<Observation> observations(
      RespondentScores scores, Optional<Reference> derivedFrom, Optional<Reference> subject) {
    Instrument instrument = scored.instrument();
    List<Observation> observations = new ArrayList<>();
    for (ScaleScore s : scores.scores()) {
      ItemGroup group = instrument.group(s.scaleId()).orElseThrow();
      Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
      o.setCode(
          new CodeableConcept(new Coding(canonicals.scales(instrument.id()), group.id(), group.label())));
      if (s.score().isPresent()) {
        o.setValue(new Quantity().setValue(s.score().getAsDouble()).setUnit("score"));
      } else {
        o.setDataAbsentReason(
            new CodeableConcept(
                    new Coding(
                        "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                        "not-applicable",
                        "Not Applicable"))
                .setText(s.reason().orElseThrow()));
      }
      component(o, ScoreCount.ANSWERED, s.answered());
      component(o, ScoreCount.NON_SUBSTANTIVE, s.nonSubstantive());
      component(o, ScoreCount.MISSING, s.missing());
      derivedFrom.ifPresent(d -> o.addDerivedFrom(d.copy()));
      subject.ifPresent(r -> o.setSubject(r.copy()));
      observations.add(o);
    }
    return observations;
  }

  private void component(Observation o, ScoreCount count, int value) {
    o.addComponent()
        .setCode(new CodeableConcept(new Coding(canonicals.scoreCounts(), count.code(), count.display())))
        .setValue(new IntegerType(value));
  }

  private static Optional<Reference> derivedFrom(QuestionnaireResponse qr) {
    if (qr.getIdElement().hasIdPart()) {
      return Optional.of(
          new Reference("QuestionnaireResponse/" + qr.getIdElement().getIdPart()));
    }
    if (qr.hasIdentifier()) {
      return Optional.of(
          new Reference().setType("QuestionnaireResponse").setIdentifier(qr.getIdentifier().copy()));
    }
    return Optional.empty();
  }

  /** The respondent: the identifier value, else the id, else empty. */
  static String respondent(QuestionnaireResponse qr) {
    if (qr.hasIdentifier() && qr.getIdentifier().hasValue()) {
      return qr.getIdentifier().getValue();
    }
    return qr.getIdElement().hasIdPart() ? qr.getIdElement().getIdPart() : "";
  }

  private void checkQuestionnaire(QuestionnaireResponse qr, Problems problems) {
    if (!qr.hasQuestionnaire()) {
      return;
    }
    String url = canonicals.questionnaire(scored.id());
    String given = qr.getQuestionnaire();
    if (!given.equals(url) && !given.startsWith(url + "|")) {
      problems.add(
          ROOT + ".questionnaire", null, "a response to another Questionnaire", given, url);
    }
  }

  /** One item of the response, with its path and depth. */
  private record Node(QuestionnaireResponseItemComponent item, String path, int depth) {}

  private static void pushAll(
      Deque<Node> pending, List<QuestionnaireResponseItemComponent> items, String parent, int depth) {
    // Pushed in reverse, so that items are read in document order.
    for (int i = items.size() - 1; i >= 0; i--) {
      pending.push(new Node(items.get(i), parent + ".item[" + i + "]", depth));
    }
  }

  private void read(
      Node node,
      Map<String, Answer> answers,
      Map<String, String> answeredAt,
      Deque<Node> pending,
      Problems problems) {
    QuestionnaireResponseItemComponent item = node.item;
    Instrument instrument = scored.instrument();
    String linkId = item.getLinkId();
    List<QuestionnaireResponseItemAnswerComponent> given = item.getAnswer();
    for (int a = given.size() - 1; a >= 0; a--) {
      pushAll(pending, given.get(a).getItem(), node.path + ".answer[" + a + "]", node.depth + 1);
    }
    pushAll(pending, item.getItem(), node.path, node.depth + 1);
    if (linkId == null || linkId.isEmpty()) {
      problems.add(node.path + ".linkId", null, "an item without a linkId", null, null);
      return;
    }
    if (instrument.group(linkId).isPresent()) {
      if (!given.isEmpty()) {
        problems.add(node.path, linkId, "an answer to a scale's group", null, "no answer");
      }
      return;
    }
    Item question = instrument.item(linkId).orElse(null);
    if (question == null) {
      problems.add(
          node.path + ".linkId", linkId,
          "a linkId that instrument '" + instrument.id() + "' does not have", linkId,
          "the item ids " + String.join(", ", instrument.itemsById().keySet())
              + " and the scale ids " + String.join(", ", instrument.groupsById().keySet()));
      return;
    }
    String first = answeredAt.putIfAbsent(linkId, node.path);
    if (first != null) {
      problems.add(node.path, linkId, "the item appears twice, first at " + first, null, "once");
      return;
    }
    if (given.size() > 1) {
      problems.add(
          node.path + ".answer", linkId, given.size() + " answers to one item", null, "one answer");
      return;
    }
    if (given.size() == 1) {
      Answer answer = answer(question, given.get(0).getValue(), node.path + ".answer[0].value", problems);
      if (answer != null) {
        answers.put(linkId, answer);
      }
    }
  }

  /** The answer a value stands for; null after adding a problem. */
  private Answer answer(Item item, Type value, String path, Problems problems) {
    ResponseScale scale = item.scale();
    if (value instanceof Coding coding) {
      return codedAnswer(item, coding, path, problems);
    }
    if (value instanceof IntegerType || value instanceof DecimalType) {
      String text = value.primitiveValue();
      double number = Double.parseDouble(text);
      if (scale.accepts(number)) {
        return Answer.of(number);
      }
      problems.add(path, item.id(), "a number outside the item's scale", text, scale.describeAllowed());
      return null;
    }
    problems.add(
        path, item.id(), "an answer of type " + (value == null ? "none" : value.fhirType()),
        value == null ? null : value.primitiveValue(),
        "a coding of " + answerSystem + " or a number: " + scale.describeAllowed());
    return null;
  }

  private Answer codedAnswer(Item item, Coding coding, String path, Problems problems) {
    ResponseScale scale = item.scale();
    if (coding.hasSystem() && !coding.getSystem().equals(answerSystem)) {
      problems.add(path + ".system", item.id(), "a coding of another system", coding.getSystem(), answerSystem);
      return null;
    }
    String code = coding.getCode();
    if (code != null && scale.acceptsCode(code)) {
      return Answer.nonSubstantive(code);
    }
    if (code != null && code.matches("-?\\d{1,9}")) {
      double point = Integer.parseInt(code);
      if (scale.kind() == ResponseScale.Kind.ORDINAL && scale.accepts(point)) {
        return Answer.of(point);
      }
    }
    problems.add(path + ".code", item.id(), "a code the item does not offer", code, scale.describeAllowed());
    return null;
  }

  /** The problems found so far in one response. */
  private static final class Problems {
    final String respondent;
    final List<InvalidInputException> found = new ArrayList<>();

    Problems(String respondent) {
      this.respondent = respondent;
    }

    void add(String path, String linkId, String problem, String value, String allowed) {
      InputLocation where = InputLocation.in(ROOT).withPath(path);
      if (linkId != null) {
        where = where.withItemId(linkId);
      }
      String what = respondent.isEmpty() ? problem : "respondent '" + respondent + "': " + problem;
      found.add(new InvalidInputException(where, what, value, allowed));
    }

    boolean full() {
      return found.size() >= FhirInputException.MAX_PROBLEMS;
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new FhirInputException(found);
      }
    }
  }
}
