package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.io.SkipReason;
import org.impsci.assessment.io.SkippedRow;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;

/**
 * The layout options for real exports, on the toy instrument (a = A1-A3 with A3 reversed as 6 - x,
 * b = B1-B2 whose option is not_relevant_role, total = a + b, N1 0-10 with no option) under "at
 * least half of each scale". Expected answers and scores are worked by hand in each test.
 */
class SurveyExportLayoutTest {
  private static final String ITEMS = "A1,A2,A3,B1,B2,N1";

  private final Scorer scorer =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));

  private static CsvLayout.Builder layout() {
    return CsvLayout.builder().respondentIdColumn("id");
  }

  private List<ScoredRow> rows = new ArrayList<>();

  private ReadReport read(CsvLayout layout, ReadMode mode, String csv) {
    rows = new ArrayList<>();
    return SurveyCsvReader.of(scorer, layout, mode)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x.csv", rows::add);
  }

  private static double score(ScoredRow row, String scale) {
    return row.scores().score(scale).orElseThrow().score().orElse(Double.NaN);
  }

  @Test
  void answerCodesApplyOnlyToTheItemsAndGroupsTheyName() {
    // "6" means not_relevant_role for group b only; "yes" means 5 for A1 only; "9" means 1 for the
    // composite total (so for A1-A3 and B1-B2, through its groups a and b), not for N1.
    CsvLayout codes =
        layout()
            .putItemAnswerCodes("b", Map.of("6", "not_relevant_role"))
            .putItemAnswerCodes("A1", Map.of("yes", "5"))
            .putItemAnswerCodes("total", Map.of("9", "1"))
            .build();
    read(codes, ReadMode.STRICT, "id," + ITEMS + "\nr1,yes,9,2,6,3,6\nr2,4,4,4,9,4,9\n");

    assertThat(rows.get(0).answers())
        .containsExactly(
            Answer.of(5), Answer.of(1), Answer.of(2), Answer.nonSubstantive("not_relevant_role"),
            Answer.of(3), Answer.of(6));
    assertThat(rows.get(1).answers().get(3)).isEqualTo(Answer.of(1));
    assertThat(rows.get(1).answers().get(5)).isEqualTo(Answer.of(9));
    // r1: a = (5 + 1 + (6 - 2)) / 3 = 10/3; b = 3 (B1 not relevant, B2 3).
    assertThat(score(rows.get(0), "a")).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(score(rows.get(0), "b")).isEqualTo(3.0);
    // The same text on another item keeps its own meaning: "yes" on A2 is rejected.
    assertThatThrownBy(() -> read(codes, ReadMode.STRICT, "id," + ITEMS + "\nr1,4,yes,2,3,3,6\n"))
        .hasMessageContaining("column A2, item A2")
        .hasMessageContaining("(value 'yes')");
    assertThatThrownBy(
            () ->
                read(
                    layout().putItemAnswerCodes("Z9", Map.of("1", "2")).build(),
                    ReadMode.STRICT,
                    "id," + ITEMS + "\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "answer codes are given for 'Z9', which is neither an item nor an item group of"
                + " instrument 'toy'");
  }

  @Test
  void numbersAboveAScaleAreItsOptionsOnlyForItemsThatHaveOptions() {
    CsvLayout numbered = layout().optionsNumberedAfterScale(true).build();
    // B1's first (only) option is numbered 5 + 1 = 6; N1 (0-10, no option) keeps 6 as 6; A1
    // (1-5, no option) rejects 6.
    read(numbered, ReadMode.STRICT, "id," + ITEMS + "\nr1,4,4,4,6,2,6\n");
    assertThat(rows.get(0).answers().get(3)).isEqualTo(Answer.nonSubstantive("not_relevant_role"));
    assertThat(rows.get(0).answers().get(5)).isEqualTo(Answer.of(6));
    assertThatThrownBy(() -> read(numbered, ReadMode.STRICT, "id," + ITEMS + "\nr1,6,4,4,4,4,4\n"))
        .hasMessageContaining("item A1")
        .hasMessageContaining("(value '6')");
    // 7 is past B1's one option: not an answer.
    assertThatThrownBy(() -> read(numbered, ReadMode.STRICT, "id," + ITEMS + "\nr1,4,4,4,7,4,4\n"))
        .hasMessageContaining("item B1");
  }

  @Test
  void answerLabelsAreReadIgnoringCaseAndSpacing() {
    CsvLayout labels = layout().answerLabels(true).build();
    // A1's labels: 1 disagree, 5 agree; B2's option label: does not apply to my role.
    read(labels, ReadMode.STRICT, "id," + ITEMS + "\nr1, AGREE ,3,3,2,Does not  apply to MY role,0\n");
    assertThat(rows.get(0).answers())
        .containsExactly(
            Answer.of(5), Answer.of(3), Answer.of(3), Answer.of(2),
            Answer.nonSubstantive("not_relevant_role"), Answer.of(0));
    // A2 has no labels: "agree" is no answer of A2.
    assertThatThrownBy(() -> read(labels, ReadMode.STRICT, "id," + ITEMS + "\nr1,1,agree,3,2,2,0\n"))
        .hasMessageContaining("item A2");
  }

  @Test
  void theDefaultLayoutMatchesIdGroupAndItemHeadersIgnoringCase() {
    // One case rule for every table impsci reads (TableReader.columnKey): "ID" is the id column
    // id, "Site" the group column site, "a1" the item A1, as rating and pCAT headers match.
    CsvLayout bySite = layout().addGroupColumns("site").build();
    ReadReport report =
        read(bySite, ReadMode.STRICT, "ID,Site,a1,a2,a3,b1,b2,n1\nr1,North,4,5,2,3,3,7\n");
    assertThat(report.scored()).isEqualTo(1);
    assertThat(rows.get(0).scores().groups()).containsExactly(Map.entry("site", "North"));
    // By hand: a = (4 + 5 + (6 - 2)) / 3 = 13 / 3; b = (3 + 3) / 2 = 3.
    assertThat(score(rows.get(0), "a")).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(score(rows.get(0), "b")).isEqualTo(3.0);
  }

  @Test
  void headersMatchIgnoringCaseByAliasOrByPromptAndUnusedColumnsMayRepeat() {
    CsvLayout redcapLike =
        CsvLayout.builder()
            .respondentIdColumn("record_id")
            .ignoreHeaderCase(true)
            .putColumnAliases("record_id", List.of("Record ID"))
            .itemPromptHeaders(true)
            .build();
    // A1 headed by its prompt ("The work makes sense to me.") in other case and spacing.
    String header = "Record ID,Complete?,the work  MAKES sense to me.,a2,a3,b1,b2,n1,Complete?\n";
    ReadReport report = read(redcapLike, ReadMode.STRICT, header + "7,2,4,4,4,4,4,4,2\n");
    assertThat(report.scored()).isEqualTo(1);
    assertThat(rows.get(0).scores().respondentId()).isEqualTo("7");
    assertThat(rows.get(0).answers().get(0)).isEqualTo(Answer.of(4));
    // A repeated column that is used is an error naming both positions.
    assertThatThrownBy(
            () -> read(redcapLike, ReadMode.STRICT, "record_id,a1,A1,a2,a3,b1,b2,n1\n"))
        .hasMessage(
            "x.csv, row 1, column a1: the header names column 'a1' twice, as columns 2 and 3"
                + " (value 'a1')");
    // With ignoreHeaderCase turned off, a1 is not A1.
    assertThatThrownBy(
            () -> read(layout().ignoreHeaderCase(false).build(), ReadMode.STRICT,
                "id,a1,A2,A3,B1,B2,N1\n"))
        .hasMessageContaining("the header lacks column(s) A1");
  }

  @Test
  void wavesLetAnIdRepeatAndRowsWithoutAnswersAreSkippedAndCounted() {
    CsvLayout waves =
        layout()
            .addWaveColumns("event", "repeat_form", "instance")
            .skipRowsWithoutAnswers(true)
            .build();
    String csv =
        "id,event,repeat_form,instance," + ITEMS + "\n"
            + "r1,base,,,4,4,4,4,4,5\n" // a = (4 + 4 + 2) / 3 = 10/3
            + "r1,follow,,,5,5,1,5,5,5\n" // a = (5 + 5 + 5) / 3 = 5
            + "r2,base,,,,,,,,\n" // answers nothing: another instrument's row
            + "r2,base,log,1,,,,,,\n"
            + "r1,base,,,1,1,1,1,1,1\n" // r1 again at base: a duplicate
            + "r3,base,form,2,2,2,2,2,2,2\n";
    ReadReport report = read(waves, ReadMode.LENIENT, csv);

    assertThat(report.rowsRead()).isEqualTo(6);
    assertThat(report.scored()).isEqualTo(3);
    assertThat(report.rejected()).singleElement()
        .extracting(RejectedRow::message)
        .isEqualTo(
            "x.csv, row 6, column id: respondent 'r1': the id already appeared in row 2 in wave"
                + " 'base' (value 'r1')");
    assertThat(report.skipped())
        .containsExactly(
            SkippedRow.of(4, "r2", SkipReason.OTHER_INSTRUMENT, "no answer to any item of toy (wave 'base')"),
            SkippedRow.of(
                5, "r2", SkipReason.OTHER_INSTRUMENT, "no answer to any item of toy (wave 'base/log/1')"));
    assertThat(report.skippedByReason()).containsExactly(Map.entry(SkipReason.OTHER_INSTRUMENT, 2L));
    assertThat(rows).extracting(r -> r.scores().groups().get(CsvLayout.WAVE_GROUP))
        .containsExactly("base", "follow", "base/form/2");
    assertThat(score(rows.get(0), "a")).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(score(rows.get(1), "a")).isEqualTo(5.0);
    assertThat(waves.groupNames()).containsExactly(CsvLayout.WAVE_GROUP);
    // "wave" names a grouping column only where the layout reads no waves.
    assertThat(layout().addGroupColumns("wave").build().groupNames()).containsExactly("wave");
    assertThatThrownBy(() -> layout().addGroupColumns("wave").addWaveColumns("event").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a grouping column cannot be named 'wave' when waves are read");

    // Only the follow-up wave: the other rows with answers are skipped as another wave.
    CsvLayout followUp = CsvLayout.builder().from(waves).waves(List.of("follow")).build();
    ReadReport follow = read(followUp, ReadMode.STRICT, csv.replace("r1,base,,,1", "r9,base,,,1"));
    assertThat(follow.scored()).isEqualTo(1);
    assertThat(follow.skippedByReason())
        .containsExactly(Map.entry(SkipReason.OTHER_WAVE, 5L));
    assertThat(follow.skipped().get(0).detail()).isEqualTo("wave 'base' is not scored");
  }

  @Test
  void onlyCompleteRowsAreScoredWhenAStatusColumnIsGiven() {
    CsvLayout complete = layout().completeColumn("form_complete").build();
    String csv =
        "id," + ITEMS + ",form_complete\n"
            + "r1,4,4,4,4,4,4,2\n"
            + "r2,4,4,4,4,4,4,1\n"
            + "r3,4,4,4,4,4,4,Complete\n"
            + "r4,4,4,4,4,4,4,\n";
    ReadReport report = read(complete, ReadMode.STRICT, csv);
    assertThat(report.scored()).isEqualTo(2);
    assertThat(rows).extracting(r -> r.scores().respondentId()).containsExactly("r1", "r3");
    assertThat(report.skipped())
        .extracting(SkippedRow::row, SkippedRow::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3L, "status '1' in column form_complete, not 2 or Complete"),
            org.assertj.core.groups.Tuple.tuple(
                5L, "status '' in column form_complete, not 2 or Complete"));
    assertThatThrownBy(() -> read(complete, ReadMode.STRICT, "id," + ITEMS + "\n"))
        .hasMessageContaining("the header lacks column(s) form_complete");
  }

  @Test
  void qualtricsHeaderRowsAreSkippedAndImportIdsNameColumns() {
    // Columns renamed after the layout was written (A1 was QID1...): found by import id.
    CsvLayout qualtrics =
        CsvLayout.builder()
            .respondentIdColumn("ResponseId")
            .dataRowIdPattern("R_[A-Za-z0-9]+")
            .putItemColumns("A1", "QID1")
            .putItemColumns("A2", "QID2")
            .build();
    String csv =
        "ResponseId,first,second,A3,B1,B2,N1\n"
            + "Antwort-ID,\"Erste\nFrage\",Zweite,x,x,x,x\n"
            + "{\"ImportId\":\"_recordId\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"},"
            + "{\"ImportId\":\"QID3\"},{\"ImportId\":\"QID4\"},{\"ImportId\":\"QID5\"},"
            + "{\"ImportId\":\"QID6\"}\n"
            + "R_abc,1,2,3,4,5,6\n";
    ReadReport report = read(qualtrics, ReadMode.STRICT, csv);
    assertThat(report.rowsRead()).isEqualTo(3);
    assertThat(report.skipped())
        .extracting(SkippedRow::row, SkippedRow::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, SkipReason.HEADER_ROW),
            org.assertj.core.groups.Tuple.tuple(3L, SkipReason.HEADER_ROW));
    assertThat(rows.get(0).answers().subList(0, 2)).containsExactly(Answer.of(1), Answer.of(2));
    // At most two header rows: a third row is data, whatever its id.
    String third = "ResponseId," + ITEMS + "\nQuestion,x,x,x,x,x,x\nQuestion,x,x,x,x,x,x\nlast,1,2,3,4,5,6\n";
    ReadReport twoAtMost =
        read(CsvLayout.builder().from(qualtrics).itemColumns(Map.of()).build(), ReadMode.LENIENT, third);
    assertThat(twoAtMost.skipped()).hasSize(2);
    assertThat(rows).extracting(r -> r.scores().respondentId()).containsExactly("last");
    // Without header rows the first data row is read at once; a bad import id names its row.
    read(CsvLayout.builder().from(qualtrics).itemColumns(Map.of()).build(), ReadMode.STRICT, "ResponseId," + ITEMS + "\nR_a,1,2,3,4,5,6\n");
    assertThat(rows).hasSize(1);
    assertThatThrownBy(
            () -> read(qualtrics, ReadMode.STRICT, "ResponseId,x\n{\"ImportId\":\"_recordId\"},{\"ImportId\":\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("x.csv, row 2");
    assertThatThrownBy(() -> CsvLayout.builder().respondentIdColumn("id").dataRowIdPattern("(").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dataRowIdPattern is not a regular expression: Unclosed group");
  }

  @Test
  void presetsAreBundledLayouts() {
    CsvLayout redcap = CsvLayout.preset("redcap");
    assertThat(redcap.respondentIdColumn()).isEqualTo("record_id");
    assertThat(redcap.waveColumns())
        .containsExactly("redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance");
    assertThat(redcap.ignoreHeaderCase()).isTrue();
    assertThat(redcap.skipRowsWithoutAnswers()).isTrue();
    CsvLayout qualtrics = CsvLayout.preset("qualtrics");
    assertThat(qualtrics.respondentIdColumn()).isEqualTo("ResponseId");
    assertThat(qualtrics.dataRowIdPattern()).contains("R_[A-Za-z0-9]+");
    assertThat(qualtrics.answerLabels()).isTrue();
    assertThatThrownBy(() -> CsvLayout.preset("spss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no layout preset 'spss'; known: redcap, qualtrics");
    CsvLayout back = ImpsciJson.read(ImpsciJson.write(redcap), CsvLayout.class, "layout");
    assertThat(back).isEqualTo(redcap);
  }

  @Test
  void theReportSaysHowManyRowsWereSkippedForEachReasonInJson() {
    ReadReport report =
        ReadReport.builder()
            .source("x.csv")
            .rowsRead(3)
            .scored(1)
            .addSkipped(SkippedRow.of(2, null, SkipReason.HEADER_ROW, "'Response ID'"))
            .addSkipped(SkippedRow.of(3, "", SkipReason.HEADER_ROW, "'{}'"))
            .blankRows(0)
            .build();
    String json = ImpsciJson.write(report);
    assertThat(json).contains("\"skippedByReason\":{\"HEADER_ROW\":2}");
    assertThat(ImpsciJson.read(json, ReadReport.class, "report")).isEqualTo(report);
    assertThat(report.skipped().get(1).recordId()).isEmpty();
    assertThatThrownBy(() -> ReadReport.builder().from(report).scored(2).build())
        .hasMessage("rows read (3) must equal scored (2) + rejected (0) + skipped (2)");
  }
}
