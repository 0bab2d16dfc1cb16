package org.impsci.assessment.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InvalidInputException;

/**
 * A data row that lenient reading did not score, with where and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRejectedRow.class)
@JsonDeserialize(as = ImmutableRejectedRow.class)
public interface RejectedRow {

  /** The 1-based row number, counting the header as row 1. */
  long row();

  /**
   * The id of the row's record, if it had one: the respondent in a survey, the participant in
   * coded segments, the site in construct ratings.
   */
  Optional<String> recordId();

  /** The column at fault, if one is. */
  Optional<String> column();

  /** The item at fault, if one is. */
  Optional<String> itemId();

  /** The offending value as read. */
  Optional<String> value();

  /** What was allowed. */
  Optional<String> allowed();

  /** The problem, without the location. */
  String reason();

  /** The full message, with the location, as strict mode would have thrown it. */
  String message();

  /** The rejection that an exception describes. */
  static RejectedRow of(long row, String recordId, InvalidInputException e) {
    return RejectedRow.builder()
        .row(row)
        .recordId(Optional.ofNullable(recordId))
        .column(e.location().column())
        .itemId(e.location().itemId())
        .value(e.value())
        .allowed(e.allowed())
        .reason(e.problem())
        .message(e.getMessage())
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RejectedRow}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRejectedRow.Builder {
    Builder() {}
  }
}
