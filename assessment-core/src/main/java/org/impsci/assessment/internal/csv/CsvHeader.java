package org.impsci.assessment.internal.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * The header row of a CSV file: where each named column is. Names are trimmed; a name given twice
 * is an error naming both positions (when read with {@link #readAllowingRepeats}, only once a reader
 * looks the name up). Columns that a reader needs but the header lacks are collected and reported
 * together.
 */
public final class CsvHeader {
  private final InputLocation at;
  private final String[] names;
  private final Map<String, Integer> position;
  /** Names given more than once, with their second position; empty unless repeats are allowed. */
  private final Map<String, Integer> repeated;
  private final boolean ignoreCase;
  private final List<String> lacking = new ArrayList<>();

  private CsvHeader(
      InputLocation at,
      String[] names,
      Map<String, Integer> position,
      Map<String, Integer> repeated,
      boolean ignoreCase) {
    this.at = at;
    this.names = names;
    this.position = position;
    this.repeated = repeated;
    this.ignoreCase = ignoreCase;
  }

  /**
   * Reads the first record as the header, its names matched by {@code TableReader}'s rule
   * (trimmed, ignoring case).
   *
   * @throws InvalidInputException if the input is empty or a column name appears twice
   */
  public static CsvHeader read(CsvRecordReader csv) {
    CsvHeader header = readAllowingRepeats(csv, true);
    header.repeated.keySet().stream().findFirst().ifPresent(header::failRepeated);
    return header;
  }

  /**
   * Reads the first record as the header, where columns that no reader looks up may repeat (as
   * REDCap names every form's status column {@code Complete?} in exports with label headers).
   *
   * @param ignoreCase whether names are matched ignoring case
   * @throws InvalidInputException if the input is empty
   */
  public static CsvHeader readAllowingRepeats(CsvRecordReader csv, boolean ignoreCase) {
    InputLocation at = InputLocation.in(csv.sourceName()).withRow(1);
    String[] header = csv.next();
    if (header == null) {
      throw new InvalidInputException(at, "the file is empty; expected a header row");
    }
    return index(header, at, ignoreCase);
  }

  /**
   * A header row already read, matched by {@code TableReader}'s rule (ignoring case).
   *
   * @throws InvalidInputException if a column name appears twice
   */
  public static CsvHeader of(String[] names, InputLocation at) {
    CsvHeader header = index(names, at, true);
    header.repeated.keySet().stream().findFirst().ifPresent(header::failRepeated);
    return header;
  }

  private static CsvHeader index(String[] header, InputLocation at, boolean ignoreCase) {
    Map<String, Integer> position = new HashMap<>();
    Map<String, Integer> repeated = new LinkedHashMap<>();
    for (int c = 0; c < header.length; c++) {
      String name = key(header[c].trim(), ignoreCase);
      Integer before = position.putIfAbsent(name, c);
      if (before != null && !name.isEmpty()) {
        repeated.putIfAbsent(name, c);
      }
    }
    return new CsvHeader(at, header, position, repeated, ignoreCase);
  }

  private static String key(String name, boolean ignoreCase) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }

  private void failRepeated(String key) {
    String name = names[position.get(key)].trim();
    throw new InvalidInputException(
        at.withColumn(name),
        "the header names column '" + name + "' twice, as columns " + (position.get(key) + 1)
            + " and " + (repeated.get(key) + 1),
        name,
        null);
  }

  /** How many columns the header has. */
  public int width() {
    return names.length;
  }

  /** The name of column c, trimmed. */
  public String name(int c) {
    return names[c].trim();
  }

  /**
   * The position of an optional column, or -1 if the header lacks it.
   *
   * @throws InvalidInputException if the header names the column twice
   */
  public int find(String column) {
    String key = key(column, ignoreCase);
    if (repeated.containsKey(key)) {
      failRepeated(key);
    }
    return position.getOrDefault(key, -1);
  }

  /**
   * The first position at or after {@code from} of a column with this name, repeated or not; -1
   * if there is none.
   */
  public int firstNamed(String column, int from) {
    String key = key(column, ignoreCase);
    for (int c = Math.max(0, from); c < names.length; c++) {
      if (key(names[c].trim(), ignoreCase).equals(key)) {
        return c;
      }
    }
    return -1;
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
