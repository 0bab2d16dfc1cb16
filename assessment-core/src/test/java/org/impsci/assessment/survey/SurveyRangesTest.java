package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.internal.survey.FileRanges;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in many small byte ranges on three threads gives what reading it as one stream gives
 * (the independent reference here): the same report (summaries, alphas, counts, rejections and
 * skips, compared with {@code equals}, so every double to the last bit), the same scored rows in
 * the same order, and the same error. The files are generated toy-instrument exports with quoted
 * multi-line comments, blank lines, bad answers and repeated ids planted in different ranges; the
 * rows the generator planted them in (record numbers, the header being row 1, a quoted line break
 * not starting a row) are the expected rejected rows.
 */
class SurveyRangesTest {
  private static final Scorer SCORER =
      Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
  private static final CsvLayout BY_SITE =
      CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
  private static final CsvLayout QUALTRICS =
      CsvLayout.builder()
          .respondentIdColumn("ResponseId")
          .dataRowIdPattern("R_[A-Za-z0-9]+")
          .addGroupColumns("site")
          .build();
  private static final int RESPONDENTS = 3000;
  private static final long RANGE_BYTES = 2000;

  @TempDir Path dir;

  @Test
  void lenientRangesEqualOneStreamWithLfCrlfBomAndQualtricsHeaderRows() throws IOException {
    ToyFile plain = new ToyFile(false, "\n", false).bad(300, 1200, 2900).repeat(10, 1500);
    ToyFile crlfBom =
        new ToyFile(false, "\r\n", true).bad(5, 1999).repeat(2998, 2999).repeat(0, 1000);
    ToyFile qualtrics = new ToyFile(true, "\r\n", true).bad(700).repeat(3, 2500);
    for (ToyFile toy : List.of(plain, crlfBom, qualtrics)) {
      Path file = toy.write(dir.resolve("toy.csv"));
      CsvLayout layout = toy.qualtrics ? QUALTRICS : BY_SITE;
      assertThat(FileRanges.of(file, ',', RANGE_BYTES, 4)).hasSizeGreaterThan(30);

      List<ScoredRow> oneStream = new ArrayList<>();
      SurveyReport expected = analysis(layout, ReadMode.LENIENT).sequential()
          .analyseRows(file, row -> oneStream.add(row.toScoredRow()));
      List<ScoredRow> inRanges = new ArrayList<>();
      SurveyReport actual = inRanges(layout, ReadMode.LENIENT)
          .analyseRows(file, row -> inRanges.add(row.toScoredRow()));

      assertThat(actual).isEqualTo(expected);
      assertThat(inRanges).isEqualTo(oneStream);
      assertThat(actual.read().rejected())
          .extracting(RejectedRow::row, RejectedRow::reason)
          .containsExactlyElementsOf(toy.expectedRejections().entrySet().stream()
              .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
              .toList());
      assertThat(actual.read().scored()).isEqualTo(RESPONDENTS - toy.planted());
      assertThat(actual.read().blankRows()).isEqualTo((RESPONDENTS - 1) / 500); // before respondents 500, 1000, ... 2500
      assertThat(actual.read().skipped()).hasSize(toy.qualtrics ? 2 : 0);
      // A range for every record: the header and Qualtrics' two header rows stay in the first.
      assertThat(analysis(layout, ReadMode.LENIENT).readingFilesInRanges(2).withRangeBytes(1)
          .analyse(file)).isEqualTo(expected);
    }
  }

  @Test
  void strictRangesReportTheFirstBadRowInTheFile() throws IOException {
    // The later ranges' bad rows are read first or at once; the earliest must still win.
    ToyFile badFirst = new ToyFile(false, "\n", false).bad(2900, 900, 2000).repeat(10, 1500);
    ToyFile repeatFirst = new ToyFile(false, "\r\n", true).bad(2900, 900).repeat(10, 600);
    for (ToyFile toy : List.of(badFirst, repeatFirst)) {
      Path file = toy.write(dir.resolve("toy.csv"));
      List<ScoredRow> oneStream = new ArrayList<>();
      InvalidInputException expected = catchThrowableOfType(
          () -> analysis(BY_SITE, ReadMode.STRICT).sequential()
              .analyseRows(file, row -> oneStream.add(row.toScoredRow())),
          InvalidInputException.class);
      List<ScoredRow> inRanges = new ArrayList<>();
      InvalidInputException actual = catchThrowableOfType(
          () -> inRanges(BY_SITE, ReadMode.STRICT)
              .analyseRows(file, row -> inRanges.add(row.toScoredRow())),
          InvalidInputException.class);

      Map.Entry<Long, String> first = toy.expectedRejections().firstEntry();
      assertThat(expected.location().row()).hasValue(first.getKey());
      assertThat(actual).hasMessage(expected.getMessage());
      assertThat(actual.problem()).isEqualTo(first.getValue());
      assertThat(inRanges).isEqualTo(oneStream).hasSize(toy.respondentAt(first.getKey()));
    }
  }

