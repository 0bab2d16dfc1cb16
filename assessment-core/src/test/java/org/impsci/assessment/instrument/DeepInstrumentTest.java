package org.impsci.assessment.instrument;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.InstrumentReliability;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Instruments whose groups nest 20,000 deep (validation, the scoring plan and reliability each
 * recursed once per level and overflowed the stack). Expected scores are worked out by hand in
 * the comments; the timeout only stops a run that would not end.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeepInstrumentTest {
  private static final int LEVELS = 20_000;
  private static final String ITEMS =
      "{\"id\":\"Q1\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}},"
          + "{\"id\":\"Q2\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}";

  private static Instrument load(List<String> groups) {
    String json = "{\"id\":\"deep\",\"name\":\"Deep\",\"version\":\"1\",\"items\":[" + ITEMS
        + "],\"groups\":[" + String.join(",\n", groups) + "]}";
    return InstrumentLoader.load(new ByteArrayInputStream(json.getBytes(UTF_8)), "deep.json");
  }

  private static String group(String id, String members, String field) {
    return "{\"id\":\"" + id + "\",\"label\":\"L\",\"" + field + "\":[" + members + "]}";
  }

  /** g0 holds g1, ..., g{n-2} holds g{n-1}, which holds Q1 and Q2. */
  private static List<String> nested(int n) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      groups.add(group("g" + i, "\"g" + (i + 1) + "\"", "groupIds"));
    }
    groups.add(group("g" + (n - 1), "\"Q1\",\"Q2\"", "itemIds"));
    return groups;
  }

  @Test
  void scoresGroupsNestedTwentyThousandDeep() {
    Instrument deep = load(nested(LEVELS));
    Scorer scorer = Scorer.of(deep, ScoringRules.meanOf(MinimumAnswered.all()));
    RespondentScores s =
        scorer.score(
            Response.builder()
                .respondentId("r1")
                .putAnswers("Q1", Answer.of(2))
                .putAnswers("Q2", Answer.of(5))
                .build());
    // The innermost group: (2 + 5) / 2 = 3.5 over its 2 items; every group above it is the mean
    // of its one subgroup, 3.5, over 1 member.
    ScaleScore innermost = s.score("g" + (LEVELS - 1)).orElseThrow();
    assertThat(innermost.score().getAsDouble()).isEqualTo(3.5);
    assertThat(innermost.members()).isEqualTo(2);
    ScaleScore outermost = s.score("g0").orElseThrow();
    assertThat(outermost.score().getAsDouble()).isEqualTo(3.5);
    assertThat(outermost.members()).isEqualTo(1);
    assertThat(s.scores()).hasSize(LEVELS);
    assertThat(s.scores().get(0).scaleId()).isEqualTo("g0");

    // Each group's items for reliability are Q1 and Q2, found once per group.
    InstrumentReliability reliability = InstrumentReliability.of(scorer);
    reliability.add(List.of(Answer.of(2), Answer.of(5)));
    reliability.add(List.of(Answer.of(3), Answer.of(4)));
    assertThat(reliability.results(CaseHandling.LISTWISE))
        .hasSize(LEVELS);
  }

  @Test
  void reportsTheFirstGroupOnACycleAmongThousands() {
    // g0 .. g19998 nest as above, and the last group holds g1 instead of items: g0 leads into
    // the cycle g1 -> ... -> g19999 -> g1 but is not on it, so g1 is reported.
    List<String> groups = nested(LEVELS);
    groups.set(LEVELS - 1, group("g" + (LEVELS - 1), "\"g1\"", "groupIds"));
    assertThatThrownBy(() -> load(groups))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.json")
        .hasMessageContaining("at groups[1].groupIds")
        .hasMessageEndingWith("group 'g1' contains itself");
  }
}
