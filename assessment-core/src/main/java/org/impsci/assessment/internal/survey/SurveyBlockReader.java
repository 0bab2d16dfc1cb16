package org.impsci.assessment.internal.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.internal.NumberText;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.scoring.RespondentProblem;
import org.impsci.assessment.internal.scoring.ScalePlan;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.SkipReason;
import org.impsci.assessment.io.SkippedRow;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.ScoredRow;
import org.impsci.assessment.survey.SurveyCsvReader;

/**
 * Reads a wide survey export into {@link AnswerBlock}s of checked rows: the engine behind {@link
 * SurveyCsvReader} and the streaming survey analysis. Every row read ends up in a block, in the
 * report's rejected rows or in its skipped rows. Not thread-safe; one read at a time.
 */
public final class SurveyBlockReader {
  /** Rows per block. */
  public static final int BLOCK_ROWS = 512;

  private final Scorer scorer;
  private final CsvLayout layout;
  private final ReadMode mode;
  private final ScalePlan plan;
  private final Item[] items;
  private final AnswerTexts answerTexts;
  private final boolean hasCodes;
  /** Blocks a sink handed back, to be filled again rather than made anew. */
  private final Queue<AnswerBlock> spareBlocks = new ConcurrentLinkedQueue<>();

  /** A reader that checks answers against {@code scorer}'s instrument. */
  public SurveyBlockReader(Scorer scorer, CsvLayout layout, ReadMode mode) {
    this.scorer = scorer;
    this.layout = layout;
    this.mode = mode;
    this.plan = ScalePlan.of(scorer.instrument(), scorer.rules());
    this.items = scorer.instrument().items().toArray(new Item[0]);
    this.answerTexts = AnswerTexts.of(layout, scorer.instrument());
    this.hasCodes = answerTexts.any();
  }

  /** The plan of the scorer's scales. */
  public ScalePlan plan() {
    return plan;
  }

  /**
   * Hands back a block that a sink of {@link #read} is done with, from any thread: reading then
   * fills it again instead of making a new one, so that a long file is read into a few blocks
   * that stay in the processors' caches rather than into new memory for every block.
   */
  public void recycle(AnswerBlock block) {
    spareBlocks.add(block);
  }

