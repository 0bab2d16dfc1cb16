package org.impsci.assessment.internal.survey;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.io.SkipReason;
import org.impsci.assessment.io.SkippedRow;
import org.impsci.assessment.survey.CsvLayout;

/**
 * Which rows of a survey file are scored under a layout: each row's wave, and the rows skipped
 * with their reasons (another wave, no answer to any item, not complete). Every check is per row
 * and only where the layout asks for it.
 */
final class RowSelection {
  private final CsvLayout layout;
  private final SurveyColumns columns;
  private final String instrumentId;
  private final Set<String> waves;
  private final Set<String> completeValues;
  private final boolean active;

  RowSelection(CsvLayout layout, SurveyColumns columns, String instrumentId) {
    this.layout = layout;
    this.columns = columns;
    this.instrumentId = instrumentId;
    this.waves = new HashSet<>(layout.waves());
    this.completeValues = new HashSet<>(layout.completeValues());
    this.active = !waves.isEmpty() || layout.skipRowsWithoutAnswers() || columns.complete >= 0;
  }

  /** The wave of the current row: its non-blank wave values joined by '/'; blank if none. */
  String wave(CsvRecordReader csv) {
    StringBuilder wave = new StringBuilder();
    for (int c : columns.waves) {
      String value = csv.field(c).trim();
      if (!value.isEmpty()) {
        wave.append(wave.length() == 0 ? "" : "/").append(value);
      }
    }
    return wave.toString();
  }

  /** The skip of the current row, or null if it is to be scored. */
  SkippedRow skipped(CsvRecordReader csv, long row, String id, String wave) {
    if (!active) {
      return null;
    }
    String inWave = wave.isEmpty() ? "" : " (wave '" + wave + "')";
    if (!waves.isEmpty() && !waves.contains(wave)) {
      return SkippedRow.of(row, id, SkipReason.OTHER_WAVE, "wave '" + wave + "' is not scored");
    }
    if (layout.skipRowsWithoutAnswers() && answersNothing(csv, columns.items)) {
      return SkippedRow.of(
          row,
          id,
          SkipReason.OTHER_INSTRUMENT,
          "no answer to any item of " + instrumentId + inWave);
    }
    if (columns.complete >= 0) {
      String status = csv.field(columns.complete).trim();
      if (!completeValues.contains(status)) {
        return SkippedRow.of(
            row,
            id,
            SkipReason.INCOMPLETE,
            "status '" + status + "' in column " + columns.completeName + inWave
                + ", not " + String.join(" or ", layout.completeValues()));
      }
    }
    return null;
  }

  /**
   * Whether the current row is a header row: its respondent id is not blank and does not match
   * the pattern of data rows' ids (Qualtrics' question texts and import ids).
   */
  static boolean isHeaderRow(CsvRecordReader csv, int idColumn, Pattern dataIds) {
    if (idColumn < 0 || idColumn >= csv.fieldCount()) {
      return false;
    }
    String id = csv.field(idColumn).trim();
    return !id.isEmpty() && !dataIds.matcher(id).matches();
  }

  private static boolean answersNothing(CsvRecordReader csv, int[] items) {
    for (int c : items) {
      if (c >= 0 && csv.trimmedStart(c) < csv.trimmedEnd(c)) {
        return false;
      }
    }
    return true;
  }
}
