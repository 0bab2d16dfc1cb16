package org.impsci.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * The header row of a CSV file: where each named column is. Names are trimmed; a name given twice
 * is an error naming both positions. Columns that a reader needs but the header lacks are collected
 * and reported together.
 */
public final class CsvHeader {
  private final InputLocation at;
  private final String[] names;
  private final Map<String, Integer> position;
  private final List<String> lacking = new ArrayList<>();

  private CsvHeader(InputLocation at, String[] names, Map<String, Integer> position) {
    this.at = at;
    this.names = names;
    this.position = position;
  }

  /**
   * Reads the first record as the header.
   *
   * @throws InvalidInputException if the input is empty or a column name appears twice
   */
  public static CsvHeader read(CsvRecordReader csv) {
    InputLocation at = InputLocation.in(csv.sourceName()).withRow(1);
    String[] header = csv.next();
    if (header == null) {
      throw new InvalidInputException(at, "the file is empty; expected a header row");
    }
    Map<String, Integer> position = new HashMap<>();
    for (int c = 0; c < header.length; c++) {
      String name = header[c].trim();
      Integer before = position.putIfAbsent(name, c);
      if (before != null && !name.isEmpty()) {
        throw new InvalidInputException(
            at.withColumn(name),
            "the header names column '" + name + "' twice, as columns " + (before + 1) + " and "
                + (c + 1),
            name,
            null);
      }
    }
    return new CsvHeader(at, header, position);
  }

  /** How many columns the header has. */
  public int width() {
    return names.length;
  }

  /** The position of an optional column, or -1 if the header lacks it. */
  public int find(String column) {
    return position.getOrDefault(column, -1);
  }

  /** The position of a required column, or -1 after noting it for {@link #checkComplete()}. */
  public int require(String column) {
    int c = find(column);
    if (c < 0) {
      lacking.add(column);
    }
    return c;
  }

  /**
   * Fails if any required column was missing.
   *
   * @throws InvalidInputException listing every missing column
   */
  public void checkComplete() {
    if (!lacking.isEmpty()) {
      throw new InvalidInputException(
          at,
          "the header lacks column(s) " + String.join(", ", lacking),
          String.join(",", names),
          "a header with " + String.join(", ", lacking));
    }
  }
}
