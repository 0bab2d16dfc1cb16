package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.RejectedRow;

/**
 * What reading an endorsement file did: every row read was accepted into {@link #table()},
 * rejected with its reason, or skipped as not filled in (its percent left blank, as in a row of
 * {@link EndorsementTemplate} no one filled), so {@link #rowsRead()} = accepted + rejected +
 * {@link #unfilled()}.
 *
 * <p>Immutable and thread-safe.
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

  /** Rows skipped because their percent was left blank: not filled in, so not an entry. */
  @Value.Default
  default long unfilled() {
    return 0;
  }

  /** Checks that nothing was lost. */
  @Value.Check
  default void check() {
    if (rowsRead() != table().entries().size() + rejected().size() + unfilled()) {
      throw new IllegalArgumentException(
          "rows read (" + rowsRead() + ") must equal accepted (" + table().entries().size()
              + ") + rejected (" + rejected().size() + ") + unfilled (" + unfilled() + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EndorsementReport}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEndorsementReport.Builder {
    Builder() {}
  }
}
