package org.impsci.assessment.survey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.ImpsciJson;

/**
 * How a wide survey export is laid out: one row per respondent, a respondent id column, grouping
 * columns, and one column per item. The header map makes REDCap, Qualtrics and home-grown exports
 * work: by default an item's column is headed by its id; {@link #itemColumns()} renames that, and
 * {@link #answerCodes()} translates answer texts (such as {@code Strongly agree} or {@code N/A}) to
 * the instrument's numbers and non-substantive codes. It can be kept as a JSON file; {@link
 * #preset(String)} gives the bundled layouts of REDCap and Qualtrics exports, which use the options
 * below: codes for some items only, labels as answers, waves, skipped rows and completion status.
 *
 * <p>Immutable and thread-safe.
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

  /**
   * Answer codes for some items only, by item id or by the id of an item group (a scale, whose
   * items, and the items of the groups it contains, take the codes): answer text to meaning, as
   * {@link #answerCodes()}, which they override for those items.
   */
  Map<String, Map<String, String>> itemAnswerCodes();

  /**
   * Whether whole numbers just above an item's scale stand for the item's non-substantive options,
   * in the instrument's order: max + 1 for the first, max + 2 for the second... (false by default).
   * This is how impsci's REDCap dictionary numbers them (NoMAD: 6, 7, 8 after 1-5); items without
   * such options, such as NoMAD's 0-10 general items, keep every number as an answer.
   */
  @Value.Default
  default boolean optionsNumberedAfterScale() {
    return false;
  }

  /**
   * Whether an answer text equal to one of the item's own answer labels (its scale's labels and
   * non-substantive options' labels, case and spacing ignored) reads as that answer, as choice text
   * in REDCap labels exports and Qualtrics exports does (false by default).
   */
  @Value.Default
  default boolean answerLabels() {
    return false;
  }

  /**
   * Whether column headers are matched ignoring case (the default, the rule of every impsci table
   * reader: {@code Site} is the group column {@code site}, {@code co1} the item {@code CO1}, as
   * REDCap lower-cases field names); {@code false} matches them exactly.
   */
  @Value.Default
  default boolean ignoreHeaderCase() {
    return true;
  }

  /**
   * Other headers a column may have, by the column's name: for example {@code record_id} headed
   * {@code Record ID} in a REDCap export with label headers, or {@code ResponseId} headed {@code
   * V1} in a legacy Qualtrics export. The name itself is tried first.
   */
  Map<String, List<String>> columnAliases();

  /**
   * Whether an item whose column is not found by name may be found by its prompt (case and spacing
   * ignored), as in a REDCap export with label headers from a project made with impsci's data
   * dictionary (false by default).
   */
  @Value.Default
  default boolean itemPromptHeaders() {
    return false;
  }

  /**
   * Columns that, where the header has them, tell a record's waves apart: REDCap's event, repeat
   * instrument and repeat instance. A respondent id may then appear once per wave, and rows are
   * grouped by wave in the grouping {@link #WAVE_GROUP}, whose value is the row's non-blank wave
   * values joined by '/' (blank when the header has none of these columns).
   */
  List<String> waveColumns();

  /** Waves to score; rows of other waves are skipped and counted. Empty (default): every wave. */
  List<String> waves();

  /**
   * Whether a row that answers no item of the instrument is skipped and counted, as the row of
   * another instrument or event in a REDCap export is (false by default: such a row is scored,
   * with every scale missing).
   */
  @Value.Default
  default boolean skipRowsWithoutAnswers() {
    return false;
  }

  /** How many rows right after the header may be header rows (see {@link #dataRowIdPattern()}). */
  int MAX_HEADER_ROWS = 2;

  /**
   * A regular expression that the respondent ids of data rows match, such as Qualtrics' {@code
   * R_} and letters and digits. Up to {@link #MAX_HEADER_ROWS} rows right after the header whose
   * id is not blank and does not match are header rows, skipped and counted: Qualtrics' question
   * texts (in the survey's language) and import ids ({@code {"ImportId":"_recordId"}}). An
   * import-id row also names the columns, so an item's column may be given by its import id
   * ({@code QID1}) and is found after the question was renamed. Empty (default): no header rows.
   */
  Optional<String> dataRowIdPattern();

  /**
   * The column with each row's completion status (REDCap's {@code <form>_complete}); when given,
   * rows whose status is not one of {@link #completeValues()} are skipped and counted with it.
   */
  Optional<String> completeColumn();

  /**
   * Where an export keeps the completion status when {@link #completeColumn()} is not in the
   * header: the first column of this name (or an alias of it) after the instrument's last item
   * column, else the first anywhere. REDCap's labels exports head every form's status {@code
   * Complete?}, each right after its form's fields, so the one after the items is the
   * instrument's own; Qualtrics keeps {@code Finished} before the questions ({@code V10} in the
   * legacy format). The bundled presets name it; empty by default.
   */
  Optional<String> statusColumn();

  /** The statuses that mean complete: REDCap's {@code 2} and {@code Complete} by default. */
  @Value.Default
  default List<String> completeValues() {
    return List.of("2", "Complete");
  }

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

  /** The name of the grouping by wave, added when the layout has {@link #waveColumns()}. */
  String WAVE_GROUP = "wave";

  /** The groupings of each row: the grouping columns, then {@link #WAVE_GROUP} if waves are read. */
  default List<String> groupNames() {
    if (waveColumns().isEmpty()) {
      return groupColumns();
    }
    List<String> names = new ArrayList<>(groupColumns());
    names.add(WAVE_GROUP);
    return names;
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
    return CsvLayout.builder().from(this).respondentIdColumn(column).build();
  }

  /** This layout with these grouping columns instead of its own. */
  default CsvLayout groupedBy(List<String> columns) {
    return CsvLayout.builder().from(this).groupColumns(columns).build();
  }

  /** The names of the bundled layouts, for {@link #preset(String)}. */
  List<String> PRESETS = List.of("redcap", "qualtrics");

  /**
   * A bundled layout: {@code redcap} for REDCap exports (raw or labels, longitudinal and
   * repeating; respondent id {@code record_id}), {@code qualtrics} for Qualtrics exports (numeric or
   * choice text, current or legacy; respondent id {@code ResponseId}). Each is a JSON file in this
   * package, {@code layout-NAME.json}, in the form this type reads and writes.
   *
   * @throws IllegalArgumentException if there is no such preset
   */
  static CsvLayout preset(String name) {
    if (!PRESETS.contains(name)) {
      throw new IllegalArgumentException(
          "no layout preset '" + name + "'; known: " + String.join(", ", PRESETS));
    }
    return ImpsciJson.readResource(CsvLayout.class, "layout-" + name + ".json", CsvLayout.class);
  }


  /** Checks the counts and that no column is used for two purposes. */
  @Value.Check
  default void check() {
    if (rowsAfterHeader() < 0) {
      throw new IllegalArgumentException("rowsAfterHeader must be >= 0, got " + rowsAfterHeader());
    }
    try {
      dataRowIdPattern().ifPresent(Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "dataRowIdPattern is not a regular expression: " + e.getDescription());
    }
    if (delimiter() == '"' || delimiter() == '\n' || delimiter() == '\r') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    if (groupColumns().stream().distinct().count() != groupColumns().size()) {
      throw new IllegalArgumentException(
          "a grouping column is named twice in " + groupColumns());
    }
    if (!waveColumns().isEmpty() && groupColumns().contains(WAVE_GROUP)) {
      throw new IllegalArgumentException(
          "a grouping column cannot be named '" + WAVE_GROUP + "' when waves are read");
    }
    if (groupColumns().contains(respondentIdColumn())) {
      throw new IllegalArgumentException(
          "column '" + respondentIdColumn() + "' cannot be both the id and a grouping column");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CsvLayout}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCsvLayout.Builder {
    Builder() {}
  }
}
