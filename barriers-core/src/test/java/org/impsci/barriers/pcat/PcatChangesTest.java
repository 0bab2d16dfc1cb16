package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.io.ReadMode;
import org.junit.jupiter.api.Test;

/**
 * Change between timepoints against pcatR 1.0.1's {@code pcat_change(d, from = "baseline", to =
 * "followup")} on the generated data set (pcatr-change.csv, written by {@code
 * R_LIBS=/tmp/h-pcat/rlib Rscript pcatr-expected.R} in src/test/resources/pcat), and the per-group
 * tally, this project's own, on a small file worked out by hand.
 */
class PcatChangesTest {

  @Test
  void everyPairEqualsPcatr() {
    List<PcatChange> changes =
        PcatChanges.between(PcatrTables.fixture("generated-long.csv"), "timepoint", "baseline", "followup");
    List<Map<String, String>> theirs = PcatrTables.read("pcatr-change.csv");
    assertThat(changes).hasSameSizeAs(theirs).hasSize(252);
    Map<String, Map<String, Object>> ours = new HashMap<>();
    for (PcatChange c : changes) {
      Map<String, Object> row = PcatTables.row(c, "baseline", "followup");
      ours.put(row.get("respondent_id") + "/" + row.get("item_id"), row);
    }
    for (Map<String, String> want : theirs) {
      String key = want.get("respondent_id") + "/" + want.get("item_id");
      Map<String, Object> got = ours.get(key);
      assertThat(got).as(key).isNotNull();
      for (String column : List.of("project_id", "site_id", "from_pcat_class", "to_pcat_class",
          "delta_display_code", "transition", "transition_detail", "from_timepoint", "to_timepoint")) {
        Object value = got.get(column);
        assertThat(value == null ? "" : value.toString()).as(key + " " + column)
            .isEqualTo(want.get(column));
      }
    }
    // The repeated key S2-R01/5 at baseline is rejected, so its follow-up is newly observed.
    assertThat(ours.get("S2-R01/5").get("transition")).isEqualTo("newly_observed");
  }

  private static PcatReadReport small() {
    String csv = "respondent_id,site_id,timepoint,item_id,direction,effect\n"
        + "R1,A,t1,1,1,1\nR1,A,t2,1,3,0\n"   // -2 -> +1: toward facilitation
        + "R2,A,t1,1,3,1\nR2,A,t2,1,1,0\n"   // +2 -> -1: toward barrier
        + "R3,A,t1,1,2,\n"                   // follow-up missing
        + "R4,B,t1,1,1,\nR4,B,t2,1,1,0\n"    // effect missing at t1: not comparable
        + "R5,B,t2,1,2,\n"                   // newly observed
        + "R6,B,t3,1,2,\n";                  // another timepoint: left out
    return PcatCsvReader.of(ReadMode.STRICT)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "small.csv");
  }

  @Test
  void transitionsAndTheirTallyPerGroup() {
    List<PcatChange> changes = PcatChanges.between(small(), "timepoint", "t1", "t2");
    assertThat(changes).extracting(c -> c.respondentId() + " " + c.transition().code())
        .containsExactly("R1 toward_facilitation", "R2 toward_barrier", "R3 followup_missing",
            "R4 not_comparable", "R5 newly_observed");
    assertThat(changes.get(0).delta().getAsInt()).isEqualTo(3);
    assertThat(changes.get(1).delta().getAsInt()).isEqualTo(-3);
    assertThat(changes.get(3).delta()).isEmpty();
    assertThat(changes.get(2).detail()).isEqualTo("neutral -> not_observed");
    assertThat(changes.get(4).detail()).isEqualTo("not_observed -> neutral");
    assertThat(changes.get(0).context()).containsEntry("site_id", "A");
    List<Map<String, Object>> tally = PcatChanges.tally(changes, List.of("site_id"));
    assertThat(tally).extracting(r -> r.get("site_id") + " " + r.get("transition") + " "
            + r.get("n") + " " + r.get("share"))
        .containsExactly(
            "A toward_facilitation 1 0.3333333333333333", "A toward_barrier 1 0.3333333333333333",
            "A followup_missing 1 0.3333333333333333", "B not_comparable 1 0.5",
            "B newly_observed 1 0.5");
    assertThat(PcatChanges.tally(changes, List.of())).hasSize(5)
        .allSatisfy(r -> assertThat(r.get("share")).isEqualTo(0.2));
  }

  @Test
  void noChangeKeepsItsCode() {
    String csv = "respondent_id,timepoint,item_id,direction,effect\nR1,a,2,3,0\nR1,b,2,3,0\n";
    PcatReadReport read = PcatCsvReader.of(ReadMode.STRICT)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "s.csv");
    PcatChange c = PcatChanges.between(read, "timepoint", "a", "b").get(0);
    assertThat(c.transition()).isEqualTo(PcatChange.Transition.NO_CODE_CHANGE);
    assertThat(c.delta().getAsInt()).isZero();
    assertThat(c.context()).isEmpty();
  }

  @Test
  void badRequestsAreRefusedWithTheReason() {
    PcatReadReport read = small();
    assertThatThrownBy(() -> PcatChanges.between(read, "wave", "t1", "t2"))
        .hasMessageContaining("no timepoint column");
    assertThatThrownBy(() -> PcatChanges.between(read, "timepoint", "t1", "t1"))
        .hasMessageContaining("the same");
    assertThatThrownBy(() -> PcatChanges.between(read, "timepoint", "t1", "t9"))
        .hasMessageContaining("no answer has this timepoint").hasMessageContaining("t9");
    assertThatThrownBy(() -> PcatChanges.between(read, "timepoint", "t0", "t2"))
        .hasMessageContaining("no answer has this timepoint").hasMessageContaining("t0");
    assertThatThrownBy(() -> PcatChanges.tally(List.of(), List.of("role")))
        .hasMessageContaining("not by 'role'");
    String twice = "respondent_id,timepoint,assessment_date,item_id,direction,effect\n"
        + "R1,t1,d1,1,1,1\nR1,t1,d2,1,3,0\nR1,t2,d3,1,3,0\n";
    PcatReadReport dates = PcatCsvReader.of(ReadMode.STRICT)
        .read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "d.csv");
    assertThatThrownBy(() -> PcatChanges.between(dates, "timepoint", "t1", "t2"))
        .hasMessageContaining("row 3").hasMessageContaining("also in row 2");
  }
}
