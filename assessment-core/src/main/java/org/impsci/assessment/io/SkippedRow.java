package org.impsci.assessment.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * A data row that was read but neither scored nor rejected, with where and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSkippedRow.class)
@JsonDeserialize(as = ImmutableSkippedRow.class)
public interface SkippedRow {

  /** The 1-based row number, counting the header as row 1. */
  long row();

  /** The id of the row's record (a survey's respondent), if it had one. */
  Optional<String> recordId();

  /** Why the row was skipped. */
  SkipReason reason();

  /** What the row held that made it skipped, such as its completion status or its wave. */
  String detail();

  /** A skipped row. */
  static SkippedRow of(long row, String recordId, SkipReason reason, String detail) {
    return SkippedRow.builder()
        .row(row)
        .recordId(Optional.ofNullable(recordId).filter(id -> !id.isEmpty()))
        .reason(reason)
        .detail(detail)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkippedRow}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSkippedRow.Builder {
    Builder() {}
  }
}
