package org.impsci.outcomes.measures;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;

/**
 * How AIM, IAM, FIM and ORIC are scored. A scale score is the mean of its answered items (1-5);
 * no item is reverse-scored. What the papers leave open is a documented choice here:
 *
 * <ul>
 *   <li>{@link #minimumAnswered()}: by default at least half of a scale's items, rounded up (2 of
 *       4, 3 of 5, 4 of 7), the rule NoMAD's default and the ORCA developers use. Neither Weiner et
 *       al. 2017 nor Shea et al. 2014 was found to set a rule for unanswered items. {@code
 *       MinimumAnswered.all()} scores only complete scales.
 *   <li>No score across scales: ORIC's two facets are reported apart, and AIM, IAM and FIM are
 *       three measures, not one.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableMeasureOptions.class)
@JsonDeserialize(as = ImmutableMeasureOptions.class)
public interface MeasureOptions {

  /** How many items of a scale must be answered; default at least half, rounded up. */
  @Value.Default
  default MinimumAnswered minimumAnswered() {
    return MinimumAnswered.fraction(0.5);
  }

  /** The kernel's scoring rules these options stand for: means, no reverse scoring needed. */
  default ScoringRules rules() {
    return ScoringRules.meanOf(minimumAnswered());
  }

  /** Each choice with its value in these options and its rationale. */
  default List<ScoringOption> describe() {
    return List.of(
        ScoringOption.of(
            "score",
            "the mean of a scale's answered items (1-5)",
            "the measures are scored as item means (Weiner et al. 2017,"
                + " doi:10.1186/s13012-017-0635-3; Shea et al. 2014, doi:10.1186/1748-5908-9-7)"),
        ScoringOption.of(
            "minimumAnswered",
            minimumAnswered().describe() + " of a scale's items",
            "impsci's choice: no rule for unanswered items was found in the papers; the default,"
                + " half rounded up, is NoMAD's default and the ORCA developers' rule"),
        ScoringOption.of(
            "total",
            "none",
            "impsci's choice: each scale is reported apart (ORIC's commitment and efficacy, and"
                + " the three measures AIM, IAM and FIM)"));
  }

  /** The defaults described above. */
  static MeasureOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureOptions}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableMeasureOptions.Builder {
    Builder() {}
  }
}
