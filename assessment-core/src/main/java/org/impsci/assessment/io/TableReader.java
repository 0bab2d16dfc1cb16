package org.impsci.assessment.io;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.csv.CsvRecordReader;

/**
 * Reads a delimited text table with a header row, row by row, strictly or leniently, into a
 * {@link ReadReport}: the one row loop of impsci's table readers (coded segments, construct
 * ratings, endorsements, pCAT answers; the survey reader counts with the same {@link ReadTally}).
 *
 * <p>The file: UTF-8 with or without a byte-order mark, LF or CRLF line ends, quoted fields that
 * may span lines; a record may hold at most 10,000 fields, 1,000,000 characters in a field and
 * 4,000,000 in all; a table at most {@link #MAX_RECORDS} records. Row numbers count the header as row 1. A blank row (every cell empty) holds
 * no record and is only counted. A row whose field count differs from the header's is rejected.
 *
 * <p>Column names follow one rule, {@link #columnKey}: trimmed and compared ignoring case, so
 * {@code Site} is the column {@code site}, and two names that differ only in case name one column
 * twice.
 *
 * <p>In {@link ReadMode#STRICT} mode the first bad row stops reading with its {@link
 * InvalidInputException}; in {@link ReadMode#LENIENT} mode every bad row is in the report with
 * its reason. A missing or bad header and malformed CSV fail in both modes.
 *
 * <p>Immutable and thread-safe; each read has state of its own.
 */
public final class TableReader {
  /** The most records a table may hold unless {@link #withMaxRecords} says otherwise. */
  public static final long MAX_RECORDS = 10_000_000;

  private final ReadMode mode;
  private final char delimiter;
  private final long maxRecords;

  private TableReader(ReadMode mode, char delimiter, long maxRecords) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.delimiter = delimiter;
    this.maxRecords = maxRecords;
  }

  /** A reader of comma-separated tables in the given mode, of at most {@link #MAX_RECORDS} records. */
  public static TableReader of(ReadMode mode) {
    return new TableReader(mode, ',', MAX_RECORDS);
  }

  /** This reader, for tables whose fields are separated by {@code delimiter}. */
  public TableReader withDelimiter(char delimiter) {
    return new TableReader(mode, delimiter, maxRecords);
  }

  /**
   * This reader, for tables of at most {@code maxRecords} records; a table with more fails in
   * both modes, at the row that holds the first record too many.
   */
  public TableReader withMaxRecords(long maxRecords) {
    if (maxRecords < 1) {
      throw new IllegalArgumentException("maxRecords must be at least 1, not " + maxRecords);
    }
    return new TableReader(mode, delimiter, maxRecords);
  }

  /**
   * The key by which a column name is matched: trimmed and in lower case ({@link Locale#ROOT}).
   */
  public static String columnKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads every row of a table, handing the header and then each data row to {@code table}.
   *
   * @param in UTF-8 bytes (not closed)
   * @param sourceName the file name used in messages
   * @return what the read did with each row
   * @throws InvalidInputException for an empty file, a header {@code table} rejects, malformed CSV,
   *     or in strict mode a bad row
   */
  public ReadReport read(InputStream in, String sourceName, Table table) {
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, delimiter);
    InputLocation at = InputLocation.in(sourceName);
    String[] header = csv.next();
    if (header == null) {
      throw new InvalidInputException(at.withRow(1), "the file is empty; expected a header row");
    }
    table.header(header, at.withRow(1));
    int records = table.recordsPerRow();
    long read = 0;
    ReadTally tally = ReadTally.of(sourceName, mode);
    for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
      if (csv.isBlank()) {
        tally.blankRow();
        continue;
      }
      InputLocation rowAt = at.withRow(csv.row());
      read += records;
      if (read > maxRecords) {
        throw new InvalidInputException(rowAt, "the file holds more than " + maxRecords
            + " records", null, "at most " + maxRecords + " records");
      }
      tally.row(records);
      try {
        if (fields.length != header.length) {
          throw new InvalidInputException(
              rowAt, "the row has " + fields.length + " fields but the header has " + header.length);
        }
        table.row(fields, rowAt, tally);
      } catch (InvalidInputException e) {
        String id = table.recordId(fields);
        for (int r = 0; r < records; r++) {
          tally.reject(csv.row(), id, e);
        }
      }
    }
    table.finish(tally);
    return tally.report();
  }

  /** What a table's reader supplies: the check of its header and the reading of its rows. */
  public interface Table {
    /**
     * Checks the header row and notes where each column is.
     *
     * @param names the names as written, one per column
     * @param at row 1 of the source
     * @throws InvalidInputException if the header is not one this table reads
     */
    void header(String[] names, InputLocation at);

    /** How many records a data row holds: 1, unless a layout puts several in a row. */
    default int recordsPerRow() {
      return 1;
    }

    /**
     * Reads one data row, whose field count is the header's: accepts or skips each of its records
     * in {@code tally}, or throws to reject the row (each of its records, with the same reason).
     *
     * @throws InvalidInputException if the row is bad
     */
    void row(String[] fields, InputLocation at, ReadTally tally);

    /** The id of the record a row holds, for the report of a rejected row; null if none. */
    default String recordId(String[] fields) {
      return null;
    }

    /**
     * Called after the last row, for records whose fate is known only then (a key that a later row
     * repeats, say): accepts or rejects them in {@code tally}.
     */
    default void finish(ReadTally tally) {}
  }
}
