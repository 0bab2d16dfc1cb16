package org.impsci.assessment.internal.scoring;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * A block of survey rows that were read and checked, held as plain numbers: per row its row
 * number, respondent id and grouping values (numbered), and per item the answer's number (NaN when it has
 * none) and non-substantive code (0 for none, else 1 + the code's position in {@link
 * ScalePlan#codes()}). Made by the reader on one thread and scored on another without building an
 * object per answer. Not thread-safe.
 */
public final class AnswerBlock {
  private final int capacity;
  private final int items;
  private final int groupColumns;
  private final long[] rows;
  private final String[] ids;
  private final int[] groups;
  private final String[] groupValues;
  private final double[] values;
  private final int[] codes;
  private int size;

  /** An empty block of room for {@code capacity} rows. */
  public AnswerBlock(int capacity, int items, int groupColumns) {
    this.capacity = capacity;
    this.items = items;
    this.groupColumns = groupColumns;
    this.rows = new long[capacity];
    this.ids = new String[capacity];
    this.groups = new int[capacity * groupColumns];
    this.groupValues = new String[capacity * groupColumns];
    this.values = new double[capacity * items];
    this.codes = new int[capacity * items];
  }

  /** The rows held. */
  public int size() {
    return size;
  }

  /** Empties the block, to fill it again. */
  public void clear() {
    size = 0;
  }

  /** Whether the block has no room for another row. */
  public boolean full() {
    return size == capacity;
  }

  /** Starts a row and returns its index; fill its answers with {@link #set}. */
  public int startRow(long row, String id) {
    int r = size++;
    rows[r] = row;
    ids[r] = id;
    Arrays.fill(values, r * items, (r + 1) * items, Double.NaN);
    Arrays.fill(codes, r * items, (r + 1) * items, 0);
    return r;
  }

  /** Drops the last row started (it was rejected). */
  public void dropLastRow() {
    size--;
  }

  /**
   * Removes the rows whose file row {@code drop} accepts, keeping the others in order; returns how
   * many it removed.
   */
  public int removeRows(LongPredicate drop) {
    int kept = 0;
    for (int r = 0; r < size; r++) {
      if (drop.test(rows[r])) {
        continue;
      }
      if (kept < r) {
        rows[kept] = rows[r];
        ids[kept] = ids[r];
        System.arraycopy(groups, r * groupColumns, groups, kept * groupColumns, groupColumns);
        System.arraycopy(
            groupValues, r * groupColumns, groupValues, kept * groupColumns, groupColumns);
        System.arraycopy(values, r * items, values, kept * items, items);
        System.arraycopy(codes, r * items, codes, kept * items, items);
      }
      kept++;
    }
    int removed = size - kept;
    size = kept;
    return removed;
  }

  /** Sets a grouping value of row r, and its number in the column's {@link ValueIndex}. */
  public void setGroup(int r, int column, String value, int number) {
    groupValues[r * groupColumns + column] = value;
    groups[r * groupColumns + column] = number;
  }

  /** Sets the answer of row r to item i: a number (NaN for none) and a code (0 for none). */
  public void set(int r, int i, double value, int code) {
    values[r * items + i] = value;
    codes[r * items + i] = code;
  }

  /** The 1-based file row of row r. */
  public long row(int r) {
    return rows[r];
  }

  /** The respondent id of row r. */
  public String id(int r) {
    return ids[r];
  }

  /** The number of a grouping value of row r in the column's {@link ValueIndex}. */
  public int group(int r, int column) {
    return groups[r * groupColumns + column];
  }

  /** A grouping value of row r. */
  public String groupValue(int r, int column) {
    return groupValues[r * groupColumns + column];
  }

  /** The number answered by row r to item i, or NaN. */
  public double value(int r, int i) {
    return values[r * items + i];
  }

  /** The non-substantive code of row r's answer to item i: 0 for none, else 1 + its position. */
  public int code(int r, int i) {
    return codes[r * items + i];
  }
}
