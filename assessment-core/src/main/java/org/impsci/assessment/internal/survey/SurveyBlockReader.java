package org.impsci.assessment.internal.survey;

import java.io.InputStream;
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
    if (groupValues.length != layout.groupNames().size()) {
      throw new IllegalArgumentException(
          "expected a numbering for each of " + layout.groupNames() + ", got "
              + groupValues.length);
    }
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, layout.delimiter());
    CsvHeader header = CsvHeader.readAllowingRepeats(csv, layout.ignoreHeaderCase());
    for (int i = 0; i < layout.rowsAfterHeader() && csv.next() != null; i++) {
      // rows such as Qualtrics' question texts carry no data
    }
    ReadTally tally = ReadTally.of(sourceName, mode);
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
    RowSelection selection = new RowSelection(layout, columns, scorer.instrument().id());
    boolean readsWaves = !layout.waveColumns().isEmpty();
    FirstRows seenIds = layout.rejectDuplicateIds() ? new FirstRows() : null;
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
        readRow(csv, row, id, wave, columns, seenIds, groupValues, block, sourceName);
        tally.accept();
      } catch (InvalidInputException bad) {
        if (mode == ReadMode.STRICT) {
          sink.accept(block); // the rows before the bad one go to the sink first
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
    return tally.report();
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

  private AnswerBlock newBlock() {
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
      FirstRows seenIds,
      ValueIndex[] groupValues,
      AnswerBlock block,
      String sourceName) {
    String idColumn = layout.respondentIdColumn();
    if (id.isEmpty()) {
      throw new InvalidInputException(
          InputLocation.in(sourceName).withRow(row).withColumn(idColumn),
          "the respondent id is blank");
    }
    if (seenIds != null) {
      // A respondent appears once per wave; the unit separator cannot be part of an id.
      long first = seenIds.firstOrAdd(wave.isEmpty() ? id : id + '\u001f' + wave, row);
      if (first >= 0) {
        throw new InvalidInputException(
            InputLocation.in(sourceName).withRow(row).withColumn(idColumn),
            "the id already appeared in row " + first
                + (wave.isEmpty() ? "" : " in wave '" + wave + "'"),
            id,
            null);
      }
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
