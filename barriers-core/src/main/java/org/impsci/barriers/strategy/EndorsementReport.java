package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.SkipReason;

/**
 * What reading an endorsement file did: its {@link ReadReport} (every row or JSON entry read was
 * accepted into {@link #table()}, rejected with its reason, or skipped as {@link
 * SkipReason#UNFILLED}: its percent left blank, as in a row of {@link EndorsementTemplate} no one
 * filled) and the table accepted. Row numbers count a CSV header as row 1, JSON entries from 1.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsementReport.class)
@JsonDeserialize(as = ImmutableEndorsementReport.class)
public interface EndorsementReport {

  /** What the read did with each row or entry. */
  ReadReport read();

  /** The accepted entries. */
  EndorsementTable table();

  /** Checks that the table's entries are the rows the read accepted. */
  @Value.Check
  default void check() {
    if (read().scored() != table().entries().size()) {
      throw new IllegalArgumentException(
          "rows accepted (" + read().scored() + ") must equal the entries ("
              + table().entries().size() + ")");
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
