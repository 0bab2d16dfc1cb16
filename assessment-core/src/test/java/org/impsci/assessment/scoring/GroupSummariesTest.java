package org.impsci.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.impsci.assessment.ImpsciException;
import org.junit.jupiter.api.Test;

/**
 * Group summaries of one scale "s": site X scores 1, 2, 4; site Y scores 3, 3 and one respondent
 * without a score. Expected figures are worked out by hand in the comments.
 */
class GroupSummariesTest {

  private static RespondentScores scored(String id, String site, double score) {
    return RespondentScores.builder()
        .respondentId(id)
        .putGroups("site", site)
        .addScores(
            ScaleScore.builder()
                .scaleId("s")
                .score(score)
                .members(1)
                .answered(1)
                .nonSubstantive(0)
                .missing(0)
                .build())
        .build();
  }

  /** A respondent who chose "not relevant to my role": no score. */
  private static RespondentScores unscored(String id, String site) {
    return RespondentScores.builder()
        .respondentId(id)
        .putGroups("site", site)
        .addScores(
            ScaleScore.builder()
                .scaleId("s")
                .members(1)
                .answered(0)
                .nonSubstantive(1)
                .putNonSubstantiveCodes("not_relevant_role", 1)
                .missing(0)
                .reason("0 of 1 items answered")
                .build())
        .build();
  }

  private static final List<RespondentScores> DATA =
      List.of(
          scored("1", "X", 1),
          scored("2", "X", 2),
          scored("3", "Y", 3),
          scored("4", "X", 4),
          scored("5", "Y", 3),
          unscored("6", "Y"));

  @Test
  void bySite() {
    GroupSummaries bySite = GroupSummaries.by("site");
    DATA.forEach(bySite::add);
    List<GroupSummary> out = bySite.summaries();
    assertThat(out).extracting(g -> g.group().orElseThrow()).containsExactly("X", "Y");

    GroupSummary x = out.get(0);
    // X: 1, 2, 4. mean 7/3; squared deviations 16/9 + 1/9 + 25/9 = 14/3; SD sqrt((14/3) / 2).
    assertThat(x.column()).hasValue("site");
    assertThat(x.n()).isEqualTo(3);
    assertThat(x.notScored()).isZero();
    assertThat(x.mean().getAsDouble()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(x.sd().getAsDouble()).isCloseTo(Math.sqrt(7.0 / 3), within(1e-12));
    assertThat(x.median().getAsDouble()).isEqualTo(2.0);
    assertThat(x.min().getAsDouble()).isEqualTo(1.0);
    assertThat(x.max().getAsDouble()).isEqualTo(4.0);

    GroupSummary y = out.get(1);
    // Y: 3, 3 and one without a score.
    assertThat(y.n()).isEqualTo(2);
    assertThat(y.notScored()).isEqualTo(1);
    assertThat(y.mean().getAsDouble()).isEqualTo(3.0);
    assertThat(y.sd().getAsDouble()).isEqualTo(0.0);
    assertThat(y.median().getAsDouble()).isEqualTo(3.0);
    assertThat(y.nonSubstantiveCodes()).containsExactly(java.util.Map.entry("not_relevant_role", 1L));
    assertThat(x.nonSubstantiveCodes()).isEmpty();
  }

  @Test
  void overall() {
    GroupSummaries all = GroupSummaries.overall();
    DATA.forEach(all::add);
    GroupSummary s = all.summaries().get(0);
    // 1, 2, 3, 4, 3: mean 13/5; squared deviations 2.56 + .36 + .16 + 1.96 + .16 = 5.2;
    // SD sqrt(5.2 / 4); sorted 1 2 3 3 4, median 3.
    assertThat(s.column()).isEmpty();
    assertThat(s.group()).isEmpty();
    assertThat(s.n()).isEqualTo(5);
    assertThat(s.notScored()).isEqualTo(1);
    assertThat(s.mean().getAsDouble()).isCloseTo(2.6, within(1e-12));
    assertThat(s.sd().getAsDouble()).isCloseTo(Math.sqrt(1.3), within(1e-12));
    assertThat(s.median().getAsDouble()).isEqualTo(3.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    GroupSummaries all = GroupSummaries.overall();
    // 1, 2, 4, 3 sorted 1 2 3 4: median (2 + 3) / 2.
    DATA.subList(0, 4).forEach(all::add);
    assertThat(all.summaries().get(0).median().getAsDouble()).isEqualTo(2.5);
  }

  @Test
  void emptyAndSingleGroupsHaveNoMadeUpStatistics() {
    GroupSummaries all = GroupSummaries.overall();
    all.add(unscored("6", "Y"));
    GroupSummary none = all.summaries().get(0);
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isEmpty();
    assertThat(none.median()).isEmpty();
    all.add(scored("1", "X", 1));
    GroupSummary one = all.summaries().get(0);
    assertThat(one.mean().getAsDouble()).isEqualTo(1.0);
    assertThat(one.sd()).isEmpty();
  }

  @Test
  void combinedHalvesEqualOnePass() {
    GroupSummaries first = GroupSummaries.by("site");
    GroupSummaries second = GroupSummaries.by("site");
    GroupSummaries whole = GroupSummaries.by("site");
    DATA.subList(0, 3).forEach(first::add);
    DATA.subList(3, 6).forEach(second::add);
    DATA.forEach(whole::add);
    assertThat(first.combine(second).summaries()).isEqualTo(whole.summaries());
  }

  @Test
  void aRespondentWithoutTheGroupingColumnIsAnError() {
    RespondentScores noSite =
        RespondentScores.builder().respondentId("7").putGroups("role", "nurse").build();
    assertThatThrownBy(() -> GroupSummaries.by("site").add(noSite))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("respondent '7' has no value for grouping column 'site'; it has [role]");
  }

  @Test
  void summariesByDifferentColumnsDoNotCombine() {
    assertThatThrownBy(() -> GroupSummaries.by("site").combine(GroupSummaries.overall()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void respondentsOfAnotherInstrumentAreAnError() {
    GroupSummaries all = GroupSummaries.overall();
    all.add(scored("1", "X", 1));
    RespondentScores other =
        RespondentScores.builder()
            .respondentId("9")
            .addScores(
                ScaleScore.builder()
                    .scaleId("t")
                    .score(2)
                    .members(1)
                    .answered(1)
                    .nonSubstantive(0)
                    .missing(0)
                    .build())
            .build();
    assertThatThrownBy(() -> all.add(other))
        .isInstanceOf(ImpsciException.class)
        .hasMessage(
            "respondent '9' has scales [t], but earlier respondents had [s]; summaries need the"
                + " scores of one instrument");
  }
}