  /**
   * Reads every row, handing each full block (and the last one) to {@code sink}; a block handed
   * over is not touched again unless the sink hands it back ({@link #recycle}). The values of
   * grouping column g are numbered in {@code groupValues[g]}, which this thread adds to: read them
   * from another thread only after reading ends.
   *
   * @throws InvalidInputException for a bad header, malformed CSV, or in strict mode a bad row
   *     (after the rows before it went to the sink)
   */
  public ReadReport read(
      InputStream in, String sourceName, ValueIndex[] groupValues, Consumer<AnswerBlock> sink) {
    checkNumberings(groupValues);
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, layout.delimiter());
    ReadTally tally = ReadTally.of(sourceName, mode);
    DataRows data = header(csv, sourceName, tally);
    FirstRows seenIds = layout.rejectDuplicateIds() ? new FirstRows() : null;
    IdCheck ids =
        seenIds == null
            ? null
            : (id, wave, row) -> {
              long first = seenIds.firstOrAdd(idKey(id, wave), row);
              if (first >= 0) {
                throw duplicateId(sourceName, row, id, wave, first);
              }
            };
    data.read(csv, data.more, RowOutcomes.of(tally), ids, groupValues, sink);
    return tally.report();
  }

  /**
   * Reads a file as {@link #read(InputStream, String, ValueIndex[], Consumer)} does, with the same
   * report, blocks of the same rows in the same order and the same exception, but its byte ranges
   * (from {@link FileRanges}) on the threads of {@code readers}: at most {@code window} ranges are
   * read ahead of the one being handed on, so memory stays bounded. This thread reads the header,
   * checks duplicate ids in file order, numbers grouping values in file order and hands the
   * ranges' blocks to {@code sink} in file order; a range's bad row counts only once the ranges
   * before it are in, so in strict mode the first bad row in the file is the one reported.
   */
  public ReadReport read(
      Path file,
      String sourceName,
      List<FileRanges.Range> ranges,
      Executor readers,
      int window,
      ValueIndex[] groupValues,
      Consumer<AnswerBlock> sink) {
    checkNumberings(groupValues);
    ReadTally tally = ReadTally.of(sourceName, mode);
    FirstRows seenIds = layout.rejectDuplicateIds() ? new FirstRows() : null;
    List<CompletableFuture<RangeRows>> read = new ArrayList<>();
    try (InputStream first = ranges.get(0).bytesOf(file)) {
      CsvRecordReader csv = CsvRecordReader.open(first, sourceName, layout.delimiter());
      DataRows data = header(csv, sourceName, tally);
      for (int k = 0; k < ranges.size(); k++) {
        while (read.size() < ranges.size() && read.size() < k + window) {
          FileRanges.Range range = ranges.get(read.size());
          RangeRows rows = new RangeRows(this, sourceName, mode, groupValues.length);
          read.add(
              CompletableFuture.supplyAsync(
                  () -> range.start() == 0
                      ? rows.read(data, csv, data.more)
                      : rows.read(data, file, range),
                  readers));
        }
        RangeRows rows = result(read.get(k));
        read.set(k, null); // its blocks go on to the sink, not kept here
        rows.handTo(tally, seenIds, groupValues, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    } finally {
      for (CompletableFuture<RangeRows> range : read) {
        if (range != null) {
          range.cancel(false); // after a failure, ranges not started are not read
        }
      }
    }
    return tally.report();
  }

  private static RangeRows result(CompletableFuture<RangeRows> range) {
    try {
      return range.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private void checkNumberings(ValueIndex[] groupValues) {
    if (groupValues.length != layout.groupNames().size()) {
      throw new IllegalArgumentException(
          "expected a numbering for each of " + layout.groupNames() + ", got "
              + groupValues.length);
    }
  }

  /**
   * Reads the header and the rows that the layout reads before the data (Qualtrics' question
   * texts and import ids), counting them in {@code tally}, and advances to the first data row.
   */
  private DataRows header(CsvRecordReader csv, String sourceName, ReadTally tally) {
    CsvHeader header = CsvHeader.readAllowingRepeats(csv, layout.ignoreHeaderCase());
    for (int i = 0; i < layout.rowsAfterHeader() && csv.next() != null; i++) {
      // rows such as Qualtrics' question texts carry no data
    }
    Map<String, Integer> importIds = new HashMap<>();
    boolean more = csv.advance();
    if (layout.dataRowIdPattern().isPresent()) {
      int idColumn = SurveyColumns.idColumn(header, layout);
      Pattern dataIds = Pattern.compile(layout.dataRowIdPattern().get());
      for (int i = 0;
          i < CsvLayout.MAX_HEADER_ROWS && more && RowSelection.isHeaderRow(csv, idColumn, dataIds);
          i++) {
        tally.row();
        importIds.putAll(SurveyColumns.importIds(csv));
        tally.skip(
            SkippedRow.of(
                csv.row(), null, SkipReason.HEADER_ROW, "'" + csv.field(idColumn).trim() + "'"));
        more = csv.advance();
      }
    }
    SurveyColumns columns = SurveyColumns.of(header, importIds, layout, scorer.instrument());
    return new DataRows(sourceName, columns, more);
  }

  /** The records that a file's ranges must leave to the first: the header and the rows after it. */
  public int recordsBeforeData() {
    int headerRows = layout.dataRowIdPattern().isPresent() ? CsvLayout.MAX_HEADER_ROWS : 0;
    return 1 + layout.rowsAfterHeader() + headerRows;
  }

  /** A respondent's key in the duplicate-id check: once per wave. */
  static String idKey(String id, String wave) {
    // The unit separator cannot be part of an id.
    return wave.isEmpty() ? id : id + '\u001f' + wave;
  }

  /** The problem of a row whose id (in its wave) appeared first in row {@code first}. */
  InvalidInputException duplicateId(String sourceName, long row, String id, String wave, long first) {
    return new InvalidInputException(
        InputLocation.in(sourceName).withRow(row).withColumn(layout.respondentIdColumn()),
        "the id already appeared in row " + first
            + (wave.isEmpty() ? "" : " in wave '" + wave + "'"),
        id,
        null);
  }

  /** Where a read's rows go: a whole file's {@link ReadTally}, or a range's own record. */
  interface RowOutcomes {
    void row();

    void blankRow();

    void accept();

    void skip(SkippedRow skipped);

    /** Rejects a row; a whole file's tally throws in strict mode. */
    void reject(long row, String id, InvalidInputException problem);

    static RowOutcomes of(ReadTally tally) {
      return new RowOutcomes() {
        @Override
        public void row() {
          tally.row();
        }

        @Override
        public void blankRow() {
          tally.blankRow();
        }

        @Override
        public void accept() {
          tally.accept();
        }

        @Override
        public void skip(SkippedRow skipped) {
          tally.skip(skipped);
        }

        @Override
        public void reject(long row, String id, InvalidInputException problem) {
          tally.reject(row, id, problem);
        }
      };
    }
  }

  /** The duplicate-id check, given each row's id and wave before its answers are read. */
  interface IdCheck {
    /** Checks (or notes, to check later) a row's id; throws for a duplicate. */
    void check(String id, String wave, long row);
  }

  /** The data rows of a read, as the header laid them out. */
  final class DataRows {
    private final String sourceName;
    private final SurveyColumns columns;
    private final RowSelection selection;
    private final boolean readsWaves;
    /** Whether a data row follows the header rows. */
    final boolean more;

    char delimiter() {
      return layout.delimiter();
    }

    private DataRows(String sourceName, SurveyColumns columns, boolean more) {
      this.sourceName = sourceName;
      this.columns = columns;
      this.selection = new RowSelection(layout, columns, scorer.instrument().id());
      this.readsWaves = !layout.waveColumns().isEmpty();
      this.more = more;
    }

    /**
     * Reads the rows from the one {@code csv} stands at (if {@code more}) to the end, or in strict
     * mode to the first bad one (after sending the rows before it to the sink).
     */
    void read(
        CsvRecordReader csv,
        boolean more,
        RowOutcomes tally,
        IdCheck ids,
        ValueIndex[] groupValues,
        Consumer<AnswerBlock> sink) {
      AnswerBlock block = newBlock();
      for (; more; more = csv.advance()) {
        if (csv.isBlank()) {
          tally.blankRow();
          continue;
        }
        tally.row();
        long row = csv.row();
        String id = csv.fieldCount() > columns.id ? csv.field(columns.id).trim() : null;
        try {
          columns.checkWidth(csv);
          String wave = readsWaves ? selection.wave(csv) : "";
          SkippedRow skip = selection.skipped(csv, row, id, wave);
          if (skip != null) {
            tally.skip(skip);
            continue;
          }
          readRow(csv, row, id, wave, columns, ids, groupValues, block, sourceName);
          tally.accept();
        } catch (InvalidInputException bad) {
          if (mode == ReadMode.STRICT) {
            sink.accept(block); // the rows before the bad one go to the sink first
            tally.reject(row, id, RespondentProblem.naming(id, bad)); // a range's tally keeps it
            return;
          }
          tally.reject(row, id, RespondentProblem.naming(id, bad));
        }
        if (block.full()) {
          sink.accept(block);
          block = newBlock();
        }
      }
      if (block.size() > 0) {
        sink.accept(block);
      }
    }
  }

  /**
   * Row r of a block as the public API shows it: its answers and scores, scored from the block's
   * checked values without checking them again.
   */
  public ScoredRow scoredRow(AnswerBlock block, int r) {
    Answer[] answers = new Answer[items.length];
    double[] scored = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      double x = block.value(r, i);
      int code = block.code(r, i);
      answers[i] =
          !Double.isNaN(x)
              ? Answer.of(x)
              : code > 0 ? Answer.nonSubstantive(plan.codes().get(code - 1)) : Answer.missing();
      scored[i] = plan.scoredValue(i, x);
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (int g = 0; g < layout.groupNames().size(); g++) {
      groups.put(layout.groupNames().get(g), block.groupValue(r, g));
    }
    return new ScoredRow(
        block.row(r),
        Collections.unmodifiableList(Arrays.asList(answers)),
        plan.respondentScores(block.id(r), groups, scored, plan.codesAnswered(block, r)));
  }

  AnswerBlock newBlock() {
    AnswerBlock spare = spareBlocks.poll();
    if (spare != null) {
      spare.clear();
      return spare;
    }
    return new AnswerBlock(BLOCK_ROWS, items.length, layout.groupNames().size());
  }

  private void readRow(
      CsvRecordReader csv,
      long row,
      String id,
      String wave,
      SurveyColumns columns,
      IdCheck ids,
      ValueIndex[] groupValues,
      AnswerBlock block,
      String sourceName) {
    if (id.isEmpty()) {
      throw new InvalidInputException(
          InputLocation.in(sourceName).withRow(row).withColumn(layout.respondentIdColumn()),
          "the respondent id is blank");
    }
    if (ids != null) {
      ids.check(id, wave, row);
    }
    int r = block.startRow(row, id);
    try {
      for (int i = 0; i < items.length; i++) {
        int c = columns.items[i];
        if (c >= 0) {
          readAnswer(csv, c, i, block, r);
        }
      }
    } catch (InvalidInputException e) {
      block.dropLastRow();
      String itemId = e.location().itemId().orElse(null);
      InputLocation at = InputLocation.in(sourceName).withRow(row);
      throw e.at(at.withColumn(itemId == null ? null : layout.columnOf(itemId)).withItemId(itemId));
    }
    for (int g = 0; g < columns.groups.length; g++) {
      // Trimmed, from the characters: no string per row, only one per distinct value.
      int c = columns.groups[g];
      int number = groupValues[g].of(csv.chars(), csv.trimmedStart(c), csv.trimmedEnd(c));
      block.setGroup(r, g, groupValues[g].value(number), number);
    }
    if (columns.groups.length < groupValues.length) {
      ValueIndex waves = groupValues[columns.groups.length];
      int number = waves.of(wave);
      block.setGroup(r, columns.groups.length, waves.value(number), number);
    }
  }

  /** Reads and checks one cell into the block, from its characters where it can. */
  private void readAnswer(CsvRecordReader csv, int column, int i, AnswerBlock block, int r) {
    char[] chars = csv.chars();
    int start = csv.fieldStart(column);
    int end = csv.fieldEnd(column);
    if (!hasCodes) {
      int whole = wholeNumber(chars, start, end);
      if (whole >= 0 && items[i].scale().accepts(whole)) {
        block.set(r, i, whole, 0);
        return;
      }
      start = csv.trimmedStart(column);
      end = csv.trimmedEnd(column);
      if (start == end) {
        block.set(r, i, Double.NaN, 0);
        return;
      }
      // A code such as not_relevant_role starts with a letter, so it cannot look numeric.
      int code = Character.isLetter(chars[start]) ? plan.codeNumber(i, chars, start, end) : 0;
      if (code > 0) {
        block.set(r, i, Double.NaN, code);
        return;
      }
    }
    readAnswer(csv.field(column), i, block, r);
  }

  /**
   * Reads and checks one cell, given as text: the layout's codes, a number or a scale code. The
   * respondent is named in the message by {@link #read}, as for every problem of a row.
   */
  private void readAnswer(String cell, int i, AnswerBlock block, int r) {
    Item item = items[i];
    String text = cell.trim();
    String meaning = text.isEmpty() ? "" : answerTexts.meaning(i, text);
    if (meaning.isEmpty()) {
      block.set(r, i, Double.NaN, 0);
      return;
    }
    if (NumberText.looksNumeric(meaning)) {
      Answer answer = Answer.of(Double.parseDouble(meaning));
      block.set(r, i, ScalePlan.checkedValue("", item, answer), 0);
      return;
    }
    int code = plan.codeNumber(i, meaning);
    if (code == 0) {
      throw new InvalidInputException(
          InputLocation.unknown().withItemId(item.id()),
          "the answer is neither a number nor one of the item's answer codes",
          cell,
          item.scale().describeAllowed());
    }
    block.set(r, i, Double.NaN, code);
  }

  /** The number {@code chars[start, end)} holds if it is 1 to 9 plain digits, else -1. */
  private static int wholeNumber(char[] chars, int start, int end) {
    int n = end - start;
    if (n == 0 || n > 9) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
