package org.impsci.barriers.pcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pCAT reader on small files written here. Header names and layouts follow pcatR 1.0.1's
 * templates (inst/extdata/pcat_long_template.csv with its item_text column,
 * pcat_wide_template.csv with item01_direction ... item14_effect); NA for a missing value is what
 * R's write.csv writes; the expected classes are worked out by hand.
 */
class PcatCsvReaderTest {
  private static final String LONG =
      "project_id,respondent_id,site_id,team_id,role,timepoint,assessment_date,item_id,item_text,"
          + "direction,effect,comment\n";

  private static PcatReadReport read(ReadMode mode, String csv) {
    return PcatCsvReader.of(mode)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "answers.csv");
  }

  private static String longRow(String respondent, String item, String direction, String effect) {
    return "P,"  + respondent + ",S1,,nurse,baseline,2026-01-01," + item + ",text," + direction
        + "," + effect + ",\n";
  }

  @Test
  void longFormAnswersAreClassifiedWithTheirContext() {
    PcatReadReport r = read(ReadMode.STRICT, LONG
        + longRow("R1", "1", "1", "1")
        + longRow("R1", "2", "3", "NA")
        + "\n"
        + longRow("R1", "3", "2", "")
        + longRow("R1", "4", "", ""));
    assertThat(r.read().rowsRead()).isEqualTo(4);
    assertThat(r.read().blankRows()).isEqualTo(1);
    assertThat(r.answers()).extracting(PcatAnswer::pcatClass).containsExactly(
        PcatClass.STRONG_BARRIER, PcatClass.FACILITATOR_EFFECT_MISSING, PcatClass.NEUTRAL,
        PcatClass.MISSING);
    PcatAnswer first = r.answers().get(0);
    assertThat(first.row()).isEqualTo(2);
    assertThat(first.effect()).isEqualTo(OptionalInt.of(1));
    assertThat(first.contextValue("team_id")).isEmpty();
    assertThat(first.contextValue("site_id")).isEqualTo("S1");
    assertThat(first.context().keySet()).containsExactly(
        "project_id", "site_id", "team_id", "role", "timepoint", "assessment_date");
    assertThat(r.answers().get(3).row()).isEqualTo(6);
    assertThat(r.answers().get(1).effect()).isEmpty();
    assertThat(ImpsciJson.read(ImpsciJson.write(r), PcatReadReport.class, "r")).isEqualTo(r);
  }

  @Test
  void strictModeStopsAtAnInvalidDirectionOrEffectNamingWhereAndWhat() {
    assertThatThrownBy(() -> read(ReadMode.STRICT, LONG + longRow("R1", "7", "4", "1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("answers.csv")
        .hasMessageContaining("row 2")
        .hasMessageContaining("direction")
        .hasMessageContaining("'4'")
        .hasMessageContaining("1, 2, 3, or blank")
        .satisfies(e -> assertThat(((InvalidInputException) e).location().itemId()).hasValue("7"));
    assertThatThrownBy(() -> read(ReadMode.STRICT, LONG + longRow("R1", "7", "1", "2")))
        .hasMessageContaining("the effect is not a pCAT code")
        .hasMessageContaining("0, 1, or blank");
  }

  @Test
  void lenientModeClassifiesInvalidCodesAndRejectsWhatCannotBeCounted() {
    PcatReadReport r = read(ReadMode.LENIENT, LONG
        + longRow("R1", "1", "x", "1")
        + longRow("R1", "2", "2", "y")
        + longRow("", "3", "1", "1")
        + longRow("R1", "0", "1", "1")
        + longRow("R1", "5", "1", "1")
        + "P,R1,S1\n"
        + longRow("R1", "5", "3", "1"));
    assertThat(r.read().recordsRead()).isEqualTo(7);
    assertThat(r.answers()).extracting(PcatAnswer::pcatClass)
        .containsExactly(PcatClass.INVALID, PcatClass.INVALID);
    assertThat(r.answers().get(0).side()).isEqualTo(PcatSide.INVALID);
    assertThat(r.answers().get(1).side()).isEqualTo(PcatSide.NEUTRAL);
    assertThat(r.answers().get(0).problem().orElseThrow()).contains("direction").contains("'x'");
    assertThat(r.answers().get(1).problem().orElseThrow()).contains("effect").contains("'y'");
    assertThat(r.read().rejected()).extracting(RejectedRow::row).containsExactly(4L, 5L, 6L, 7L, 8L);
    assertThat(r.read().rejected().get(0).reason()).isEqualTo("the respondent is blank");
    assertThat(r.read().rejected().get(0).recordId()).isEmpty();
    assertThat(r.read().rejected().get(1).reason()).isEqualTo("no pCAT item has this id");
    assertThat(r.read().rejected().get(1).allowed()).hasValue("1 to 14");
    assertThat(r.read().rejected().get(2).reason())
        .isEqualTo("respondent 'R1' answers item 5 of the same assessment also in row 8");
    assertThat(r.read().rejected().get(3).reason()).isEqualTo("the row has 3 fields but the header has 12");
    assertThat(r.read().rejected().get(4).reason()).endsWith("also in row 6");
  }

  @Test
  void strictModeStopsAtARepeatedKeyAndAtABlankRespondent() {
    assertThatThrownBy(() -> read(ReadMode.STRICT,
            LONG + longRow("R1", "5", "1", "1") + longRow("R1", "5", "3", "1")))
        .hasMessageContaining("row 3")
        .hasMessageContaining("also in row 2");
    assertThatThrownBy(() -> read(ReadMode.STRICT, LONG + longRow("NA", "5", "1", "1")))
        .hasMessageContaining("the respondent is blank");
    // A different timepoint is a different assessment: no repeat.
    PcatReadReport two = read(ReadMode.STRICT, LONG + longRow("R1", "5", "1", "1")
        + longRow("R1", "5", "3", "1").replace("baseline", "followup"));
    assertThat(two.answers()).hasSize(2);
  }

  @Test
  void wideFormGivesOneRecordPerItemColumnPair(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("wide.csv");
    // A BOM and CRLF line ends, as a spreadsheet program saves them; item 2 has no effect column.
    Files.writeString(file, "\uFEFFRespondent_ID,site_id,item01_direction,item01_effect,"
        + "item2_direction\r\nR1,S1,1,0,3\r\n,S1,2,NA,1\r\n");
    PcatReadReport r = PcatCsvReader.of(ReadMode.LENIENT).read(file);
    assertThat(r.read().source()).isEqualTo("wide.csv");
    assertThat(r.form()).isEqualTo(PcatReadReport.Form.WIDE);
    assertThat(r.read().rowsRead()).isEqualTo(2);
    assertThat(r.read().recordsRead()).isEqualTo(4);
    assertThat(r.answers()).extracting(PcatAnswer::item, PcatAnswer::pcatClass).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, PcatClass.WEAK_BARRIER),
        org.assertj.core.groups.Tuple.tuple(2, PcatClass.FACILITATOR_EFFECT_MISSING));
    assertThat(r.read().rejected()).extracting(x -> x.itemId().orElseThrow()).containsExactly("1", "2");
    assertThatThrownBy(() -> PcatCsvReader.of(ReadMode.STRICT)
            .read(new ByteArrayInputStream("respondent_id,item01_direction\nR1,5\n".getBytes(
                StandardCharsets.UTF_8)), "w.csv"))
        .hasMessageContaining("item01_direction");
  }

  @Test
  void badHeadersFailInBothModes() {
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> read(mode, "")).hasMessageContaining("the file is empty");
      assertThatThrownBy(() -> read(mode, "respondent_id,item_id,direction,effect,score\n"))
          .hasMessageContaining("unknown column").hasMessageContaining("score");
      assertThatThrownBy(() -> read(mode, "respondent_id,item_id,direction\n"))
          .hasMessageContaining("neither pCAT long form nor wide form; it lacks effect");
      assertThatThrownBy(() -> read(mode, "respondent_id,site_id\n"))
          .hasMessageContaining("neither pCAT long form nor wide form");
      assertThatThrownBy(() -> read(mode, "item_id,direction,effect,item01_effect\n"))
          .hasMessageContaining("lacks respondent_id");
      assertThatThrownBy(() -> read(mode, "respondent_id,item15_direction\n"))
          .hasMessageContaining("no pCAT item has this number");
      assertThatThrownBy(() -> read(mode, "respondent_id,item1_effect,item01_effect\n"))
          .hasMessageContaining("names this item's effect twice");
      assertThatThrownBy(() -> read(mode, "respondent_id,site_id,Site_ID,item01_effect\n"))
          .hasMessageContaining("names this column twice");
      assertThatThrownBy(() -> read(mode, "respondent_id,comment,item01_effect\n"))
          .hasMessageContaining("unknown column");
    }
  }

  @Test
  void theNumberOfRecordsIsCapped() {
    assertThat(PcatCsvReader.MAX_RECORDS).isEqualTo(1_000_000);
    StringBuilder wide = new StringBuilder("respondent_id");
    for (int i = 1; i <= 14; i++) {
      wide.append(",item").append(i).append("_direction");
    }
    wide.append('\n').append(("R" + ",1".repeat(14) + "\n").repeat(3));
    byte[] bytes = wide.toString().getBytes(StandardCharsets.UTF_8);
    // Two rows of 14 records fit a cap of 28; the third row's first record is one too many.
    assertThatThrownBy(() -> PcatCsvReader.of(ReadMode.LENIENT, 28)
            .read(new ByteArrayInputStream(bytes), "big.csv"))
        .hasMessageContaining("more than 28 records").hasMessageContaining("row 4");
    assertThat(PcatCsvReader.of(ReadMode.LENIENT, 42)
        .read(new ByteArrayInputStream(bytes), "big.csv").read().recordsRead()).isEqualTo(42);
  }

  @Test
  void nothingIsLost() {
    assertThatThrownBy(() -> ReadReport.builder().source("s")
            .rowsRead(1).recordsRead(2).scored(1).blankRows(0).build())
        .hasMessageContaining("records read (2) must equal scored (1) + rejected (0) + skipped (0)");
    ReadReport oneAccepted =
        ReadReport.builder().source("s").rowsRead(1).scored(1).blankRows(0).build();
    assertThatThrownBy(() -> PcatReadReport.builder().read(oneAccepted)
            .form(PcatReadReport.Form.LONG).build())
        .hasMessageContaining("records accepted (1) must equal the answers (0)");
    assertThat(List.of(PcatReadReport.Form.values())).hasSize(2);
  }
}
