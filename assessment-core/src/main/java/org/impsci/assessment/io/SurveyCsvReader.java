package org.impsci.assessment.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.internal.CsvHeader;
import org.impsci.assessment.internal.CsvRecordReader;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;

/**
 * Reads a wide survey export (one row per respondent) and scores it row by row, in constant memory
 * apart from the optional duplicate-id check. UTF-8 with or without a byte-order mark, LF or CRLF
 * line ends, quoted fields.
 *
 * <p>In {@link Mode#STRICT} mode the first bad row stops reading with an {@link
 * InvalidInputException} naming the file, row, column, item, value and allowed range. In {@link
 * Mode#LENIENT} mode every good row is scored and every bad row is returned in the {@link
 * ReadReport} with its reason. A bad header fails in both modes.
 */
public final class SurveyCsvReader {

  /** Whether the first bad row stops reading. */
  public enum Mode {
    /** Stop at the first bad row with an exception. */
    STRICT,
    /** Score the good rows and report every bad one. */
    LENIENT
  }

  private final Scorer scorer;
  private final CsvLayout layout;
  private final Mode mode;
  private final Item[] items;
  private final boolean hasCodes;

  private SurveyCsvReader(Scorer scorer, CsvLayout layout, Mode mode) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.items = scorer.instrument().items().toArray(new Item[0]);
    this.hasCodes = !layout.answerCodes().isEmpty();
  }

  /** A reader that scores with {@code scorer} files laid out as {@code layout}. */
  public static SurveyCsvReader of(Scorer scorer, CsvLayout layout, Mode mode) {
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
   * Reads and scores every row, handing each scored row to {@code sink} as soon as it is scored.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @param sink receives each scored row in file order
   * @return how many rows were read, scored and rejected
   * @throws InvalidInputException for a bad header, malformed CSV, or in strict mode a bad row
   */
  public ReadReport read(InputStream in, String sourceName, Consumer<ScoredRow> sink) {
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, layout.delimiter());
    Columns columns = Columns.of(csv, layout, scorer.instrument());
    for (int i = 0; i < layout.rowsAfterHeader() && csv.next() != null; i++) {
      // rows such as Qualtrics' question texts carry no data
    }
    Map<String, Long> seenIds = layout.rejectDuplicateIds() ? new HashMap<>() : null;
    long rowsRead = 0;
    long scored = 0;
    long blank = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
      if (CsvHeader.isBlank(fields)) {
        blank++;
        continue;
      }
      rowsRead++;
      long row = csv.row();
      InputLocation at = InputLocation.in(sourceName).withRow(row);
      String id = fields.length > columns.id ? fields[columns.id].trim() : null;
      try {
        sink.accept(scoreRow(fields, row, at, id, columns, seenIds));
        scored++;
      } catch (InvalidInputException e) {
        if (mode == Mode.STRICT) {
          throw e;
        }
        rejected.add(RejectedRow.of(row, id == null || id.isEmpty() ? null : id, e));
      }
    }
    return ImmutableReadReport.builder()
        .source(sourceName)
        .rowsRead(rowsRead)
        .scored(scored)
        .addAllRejected(rejected)
        .blankRows(blank)
        .build();
  }

  private ScoredRow scoreRow(
      String[] fields,
      long row,
      InputLocation at,
      String id,
      Columns columns,
      Map<String, Long> seenIds) {
    if (fields.length != columns.width) {
      throw new InvalidInputException(
          at,
          "the row has " + fields.length + " fields but the header has " + columns.width);
    }
    String idColumn = layout.respondentIdColumn();
    if (id.isEmpty()) {
      throw new InvalidInputException(at.withColumn(idColumn), "the respondent id is blank");
    }
    if (seenIds != null) {
      Long first = seenIds.putIfAbsent(id, row);
      if (first != null) {
        throw new InvalidInputException(
            at.withColumn(idColumn),
            "respondent id '" + id + "' already appeared in row " + first,
            id,
            null);
      }
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (int g = 0; g < columns.groups.length; g++) {
      groups.put(layout.groupColumns().get(g), fields[columns.groups[g]].trim());
    }
    Answer[] answers = new Answer[items.length];
    for (int i = 0; i < items.length; i++) {
      int c = columns.items[i];
      answers[i] = c < 0 ? Answer.missing() : answer(fields[c], items[i], at);
    }
    RespondentScores scores;
    try {
      scores = scorer.score(id, groups, answers);
    } catch (InvalidInputException e) {
      String itemId = e.location().itemId().orElse(null);
      throw e.at(at.withColumn(itemId == null ? null : layout.columnOf(itemId)).withItemId(itemId));
    }
    return new ScoredRow(row, Collections.unmodifiableList(Arrays.asList(answers)), scores);
  }

  /** Reads one cell: blank is missing, then the layout's codes, then a number or a scale code. */
  private Answer answer(String cell, Item item, InputLocation at) {
    int whole = wholeNumber(cell);
    if (whole >= 0 && !hasCodes) {
      return Answer.of(whole);
    }
    String text = cell.trim();
    if (text.isEmpty()) {
      return Answer.missing();
    }
    String meaning = layout.answerCodes().getOrDefault(text, text);
    if (meaning.isEmpty()) {
      return Answer.missing();
    }
    if (looksNumeric(meaning)) {
      return Answer.of(Double.parseDouble(meaning));
    }
    if (item.scale().acceptsCode(meaning)) {
      return Answer.nonSubstantive(meaning);
    }
    throw new InvalidInputException(
        at.withColumn(layout.columnOf(item.id())).withItemId(item.id()),
        "the answer is neither a number nor one of the item's answer codes",
        cell,
        item.scale().describeAllowed());
  }

  /** The cell's value if it is 1 to 9 plain digits (the common case, read fast), else -1. */
  private static int wholeNumber(String cell) {
    int n = cell.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** An optional sign, digits, and an optional decimal point with digits: no exponents, no NaN. */
  static boolean looksNumeric(String s) {
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits;
  }

  /** Where each needed column is, found from the header. */
  private static final class Columns {
    final int width;
    final int id;
    final int[] groups;
    final int[] items;

    private Columns(int width, int id, int[] groups, int[] items) {
      this.width = width;
      this.id = id;
      this.groups = groups;
      this.items = items;
    }

    static Columns of(CsvRecordReader csv, CsvLayout layout, Instrument instrument) {
      CsvHeader header = CsvHeader.read(csv);
      int id = header.require(layout.respondentIdColumn());
      int[] groups = layout.groupColumns().stream().mapToInt(header::require).toArray();
      boolean itemsRequired = layout.missingItemColumns() == CsvLayout.MissingItemColumns.FAIL;
      int[] items =
          instrument.items().stream()
              .map(item -> layout.columnOf(item.id()))
              .mapToInt(c -> itemsRequired ? header.require(c) : header.find(c))
              .toArray();
      header.checkComplete();
      return new Columns(header.width(), id, groups, items);
    }
  }
}
