package org.impsci.assessment.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.ResponseScale;

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
  private final GroupPlan[] plans;

  private Scorer(Instrument instrument, ScoringRules rules) {
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.items = instrument.items().toArray(new Item[0]);
    for (int i = 0; i < items.length; i++) {
      itemIndex.put(items[i].id(), i);
    }
    this.plans = planGroups();
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

  /** Scores one response. */
  public RespondentScores score(Response response) {
    Answer[] answers = new Answer[items.length];
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      Integer index = itemIndex.get(e.getKey());
      if (index == null) {
        throw new InvalidInputException(
            InputLocation.unknown().withItemId(e.getKey()),
            "respondent '" + response.respondentId() + "' answers an item that instrument '"
                + instrument.id() + "' does not have",
            e.getKey(),
            String.join(", ", instrument.itemsById().keySet()));
      }
      answers[index] = e.getValue();
    }
    return score(response.respondentId(), response.groups(), answers);
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
      values[i] = value(respondentId, items[i], answers[i]);
    }
    ScaleScore[] scores = new ScaleScore[plans.length];
    for (GroupPlan plan : plans) {
      scores[plan.position] = plan.score(answers, values, scores);
    }
    return ImmutableRespondentScores.builder()
        .respondentId(respondentId)
        .putAllGroups(groups)
        .addScores(scores)
        .build();
  }

  /**
   * The value an answer contributes to scales: its number, reverse-scored as max + min - x where
   * the item is reverse-scored and the rules apply reverse scoring; NaN when it has no number.
   *
   * @throws InvalidInputException if the answer does not fit the item's scale
   */
  public double scoredValue(Item item, Answer answer) {
    return value("", item, answer);
  }

  /** Checks an answer against its item's scale; returns its scored value, or NaN for no number. */
  private double value(String respondentId, Item item, Answer answer) {
    ResponseScale scale = item.scale();
    if (answer instanceof Answer.Numeric n) {
      double x = n.value();
      if (!scale.accepts(x)) {
        throw badAnswer(respondentId, item, "answer is not on the item's scale", n.toString());
      }
      return item.reverseScored() && rules.applyReverseScoring() ? scale.max() + scale.min() - x : x;
    }
    if (answer instanceof Answer.NonSubstantive s && !scale.acceptsCode(s.code())) {
      throw badAnswer(
          respondentId, item, "the item's scale has no such non-substantive answer", s.code());
    }
    return Double.NaN;
  }

  private static InvalidInputException badAnswer(
      String respondentId, Item item, String problem, String value) {
    String who = respondentId.isEmpty() ? "" : "respondent '" + respondentId + "': ";
    return new InvalidInputException(
        InputLocation.unknown().withItemId(item.id()),
        who + problem,
        value,
        item.scale().describeAllowed());
  }

  /** Orders groups so that subgroups are scored before the groups made of them. */
  private GroupPlan[] planGroups() {
    List<ItemGroup> groups = instrument.groups();
    Map<String, Integer> position = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      position.put(groups.get(g).id(), g);
    }
    List<GroupPlan> ordered = new ArrayList<>();
    boolean[] done = new boolean[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      plan(g, groups, position, done, ordered);
    }
    return ordered.toArray(new GroupPlan[0]);
  }

  private void plan(
      int g,
      List<ItemGroup> groups,
      Map<String, Integer> position,
      boolean[] done,
      List<GroupPlan> ordered) {
    if (done[g]) {
      return;
    }
    done[g] = true;
    ItemGroup group = groups.get(g);
    int[] members;
    boolean composite = !group.groupIds().isEmpty();
    if (composite) {
      members = group.groupIds().stream().mapToInt(position::get).toArray();
      for (int sub : members) {
        plan(sub, groups, position, done, ordered);
      }
    } else {
      members = group.itemIds().stream().mapToInt(itemIndex::get).toArray();
    }
    int required = rules.minimumAnswered().requiredOf(members.length);
    if (required > members.length) {
      throw new IllegalArgumentException(
          "scale '" + group.id() + "' has " + members.length + " members, but the rules need "
              + rules.minimumAnswered().describe(members.length));
    }
    double[] range = composite ? null : commonRange(group, members);
    ordered.add(new GroupPlan(group.id(), g, composite, members, required, range));
  }

  private double[] commonRange(ItemGroup group, int[] members) {
    ResponseScale first = items[members[0]].scale();
    for (int m : members) {
      ResponseScale s = items[m].scale();
      if (s.min() != first.min() || s.max() != first.max()) {
        if (rules.transform() == ScoringRules.Transform.PERCENT) {
          throw new IllegalArgumentException(
              "scale '" + group.id() + "' mixes item ranges, so the 0-100 transform cannot apply");
        }
        return null;
      }
    }
    return new double[] {first.min(), first.max()};
  }

  /** The precomputed members and rule of one scale. */
  private final class GroupPlan {
    final String id;
    final int position;
    final boolean composite;
    final int[] members;
    final int required;
    final double[] range;

    GroupPlan(String id, int position, boolean composite, int[] members, int required, double[] range) {
      this.id = id;
      this.position = position;
      this.composite = composite;
      this.members = members;
      this.required = required;
      this.range = range;
    }

    /**
     * Scores the group from item values, or for a group of subscales from the subscales' final
     * scores (already computed: subgroups come first in the plan).
     */
    ScaleScore score(Answer[] answers, double[] values, ScaleScore[] scores) {
      int answered = 0;
      int nonSubstantive = 0;
      Map<String, Integer> codes = null;
      double sum = 0;
      for (int m : members) {
        if (composite) {
          if (scores[m].score().isPresent()) {
            answered++;
            sum += scores[m].score().getAsDouble();
          }
        } else if (!Double.isNaN(values[m])) {
          answered++;
          sum += values[m];
        } else if (answers[m] instanceof Answer.NonSubstantive s) {
          nonSubstantive++;
          if (codes == null) {
            codes = new TreeMap<>();
          }
          codes.merge(s.code(), 1, Integer::sum);
        }
      }
      ImmutableScaleScore.Builder b =
          ImmutableScaleScore.builder()
              .scaleId(id)
              .members(members.length)
              .answered(answered)
              .nonSubstantive(nonSubstantive)
              .missing(members.length - answered - nonSubstantive);
      if (codes != null) {
        b.putAllNonSubstantiveCodes(codes);
      }
      if (answered < required) {
        String what = composite ? "subscales scored" : "items answered";
        return b.reason(
                answered + " of " + members.length + " " + what + "; the rules need "
                    + rules.minimumAnswered().describe(members.length))
            .build();
      }
      double mean = sum / answered;
      double score = rules.aggregation() == ScoringRules.Aggregation.SUM ? mean * members.length : mean;
      if (!composite && rules.transform() == ScoringRules.Transform.PERCENT) {
        score = (mean - range[0]) / (range[1] - range[0]) * 100.0;
      }
      return b.score(score).build();
    }
  }
}