  @Test
  void malformedUtf8InALaterRangeFailsAtTheSameRowAndLine() throws IOException {
    ToyFile toy = new ToyFile(false, "\n", false);
    Path file = toy.write(dir.resolve("toy.csv"));
    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("r2500,");
    bytes[at + 1] = (byte) 0xFF;
    Files.write(file, bytes);
    String expected = catchThrowableOfType(
        () -> analysis(BY_SITE, ReadMode.LENIENT).sequential().analyse(file),
        InvalidInputException.class).getMessage();
    assertThat(expected).startsWith("toy.csv, row " + toy.rowOf[2500] + ", line ");
    assertThatThrownBy(() -> inRanges(BY_SITE, ReadMode.LENIENT).analyse(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(expected);
  }

  @Test
  void theReadingOptionReadsFilesInRangesWithTheSameReport() throws IOException {
    Path file = new ToyFile(false, "\n", false).bad(5).write(dir.resolve("toy.csv"));
    SurveyReading reading = SurveyReading.of(SCORER).idColumn("id").groupBy("site").lenient();
    SurveyReport expected = reading.read(file);
    assertThat(expected.read().rejected()).extracting(RejectedRow::row).containsExactly(7L);
    assertThat(reading.filesInRanges(2).read(file)).isEqualTo(expected);
    assertThat(reading.sequential().read(file)).isEqualTo(expected);
    assertThatThrownBy(() -> reading.filesInRanges(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, got 0");
  }

  private static SurveyAnalysis analysis(CsvLayout layout, ReadMode mode) {
    return SurveyAnalysis.of(SCORER, layout, mode, CaseHandling.PAIRWISE);
  }

  private static SurveyAnalysis inRanges(CsvLayout layout, ReadMode mode) {
    return analysis(layout, mode).readingFilesInRanges(3).withRangeBytes(RANGE_BYTES);
  }

  /** A generated toy export; respondent i has id r{i} (R_{i} for Qualtrics). */
  private static final class ToyFile {
    final boolean qualtrics;
    final String eol;
    final boolean bom;
    final long[] rowOf = new long[RESPONDENTS];
    /** Planted problems by respondent: a bad answer, or the respondent whose id is repeated. */
    private final Map<Integer, Integer> repeats = new TreeMap<>();
    private final List<Integer> bad = new ArrayList<>();

    ToyFile(boolean qualtrics, String eol, boolean bom) {
      this.qualtrics = qualtrics;
      this.eol = eol;
      this.bom = bom;
    }

    ToyFile bad(int... respondents) {
      for (int r : respondents) {
        bad.add(r);
      }
      return this;
    }

    /** Respondent {@code later} carries the id of {@code first}. */
    ToyFile repeat(int first, int later) {
      repeats.put(later, first);
      return this;
    }

    int planted() {
      return bad.size() + repeats.size();
    }

    /** The respondent in file row {@code row}. */
    int respondentAt(long row) {
      for (int i = 0; i < RESPONDENTS; i++) {
        if (rowOf[i] == row) {
          return i;
        }
      }
      throw new AssertionError("no respondent in row " + row);
    }

    /** Row -> the reason each planted row is rejected with (as the reader words it). */
    TreeMap<Long, String> expectedRejections() {
      TreeMap<Long, String> reasons = new TreeMap<>();
      String prefix = qualtrics ? "R_" : "r";
      for (int i : bad) {
        reasons.put(rowOf[i], "respondent '" + prefix + i + "': answer is not on the item's scale");
      }
      repeats.forEach((later, first) -> reasons.put(rowOf[later],
          "respondent '" + prefix + first + "': the id already appeared in row " + rowOf[first]));
      return reasons;
    }

    Path write(Path file) throws IOException {
      Random random = new Random(42);
      StringBuilder s = new StringBuilder();
      String id = qualtrics ? "ResponseId" : "id";
      s.append(id).append(",site,comment,A1,A2,A3,B1,B2,N1").append(eol);
      long row = 1;
      if (qualtrics) {
        s.append("Response ID,Site,\"Say more,").append(eol).append("if you like\",a1,a2,a3,b1,b2,n1")
            .append(eol);
        s.append("\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",x,x,x,x,x,x,x,x").append(eol);
        row += 2;
      }
      for (int i = 0; i < RESPONDENTS; i++) {
        if (i > 0 && i % 500 == 0) {
          s.append(eol); // a blank line
          row++;
        }
        rowOf[i] = ++row;
        int idOf = repeats.getOrDefault(i, i);
        s.append(qualtrics ? "R_" : "r").append(idOf).append(",H").append(random.nextInt(5));
        s.append(',');
        if (i % 7 == 3) {
          s.append("\"two lines,").append(eol).append("a \"\"quote\"\"\"");
        } else if (i % 7 == 5) {
          s.append("\"\"");
        }
        for (int item = 0; item < 5; item++) {
          s.append(',');
          int x = random.nextInt(22);
          if (item == 0 && bad.contains(i)) {
            s.append(9);
          } else if (x < 20) {
            s.append(1 + x % 5);
          } else if (x == 20 && item >= 3) {
            s.append("not_relevant_role");
          }
        }
        s.append(',').append(random.nextInt(11)).append(eol);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write(s.toString().getBytes(StandardCharsets.UTF_8));
      return Files.write(file, out.toByteArray());
    }
  }
}
