package org.impsci.assessment.internal.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.internal.GraphWalks;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoringRules;

/**
 * The scales of an instrument under scoring rules, precomputed for scoring from plain numbers:
 * item values in, one score per scale out, with no objects made per respondent. The scorer and
 * the streaming survey analysis share it. Immutable and thread-safe.
 */
public final class ScalePlan {
  private final ScoringRules rules;
  private final Item[] items;
  private final double[] reverseSum;
  private final Scale[] scales;
  private final Scale[] byPosition;
  private final List<String> codes;
  /** Per item, its scale's codes and their positions in {@link #codes}. */
  private final String[][] itemCodes;
  private final int[][] itemCodePositions;

  private ScalePlan(Instrument instrument, ScoringRules rules) {
    this.rules = rules;
    this.items = instrument.items().toArray(new Item[0]);
    this.reverseSum = new double[items.length];
    Map<String, Integer> itemIndex = new HashMap<>();
    for (int i = 0; i < items.length; i++) {
      itemIndex.put(items[i].id(), i);
      reverseSum[i] = reverseSum(items[i], rules);
    }
    this.codes =
        List.copyOf(
            instrument.items().stream()
                .flatMap(item -> item.scale().codes().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
    Map<String, Integer> codePosition = new HashMap<>();
    for (String code : codes) {
      codePosition.put(code, codePosition.size());
    }
    this.itemCodes = new String[items.length][];
    this.itemCodePositions = new int[items.length][];
    for (int i = 0; i < items.length; i++) {
      itemCodes[i] = items[i].scale().codes().toArray(new String[0]);
      itemCodePositions[i] = new int[itemCodes[i].length];
      for (int c = 0; c < itemCodes[i].length; c++) {
        itemCodePositions[i][c] = codePosition.get(itemCodes[i][c]);
      }
    }
    this.scales = plan(instrument.groups(), itemIndex);
    this.byPosition = new Scale[scales.length];
    for (Scale s : scales) {
      byPosition[s.position] = s;
    }
  }

  /**
   * The plan of an instrument's scales.
   *
   * @throws IllegalArgumentException if the rules cannot apply to a scale: a minimum count larger
   *     than the scale, or the 0-100 transform on items with different ranges
   */
  public static ScalePlan of(Instrument instrument, ScoringRules rules) {
    return new ScalePlan(instrument, rules);
  }

  /** The number of items. */
  public int itemCount() {
    return items.length;
  }

  /** The number of scales (the instrument's groups). */
  public int scaleCount() {
    return scales.length;
  }

  /**
   * The value item {@code i}'s answer {@code x} contributes to scales: x, or max + min - x where
   * the item is reverse-scored and the rules apply reverse scoring. NaN stays NaN.
   */
  public double scoredValue(int i, double x) {
    return reversedBy(reverseSum[i], x);
  }

  /** {@link #scoredValue(int, double)} for any item, not only the instrument's. */
  public static double scoredValue(Item item, ScoringRules rules, double x) {
    return reversedBy(reverseSum(item, rules), x);
  }

  /** The scale's max + min where the item is reverse-scored under the rules, else NaN. */
  private static double reverseSum(Item item, ScoringRules rules) {
    ResponseScale scale = item.scale();
    boolean reverse = item.reverseScored() && rules.applyReverseScoring();
    return reverse ? scale.max() + scale.min() : Double.NaN;
  }

  private static double reversedBy(double reverseSum, double x) {
    return Double.isNaN(reverseSum) ? x : reverseSum - x;
  }

  /**
   * One respondent's scores from their scored values in item order (see {@link #scoredValue(int,
   * double)}) and, per item position, the non-substantive code answered or null.
   */
  public RespondentScores respondentScores(
      String respondentId,
      Map<String, String> groups,
      double[] scoredValues,
      IntFunction<String> codeOf) {
    double[] scores = new double[scales.length];
    int[] answered = new int[scales.length];
    score(scoredValues, 0, scores, 0, answered);
    RespondentScores.Builder result =
        RespondentScores.builder().respondentId(respondentId).putAllGroups(groups);
    for (int g = 0; g < scales.length; g++) {
      result.addScores(byPosition[g].toScaleScore(scores[g], answered[g], codeOf));
    }
    return result.build();
  }

  /** Row r's non-substantive code at each item position, or null where it has none. */
  public IntFunction<String> codesAnswered(AnswerBlock block, int r) {
    return m -> block.code(r, m) > 0 ? codes.get(block.code(r, m) - 1) : null;
  }

  /** Every non-substantive code of the instrument's items, in ascending order. */
  public List<String> codes() {
    return codes;
  }

  /** {@link #codeNumber(int, String)} of the text {@code text[start, end)}. */
  public int codeNumber(int i, char[] text, int start, int end) {
    String[] names = itemCodes[i];
    for (int c = 0; c < names.length; c++) {
      if (TextKeys.sameText(names[c], text, start, end)) {
        return 1 + itemCodePositions[i][c];
      }
    }
    return 0;
  }

  /**
   * Whether item i's scale names a non-substantive code: 1 + the code's position in {@link
   * #codes()} if it does, else 0. Compares text, so that no hash of a new string is needed.
   */
  public int codeNumber(int i, String code) {
    return codeNumber(i, code.toCharArray(), 0, code.length());
  }

  /**
   * Checks an answer against its item's scale: its number, or NaN when it has none.
   *
   * @param respondentId named in the message when not empty
   * @throws InvalidInputException naming the item, the value and what the scale allows
   */
  public static double checkedValue(String respondentId, Item item, Answer answer) {
    ResponseScale scale = item.scale();
    if (answer instanceof Answer.Numeric n) {
      if (!scale.accepts(n.value())) {
        throw badAnswer(respondentId, item, "answer is not on the item's scale", n.toString());
      }
      return n.value();
    }
    if (answer instanceof Answer.NonSubstantive s && !scale.acceptsCode(s.code())) {
      throw badAnswer(
          respondentId, item, "the item's scale has no such non-substantive answer", s.code());
    }
    return Double.NaN;
  }

  private static InvalidInputException badAnswer(
      String respondentId, Item item, String problem, String value) {
    return new InvalidInputException(
        InputLocation.unknown().withItemId(item.id()),
        RespondentProblem.of(respondentId, problem),
        value,
        item.scale().describeAllowed());
  }

  /** The scale at a position in the instrument's group order. */
  public Scale scale(int position) {
    return byPosition[position];
  }

  /**
   * Scores one respondent: {@code values[from + i]} is item i's scored value (NaN when it has no
   * number); {@code scores[at + g]} receives group g's score or NaN when the rules give none, and
   * {@code answered[g]} (if not null) the members that counted.
   */
  public void score(double[] values, int from, double[] scores, int at, int[] answered) {
    for (Scale scale : scales) {
      scale.score(values, from, scores, at, answered);
    }
  }

  /** Orders groups so that subgroups are scored before the groups made of them. */
  private Scale[] plan(List<ItemGroup> groups, Map<String, Integer> itemIndex) {
    int[][] subgroups = GraphWalks.subgroups(groups);
    int[] order = GraphWalks.successorsFirst(subgroups);
    Scale[] ordered = new Scale[order.length];
    for (int k = 0; k < order.length; k++) {
      ordered[k] = scale(order[k], groups.get(order[k]), subgroups[order[k]], itemIndex);
    }
    return ordered;
  }

  private Scale scale(int g, ItemGroup group, int[] subgroups, Map<String, Integer> itemIndex) {
    boolean composite = subgroups.length > 0;
    int[] members =
        composite ? subgroups : group.itemIds().stream().mapToInt(itemIndex::get).toArray();
    int required = rules.minimumAnswered().requiredOf(members.length);
    if (required > members.length) {
      throw new IllegalArgumentException(
          "scale '" + group.id() + "' has " + members.length + " members, but the rules need "
              + rules.minimumAnswered().describe(members.length));
    }
    double[] range = composite ? null : commonRange(group, members);
    return new Scale(group.id(), g, composite, members, required, range);
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

  /** One scale: its members, as item positions or, for a scale of subscales, group positions. */
  public final class Scale {
    private final String id;
    private final int position;
    private final boolean composite;
    private final int[] members;
    private final int required;
    private final double[] range;

    private Scale(
        String id, int position, boolean composite, int[] members, int required, double[] range) {
      this.id = id;
      this.position = position;
      this.composite = composite;
      this.members = members;
      this.required = required;
      this.range = range;
    }

    /** Whether the members are subscales rather than items. */
    public boolean composite() {
      return composite;
    }

    /** The members: item positions, or group positions for a scale of subscales. */
    public int[] members() {
      return members.clone();
    }

    /**
     * The score object of this scale for one respondent: {@code score} (NaN for none) and {@code
     * answered} as {@link ScalePlan#score} gave them, and {@code codeOf} giving the non-substantive
     * code of the answer to an item (by position), or null.
     */
    public ScaleScore toScaleScore(double score, int answered, IntFunction<String> codeOf) {
      // Mostly no code or one; a sorted map only once a second, different code appears.
      String single = null;
      int singleCount = 0;
      Map<String, Integer> several = null;
      int nonSubstantive = 0;
      for (int k = 0; k < members.length && !composite; k++) {
        String code = codeOf.apply(members[k]);
        if (code == null) {
          continue;
        }
        nonSubstantive++;
        if (several != null) {
          several.merge(code, 1, Integer::sum);
        } else if (single == null || single.equals(code)) {
          single = code;
          singleCount++;
        } else {
          several = new TreeMap<>(Map.of(single, singleCount, code, 1));
        }
      }
      ScaleScore.Builder b =
          ScaleScore.builder()
              .scaleId(id)
              .members(members.length)
              .answered(answered)
              .nonSubstantive(nonSubstantive)
              .missing(members.length - answered - nonSubstantive);
      if (several != null) {
        b.putAllNonSubstantiveCodes(several);
      } else if (single != null) {
        b.putNonSubstantiveCodes(single, singleCount);
      }
      String reason = reasonForNoScore(answered);
      return reason == null ? b.score(score).build() : b.reason(reason).build();
    }

    /** Why a scale with this many counted members has no score, or null if it has one. */
    public String reasonForNoScore(int answered) {
      if (answered >= required) {
        return null;
      }
      String what = composite ? "subscales scored" : "items answered";
      return answered + " of " + members.length + " " + what + "; the rules need "
          + rules.minimumAnswered().describe(members.length);
    }

    private void score(double[] values, int from, double[] scores, int at, int[] answered) {
      int counted = 0;
      double sum = 0;
      for (int m : members) {
        double x = composite ? scores[at + m] : values[from + m];
        if (!Double.isNaN(x)) {
          counted++;
          sum += x;
        }
      }
      if (answered != null) {
        answered[position] = counted;
      }
      scores[at + position] = counted < required ? Double.NaN : scoreOf(sum, counted);
    }

    /** The score of {@code counted} members whose values add up to {@code sum}. */
    private double scoreOf(double sum, int counted) {
      double mean = sum / counted;
      double score =
          rules.aggregation() == ScoringRules.Aggregation.SUM ? mean * members.length : mean;
      if (!composite && rules.transform() == ScoringRules.Transform.PERCENT) {
        score = (mean - range[0]) / (range[1] - range[0]) * 100.0;
      }
      return score;
    }

    /**
     * Every score this scale can give when its items are answered with whole numbers, as a table
     * for exact medians ({@link ScoreGrid}); null for a scale of subscales, items of different or
     * not whole ranges, or a table of more than {@link ScoreGrid#MAX_CELLS} scores.
     */
    public ScoreGrid possibleScores() {
      if (composite || range == null) {
        return null;
      }
      return ScoreGrid.of(range[0], range[1], required, members.length, this::scoreOf);
    }
  }
}
