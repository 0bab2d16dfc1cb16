package org.impsci.assessment.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.impsci.assessment.InvalidInputException;

/**
 * What one read does with each record, counted as it goes, and the {@link ReadReport} it makes:
 * every record read is accepted, rejected with its reason or skipped with its reason. The one
 * place where the {@link ReadMode} decides: in {@link ReadMode#STRICT} mode a rejection throws,
 * in {@link ReadMode#LENIENT} mode it is kept for the report. {@link TableReader} counts with it;
 * a reader of another form (JSON entries, say) uses it directly.
 *
 * <p>Mutable and not thread-safe: one tally per read, on one thread.
 */
public final class ReadTally {
  private final String source;
  private final ReadMode mode;
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  private long rows;
  private long records;
  private long accepted;
  private long blankRows;

  private ReadTally(String source, ReadMode mode) {
    this.source = Objects.requireNonNull(source, "source");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** A tally of a read of {@code source} (the name messages use) in the given mode. */
  public static ReadTally of(String source, ReadMode mode) {
    return new ReadTally(source, mode);
  }

  /** The mode of the read. */
  public ReadMode mode() {
    return mode;
  }

  /** Counts a data row that holds one record. */
  public void row() {
    row(1);
  }

  /** Counts a data row that holds {@code records} records (a wide layout holds one per item). */
  public void row(int records) {
    rows++;
    this.records += records;
  }

  /** Counts a blank row: every cell empty, so no record. */
  public void blankRow() {
    blankRows++;
  }

  /** Counts a record accepted (scored, or kept). */
  public void accept() {
    accepted++;
  }

  /**
   * Counts rows read apart and added in file order (a range of a file read on another thread):
   * {@code dataRows} rows of one record each, {@code blankRows} blank rows and {@code accepted}
   * accepted records; their skips and rejections are added with {@link #skip} and {@link #reject}.
   */
  public void count(long dataRows, long blankRows, long accepted) {
    this.rows += dataRows;
    this.records += dataRows;
    this.blankRows += blankRows;
    this.accepted += accepted;
  }

  /** Counts a record skipped, with its reason. */
  public void skip(SkippedRow row) {
    skipped.add(Objects.requireNonNull(row, "row"));
  }

  /**
   * Rejects a record: in strict mode throws {@code problem}; in lenient mode keeps it, with the
   * record's id if it has one (blank counts as none), for the report.
   *
   * @param row the 1-based row number, counting a header as row 1
   * @param recordId the id of the row's record, or null
   * @throws InvalidInputException {@code problem}, in strict mode
   */
  public void reject(long row, String recordId, InvalidInputException problem) {
    if (mode == ReadMode.STRICT) {
      throw problem;
    }
    rejected.add(
        RejectedRow.of(row, recordId == null || recordId.isBlank() ? null : recordId, problem));
  }

  /**
   * The report of the read so far: rejected rows in row order (records of one row in the order
   * rejected).
   *
   * @throws IllegalArgumentException if a record counted by {@link #row} was neither accepted,
   *     rejected nor skipped (a bug of the reader)
   */
  public ReadReport report() {
    List<RejectedRow> inRowOrder = new ArrayList<>(rejected);
    inRowOrder.sort(Comparator.comparingLong(RejectedRow::row));
    return ReadReport.builder()
        .source(source)
        .rowsRead(rows)
        .recordsRead(records)
        .scored(accepted)
        .addAllRejected(inRowOrder)
        .addAllSkipped(skipped)
        .blankRows(blankRows)
        .build();
  }
}
