package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * impsci's pCAT summaries against pcatR 1.0.1 on a generated data set (missing effects, neutral
 * answers with and without an effect, invalid directions and effects, missing directions, an
 * unknown item, a blank respondent, a repeated key, three sites and two timepoints) and its wide
 * form. The expected figures were produced once by pcatR itself (an independent implementation):
 * in src/test/resources/pcat, {@code R_LIBS=/tmp/h-pcat/rlib Rscript pcatr-expected.R} (R 4.2.2,
 * pcatR 1.0.1 installed from its source snapshot) wrote the fixtures and pcatr-summary-*.csv with
 * {@code pcat_summarise}. Counts must be equal, shares and means within 1e-12 (R wrote 15
 * significant digits).
 */
class PcatSummariesTest {

  private static PcatReadReport read(String name) {
    return PcatrTables.fixture(name);
  }

  /** Every figure both compute, row by row, found by group and item. */
  private static void assertEqualToPcatr(
      List<PcatItemSummary> ours, List<String> groups, String pcatrFile) {
    List<Map<String, String>> theirs = PcatrTables.read(pcatrFile);
    assertThat(ours).hasSameSizeAs(theirs);
    Map<List<String>, Map<String, Object>> byKey = new HashMap<>();
    for (PcatItemSummary s : ours) {
      Map<String, Object> row = PcatTables.row(s);
      List<String> key = new ArrayList<>();
      groups.forEach(g -> key.add(row.get(g).toString()));
      key.add(row.get("item_id").toString());
      byKey.put(key, row);
    }
    int compared = 0;
    for (Map<String, String> expected : theirs) {
      List<String> key = new ArrayList<>();
      groups.forEach(g -> key.add(expected.get(g)));
      key.add(expected.get("item_id"));
      Map<String, Object> actual = byKey.get(key);
      assertThat(actual).as("group and item %s", key).isNotNull();
      for (String column : PcatTables.SUMMARY_FIGURES) {
        String want = expected.get(column);
        Object got = actual.get(column);
        String at = key + " " + column;
        if (want.isEmpty()) {
          assertThat(got).as(at).isNull();
        } else if (got instanceof Double d) {
          assertThat(d).as(at).isCloseTo(Double.parseDouble(want), within(1e-12));
        } else {
          assertThat(String.valueOf(got)).as(at).isEqualTo(want);
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(theirs.size() * PcatTables.SUMMARY_FIGURES.size());
  }

  @Test
  void bySiteAndTimepointEqualsPcatr() {
    PcatReadReport read = read("generated-long.csv");
    List<String> groups = List.of("site_id", "timepoint");
    List<PcatItemSummary> summaries = PcatSummaries.summarise(read, groups);
    assertEqualToPcatr(summaries, groups, "pcatr-summary-site-timepoint.csv");
    assertThat(summaries).hasSize(84);
    // One row in full, from pcatr-summary-site-timepoint.csv: S1, baseline, item 2.
    PcatItemSummary s = summaries.stream()
        .filter(x -> x.item() == 2 && x.group().equals(Map.of("site_id", "S1", "timepoint", "baseline")))
        .findFirst().orElseThrow();
    assertThat(List.of(s.nAnswers(), s.nRespondents(), s.nValidDirection(), s.nCompleteClass(),
        s.nBarrier(), s.nNeutral(), s.nFacilitator(), s.nStrongBarrier(), s.nWeakBarrier()))
        .containsExactly(6, 6, 6, 5, 4, 1, 1, 2, 2);
    assertThat(s.modalClass()).hasValue("tie");
    assertThat(s.modalClassN()).isEmpty();
    assertThat(s.modalClassShare()).isEmpty();
    assertThat(s.meanDisplayCode().getAsDouble()).isEqualTo(-1.2);
    assertThat(s.medianDisplayCode().getAsDouble()).isEqualTo(-1.0);
    assertThat(s.pctBarrier().getAsDouble()).isCloseTo(0.666666666666667, within(1e-12));
    assertThat(s.pctEffectMissing().getAsDouble()).isCloseTo(0.166666666666667, within(1e-12));
  }

  @Test
  void overallEqualsPcatr() {
    assertEqualToPcatr(
        PcatSummaries.summarise(read("generated-long.csv"), List.of()), List.of(),
        "pcatr-summary-overall.csv");
  }

  @Test
  void theWideFormEqualsPcatr() {
    PcatReadReport read = read("generated-wide.csv");
    assertThat(read.form()).isEqualTo(PcatReadReport.Form.WIDE);
    assertThat(read.read().rowsRead()).isEqualTo(6);
    assertThat(read.read().recordsRead()).isEqualTo(6 * 14);
    assertThat(read.read().rejected()).isEmpty();
    assertEqualToPcatr(PcatSummaries.summarise(read, List.of()), List.of(), "pcatr-summary-wide.csv");
  }

  @Test
  void theLongReadAccountsForEveryRecord() {
    PcatReadReport read = read("generated-long.csv");
    assertThat(read.form()).isEqualTo(PcatReadReport.Form.LONG);
    assertThat(read.contextColumns())
        .containsExactly("project_id", "site_id", "role", "timepoint", "assessment_date");
    // 3 sites x (6 baseline + 5 follow-up respondents) x 14 items = 462, plus the script's 3
    // extra records and 1 repeated one; rows counted independently with Python's csv module
    // (multi-line comments make rows and lines differ). R wrote the blank respondent as NA.
    assertThat(read.read().recordsRead()).isEqualTo(466);
    assertThat(read.read().rejected()).extracting(r -> r.row()).containsExactly(102L, 103L, 104L, 163L, 467L);
    assertThat(read.read().rejected().get(0).reason()).isEqualTo("no pCAT item has this id");
    assertThat(read.read().rejected().get(0).value()).hasValue("15");
    assertThat(read.read().rejected().get(1).value()).hasValue("abc");
    assertThat(read.read().rejected().get(2).reason()).isEqualTo("the respondent is blank");
    assertThat(read.read().rejected().get(3).reason())
        .isEqualTo("respondent 'S2-R01' answers item 5 of the same assessment also in row 467");
    assertThat(read.read().rejected().get(4).reason()).endsWith("also in row 163");
    assertThat(read.answers()).hasSize(461);
    assertThat(read.answers().stream().filter(a -> a.comment().isPresent()).findFirst()
        .orElseThrow().comment()).hasValue("said \"later\", maybe\nnext month");
  }

  @Test
  void groupingByAColumnTheFileLacksIsRefused() {
    PcatReadReport read = read("generated-wide.csv");
    assertThatThrownBy(() -> PcatSummaries.summarise(read, List.of("team_id")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("team_id")
        .hasMessageContaining("no such column to group by");
  }
}
