package org.impsci.assessment.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.internal.scoring.RespondentProblem;
import org.impsci.assessment.internal.scoring.ScalePlan;

/**
 * Turns one respondent's answers into scale scores: a pure function of (instrument, rules,
 * response). Immutable and thread-safe: one scorer may serve many threads.
 *
 * <p>Each item's answer is checked against its response scale; a value outside it, a code the
 * scale does not name, or an item the instrument lacks is an {@link InvalidInputException} naming
 * the respondent, item, value and allowed range. A scale whose answered members fall short of
 * {@link ScoringRules#minimumAnswered()} gets no score and the reason.
 */
public final class Scorer {
  private final Instrument instrument;
  private final ScoringRules rules;
  private final Item[] items;
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final ScalePlan plan;

  private Scorer(Instrument instrument, ScoringRules rules) {
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.items = instrument.items().toArray(new Item[0]);
    for (int i = 0; i < items.length; i++) {
      itemIndex.put(items[i].id(), i);
    }
    this.plan = ScalePlan.of(instrument, rules);
  }

  /**
   * A scorer for an instrument under the given rules.
   *
   * @throws IllegalArgumentException if the rules cannot apply to a scale: a minimum count larger
   *     than the scale, or the 0-100 transform on items with different ranges
   */
  public static Scorer of(Instrument instrument, ScoringRules rules) {
    return new Scorer(instrument, rules);
  }

  /** The instrument. */
  public Instrument instrument() {
    return instrument;
  }

  /** The rules. */
  public ScoringRules rules() {
    return rules;
  }

  /**
   * Scores one response.
   *
   * @throws InvalidInputException if an answer does not fit its item or names no item; for a
   *     response read from JSON the location names its source and the path of the answer
   */
  public RespondentScores score(Response response) {
    try {
      Answer[] answers = new Answer[items.length];
      for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
        Integer index = itemIndex.get(e.getKey());
        if (index == null) {
          throw new InvalidInputException(
              InputLocation.unknown().withItemId(e.getKey()),
              RespondentProblem.of(
                  response.respondentId(),
                  "an answer to an item that instrument '" + instrument.id() + "' does not have"),
              e.getKey(),
              String.join(", ", instrument.itemsById().keySet()));
        }
        answers[index] = e.getValue();
      }
      return score(response.respondentId(), response.groups(), answers);
    } catch (InvalidInputException e) {
      throw response.location().equals(InputLocation.unknown())
          ? e
          : e.at(answerIn(response.location(), e.location()));
    }
  }

  /** The answer's place inside a response read from a source: {@code answers.ITEM} below it. */
  private static InputLocation answerIn(InputLocation response, InputLocation problem) {
    if (problem.itemId().isEmpty()) {
      return response;
    }
    String item = problem.itemId().get();
    String answers = response.path().map(p -> p + ".answers.").orElse("answers.");
    return response.withItemId(item).withPath(answers + item);
  }

  /**
   * Scores answers given in the instrument's item order (null or {@link Answer#missing()} for no
   * answer). This is the fast path of readers that already know each column's item.
   */
  public RespondentScores score(String respondentId, Map<String, String> groups, Answer[] answers) {
    if (answers.length != items.length) {
      throw new IllegalArgumentException(
          "expected " + items.length + " answers in item order, got " + answers.length);
    }
    double[] values = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      values[i] = plan.scoredValue(i, ScalePlan.checkedValue(respondentId, items[i], answers[i]));
    }
    return plan.respondentScores(
        respondentId,
        groups,
        values,
        m -> answers[m] instanceof Answer.NonSubstantive s ? s.code() : null);
  }

  /**
   * The value an answer contributes to scales: its number, reverse-scored as max + min - x where
   * the item is reverse-scored and the rules apply reverse scoring; NaN when it has no number.
   *
   * @throws InvalidInputException if the answer does not fit the item's scale
   */
  public double scoredValue(Item item, Answer answer) {
    return ScalePlan.scoredValue(item, rules, ScalePlan.checkedValue("", item, answer));
  }
}
