package org.impsci.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.barriers.pcat.Pcat;
import org.impsci.barriers.pcat.PcatAnswer;
import org.impsci.barriers.pcat.PcatClass;
import org.impsci.barriers.pcat.PcatSide;

/**
 * Reads a QuestionnaireResponse to pCAT's Questionnaire (as {@link QuestionnaireExport} writes it:
 * a group per item, linkId its number, holding {@code N.direction}, {@code N.effect} and {@code
 * N.comment}) back into pCAT answers: one per item, 1 to 14 in order, classified by {@link
 * PcatClass#of} as the CSV reader classifies a file's (an item not answered is missing; a
 * direction without an effect is a barrier or facilitator whose effect is missing). The
 * respondent is the response's identifier value, else its id, else empty; {@code row} is 0, since
 * no file row is behind an answer. A linkId pCAT's Questionnaire does not have, an item given
 * twice, a code of another system or one the question does not offer are problems, reported
 * together. Items are read two levels deep and no further. Immutable and thread-safe.
 */
public final class PcatResponses {
  private static final String ROOT = "QuestionnaireResponse";
  private static final Map<String, PcatSide> SIDES =
      Map.of(
          PcatForm.DIRECTION + "-1", PcatSide.BARRIER,
          PcatForm.DIRECTION + "-2", PcatSide.NEUTRAL,
          PcatForm.DIRECTION + "-3", PcatSide.FACILITATOR);
  private static final Map<String, Integer> EFFECTS =
      Map.of(PcatForm.EFFECT + "-0", 0, PcatForm.EFFECT + "-1", 1);

  private final String system;

  private PcatResponses(Canonicals canonicals) {
    this.system = canonicals.answers(Pcat.ID);
  }

  /** Reading of responses to pCAT's Questionnaire under the given canonical URLs. */
  public static PcatResponses of(Canonicals canonicals) {
    return new PcatResponses(canonicals);
  }

  /**
   * The response's 14 answers.
   *
   * @throws FhirInputException naming every linkId, path, value and allowed answer at fault
   */
  public List<PcatAnswer> answers(QuestionnaireResponse qr) {
    PcatSide[] sides = new PcatSide[Pcat.ITEMS + 1];
    int[] effects = new int[Pcat.ITEMS + 1];
    String[] comments = new String[Pcat.ITEMS + 1];
    Arrays.fill(effects, -1);
    List<InvalidInputException> problems = new ArrayList<>();
    List<QuestionnaireResponseItemComponent> groups = qr.getItem();
    for (int g = 0; g < groups.size() && problems.size() < FhirInputException.MAX_PROBLEMS; g++) {
      String path = ROOT + ".item[" + g + "]";
      String linkId = groups.get(g).getLinkId();
      int n = number(linkId);
      if (n < 0 || sides[n] != null) {
        problems.add(problem(path + ".linkId", linkId,
            n < 0 ? "a linkId that pCAT's Questionnaire does not have" : "the item appears twice",
            linkId, "the item numbers 1 to " + Pcat.ITEMS + ", each once"));
        continue;
      }
      sides[n] = PcatSide.MISSING;
      List<QuestionnaireResponseItemComponent> parts = groups.get(g).getItem();
      for (int k = 0; k < parts.size(); k++) {
        QuestionnaireResponseItemComponent part = parts.get(k);
        String at = path + ".item[" + k + "]";
        String question = part.getLinkId();
        if (part.getAnswer().size() > 1) {
          problems.add(problem(at + ".answer", question,
              part.getAnswer().size() + " answers to one question", null, "one answer"));
        } else if ((n + "." + PcatForm.DIRECTION).equals(question)) {
          String code = code(part, at, SIDES, problems);
          sides[n] = code == null ? PcatSide.MISSING : SIDES.get(code);
        } else if ((n + "." + PcatForm.EFFECT).equals(question)) {
          String code = code(part, at, EFFECTS, problems);
          effects[n] = code == null ? -1 : EFFECTS.get(code);
        } else if ((n + "." + PcatForm.COMMENT).equals(question)) {
          comments[n] = part.hasAnswer() ? part.getAnswerFirstRep().getValue().primitiveValue() : null;
        } else {
          problems.add(problem(at + ".linkId", question,
              "a linkId that pCAT's item " + n + " does not have", question,
              n + "." + PcatForm.DIRECTION + ", " + n + "." + PcatForm.EFFECT + ", " + n + "."
                  + PcatForm.COMMENT));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FhirInputException(problems);
    }
    String respondent = ResponseScoring.respondent(qr);
    List<PcatAnswer> answers = new ArrayList<>();
    for (int n = 1; n <= Pcat.ITEMS; n++) {
      PcatSide side = sides[n] == null ? PcatSide.MISSING : sides[n];
      PcatAnswer.Builder b =
          PcatAnswer.builder().row(0).respondentId(respondent).item(n).side(side)
              .pcatClass(PcatClass.of(side, effects[n], true));
      if (effects[n] >= 0) {
        b.effect(effects[n]);
      }
      if (comments[n] != null && !comments[n].isBlank()) {
        b.comment(comments[n]);
      }
      answers.add(b.build());
    }
    return answers;
  }

  /** The item number a group's linkId names, or -1. */
  private static int number(String linkId) {
    for (int n = 1; n <= Pcat.ITEMS; n++) {
      if (Integer.toString(n).equals(linkId)) {
        return n;
      }
    }
    return -1;
  }

  /** The code of a question's answer when it is one the question offers; null if none or bad. */
  private String code(
      QuestionnaireResponseItemComponent part, String at, Map<String, ?> offered,
      List<InvalidInputException> problems) {
    if (!part.hasAnswer()) {
      return null;
    }
    Type value = part.getAnswerFirstRep().getValue();
    String path = at + ".answer[0].value";
    String allowed = "a coding of " + system + ": " + String.join(", ", offered.keySet().stream().sorted().toList());
    if (!(value instanceof Coding coding)) {
      problems.add(problem(path, part.getLinkId(), "an answer that is not a coding",
          value == null ? null : value.primitiveValue(), allowed));
      return null;
    }
    if (coding.hasSystem() && !coding.getSystem().equals(system)) {
      problems.add(problem(path + ".system", part.getLinkId(), "a coding of another system", coding.getSystem(), allowed));
      return null;
    }
    if (!offered.containsKey(coding.getCode())) {
      problems.add(problem(path + ".code", part.getLinkId(), "a code the question does not offer", coding.getCode(), allowed));
      return null;
    }
    return coding.getCode();
  }

  private static InvalidInputException problem(
      String path, String linkId, String what, String value, String allowed) {
    InputLocation where = InputLocation.in(ROOT).withPath(path);
    if (linkId != null && !linkId.isEmpty()) {
      where = where.withItemId(linkId);
    }
    return new InvalidInputException(where, what, value, allowed);
  }
}
