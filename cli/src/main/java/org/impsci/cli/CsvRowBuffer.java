package org.impsci.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * CSV rows gathered in one reused character array and handed to a writer in large pieces: a row
 * of a million-row output then costs copies into the array, not a string and a write call. Text
 * cells are written as {@link CsvCells#text} writes them. Not thread-safe.
 */
final class CsvRowBuffer {
  private static final int FLUSH_AT = 32 * 1024;

  private final Writer out;
  private final boolean guard;
  private char[] chars = new char[2 * FLUSH_AT];
  private int size;
  private boolean rowStarted;

  /** Rows for {@code out}, text cells guarded against formula injection if {@code guard} is set. */
  CsvRowBuffer(Writer out, boolean guard) {
    this.out = out;
    this.guard = guard;
  }

  /** Adds a text cell, quoted when it holds a comma, quote or line break, and guarded. */
  void cell(String text) {
    plainCell(CsvCells.text(text, guard));
  }

  /** Adds a row of text cells. */
  void row(List<String> cells) throws IOException {
    cells.forEach(this::cell);
    endRow();
  }

  /** Adds a cell that needs no quoting, such as a number. */
  void plainCell(String text) {
    int start = startCell(text.length()); // may replace the array: take it afterwards
    text.getChars(0, text.length(), chars, start);
  }

  /** Adds a cell that needs no quoting from {@code length} characters of {@code text}. */
  void plainCell(char[] text, int from, int length) {
    int start = startCell(length); // may replace the array: take it afterwards
    System.arraycopy(text, from, chars, start, length);
  }

  /** Ends the row, writing what is gathered once it is large. */
  void endRow() throws IOException {
    room(1);
    chars[size++] = '\n';
    rowStarted = false;
    if (size >= FLUSH_AT) {
      flush();
    }
  }

  /** Writes what is gathered to the writer (which is not flushed). */
  void flush() throws IOException {
    out.write(chars, 0, size);
    size = 0;
  }

  /** Adds the separator before a cell that is not the row's first, and room for its text. */
  private int startCell(int length) {
    room(length + 1);
    if (rowStarted) {
      chars[size++] = ',';
    }
    rowStarted = true;
    int start = size;
    size += length;
    return start;
  }

  private void room(int more) {
    if (size + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, size + more));
    }
  }
}
