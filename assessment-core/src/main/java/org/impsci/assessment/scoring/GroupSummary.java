package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Descriptive statistics of one scale's scores within one group (for example site H03), or over
 * everyone when {@link #column()} is empty. SD is the sample SD (n - 1); the median of an even
 * count is the mean of the two middle scores. Statistics that need more scores than there are
 * (any with n = 0, the SD with n &lt; 2) are empty.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableGroupSummary.class)
@JsonDeserialize(as = ImmutableGroupSummary.class)
public interface GroupSummary {

  /** The grouping column, for example {@code site}; empty for the overall summary. */
  Optional<String> column();

  /** The group's value in that column, as read; empty for the overall summary. */
  Optional<String> group();

  /** The scale. */
  String scaleId();

  /** Respondents with a score on the scale. */
  long n();

  /** Respondents in the group without a score on the scale. */
  long notScored();

  /**
   * Non-substantive answers given to the scale's items in the group, by code (for example how
   * often NoMAD's "not relevant to my role" was chosen); empty when there were none.
   */
  Map<String, Long> nonSubstantiveCodes();

  /** Mean score. */
  OptionalDouble mean();

  /** Sample standard deviation. */
  OptionalDouble sd();

  /** Median score. */
  OptionalDouble median();

  /** Lowest score. */
  OptionalDouble min();

  /** Highest score. */
  OptionalDouble max();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupSummary}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableGroupSummary.Builder {
    Builder() {}
  }
}
