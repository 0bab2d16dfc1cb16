package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading wide survey exports of the toy instrument (a = A1-A3 with A3 reversed, b = B1-B2, total =
 * a + b, N1 0-10) under the rule "at least half of each scale". Expected scores are worked by hand:
 * r1 answers 4, 5, 2 (reversed to 4), 3, not relevant, 7, so a = 13/3, b = 3, total = 11/3.
 */
class SurveyCsvReaderTest {
  private static final String HEADER = "id,site,A1,A2,A3,B1,B2,N1\n";
  private static final String R1 = "r1,X,4,5,2,3,not_relevant_role,7\n";
  private static final String R2 = "r2,Y,1,,,,,\n";

  private final Scorer scorer =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
  private final CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private ReadReport read(String csv, ReadMode mode, List<ScoredRow> sink) {
    return SurveyCsvReader.of(scorer, layout, mode).read(utf8(csv), "data.csv", sink::add);
  }

  private static double score(ScoredRow row, String scale) {
    return row.scores().score(scale).orElseThrow().score().getAsDouble();
  }

  @Test
  void scoresEachRowWithItsRowNumberAndGroups() {
    List<ScoredRow> rows = new ArrayList<>();
    ReadReport report = read(HEADER + R1 + R2, ReadMode.STRICT, rows);

    assertThat(report.rowsRead()).isEqualTo(2);
    assertThat(report.scored()).isEqualTo(2);
    assertThat(report.rejected()).isEmpty();
    assertThat(rows).extracting(ScoredRow::row).containsExactly(2L, 3L);
    ScoredRow r1 = rows.get(0);
    assertThat(r1.scores().respondentId()).isEqualTo("r1");
    assertThat(r1.scores().groups()).containsEntry("site", "X");
    assertThat(score(r1, "a")).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(score(r1, "b")).isEqualTo(3.0);
    assertThat(score(r1, "total")).isCloseTo(11.0 / 3, within(1e-12));
    assertThat(r1.answers())
        .containsExactly(
            Answer.of(4), Answer.of(5), Answer.of(2), Answer.of(3),
            Answer.nonSubstantive("not_relevant_role"), Answer.of(7));
    // r2 answered only A1: a needs 2 of 3, so no score; its answers are missing, not zero.
    ScoredRow r2 = rows.get(1);
    assertThat(r2.scores().score("a").orElseThrow().score()).isEmpty();
    assertThat(r2.answers().get(1)).isSameAs(Answer.missing());
  }

  @Test
  void rowScoresEqualTheScorersScoresOfTheSameAnswers() {
    // The reader scores the values it has checked; the public scorer checks and scores answers.
    List<ScoredRow> rows = new ArrayList<>();
    read(HEADER + R1 + R2 + "r3,Z,1,1,5,not_relevant_role,not_relevant_role,0\n", ReadMode.STRICT, rows);
    assertThat(rows).hasSize(3);
    for (ScoredRow row : rows) {
      assertThat(row.scores())
          .isEqualTo(
              scorer.score(
                  row.scores().respondentId(),
                  row.scores().groups(),
                  row.answers().toArray(new Answer[0])));
    }
    assertThat(rows.get(1).scores().score("a").orElseThrow().reason()).isPresent();
    assertThat(rows.get(2).scores().score("b").orElseThrow().nonSubstantiveCodes())
        .isEqualTo(Map.of("not_relevant_role", 2));
  }

