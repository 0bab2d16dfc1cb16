package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.impsci.assessment.testing.RandomValues.between;
import static org.impsci.assessment.testing.RandomValues.listOf;
import static org.impsci.assessment.testing.RandomValues.oneOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.CronbachAlpha;
import org.impsci.assessment.reliability.InstrumentReliability;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;

/**
 * Invariants of scoring on the toy instrument (a = A1-A3 with A3 reversed, b = B1-B2 with
 * not_relevant_role, total = a + b, N1 0-10) and of Cronbach's alpha on generated tables. Each
 * test generates its cases from fixed seeds ({@link SeededCases}).
 */
class ScoringPropertyTest {
  static final Instrument TOY = TestData.toyInstrument();
  static final List<String> SITES = List.of("H01", "H02", "H03");

  /**
   * An answer to the item: a value on its scale three times as often as missing and as each of
   * its non-substantive codes.
   */
  static Answer answerFor(Random r, Item item) {
    ResponseScale scale = item.scale();
    List<NonSubstantiveOption> options = scale.nonSubstantiveOptions();
    int pick = r.nextInt(4 + options.size());
    if (pick < 3) {
      return scale.kind() == ResponseScale.Kind.ORDINAL
          ? Answer.of(between(r, (int) scale.min(), (int) scale.max()))
          : Answer.of(between(r, scale.min(), scale.max()));
    }
    return pick == 3 ? Answer.missing() : Answer.nonSubstantive(options.get(pick - 4).code());
  }

  /** A respondent of the toy instrument at one of the sites; missing answers are left out. */
  static Response response(Random r) {
    Response.Builder b = Response.builder()
        .respondentId(RandomValues.letters(r, 1, 6)).putGroups("site", oneOf(r, SITES));
    for (Item item : TOY.items()) {
      Answer answer = answerFor(r, item);
      if (answer != Answer.missing()) {
        b.putAnswers(item.id(), answer);
      }
    }
    return b.build();
  }

  static List<Response> respondents(Random r) {
    return listOf(r, 0, 30, () -> response(r));
  }

  /**
   * Rules as the round-trip test generates them, but with at most 2 answers required (the toy's
   * smallest scale has 2 items) and no transform.
   */
  static ScoringRules rules(Random r) {
    ScoringRules rules;
    do {
      rules = ModelRoundTripPropertyTest.rules(r);
    } while (rules.minimumAnswered().kind() != MinimumAnswered.Kind.FRACTION
        && rules.minimumAnswered().value() > 2
        || rules.transform() != ScoringRules.Transform.NONE);
    return rules;
  }

  @SeededCases(1000)
  void reorderingAnAnswerMapChangesNoScore(SeededCase c) {
    Random r = c.random();
    Response response = response(r);
    Scorer scorer = Scorer.of(TOY, rules(r));
    List<Map.Entry<String, Answer>> entries = new ArrayList<>(response.answers().entrySet());
    Collections.shuffle(entries, r);
    Response.Builder shuffled = Response.builder()
        .respondentId(response.respondentId()).putAllGroups(response.groups());
    entries.forEach(shuffled::putAnswers);
    assertThat(scorer.score(shuffled.build())).isEqualTo(scorer.score(response));
  }

  @SeededCases(50)
  void reorderingRespondentsChangesNoSummaryAndNoAlpha(SeededCase c) {
    Random r = c.random();
    List<Response> responses = respondents(r);
    Scorer scorer = Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    List<Response> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, r);
    assertSameSummaries(summaries(scorer, responses), summaries(scorer, shuffled));

