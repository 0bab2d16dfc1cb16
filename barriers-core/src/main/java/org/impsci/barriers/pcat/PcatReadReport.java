package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.RejectedRow;

/**
 * What reading a pCAT answer file did: every record read (a row in long form, an item's pair of
 * cells in wide form) was classified into {@link #answers()} or rejected with its reason, so
 * {@link #recordsRead()} = answers + rejected. Blank rows are only counted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatReadReport.class)
@JsonDeserialize(as = ImmutablePcatReadReport.class)
public interface PcatReadReport {

  /** The layout of a pCAT answer file. */
  enum Form {
    /** One row per respondent, assessment and item, with {@code item_id}, {@code direction}, {@code effect}. */
    LONG,
    /** One row per respondent and assessment, with {@code itemNN_direction} and {@code itemNN_effect}. */
    WIDE
  }

  /** The file or other source. */
  String source();

  /** The layout found from the header. */
  Form form();

  /** The context columns the file has, in its order, by which answers can be grouped. */
  List<String> contextColumns();

  /** Data rows read, not counting the header or blank rows. */
  long rowsRead();

  /** Records read. */
  long recordsRead();

  /** The classified answers, in file order. */
  List<PcatAnswer> answers();

  /** Records rejected, with the reasons, in file order; a wide row's records name their item. */
  List<RejectedRow> rejected();

  /** Blank rows skipped. */
  long blankRows();

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    if (recordsRead() != answers().size() + rejected().size()) {
      throw new IllegalArgumentException(
          "records read (" + recordsRead() + ") must equal answers (" + answers().size()
              + ") + rejected (" + rejected().size() + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatReadReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatReadReport.Builder {
    Builder() {}
  }
}