  @Test
  void byteOrderMarkAndCrlfReadTheSame() {
    List<ScoredRow> plain = new ArrayList<>();
    read(HEADER + R1 + R2, ReadMode.STRICT, plain);
    List<ScoredRow> windows = new ArrayList<>();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(bom), utf8((HEADER + R1 + R2).replace("\n", "\r\n")));
    SurveyCsvReader.of(scorer, layout, ReadMode.STRICT).read(in, "excel.csv", windows::add);
    assertThat(windows).isEqualTo(plain);
  }

  @Test
  void quotedFieldsSpacesAndDecimalsAreRead() {
    List<ScoredRow> rows = new ArrayList<>();
    read(HEADER + "\"r 1\",\"Ward 3, North\", 4 ,\"5\",2,3,,7.5\n", ReadMode.STRICT, rows);
    assertThat(rows.get(0).scores().respondentId()).isEqualTo("r 1");
    assertThat(rows.get(0).scores().groups()).containsEntry("site", "Ward 3, North");
    assertThat(rows.get(0).answers().get(5)).isEqualTo(Answer.of(7.5));
  }

  @Test
  void qualtricsStyleExportWithHeaderMapAnswerTextsAndExtraRows() {
    CsvLayout qualtrics =
        CsvLayout.builder()
            .respondentIdColumn("ResponseId")
            .addGroupColumns("Site")
            .putItemColumns("A1", "Q4_1")
            .putItemColumns("A2", "Q4_2")
            .putItemColumns("A3", "Q4_3")
            .putItemColumns("B1", "Q5_1")
            .putItemColumns("B2", "Q5_2")
            .putItemColumns("N1", "Q1")
            .putAnswerCodes("Strongly agree", "5")
            .putAnswerCodes("Agree", "4")
            .putAnswerCodes("Neutral", "3")
            .putAnswerCodes("Disagree", "2")
            .putAnswerCodes("Not relevant to my role", "not_relevant_role")
            .rowsAfterHeader(2)
            .build();
    String csv =
        "StartDate,ResponseId,Site,Q1,Q4_1,Q4_2,Q4_3,Q5_1,Q5_2\n"
            + "Start Date,Response ID,Site,\"How familiar, 0-10\",Q4 a,Q4 b,Q4 c,Q5 a,Q5 b\n"
            + "{\"ImportId\":\"startDate\"},{\"ImportId\":\"_recordId\"},x,x,x,x,x,x,x\n"
            + "2026-01-05,R_abc,H03,7,Agree,Strongly agree,Disagree,Neutral,Not relevant to my role\n";
    List<ScoredRow> rows = new ArrayList<>();
    ReadReport report =
        SurveyCsvReader.of(scorer, qualtrics, ReadMode.STRICT).read(utf8(csv), "q.csv", rows::add);
    assertThat(report.rowsRead()).isEqualTo(1);
    // Agree 4, Strongly agree 5, Disagree 2 reversed to 4: a = 13/3; b = Neutral 3.
    assertThat(rows.get(0).row()).isEqualTo(4);
    assertThat(score(rows.get(0), "a")).isCloseTo(13.0 / 3, within(1e-12));
    assertThat(score(rows.get(0), "b")).isEqualTo(3.0);
    assertThat(rows.get(0).scores().groups()).containsEntry("Site", "H03");
  }

  @Test
  void strictModeStopsAtTheFirstBadValueAndSaysWhere() {
    String csv = HEADER + R1 + "r2,Y,1,7,,,,\n" + "r3,Y,1,9,,,,\n";
    assertThatThrownBy(() -> read(csv, ReadMode.STRICT, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "data.csv, row 3, column A2, item A2: respondent 'r2': answer is not on the item's"
                + " scale (value '7'); allowed: whole numbers 1..5");
  }

  @Test
  void strictModeNamesTheColumnOfAMappedItem() {
    CsvLayout mapped = CsvLayout.builder().from(layout).itemColumns(Map.of("A2", "Q2")).build();
    String csv = HEADER.replace("A2", "Q2") + "r1,X,4,maybe,2,3,,7\n";
    assertThatThrownBy(
            () -> SurveyCsvReader.of(scorer, mapped, ReadMode.STRICT).read(utf8(csv), "m.csv", r -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "m.csv, row 2, column Q2, item A2: respondent 'r1': the answer is neither a number nor"
                + " one of the item's answer codes (value 'maybe'); allowed: whole numbers 1..5");
  }

  @Test
  void lenientModeScoresGoodRowsAndReportsEveryBadOne() {
    String csv =
        HEADER
            + R1 // row 2: good
            + "r2,Y,1,7,,,,\n" // row 3: out of range
            + "r3,Y,abc,,,,,\n" // row 4: not a number or code
            + "r4,Y,1,2\n" // row 5: too few fields
            + ",Y,1,2,3,4,5,6\n" // row 6: blank id
            + "r1,Y,1,2,3,4,5,6\n" // row 7: duplicate id
            + "\n" // row 8: blank, skipped
            + "r5,Y,3,3,3,not_relevant_stage,,\n" // row 9: code not on B1's scale
            + "r6,Y,2,2,2,2,2,11\n" // row 10: N1 above 10
            + "r7,Y,1,,,,,\n"; // row 11: good
    List<ScoredRow> rows = new ArrayList<>();
    ReadReport report = read(csv, ReadMode.LENIENT, rows);

    assertThat(report.rowsRead()).isEqualTo(9);
    assertThat(report.scored()).isEqualTo(2);
    assertThat(report.blankRows()).isEqualTo(1);
    assertThat(rows).extracting(ScoredRow::row).containsExactly(2L, 11L);
    List<RejectedRow> rejected = report.rejected();
    assertThat(rejected).extracting(RejectedRow::row).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L);

    assertThat(rejected.get(0).column()).hasValue("A2");
    assertThat(rejected.get(0).value()).hasValue("7");
    assertThat(rejected.get(0).allowed()).hasValue("whole numbers 1..5");
    assertThat(rejected.get(1).value()).hasValue("abc");
    assertThat(rejected.get(2).reason())
        .isEqualTo("respondent 'r4': the row has 4 fields but the header has 8");
    assertThat(rejected.get(2).recordId()).hasValue("r4");
    assertThat(rejected.get(3).reason()).isEqualTo("the respondent id is blank");
    assertThat(rejected.get(3).recordId()).isEmpty();
    assertThat(rejected.get(4).reason()).isEqualTo("respondent 'r1': the id already appeared in row 2");
    assertThat(rejected.get(5).itemId()).hasValue("B1");
    assertThat(rejected.get(5).allowed()).hasValue("whole numbers 1..5, or one of [not_relevant_role]");
    assertThat(rejected.get(6).itemId()).hasValue("N1");
    assertThat(rejected.get(6).allowed()).hasValue("numbers 0.0..10.0");
    assertThat(rejected.get(6).message()).startsWith("data.csv, row 10, column N1, item N1:");
    // Every message in full: the location, then the respondent in the same words whenever the
    // row has an id (the blank-id row has none), then the problem, value and what is allowed.
    assertThat(rejected)
        .extracting(RejectedRow::message)
        .containsExactly(
            "data.csv, row 3, column A2, item A2: respondent 'r2': answer is not on the item's"
                + " scale (value '7'); allowed: whole numbers 1..5",
            "data.csv, row 4, column A1, item A1: respondent 'r3': the answer is neither a number"
                + " nor one of the item's answer codes (value 'abc'); allowed: whole numbers 1..5",
            "data.csv, row 5: respondent 'r4': the row has 4 fields but the header has 8",
            "data.csv, row 6, column id: the respondent id is blank",
            "data.csv, row 7, column id: respondent 'r1': the id already appeared in row 2"
                + " (value 'r1')",
            "data.csv, row 9, column B1, item B1: respondent 'r5': the answer is neither a number"
                + " nor one of the item's answer codes (value 'not_relevant_stage'); allowed: whole"
                + " numbers 1..5, or one of [not_relevant_role]",
            "data.csv, row 10, column N1, item N1: respondent 'r6': answer is not on the item's"
                + " scale (value '11'); allowed: numbers 0.0..10.0");
  }

  @Test
  void strictModeNamesTheRespondentOfEachKindOfBadRow() {
    // The first bad row stops reading with the message lenient reading reports for it.
    Map<String, String> badRows =
        Map.of(
            "r3,Y,abc,,,,,\n",
            "data.csv, row 3, column A1, item A1: respondent 'r3': the answer is neither a number"
                + " nor one of the item's answer codes (value 'abc'); allowed: whole numbers 1..5",
            "r4,Y,1,2\n",
            "data.csv, row 3: respondent 'r4': the row has 4 fields but the header has 8",
            "r1,Y,1,2,3,4,5,6\n",
            "data.csv, row 3, column id: respondent 'r1': the id already appeared in row 2"
                + " (value 'r1')",
            "r5,Y,3,3,3,not_relevant_rol,,\n",
            "data.csv, row 3, column B1, item B1: respondent 'r5': the answer is neither a number"
                + " nor one of the item's answer codes (value 'not_relevant_rol'); allowed: whole"
                + " numbers 1..5, or one of [not_relevant_role]");
    badRows.forEach(
        (row, message) ->
            assertThatThrownBy(() -> read(HEADER + R1 + row, ReadMode.STRICT, new ArrayList<>()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message));
  }

  @Test
  void duplicateIdsMayBeAllowedForStreaming() {
    CsvLayout noCheck = CsvLayout.builder().from(layout).rejectDuplicateIds(false).build();
    ReadReport report =
        SurveyCsvReader.of(scorer, noCheck, ReadMode.STRICT).read(utf8(HEADER + R1 + R1), "d.csv", r -> {});
    assertThat(report.scored()).isEqualTo(2);
  }

  @Test
  void headerLackingColumnsIsAnErrorInBothModes() {
    String csv = "id,A1,A2,A3,B1,N1\nr1,1,2,3,4,5\n";
    for (ReadMode mode : ReadMode.values()) {
      assertThatThrownBy(() -> read(csv, mode, new ArrayList<>()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("data.csv, row 1: the header lacks column(s) site, B2");
    }
  }

  @Test
  void missingItemColumnsCanBeTreatedAsMissingAnswers() {
    CsvLayout lax =
        CsvLayout.builder().from(layout)
            .missingItemColumns(CsvLayout.MissingItemColumns.TREAT_AS_MISSING).build();
    List<ScoredRow> rows = new ArrayList<>();
    SurveyCsvReader.of(scorer, lax, ReadMode.STRICT)
        .read(utf8("id,site,A1,A2,B1\nr1,X,4,5,3\n"), "part.csv", rows::add);
    // a: A1 4, A2 5, A3 absent: 2 of 3 answered -> 9/2.
    assertThat(score(rows.get(0), "a")).isEqualTo(4.5);
  }

  @Test
  void aLayoutNamesEachColumnForOnePurposeOnce() {
    assertThatThrownBy(
            () -> CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site", "site").build())
        .hasMessageContaining("a grouping column is named twice in [site, site]");
    assertThatThrownBy(
            () -> CsvLayout.builder().respondentIdColumn("id").addGroupColumns("id").build())
        .hasMessageContaining("column 'id' cannot be both the id and a grouping column");
  }

  @Test
  void duplicateHeaderIsAnError() {
    assertThatThrownBy(() -> read("id,site,A1,A1,A2,A3,B1,B2,N1\n", ReadMode.LENIENT, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "data.csv, row 1, column A1: the header names column 'A1' twice, as columns 3 and 4"
                + " (value 'A1')");
  }

  @Test
  void emptyFileAndHeaderOnly() {
    assertThatThrownBy(() -> read("", ReadMode.LENIENT, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("data.csv, row 1: the file is empty; expected a header row");
    ReadReport headerOnly = read(HEADER, ReadMode.STRICT, new ArrayList<>());
    assertThat(headerOnly.rowsRead()).isZero();
  }

  @Test
  void malformedCsvStopsEvenLenientReading() {
    assertThatThrownBy(() -> read(HEADER + "r1,\"X,4,5\n", ReadMode.LENIENT, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("data.csv")
        .hasMessageContaining("row 2");
  }

  @Test
  void semicolonDelimitedExport() {
    CsvLayout semicolon = CsvLayout.builder().from(layout).delimiter(';').build();
    List<ScoredRow> rows = new ArrayList<>();
    SurveyCsvReader.of(scorer, semicolon, ReadMode.STRICT)
        .read(utf8((HEADER + R1).replace(',', ';')), "eu.csv", rows::add);
    assertThat(score(rows.get(0), "a")).isCloseTo(13.0 / 3, within(1e-12));
  }

  @Test
  void aLargeFileIsStreamedAndEveryRowAccountedFor() {
    // 100,000 rows; every 1,000th has an out-of-range A1 (6): 100 rejected, 99,900 scored.
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 100_000; i++) {
      csv.append('r').append(i).append(",S").append(i % 11).append(',')
          .append(i % 1000 == 0 ? 6 : 1 + i % 5).append(",3,3,3,3,5\n");
    }
    long[] seen = new long[1];
    ReadReport report = read(csv.toString(), ReadMode.LENIENT, new ArrayList<>() {
      @Override
      public boolean add(ScoredRow row) {
        seen[0]++;
        return true;
      }
    });
    assertThat(report.rowsRead()).isEqualTo(100_000);
    assertThat(report.scored()).isEqualTo(99_900).isEqualTo(seen[0]);
    assertThat(report.rejected()).hasSize(100);
    assertThat(report.rejected().get(1).row()).isEqualTo(1002);
  }

  @Test
  void readsAFileByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.csv");
    Files.writeString(file, HEADER + "r1,X,4,5,2,3,not_relevant_role,12\n");
    assertThatThrownBy(() -> SurveyCsvReader.of(scorer, layout, ReadMode.STRICT).read(file, r -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("survey.csv, row 2, column N1, item N1:");
  }

  @Test
  void numbersAreReadStrictly() {
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("3")).isTrue();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("-2.5")).isTrue();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric(".5")).isTrue();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("1e3")).isFalse();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("NaN")).isFalse();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("3,5")).isFalse();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("-")).isFalse();
    assertThat(org.impsci.assessment.internal.NumberText.looksNumeric("1.2.3")).isFalse();
  }
}
