package org.impsci.assessment.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.internal.survey.SurveyBlockReader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.scoring.Scorer;

/**
 * Reads a wide survey export (one row per respondent) and scores it row by row, in constant memory
 * apart from the optional duplicate-id check. UTF-8 with or without a byte-order mark, LF or CRLF
 * line ends, quoted fields. A record may hold at most 10,000 fields, 1,000,000 characters in a
 * field and 4,000,000 in all; a larger one fails, naming the file, row and limit.
 *
 * <p>In {@link ReadMode#STRICT} mode the first bad row stops reading with an {@link
 * InvalidInputException} naming the file, row, column, item, value and allowed range. In {@link
 * ReadMode#LENIENT} mode every good row is scored and every bad row is returned in the {@link
 * ReadReport} with its reason. A bad header fails in both modes.
 *
 * <p>Thread-safe; each read has state of its own.
 */
public final class SurveyCsvReader {

  private final SurveyBlockReader reader;
  private final int groupColumns;

  private SurveyCsvReader(Scorer scorer, CsvLayout layout, ReadMode mode) {
    this.reader =
        new SurveyBlockReader(
            Objects.requireNonNull(scorer, "scorer"),
            Objects.requireNonNull(layout, "layout"),
            Objects.requireNonNull(mode, "mode"));
    this.groupColumns = layout.groupNames().size();
  }

  /** A reader that scores with {@code scorer} files laid out as {@code layout}. */
  public static SurveyCsvReader of(Scorer scorer, CsvLayout layout, ReadMode mode) {
    return new SurveyCsvReader(scorer, layout, mode);
  }

  /** Reads and scores a file; see {@link #read(InputStream, String, Consumer)}. */
  public ReadReport read(Path file, Consumer<ScoredRow> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads and scores every row, handing each scored row to {@code sink} in file order.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @param sink receives each scored row in file order
   * @return how many rows were read, scored and rejected
   * @throws InvalidInputException for a bad header, malformed CSV, or in strict mode a bad row
   */
  public ReadReport read(InputStream in, String sourceName, Consumer<ScoredRow> sink) {
    return reader.read(
        in,
        sourceName,
        ValueIndex.forColumns(groupColumns),
        block -> {
          for (int r = 0; r < block.size(); r++) {
            sink.accept(reader.scoredRow(block, r));
          }
        });
  }
}
