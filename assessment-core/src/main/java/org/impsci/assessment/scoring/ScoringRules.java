package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How raw answers become scale scores. Non-substantive answers (such as "not relevant to my role")
 * and missing answers never count as numbers: they are members that were not answered.
 *
 * <p>The minimum number of answered members has no default: each instrument publishes or documents
 * its own rule, and a caller must choose one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScoringRules.class)
@JsonDeserialize(as = ImmutableScoringRules.class)
public interface ScoringRules {

  /** How the answered members of a scale are combined. */
  enum Aggregation {
    /** The mean of the answered members. */
    MEAN,
    /**
     * The sum, prorated when members are unanswered: the mean of the answered members times the
     * number of members. It equals the plain sum when every member is answered.
     */
    SUM
  }

  /** A linear transform applied to a scale score after aggregation. */
  enum Transform {
    /** The score as aggregated. */
    NONE,
    /**
     * 0-100: the mean of the answered items placed on the items' common range, (mean - min) / (max -
     * min) * 100, whatever the aggregation. A scale of items on different ranges cannot use it.
     */
    PERCENT
  }

  /** How many members must be answered. */
  MinimumAnswered minimumAnswered();

  /** Mean (default) or prorated sum. */
  @Value.Default
  default Aggregation aggregation() {
    return Aggregation.MEAN;
  }

  /** Whether reverse-scored items are scored as max + min - x (default true). */
  @Value.Default
  default boolean applyReverseScoring() {
    return true;
  }

  /** No transform (default) or 0-100. */
  @Value.Default
  default Transform transform() {
    return Transform.NONE;
  }

  /** Mean scores with reverse scoring and no transform, under the given minimum. */
  static ScoringRules meanOf(MinimumAnswered minimum) {
    return ScoringRules.builder().minimumAnswered(minimum).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoringRules}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScoringRules.Builder {
    Builder() {}
  }
}