    InstrumentReliability before = InstrumentReliability.of(scorer);
    InstrumentReliability after = InstrumentReliability.of(scorer);
    responses.forEach(before::add);
    shuffled.forEach(after::add);
    for (CaseHandling handling : CaseHandling.values()) {
      Map<String, ReliabilityResult> a = before.results(handling);
      Map<String, ReliabilityResult> b = after.results(handling);
      assertThat(b.keySet()).isEqualTo(a.keySet());
      a.forEach((scale, result) -> {
        assertThat(b.get(scale).n()).isEqualTo(result.n());
        assertThat(b.get(scale).alphaRaw().isPresent()).isEqualTo(result.alphaRaw().isPresent());
        result.alphaRaw().ifPresent(x -> assertThat(b.get(scale).alphaRaw().getAsDouble())
            .isCloseTo(x, within(1e-9)));
      });
    }
  }

  static List<GroupSummary> summaries(Scorer scorer, List<Response> responses) {
    GroupSummaries bySite = GroupSummaries.by("site");
    responses.forEach(r -> bySite.add(scorer.score(r)));
    return bySite.summaries();
  }

  static void assertSameSummaries(List<GroupSummary> a, List<GroupSummary> b) {
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      GroupSummary x = a.get(i);
      GroupSummary y = b.get(i);
      assertThat(y.group()).isEqualTo(x.group());
      assertThat(y.scaleId()).isEqualTo(x.scaleId());
      assertThat(y.n()).isEqualTo(x.n());
      assertThat(y.notScored()).isEqualTo(x.notScored());
      assertThat(y.nonSubstantiveCodes()).isEqualTo(x.nonSubstantiveCodes());
      assertThat(y.median()).isEqualTo(x.median());
      assertThat(y.min()).isEqualTo(x.min());
      assertThat(y.max()).isEqualTo(x.max());
      x.mean().ifPresent(m -> assertThat(y.mean().getAsDouble()).isCloseTo(m, within(1e-9)));
      x.sd().ifPresent(s -> assertThat(y.sd().getAsDouble()).isCloseTo(s, within(1e-9)));
    }
  }

  @SeededCases(1000)
  void reverseScoringTwiceIsIdentity(SeededCase c) {
    Random r = c.random();
    int min = between(r, -5, 5);
    int width = between(r, 1, 10);
    int offset = between(r, 0, 10);
    int x = min + Math.min(offset, width);
    Item reversed = Item.builder().id("R").prompt("reversed")
        .scale(ResponseScale.ordinal(min, min + width, Map.of())).reverseScored(true).build();
    Scorer scorer = Scorer.of(
        TOY, ScoringRules.meanOf(MinimumAnswered.count(1)));
    double once = scorer.scoredValue(reversed, Answer.of(x));
    assertThat(once).isEqualTo(2.0 * min + width - x);
    assertThat(scorer.scoredValue(reversed, Answer.of(once))).isEqualTo(x);
    Item plain = Item.builder().from(reversed).reverseScored(false).build();
    assertThat(scorer.scoredValue(plain, Answer.of(x))).isEqualTo(x);
  }

  @SeededCases(1000)
  void tooFewAnswersGiveNoScoreAndAReason(SeededCase c) {
    Random r = c.random();
    Response response = response(r);
    ScoringRules rules = rules(r);
    RespondentScores scores = Scorer.of(TOY, rules).score(response);
    for (ScaleScore s : scores.scores()) {
      int required = rules.minimumAnswered().requiredOf(s.members());
      if (s.answered() < required) {
        assertThat(s.score()).as(s.scaleId()).isEmpty();
        assertThat(s.reason()).as(s.scaleId()).isPresent().get().asString().isNotBlank();
      } else {
        assertThat(s.score()).as(s.scaleId()).isPresent();
        assertThat(s.reason()).isEmpty();
      }
    }
  }

  @SeededCases(1000)
  void scoresOfItemScalesLieWithinTheScale(SeededCase c) {
    RespondentScores scores =
        Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.count(1))).score(response(c.random()));
    for (String scale : List.of("a", "b", "total")) {
      scores.score(scale).orElseThrow().score()
          .ifPresent(v -> assertThat(v).isBetween(1.0, 5.0));
    }
  }

  @SeededCases(1000)
  void alphaIsAtMostOne(SeededCase c) {
    Random r = c.random();
    int k = between(r, 1, 6);
    List<List<Double>> table = table(r);
    CaseHandling handling = oneOf(r, CaseHandling.values());
    double[][] rows = new double[table.size()][k];
    for (int row = 0; row < rows.length; row++) {
      for (int i = 0; i < k; i++) {
        rows[row][i] = table.get(row).get(i % table.get(row).size());
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ids.add("I" + i);
    }
    ReliabilityResult result = CronbachAlpha.compute(ids, rows, handling);
    result.alphaRaw().ifPresent(a -> assertThat(a).isLessThanOrEqualTo(1.0 + 1e-12));
    result.alphaStandardized().ifPresent(a -> assertThat(a).isLessThanOrEqualTo(1.0 + 1e-12));
    result.items().forEach(s -> s.alphaIfDeleted()
        .ifPresent(a -> assertThat(a).isLessThanOrEqualTo(1.0 + 1e-12)));
    assertThat(result.alphaRaw().isPresent() || result.reason().isPresent()).isTrue();
  }

  /** Up to 30 rows of 6 cells, each a whole 1-5, any value from -1000 to 1000, or NaN. */
  static List<List<Double>> table(Random r) {
    return listOf(r, 0, 30, () -> listOf(r, 6, 6, () -> switch (r.nextInt(3)) {
      case 0 -> (double) between(r, 1, 5);
      case 1 -> between(r, -1e3, 1e3);
      default -> Double.NaN;
    }));
  }

  @SeededCases(50)
  void overallMeanIsTheNWeightedMeanOfSiteMeans(SeededCase c) {
    List<Response> responses = respondents(c.random());
    Scorer scorer = Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    GroupSummaries bySite = GroupSummaries.by("site");
    GroupSummaries overall = GroupSummaries.overall();
    for (Response r : responses) {
      RespondentScores s = scorer.score(r);
      bySite.add(s);
      overall.add(s);
    }
    Map<String, double[]> weighted = new LinkedHashMap<>();
    for (GroupSummary g : bySite.summaries()) {
      double[] acc = weighted.computeIfAbsent(g.scaleId(), id -> new double[3]);
      acc[0] += g.n();
      acc[1] += g.mean().orElse(0) * g.n();
      acc[2] += g.notScored();
    }
    for (GroupSummary all : overall.summaries()) {
      double[] acc = weighted.get(all.scaleId());
      assertThat(all.n()).isEqualTo((long) acc[0]);
      assertThat(all.notScored()).isEqualTo((long) acc[2]);
      if (all.n() == 0) {
        assertThat(all.mean()).isEmpty();
      } else {
        assertThat(all.mean().getAsDouble()).isCloseTo(acc[1] / acc[0], within(1e-9));
      }
    }
  }
}
