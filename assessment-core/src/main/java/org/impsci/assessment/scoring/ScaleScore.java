package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One scale's score for one respondent, with how many members it rests on; when the rules say it
 * cannot be computed, no score and the reason.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScaleScore.class)
@JsonDeserialize(as = ImmutableScaleScore.class)
public interface ScaleScore {

  /** The scale (item group) id. */
  String scaleId();

  /** The score; empty when it cannot be computed (see {@link #reason()}). */
  OptionalDouble score();

  /** The number of members of the scale: items, or subscales for a scale of subscales. */
  int members();

  /** Members that counted: items with a numeric answer, or subscales with a score. */
  int answered();

  /** Items with a non-substantive answer. */
  int nonSubstantive();

  /** How many items got each non-substantive answer, by code; empty when none did. */
  Map<String, Integer> nonSubstantiveCodes();

  /** Items with no answer, or subscales with no score. */
  int missing();

  /** Why there is no score; empty when there is one. */
  Optional<String> reason();

  /** Checks that a score and a reason do not come together, and the counts add up. */
  @Value.Check
  default void check() {
    if (score().isPresent() == reason().isPresent()) {
      throw new IllegalArgumentException(
          "scale '" + scaleId() + "' needs either a score or a reason, not both or neither");
    }
    int byCode = 0;
    if (nonSubstantive() > 0 || !nonSubstantiveCodes().isEmpty()) {
      for (int k : nonSubstantiveCodes().values()) {
        byCode += k;
      }
    }
    if (byCode != nonSubstantive()) {
      throw new IllegalArgumentException(
          "scale '" + scaleId() + "': the counts by code must add up to the non-substantive count");
    }
    if (answered() + nonSubstantive() + missing() != members()) {
      throw new IllegalArgumentException(
          "scale '" + scaleId() + "': answered + non-substantive + missing must equal members");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScaleScore}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScaleScore.Builder {
    Builder() {}
  }
}
