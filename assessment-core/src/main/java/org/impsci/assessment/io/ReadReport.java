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
 * What reading a survey file did: every data row read was scored, rejected or skipped, so {@link
 * #rowsRead()} = {@link #scored()} + the number of {@link #rejected()} rows + the number of {@link
 * #skipped()} rows. Blank rows (every cell empty) hold no record and are only counted.
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

  /** Rows scored. */
  long scored();

  /** Rows rejected, with the reasons, in file order. */
  List<RejectedRow> rejected();

  /**
   * Rows skipped, with the reasons, in file order: header rows after the header, rows of another
   * instrument, incomplete rows, rows of another wave. Empty unless the layout asks for skipping.
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
    if (rowsRead() != scored() + rejected().size() + skipped().size()) {
      throw new IllegalArgumentException(
          "rows read (" + rowsRead() + ") must equal scored (" + scored() + ") + rejected ("
              + rejected().size() + ") + skipped (" + skipped().size() + ")");
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
