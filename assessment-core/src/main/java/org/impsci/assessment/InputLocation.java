package org.impsci.assessment;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * Where in the input a problem was found: the file or other source, the row (1-based, counting
 * the header row as row 1, as a spreadsheet shows it), for text formats such as JSON the line, the
 * column, the item id, and for JSON the path of the offending node. Every part is optional.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputLocation {
  private static final InputLocation UNKNOWN = new InputLocation(null, -1, -1, null, null, null);

  private final String source;
  private final long row;
  private final long line;
  private final String column;
  private final String itemId;
  private final String path;

  private InputLocation(
      String source, long row, long line, String column, String itemId, String path) {
    this.source = source;
    this.row = row;
    this.line = line;
    this.column = column;
    this.itemId = itemId;
    this.path = path;
  }

  /** A location that knows nothing yet. */
  public static InputLocation unknown() {
    return UNKNOWN;
  }

  /** A location in the named source (a file name or a description such as {@code <string>}). */
  public static InputLocation in(String source) {
    return UNKNOWN.withSource(source);
  }

  /** This location in another source. */
  public InputLocation withSource(String newSource) {
    return new InputLocation(newSource, row, line, column, itemId, path);
  }

  /** This location at a row (1-based). */
  public InputLocation withRow(long newRow) {
    return new InputLocation(source, newRow, line, column, itemId, path);
  }

  /** This location at a line of a text file (1-based). */
  public InputLocation withLine(long newLine) {
    return new InputLocation(source, row, newLine, column, itemId, path);
  }

  /** This location at a column, named by its header. */
  public InputLocation withColumn(String newColumn) {
    return new InputLocation(source, row, line, newColumn, itemId, path);
  }

  /** This location at an item. */
  public InputLocation withItemId(String newItemId) {
    return new InputLocation(source, row, line, column, newItemId, path);
  }

  /** This location at a JSON path such as {@code constructs[3].parent}. */
  public InputLocation withPath(String newPath) {
    return new InputLocation(source, row, line, column, itemId, newPath);
  }

  /** The file or other source. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The row, 1-based with the header as row 1. */
  public OptionalLong row() {
    return row < 0 ? OptionalLong.empty() : OptionalLong.of(row);
  }

  /** The line of a text file, 1-based. */
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** The column header. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The item id. */
  public Optional<String> itemId() {
    return Optional.ofNullable(itemId);
  }

  /** The JSON path. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** For example {@code survey.csv, row 12, column CA2, item CA2}. */
  @Override
  public String toString() {
    StringJoiner parts = new StringJoiner(", ");
    if (source != null) {
      parts.add(source);
    }
    if (row >= 0) {
      parts.add("row " + row);
    }
    if (line >= 0) {
      parts.add("line " + line);
    }
    if (column != null) {
      parts.add("column " + column);
    }
    if (itemId != null) {
      parts.add("item " + itemId);
    }
    if (path != null) {
      parts.add("at " + path);
    }
    return parts.length() == 0 ? "unknown location" : parts.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputLocation && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
