package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.ImmutableItem;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
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

/**
 * Invariants of scoring on the toy instrument (a = A1-A3 with A3 reversed, b = B1-B2 with
 * not_relevant_role, total = a + b, N1 0-10) and of Cronbach's alpha on generated tables.
 */
class ScoringPropertyTest {
  static final Instrument TOY = TestData.toyInstrument();
  static final List<String> SITES = List.of("H01", "H02", "H03");

  static Arbitrary<Answer> answerFor(Item item) {
    ResponseScale scale = item.scale();
    Arbitrary<Answer> numeric =
        scale.kind() == ResponseScale.Kind.ORDINAL
            ? Arbitraries.integers().between((int) scale.min(), (int) scale.max()).map(Answer::of)
            : Arbitraries.doubles().between(scale.min(), scale.max()).map(Answer::of);
    List<Arbitrary<Answer>> choices = new ArrayList<>(List.of(numeric, numeric, numeric,
        Arbitraries.just(Answer.missing())));
    scale.nonSubstantiveOptions()
        .forEach(o -> choices.add(Arbitraries.just(Answer.nonSubstantive(o.code()))));
    return Arbitraries.oneOf(choices);
  }

  @Provide
  static Arbitrary<Response> responses() {
    List<Arbitrary<Answer>> perItem = new ArrayList<>();
    TOY.items().forEach(i -> perItem.add(answerFor(i)));
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
            Arbitraries.of(SITES),
            Combinators.combine(perItem).as(list -> list))
        .as((id, site, answers) -> {
          org.impsci.assessment.instrument.ImmutableResponse.Builder b = Response.builder().respondentId(id).putGroups("site", site);
          for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != Answer.missing()) {
              b.putAnswers(TOY.items().get(i).id(), answers.get(i));
            }
          }
          return b.build();
        });
  }

  @Provide
  static Arbitrary<List<Response>> respondents() {
    return responses().list().ofMaxSize(30);
  }

  @Provide
  static Arbitrary<ScoringRules> rules() {
    return ModelRoundTripPropertyTest.rules()
        .filter(r -> r.minimumAnswered().kind() == MinimumAnswered.Kind.FRACTION
            || r.minimumAnswered().value() <= 2)
        .filter(r -> r.transform() == ScoringRules.Transform.NONE);
  }

  @Property
  void reorderingAnAnswerMapChangesNoScore(
      @ForAll("responses") Response response, @ForAll("rules") ScoringRules rules,
      @ForAll long seed) {
    Scorer scorer = Scorer.of(TOY, rules);
    List<Map.Entry<String, Answer>> entries = new ArrayList<>(response.answers().entrySet());
    Collections.shuffle(entries, new Random(seed));
    org.impsci.assessment.instrument.ImmutableResponse.Builder shuffled = Response.builder().respondentId(response.respondentId())
        .putAllGroups(response.groups());
    entries.forEach(shuffled::putAnswers);
    assertThat(scorer.score(shuffled.build())).isEqualTo(scorer.score(response));
  }

  @Property(tries = 50)
  void reorderingRespondentsChangesNoSummaryAndNoAlpha(
      @ForAll("respondents") List<Response> responses, @ForAll long seed) {
    Scorer scorer = Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    List<Response> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, new Random(seed));
    assertSameSummaries(summaries(scorer, responses), summaries(scorer, shuffled));

    InstrumentReliability before = InstrumentReliability.of(scorer);
    InstrumentReliability after = InstrumentReliability.of(scorer);
    responses.forEach(before::add);
    shuffled.forEach(after::add);
    for (CaseHandling handling : CaseHandling.values()) {
      Map<String, ReliabilityResult> a = before.results(handling);
      Map<String, ReliabilityResult> b = after.results(handling);
      assertThat(b.keySet()).isEqualTo(a.keySet());
      a.forEach((scale, r) -> {
        assertThat(b.get(scale).n()).isEqualTo(r.n());
        assertThat(b.get(scale).alphaRaw().isPresent()).isEqualTo(r.alphaRaw().isPresent());
        r.alphaRaw().ifPresent(x -> assertThat(b.get(scale).alphaRaw().getAsDouble())
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

  @Property
  void reverseScoringTwiceIsIdentity(
      @ForAll @IntRange(min = -5, max = 5) int min, @ForAll @IntRange(min = 1, max = 10) int width,
      @ForAll @IntRange(min = 0, max = 10) int offset) {
    int x = min + Math.min(offset, width);
    Item reversed = ImmutableItem.builder().id("R").prompt("reversed")
        .scale(ResponseScale.ordinal(min, min + width, Map.of())).reverseScored(true).build();
    Scorer scorer = Scorer.of(
        TOY, ScoringRules.meanOf(MinimumAnswered.count(1)));
    double once = scorer.scoredValue(reversed, Answer.of(x));
    assertThat(once).isEqualTo(2.0 * min + width - x);
    assertThat(scorer.scoredValue(reversed, Answer.of(once))).isEqualTo(x);
    Item plain = ImmutableItem.copyOf(reversed).withReverseScored(false);
    assertThat(scorer.scoredValue(plain, Answer.of(x))).isEqualTo(x);
  }

  @Property
  void tooFewAnswersGiveNoScoreAndAReason(
      @ForAll("responses") Response response, @ForAll("rules") ScoringRules rules) {
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

  @Property
  void scoresOfItemScalesLieWithinTheScale(@ForAll("responses") Response response) {
    RespondentScores scores =
        Scorer.of(TOY, ScoringRules.meanOf(MinimumAnswered.count(1))).score(response);
    for (String scale : List.of("a", "b", "total")) {
      scores.score(scale).orElseThrow().score()
          .ifPresent(v -> assertThat(v).isBetween(1.0, 5.0));
    }
  }

  @Property
  void alphaIsAtMostOne(
      @ForAll @IntRange(min = 1, max = 6) int k,
      @ForAll("tables") List<List<Double>> table,
      @ForAll CaseHandling handling) {
    double[][] rows = new double[table.size()][k];
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < k; i++) {
        rows[r][i] = table.get(r).get(i % table.get(r).size());
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

  @Provide
  Arbitrary<List<List<Double>>> tables() {
    Arbitrary<Double> cell = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 5).map(Integer::doubleValue),
        Arbitraries.doubles().between(-1e3, 1e3),
        Arbitraries.just(Double.NaN));
    return cell.list().ofMinSize(6).ofMaxSize(6).list().ofMaxSize(30);
  }

  @Property(tries = 50)
  void overallMeanIsTheNWeightedMeanOfSiteMeans(@ForAll("respondents") List<Response> responses) {
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
