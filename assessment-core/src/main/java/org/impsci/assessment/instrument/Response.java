package org.impsci.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;

/**
 * One respondent's answers to an instrument, with the values of the grouping columns (site, role,
 * wave) that summaries break down by. An item without an entry is missing.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableResponse.class)
@JsonDeserialize(as = ImmutableResponse.class)
public interface Response {

  /** The respondent's id. */
  String respondentId();

  /** Grouping values by column name, for example {@code site -> H03}. */
  Map<String, String> groups();

  /** Answers by item id. */
  Map<String, Answer> answers();

  /**
   * Where the response was read: the source name (and JSON path) that {@code ImpsciJson.read}
   * was given, so that a scoring error names them; unknown for a response built in code. Not part
   * of the value: equality, hash code, text and JSON leave it out.
   */
  @Value.Default
  @Value.Auxiliary
  @JsonIgnore
  default InputLocation location() {
    return InputLocation.unknown();
  }

  /** The answer to an item; {@link Answer#missing()} when there is none. */
  default Answer answer(String itemId) {
    Answer answer = answers().get(itemId);
    return answer == null ? Answer.missing() : answer;
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
