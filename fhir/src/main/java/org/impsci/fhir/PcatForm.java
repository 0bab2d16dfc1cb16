package org.impsci.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.barriers.pcat.Pcat;

/**
 * pCAT's items in a Questionnaire. Each of the 14 items is a group (linkId its number, text its
 * prompt) of three questions: {@code N.direction}, a choice of {@code direction-1} (a potential
 * barrier), {@code direction-2} (neutral) and {@code direction-3} (a potential facilitator);
 * {@code N.effect}, a choice of {@code effect-0} (weak or no effect) and {@code effect-1} (strong),
 * enabled only when the direction is 1 or 3; and {@code N.comment}, free text. The codes, in the
 * instrument's answer CodeSystem, keep pcatR's numbers (direction 1-3, effect 0-1) and say which
 * part they answer, so that the two parts' codes never collide.
 */
final class PcatForm {
  /** The direction question's linkId after the item number and a dot. */
  static final String DIRECTION = "direction";

  /** The effect question's linkId after the item number and a dot. */
  static final String EFFECT = "effect";

  /** The comment question's linkId after the item number and a dot. */
  static final String COMMENT = "comment";

  /** What the answer CodeSystem holds, after the instrument's name. */
  static final String ANSWERS =
      ": each item's direction (1 a potential barrier, 2 neutral, 3 a potential facilitator) and,"
          + " unless neutral, its effect (0 weak or no effect, 1 strong effect), with pcatR's"
          + " numbers in the codes; they are never scored.";

  private PcatForm() {}

  /** Whether the instrument is pCAT, exported in this form. */
  static boolean isPcat(Instrument instrument) {
    return instrument.id().equals(Pcat.ID);
  }

  /** The answer codes with their displays: the three directions, then the two effects. */
  static Map<String, String> answerCodes(Instrument pcat) {
    ResponseScale direction = item(pcat, 1).scale();
    Map<String, String> codes = new LinkedHashMap<>();
    for (long p = (long) direction.min(); p <= (long) direction.max(); p++) {
      codes.put(DIRECTION + "-" + p, QuestionnaireExport.pointLabel(direction, p));
    }
    codes.put(EFFECT + "-0", "weak or no effect");
    codes.put(EFFECT + "-1", "strong effect");
    return codes;
  }

  /** Adds the 14 item groups to the Questionnaire, their codings of {@code system}. */
  static void addItems(Questionnaire q, Instrument pcat, String system) {
    Map<String, String> codes = answerCodes(pcat);
    for (int n = 1; n <= Pcat.ITEMS; n++) {
      Item item = item(pcat, n);
      QuestionnaireItemComponent group =
          q.addItem().setLinkId(item.id()).setPrefix(item.id()).setText(item.prompt())
              .setType(QuestionnaireItemType.GROUP);
      QuestionnaireItemComponent direction =
          group.addItem().setLinkId(item.id() + "." + DIRECTION).setText("Direction")
              .setType(QuestionnaireItemType.CHOICE);
      QuestionnaireItemComponent effect =
          group.addItem().setLinkId(item.id() + "." + EFFECT).setText("Effect")
              .setType(QuestionnaireItemType.CHOICE);
      codes.forEach((code, display) -> {
        QuestionnaireItemComponent question = code.startsWith(DIRECTION) ? direction : effect;
        question.addAnswerOption().setValue(new Coding(system, code, display));
      });
      for (String side : new String[] {"1", "3"}) {
        effect.addEnableWhen()
            .setQuestion(direction.getLinkId())
            .setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
            .setAnswer(new Coding(system, DIRECTION + "-" + side, codes.get(DIRECTION + "-" + side)));
      }
      effect.setEnableBehavior(Questionnaire.EnableWhenBehavior.ANY);
      group.addItem().setLinkId(item.id() + "." + COMMENT).setText("Comment")
          .setType(QuestionnaireItemType.TEXT);
    }
  }

  private static Item item(Instrument pcat, int number) {
    return pcat.item(Integer.toString(number)).orElseThrow(() -> new ImpsciException(
        "instrument '" + pcat.id() + "' lacks pCAT's item " + number));
  }
}
