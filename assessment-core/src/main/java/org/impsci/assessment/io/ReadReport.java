package org.impsci.assessment.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * What a read did: every record read was accepted (a survey's rows scored, a table's rows kept),
 * rejected with its reason or skipped with its reason, so {@link #recordsRead()} = {@link
 * #scored()} + the number of {@link #rejected()} records + the number of {@link #skipped()} ones.
 * A row holds one record unless a layout puts several in a row (pCAT's wide form: one per item).
 * Blank rows (every cell empty) hold no record and are only counted. The one report of every
 * impsci reader of rows: surveys, coded segments, construct ratings, endorsements, pCAT answers;
 * made by a {@link ReadTally}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableReadReport.class)
@JsonDeserialize(as = ImmutableReadReport.class)
public interface ReadReport {

  /** The file or other source. */
  String source();

  /** Data rows read (not counting the header, skipped rows after it, or blank rows). */
  long rowsRead();

  /** Records read: {@link #rowsRead()} unless a row holds several records. */
  @Value.Default
  default long recordsRead() {
    return rowsRead();
  }

  /** Records accepted: scored (a survey) or kept (a table of segments, ratings, ...). */
  long scored();

  /** Records rejected, with the reasons, in file order. */
  List<RejectedRow> rejected();

  /**
   * Records skipped, with the reasons, in file order: for a survey, header rows after the header,
   * rows of another instrument, incomplete rows, rows of another wave (none unless the layout asks
   * for skipping); for an endorsement table, rows not filled in.
   */
  List<SkippedRow> skipped();

  /**
   * How many rows were skipped for each reason, in the order of {@link SkipReason}; written to
   * JSON, and ignored when JSON is read (it follows from {@link #skipped()}).
   */
  @JsonProperty(value = "skippedByReason", access = JsonProperty.Access.READ_ONLY)
  default Map<SkipReason, Long> skippedByReason() {
    Map<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
    for (SkippedRow row : skipped()) {
      counts.merge(row.reason(), 1L, Long::sum);
    }
    return counts;
  }

  /** Blank rows skipped. */
  long blankRows();

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    if (recordsRead() != scored() + rejected().size() + skipped().size()) {
      throw new IllegalArgumentException(
          (recordsRead() == rowsRead() ? "rows read (" : "records read (") + recordsRead()
              + ") must equal scored (" + scored() + ") + rejected (" + rejected().size()
              + ") + skipped (" + skipped().size() + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableReadReport.Builder {
    Builder() {}
  }
}
