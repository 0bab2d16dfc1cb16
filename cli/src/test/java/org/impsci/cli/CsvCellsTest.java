package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV guard against formula injection. Expected cells follow the usual rule (OWASP, "CSV
 * Injection"): a text cell starting with =, +, -, @, tab or carriage return gets a single quote in
 * front and is quoted, its own quotes doubled (RFC 4180); worked out by hand.
 */
class CsvCellsTest {
  @TempDir Path dir;

  /** Checks pairs of (cell, as written) with the guard on or off. */
  private static void assertWritten(boolean guard, String... cellThenWritten) {
    for (int i = 0; i < cellThenWritten.length; i += 2) {
      assertThat(CsvCells.text(cellThenWritten[i], guard))
          .as(cellThenWritten[i])
          .isEqualTo(cellThenWritten[i + 1]);
    }
  }

  @Test
  void cellsThatASpreadsheetWouldRunAreQuotedBehindASingleQuote() {
    assertWritten(
        true,
        "=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"",
        "+1", "\"'+1\"",
        "@SUM(A1)", "\"'@SUM(A1)\"",
        "\t=1+1", "\"'\t=1+1\"",
        "\r=1+1", "\"'\r=1+1\"",
        "-1+2", "\"'-1+2\"",
        "-", "\"'-\"",
        "-1.2.3", "\"'-1.2.3\"",
        "=HYPERLINK(\"http://x\",\"a,b\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
  }

  @Test
  void negativeNumbersAndOrdinaryTextStayAsTheyAre() {
    assertWritten(
        true,
        "-0.5", "-0.5",
        "-12", "-12",
        "-.5", "-.5",
        "-3.", "-3.",
        "R1", "R1",
        "", "",
        "a=b", "a=b",
        "H,02", "\"H,02\"");
  }

  @Test
  void withoutTheGuardTextIsOnlyQuotedAsRfc4180Needs() {
    assertWritten(
        false,
        "=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0",
        "+1", "+1",
        "@SUM(A1)", "@SUM(A1)",
        "\tx", "\tx",
        "\rx", "\"\rx\"");
  }

  @Test
  void rowBuffersGuardTextCellsButNotNumberCells() throws IOException {
    for (boolean guard : new boolean[] {true, false}) {
      StringWriter written = new StringWriter();
      CsvRowBuffer rows = new CsvRowBuffer(written, guard);
      rows.cell("@SUM(A1)");
      rows.plainCell("-0.5"); // a score: never guarded
      rows.cell("-3");
      rows.endRow();
      rows.flush();
      assertThat(written.toString()).isEqualTo(guard ? "\"'@SUM(A1)\",-0.5,-3\n" : "@SUM(A1),-0.5,-3\n");
    }
  }

  private String scoreCsv(Path input, String... more) {
    List<String> args = new ArrayList<>(List.of("score", "--instrument", "nomad", "--input",
        input.toString(), "--group", "site", "--format", "csv"));
    args.addAll(List.of(more));
    CommandRun command = new CommandRun();
    assertThat(command.run(args)).as(command.err.toString()).isZero();
    return command.out.toString();
  }

  @Test
  void scoreGuardsIdsAndGroupValuesUnlessToldNotTo() throws IOException {
    // (The reader trims ids and group values, so tab and CR cells are checked above only.)
    // Every answer 4 (CA2 reversed: 6 - 4 = 2): coherence 4, CP 4, CA (6 x 4 + 2) / 7, RM 4.
    String answers = ",4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,,,";
    Path input = dir.resolve("hostile.csv");
    Files.writeString(
        input,
        ImpsciCommandTest.HEADER
            + "\"=cmd|' /C calc'!A0\",+1" + answers + "\n"
            + "@SUM(A1),=1+1" + answers + "\n"
            + "-7,-2" + answers + "\n");
    // G1-G3, items in no scale, are left blank: empty cells after the scales.
    String scores = ",4.0,4.0," + (26.0 / 7) + ",4.0,,,";
    assertThat(scoreCsv(input).lines())
        .containsExactly(
            "respondent_id,site,coherence,cognitive-participation,collective-action,reflexive-monitoring,G1,G2,G3",
            "\"'=cmd|' /C calc'!A0\",\"'+1\"" + scores,
            "\"'@SUM(A1)\",\"'=1+1\"" + scores,
            "-7,-2" + scores);
    assertThat(scoreCsv(input, "--no-csv-guard").lines())
        .containsExactly(
            "respondent_id,site,coherence,cognitive-participation,collective-action,reflexive-monitoring,G1,G2,G3",
            "=cmd|' /C calc'!A0,+1" + scores,
            "@SUM(A1),=1+1" + scores,
            "-7,-2" + scores);
  }
}
