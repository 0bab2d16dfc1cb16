package org.impsci.assessment.internal.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.csv.CsvRecordReader;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.scoring.RespondentProblem;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.SkippedRow;

/**
 * What reading one byte range of a file found, kept until the ranges before it are handed on: its
 * blocks of checked rows (grouping values numbered within the range), counts, skips and
 * rejections, every id that reached the duplicate-id check with its row, and the failure that
 * ended it, if one did. {@link #handTo} then adds it to the whole file's read as if the rows had
 * been read there: ids checked in file order, grouping values numbered in file order. Filled on one
 * thread and handed on by another after it is complete.
 */
final class RangeRows implements SurveyBlockReader.RowOutcomes, SurveyBlockReader.IdCheck {
  private record Rejection(long row, String id, InvalidInputException problem) {}

  private final SurveyBlockReader reader;
  private final String sourceName;
  private final ReadMode mode;
  private final ValueIndex[] groupValues;
  private final List<AnswerBlock> blocks = new ArrayList<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private long rows;
  private long blankRows;
  private long accepted;
  private long[] idRows = new long[64];
  private String[] ids = new String[64];
  private String[] waves = new String[64];
  private int idCount;
  /** What stopped the range before its end (malformed CSV, say), or null. */
  private RuntimeException failure;

  RangeRows(SurveyBlockReader reader, String sourceName, ReadMode mode, int groupColumns) {
    this.reader = reader;
    this.sourceName = sourceName;
    this.mode = mode;
    this.groupValues = ValueIndex.forColumns(groupColumns);
  }

  /** Reads the range's rows from a reader already past the header. */
  RangeRows read(SurveyBlockReader.DataRows data, CsvRecordReader csv, boolean more) {
    try {
      data.read(csv, more, this, this, groupValues, blocks::add);
    } catch (RuntimeException e) {
      failure = e;
    }
    return this;
  }

  /** Reads a range that starts after the header. */
  RangeRows read(SurveyBlockReader.DataRows data, Path file, FileRanges.Range range) {
    try (InputStream in = range.bytesOf(file)) {
      CsvRecordReader csv =
          CsvRecordReader.openAt(
              in, sourceName, data.delimiter(), range.rowsBefore(), range.line());
      read(data, csv, advance(csv));
    } catch (IOException e) {
      failure = new UncheckedIOException("could not read " + file, e);
    }
    return this;
  }

  private boolean advance(CsvRecordReader csv) {
    try {
      return csv.advance();
    } catch (RuntimeException e) {
      failure = e;
      return false;
    }
  }

  @Override
  public void row() {
    rows++;
  }

  @Override
  public void blankRow() {
    blankRows++;
  }

  @Override
  public void accept() {
    accepted++;
  }

  @Override
  public void skip(SkippedRow row) {
    skipped.add(row);
  }

  @Override
  public void reject(long row, String id, InvalidInputException problem) {
    rejected.add(new Rejection(row, id, problem));
  }

  @Override
  public void check(String id, String wave, long row) {
    if (idCount == ids.length) {
      idRows = Arrays.copyOf(idRows, 2 * idCount);
      ids = Arrays.copyOf(ids, 2 * idCount);
      waves = Arrays.copyOf(waves, 2 * idCount);
    }
    idRows[idCount] = row;
    ids[idCount] = id;
    waves[idCount++] = wave;
  }

  /**
   * Adds this range to the file's read, after the ranges before it: checks its ids against
   * {@code seenIds} in file order (a duplicate's rejection replaces any other of its row, and a
   * duplicate that was scored leaves its block), renumbers its grouping values in the file's
   * {@code fileGroupValues} in file order, and hands its blocks to {@code sink}. In strict mode
   * the range's first bad row (a duplicate, a rejection or the failure that ended it) throws after
   * the rows before it went to the sink.
   */
  void handTo(
      ReadTally tally,
      FirstRows seenIds,
      ValueIndex[] fileGroupValues,
      Consumer<AnswerBlock> sink) {
    Map<Long, Rejection> duplicates = new HashMap<>();
    long firstDuplicate = Long.MAX_VALUE;
    for (int i = 0; seenIds != null && i < idCount; i++) {
      long first = seenIds.firstOrAdd(SurveyBlockReader.idKey(ids[i], waves[i]), idRows[i]);
      if (first >= 0) {
        InvalidInputException problem =
            reader.duplicateId(sourceName, idRows[i], ids[i], waves[i], first);
        duplicates.put(
            idRows[i],
            new Rejection(idRows[i], ids[i], RespondentProblem.naming(ids[i], problem)));
        firstDuplicate = Math.min(firstDuplicate, idRows[i]);
        if (mode == ReadMode.STRICT) {
          break;
        }
      }
    }
    long last = mode == ReadMode.STRICT ? firstDuplicate : Long.MAX_VALUE;
    int[][] numbers = new int[fileGroupValues.length][];
    long removed = 0;
    for (AnswerBlock block : blocks) {
      if (!duplicates.isEmpty()) {
        for (int r = 0; r < block.size() && mode == ReadMode.LENIENT; r++) {
          Rejection duplicate = duplicates.get(block.row(r));
          if (duplicate != null) {
            tally.reject(duplicate.row(), duplicate.id(), duplicate.problem());
          }
        }
        removed += block.removeRows(row -> row >= last || duplicates.containsKey(row));
      }
      renumber(block, fileGroupValues, numbers);
      sink.accept(block);
    }
    if (last != Long.MAX_VALUE) {
      Rejection duplicate = duplicates.get(last);
      tally.reject(duplicate.row(), duplicate.id(), duplicate.problem()); // throws: strict mode
    }
    tally.count(rows, blankRows, accepted - removed);
    skipped.forEach(tally::skip);
    for (Rejection r : rejected) {
      Rejection kept = duplicates.getOrDefault(r.row(), r);
      tally.reject(kept.row(), kept.id(), kept.problem());
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Numbers the block's grouping values in the file's numbering, in the order first seen. */
  private void renumber(AnswerBlock block, ValueIndex[] fileGroupValues, int[][] numbers) {
    for (int g = 0; g < fileGroupValues.length; g++) {
      for (int r = 0; r < block.size(); r++) {
        int local = block.group(r, g);
        if (numbers[g] == null || numbers[g].length <= local) {
          int[] more = new int[Math.max(16, 2 * local + 1)];
          Arrays.fill(more, -1);
          if (numbers[g] != null) {
            System.arraycopy(numbers[g], 0, more, 0, numbers[g].length);
          }
          numbers[g] = more;
        }
        if (numbers[g][local] < 0) {
          numbers[g][local] = fileGroupValues[g].of(block.groupValue(r, g));
        }
        block.setGroup(r, g, block.groupValue(r, g), numbers[g][local]);
      }
    }
  }
}
