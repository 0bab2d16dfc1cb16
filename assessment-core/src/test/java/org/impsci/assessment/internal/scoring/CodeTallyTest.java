package org.impsci.assessment.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.impsci.assessment.scoring.GroupSummary;
import org.junit.jupiter.api.Test;

class CodeTallyTest {

  @Test
  void addsItsCountsToTheTableByGroupScaleAndCodeName() {
    ValueIndex sites = new ValueIndex();
    int x = sites.of("X");
    int y = sites.of("Y");
    ScoreTable table = new ScoreTable("site", List.of("a", "b"), sites);
    table.add(x, new double[] {1, 2}, 0, new int[2]);
    table.add(y, new double[] {3, 4}, 0, new int[2]);
    table.addCode(x, 1, "dont_know", 2);
    CodeTally tally = new CodeTally(2, List.of("not_relevant", "dont_know"));
    tally.add(x, 0, 0);
    tally.add(x, 0, 0);
    tally.add(x, 1, 1);
    tally.add(y, 1, 0);

    tally.addTo(table);

    // By hand: X a not_relevant 2; X b dont_know 2 before plus 1; Y b not_relevant 1.
    List<GroupSummary> summaries = table.summaries();
    assertThat(summaries).extracting(GroupSummary::nonSubstantiveCodes).containsExactly(
        Map.of("not_relevant", 2L),
        Map.of("dont_know", 3L),
        Map.of(),
        Map.of("not_relevant", 1L));
  }

  @Test
  void groupsNumberedBeyondItsFirstRoomAreCounted() {
    ValueIndex groups = new ValueIndex();
    ScoreTable table = new ScoreTable("g", List.of("a"), groups);
    CodeTally tally = new CodeTally(1, List.of("na"));
    for (int g = 0; g < 40; g++) {
      table.add(groups.of("g" + (100 + g)), new double[] {1}, 0, new int[1]);
      for (int k = 0; k <= g; k++) {
        tally.add(g, 0, 0);
      }
    }

    tally.addTo(table);

    List<GroupSummary> summaries = table.summaries();
    assertThat(summaries).hasSize(40);
    for (int g = 0; g < 40; g++) {
      assertThat(summaries.get(g).nonSubstantiveCodes()).containsExactly(Map.entry("na", g + 1L));
    }
  }
}
