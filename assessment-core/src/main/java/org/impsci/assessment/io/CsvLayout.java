package org.impsci.assessment.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How a wide survey export is laid out: one row per respondent, a respondent id column, grouping
 * columns, and one column per item. The header map makes REDCap, Qualtrics and home-grown exports
 * work: by default an item's column is headed by its id; {@link #itemColumns()} renames that, and
 * {@link #answerCodes()} translates answer texts (such as {@code Strongly agree} or {@code N/A}) to
 * the instrument's numbers and non-substantive codes. It can be kept as a JSON file.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCsvLayout.class)
@JsonDeserialize(as = ImmutableCsvLayout.class)
public interface CsvLayout {

  /** What to do when the header lacks an item's column. */
  enum MissingItemColumns {
    /** The header is rejected (default). */
    FAIL,
    /** Every respondent's answer to such an item is missing. */
    TREAT_AS_MISSING
  }

  /** The header of the respondent id column, for example {@code record_id} in REDCap. */
  String respondentIdColumn();

  /** Headers of the grouping columns (site, role, wave) whose values are kept with each row. */
  List<String> groupColumns();

  /** Item id to column header, for items whose column is not headed by their id. */
  Map<String, String> itemColumns();

  /**
   * Answer text (after trimming spaces) to what it means: a number ({@code "5"}) or a
   * non-substantive code ({@code "not_relevant_role"}). Texts not listed are read as numbers or
   * codes directly; an empty cell is missing.
   */
  Map<String, String> answerCodes();

  /** The field delimiter; ',' by default (';' and tab are common in European exports). */
  @Value.Default
  default char delimiter() {
    return ',';
  }

  /**
   * Rows after the header that are not data, skipped unread; Qualtrics exports have 2 (question
   * texts and import ids). Default 0.
   */
  @Value.Default
  default int rowsAfterHeader() {
    return 0;
  }

  /** What to do when an item has no column; {@link MissingItemColumns#FAIL} by default. */
  @Value.Default
  default MissingItemColumns missingItemColumns() {
    return MissingItemColumns.FAIL;
  }

  /**
   * Whether a respondent id seen before rejects the row (default true). The check keeps every id
   * in memory; switch it off to stream files with many millions of rows in a small heap.
   */
  @Value.Default
  default boolean rejectDuplicateIds() {
    return true;
  }

  /** The column header of an item. */
  default String columnOf(String itemId) {
    return itemColumns().getOrDefault(itemId, itemId);
  }

  /** A layout whose respondent ids are in the named column and items are headed by their ids. */
  static CsvLayout of(String respondentIdColumn) {
    return builder().respondentIdColumn(respondentIdColumn).build();
  }

  /** This layout with another respondent id column. */
  default CsvLayout identifiedBy(String column) {
    return ImmutableCsvLayout.copyOf(this).withRespondentIdColumn(column);
  }

  /** This layout with these grouping columns instead of its own. */
  default CsvLayout groupedBy(List<String> columns) {
    return ImmutableCsvLayout.copyOf(this).withGroupColumns(columns);
  }

  /** A builder. */
  static ImmutableCsvLayout.Builder builder() {
    return ImmutableCsvLayout.builder();
  }

  /** Checks the counts and that no column is used for two purposes. */
  @Value.Check
  default void check() {
    if (rowsAfterHeader() < 0) {
      throw new IllegalStateException("rowsAfterHeader must be >= 0, got " + rowsAfterHeader());
    }
    if (delimiter() == '"' || delimiter() == '\n' || delimiter() == '\r') {
      throw new IllegalStateException("the delimiter cannot be a quote or a line break");
    }
    if (groupColumns().stream().distinct().count() != groupColumns().size()) {
      throw new IllegalStateException(
          "a grouping column is named twice in " + groupColumns());
    }
    if (groupColumns().contains(respondentIdColumn())) {
      throw new IllegalStateException(
          "column '" + respondentIdColumn() + "' cannot be both the id and a grouping column");
    }
  }
}
