package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One scale in a {@link ScaleProfile}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScaleProfileEntry.class)
@JsonDeserialize(as = ImmutableScaleProfileEntry.class)
public interface ScaleProfileEntry {
  /** The scale. */
  String scaleId();

  /** The respondent's score, or the group's mean; empty when there is none. */
  OptionalDouble score();

  /** Items answered (respondent) or respondents with a score (group). */
  long basis();

  /** Items in the scale (respondent) or respondents in the group (group). */
  long of();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScaleProfileEntry}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScaleProfileEntry.Builder {
    Builder() {}
  }
}
