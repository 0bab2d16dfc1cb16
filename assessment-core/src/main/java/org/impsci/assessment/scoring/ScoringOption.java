package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One documented choice behind an instrument's scoring rules: its name, the value in force and
 * why (who publishes it, or that it is impsci's own choice where no source settles it).
 * Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScoringOption.class)
@JsonDeserialize(as = ImmutableScoringOption.class)
public interface ScoringOption {

  /** The option's name, for example {@code minimumAnswered}. */
  String id();

  /** The value in force, as text, for example {@code at least half of a scale's items}. */
  String value();

  /** Why this value: its source, or the rationale where it is impsci's own choice. */
  String rationale();

  /** An option. */
  static ScoringOption of(String id, String value, String rationale) {
    return builder().id(id).value(value).rationale(rationale).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoringOption}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScoringOption.Builder {
    Builder() {}
  }
}
