package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strict run that fails midway, for every output: {@code --output FILE} is left as it was (no
 * file, or the earlier one unchanged, and no temporary file), a report's folder gets no report,
 * and standard output either stays empty (a failure within the first {@link ResultOutput#HOLD}
 * characters) or ends with {@link ResultOutput#INCOMPLETE}, which a JSON parser and an RFC 4180
 * CSV reader reject. The failing input is NomadSyntheticData's: its good rows, then an answer of 6
 * (the first of its documented bad rows), which stops a strict run.
 */
class PartialOutputTest {
  @TempDir Path dir;
  private final CommandRun impsci = new CommandRun();

  /** {@code rows} synthetic respondents, then the bad rows: row rows + 2 has an answer of 6. */
  private Path failing(int rows) throws IOException {
    StringBuilder csv = new StringBuilder();
    NomadSyntheticData.of(1, 3).withBadRows().write(csv, rows);
    Path file = dir.resolve("nomad.csv");
    Files.writeString(file, csv.toString());
    return file;
  }

  private String[] score(Path input, String format, String... more) {
    List<String> args =
        new ArrayList<>(List.of("score", "--instrument", "nomad", "--input", input.toString(),
            "--group", "site", "--format", format));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** What a lenient run writes: the good rows' output, of which a strict run's is a beginning. */
  private String lenient(Path input, String format) {
    CommandRun lenient = new CommandRun();
    assertThat(lenient.run(score(input, format, "--lenient"))).isZero();
    return lenient.out.toString();
  }

  private void assertStrictFailure(int rows, int code) {
    assertThat(code).isEqualTo(Impsci.INVALID_INPUT);
    assertThat(impsci.err.toString().lines().toList())
        .hasSize(1)
        .allMatch(l -> l.startsWith("impsci: nomad.csv, row " + (rows + 2) + ", column CO1, item CO1:"
            + " respondent 'R" + (rows + 1) + "': answer is not on the item's scale (value '6')"));
  }

  private List<String> dirNames() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * Standard output of a strict run of {@code format} over 3,000 good rows (about 40 characters
   * each in CSV, 650 in JSON: more than the 64 K held back, so part of it was passed on) and a bad
   * one, without the line {@link ResultOutput#INCOMPLETE} that ends it (and the line break added
   * before it, where the last row did not end with one), after checking that the rest ends as a
   * row does and is a beginning of what a lenient run writes.
   */
  private String writtenBeforeTheFailure(Path input, String format, String rowEnd, String added) {
    assertStrictFailure(3_000, impsci.run(score(input, format)));
    String printed = impsci.out.toString();
    String marker = added + ResultOutput.INCOMPLETE;
    assertThat(printed.endsWith(rowEnd + marker)).as("ends with the marker").isTrue();
    String written = printed.substring(0, printed.length() - marker.length());
    assertThat(written.length()).isGreaterThan(ResultOutput.HOLD);
    String whole = lenient(input, format);
    assertThat(whole.startsWith(written)).as("a beginning of the lenient output").isTrue();
    assertThat(whole.length()).isGreaterThan(written.length());
    return written;
  }

  @Test
  void csvOnStandardOutputEndsWithALineNoStrictCsvReaderAccepts() throws IOException {
    String written = writtenBeforeTheFailure(failing(3_000), "csv", "\n", "");
    assertThatThrownBy(() -> readCsv(impsci.out.toString()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quoted field not closed before the end of input");
    readCsv(written); // whole rows before it
  }

  /** Reads every record with the library's RFC 4180 reader. */
  private static void readCsv(String csv) {
    try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv), "stdout", ',')) {
      while (reader.next() != null) {
        // reading to the end is the check
      }
    }
  }

  @Test
  void jsonOnStandardOutputEndsWithALineNoJsonParserAccepts() throws IOException {
    // The last respondent object was complete; a line break was added before the marker.
    String written = writtenBeforeTheFailure(failing(3_000), "json", "}", "\n");
    assertThatThrownBy(() -> ImpsciJson.mapper().readTree(impsci.out.toString()))
        .isInstanceOf(JsonProcessingException.class);
    // Without the marker it is still no document: the array and the object are left open.
    assertThatThrownBy(() -> ImpsciJson.mapper().readTree(written))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void anEarlyFailureLeavesStandardOutputEmptyInBothFormats() throws IOException {
    // 10 rows: the failure comes before 64 K characters were passed on.
    Path input = failing(10);
    for (String format : List.of("csv", "json")) {
      impsci.clear();
      assertStrictFailure(10, impsci.run(score(input, format)));
      assertThat(impsci.out.toString()).as(format).isEmpty();
    }
  }

  @Test
  void outputFilesAreLeftAsTheyWereInBothFormats() throws IOException {
    Path input = failing(3_000);
    for (String format : List.of("csv", "json")) {
      Path absent = dir.resolve("new." + format);
      Path earlier = dir.resolve("earlier." + format);
      Files.writeString(earlier, "an earlier result");
      List<String> before = dirNames();
      for (Path target : List.of(absent, earlier)) {
        impsci.clear();
        assertStrictFailure(3_000, impsci.run(score(input, format, "--output", target.toString())));
        assertThat(impsci.out.toString()).isEmpty();
      }
      assertThat(absent).doesNotExist();
      assertThat(Files.readString(earlier)).isEqualTo("an earlier result");
      assertThat(dirNames()).isEqualTo(before);
    }
  }

  @Test
  void aSucceedingRunReplacesTheEarlierFile() throws IOException {
    Path input = failing(10);
    Path earlier = dir.resolve("scores.csv");
    Files.writeString(earlier, "an earlier result");
    assertThat(impsci.run(score(input, "csv", "--lenient", "--output", earlier.toString()))).isZero();
    assertThat(Files.readString(earlier)).isEqualTo(lenient(input, "csv"));
    assertThat(dirNames()).containsExactly("nomad.csv", "scores.csv");
  }

  @Test
  void aFailedReportWritesNoReport() throws IOException {
    Path input = failing(3_000);
    Path made = dir.resolve("new-report");
    Path earlier = Files.createDirectory(dir.resolve("earlier-report"));
    Files.writeString(earlier.resolve("report.json"), "an earlier result");
    for (Path target : List.of(made, earlier)) {
      impsci.clear();
      assertStrictFailure(3_000, impsci.run("report", "--instrument", "nomad", "--input", input.toString(),
          "--group", "site", "--output", target.toString()));
      assertThat(impsci.out.toString()).isEmpty();
    }
    assertThat(made).doesNotExist(); // the folder made for it is removed again
    try (Stream<Path> files = Files.list(earlier)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
    assertThat(Files.readString(earlier.resolve("report.json"))).isEqualTo("an earlier result");
  }
}
