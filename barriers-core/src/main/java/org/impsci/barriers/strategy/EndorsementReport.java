package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.RejectedRow;

/**
 * What reading an endorsement file did: every row read was accepted into {@link #table()} or
 * rejected with its reason, so {@link #rowsRead()} = accepted + rejected.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsementReport.class)
@JsonDeserialize(as = ImmutableEndorsementReport.class)
public interface EndorsementReport {

  /** The file or other source. */
  String source();

  /** Data rows (CSV) or entries (JSON) read. */
  long rowsRead();

  /** The accepted entries. */
  EndorsementTable table();

  /** The rejected rows, in file order; row numbers count a CSV header as row 1, JSON entries from 1. */
  List<RejectedRow> rejected();

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    if (rowsRead() != table().entries().size() + rejected().size()) {
      throw new IllegalStateException(
          "rows read (" + rowsRead() + ") must equal accepted (" + table().entries().size()
              + ") + rejected (" + rejected().size() + ")");
    }
  }
}
