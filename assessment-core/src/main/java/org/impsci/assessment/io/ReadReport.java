package org.impsci.assessment.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * What reading a survey file did: every data row read was either scored or rejected, so {@link
 * #rowsRead()} = {@link #scored()} + the number of {@link #rejected()} rows. Blank rows (every cell
 * empty) hold no record and are only counted.
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

  /** Blank rows skipped. */
  long blankRows();

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    if (rowsRead() != scored() + rejected().size()) {
      throw new IllegalStateException(
          "rows read (" + rowsRead() + ") must equal scored (" + scored() + ") + rejected ("
              + rejected().size() + ")");
    }
  }
}
