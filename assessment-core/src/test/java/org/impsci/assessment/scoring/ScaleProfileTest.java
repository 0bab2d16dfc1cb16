package org.impsci.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Profiles order scales strongest first; scales without a score come last. */
class ScaleProfileTest {
  private final Scorer scorer =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));

  @Test
  void respondentProfile() {
    // a: (2 + 2 + 6-5) / 3 = 5/3; b: (4 + 5) / 2 = 4.5; total: (5/3 + 4.5) / 2 = 37/12.
    Response r =
        Response.builder()
            .respondentId("r")
            .putAnswers("A1", Answer.of(2))
            .putAnswers("A2", Answer.of(2))
            .putAnswers("A3", Answer.of(5))
            .putAnswers("B1", Answer.of(4))
            .putAnswers("B2", Answer.of(5))
            .build();
    ScaleProfile profile = ScaleProfile.of(scorer.score(r), Set.of());
    assertThat(profile.order()).containsExactly("b", "total", "a");
    assertThat(profile.entry("b").orElseThrow().basis()).isEqualTo(2);
    assertThat(profile.entry("a").orElseThrow().of()).isEqualTo(3);
    assertThat(ScaleProfile.of(scorer.score(r), Set.of("a", "b")).order()).containsExactly("b", "a");
    assertThat(ImpsciJson.read(ImpsciJson.write(profile), ScaleProfile.class, "p")).isEqualTo(profile);
  }

  @Test
  void unscoredScalesComeLastAndTiesKeepReportingOrder() {
    // Only B1 answered: b = 3; total = 3 from its one scored subscale (1 of 2 needed); a unscored.
    Response r = Response.builder().respondentId("r").putAnswers("B1", Answer.of(3)).build();
    ScaleProfile profile = ScaleProfile.of(scorer.score(r), Set.of());
    assertThat(profile.order()).containsExactly("b", "total", "a");
    assertThat(profile.entry("a").orElseThrow().score()).isEmpty();
  }

  @Test
  void groupProfileRestsOnRespondents() {
    GroupSummary a = summary("a", 3.5, 10, 2);
    GroupSummary b = summary("b", 4.0, 8, 4);
    ScaleProfile profile = ScaleProfile.ofGroup(List.of(a, b), Set.of());
    assertThat(profile.order()).containsExactly("b", "a");
    assertThat(profile.entry("b").orElseThrow().basis()).isEqualTo(8);
    assertThat(profile.entry("b").orElseThrow().of()).isEqualTo(12);
  }

  private static GroupSummary summary(String scale, double mean, long n, long notScored) {
    return GroupSummary.builder()
        .scaleId(scale)
        .n(n)
        .notScored(notScored)
        .mean(mean)
        .build();
  }
}
