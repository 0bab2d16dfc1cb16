package org.impsci.assessment.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated NoMAD and ORCA exports read in many byte ranges on three threads give the report (by
 * {@code equals}: every summary and alpha to the last bit) and the rows of reading them as one
 * stream, the reference. In the kernel's package, in this module (on the class path, not a Java
 * module), to reach the kernel's package-private knob for small ranges.
 */
class BundledInstrumentRangesTest {
  @TempDir Path dir;

  @Test
  void nomadWithLfAndWithCrlfAndAByteOrderMark() throws IOException {
    StringBuilder csv = new StringBuilder();
    // 6,000 respondents, then the generator's three bad rows (a 6, "N/A", a repeated id).
    NomadSyntheticData.of(42, 11).withBadRows().write(csv, 6000);
    String lf = csv.toString();
    for (String text : List.of(lf, "\uFEFF" + lf.replace("\n", "\r\n"))) {
      Path file = Files.writeString(dir.resolve("nomad.csv"), text, StandardCharsets.UTF_8);
      SurveyReport report = inRangesAsInOneStream("nomad", file, 80, 6000);
      assertThat(report.read().rejected()).hasSize(3);
    }
  }

  @Test
  void orcaWithQuotedLineBreaksABadAnswerAndARepeatedId() throws IOException {
    // 77 items, whole answers across each item's scale, about 5% blank, a quoted two-line comment
    // every tenth row; respondent 1200 answers one past the first item's top, 1700 repeats o5.
    List<Item> items = Impsci.instrument("orca").instrument().items();
    StringBuilder csv = new StringBuilder("respondent_id,site,comment");
    items.forEach(item -> csv.append(',').append(item.id()));
    csv.append('\n');
    Random random = new Random(42);
    for (int r = 0; r < 2000; r++) {
      csv.append(r == 1700 ? "o5" : "o" + r).append(",S").append(random.nextInt(4)).append(',');
      if (r % 10 == 0) {
        csv.append("\"first line\nsecond, \"\"quoted\"\"\"");
      }
      for (Item item : items) {
        csv.append(',');
        int low = (int) item.scale().min();
        int span = (int) item.scale().max() - low + 1;
        if (r == 1200 && item == items.get(0)) {
          csv.append(low + span);
        } else if (random.nextInt(20) > 0) {
          csv.append(low + random.nextInt(span));
        }
      }
      csv.append('\n');
    }
    Path file = Files.writeString(dir.resolve("orca.csv"), csv);
    SurveyReport report = inRangesAsInOneStream("orca", file, 60, 1998);
    // The header is row 1 and the comments' line breaks are inside quotes: respondent r is in
    // row r + 2.
    assertThat(report.read().rejected()).extracting(RejectedRow::row).containsExactly(1202L, 1702L);
    assertThat(report.read().rejected().get(1).reason())
        .isEqualTo("respondent 'o5': the id already appeared in row 7");
  }

  /** Reads {@code file} in about {@code ranges} ranges and as one stream; returns the report. */
  private static SurveyReport inRangesAsInOneStream(
      String instrument, Path file, int ranges, int scored) throws IOException {
    SurveyAnalysis analysis = Impsci.survey(instrument).groupBy("site").lenient().analysis();
    List<ScoredRow> oneStream = new ArrayList<>();
    SurveyReport expected =
        analysis.sequential().analyseRows(file, row -> oneStream.add(row.toScoredRow()));
    List<ScoredRow> inRanges = new ArrayList<>();
    SurveyReport actual =
        analysis.readingFilesInRanges(3).withRangeBytes(Files.size(file) / ranges)
            .analyseRows(file, row -> inRanges.add(row.toScoredRow()));
    assertThat(actual).isEqualTo(expected);
    assertThat(inRanges).isEqualTo(oneStream).hasSize(scored);
    return actual;
  }
}
