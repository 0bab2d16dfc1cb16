package org.impsci.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.statistics.MeanIntervals;

/**
 * One row of a site-by-scale table: a scale (or an item in no scale) within one group, or over
 * everyone, under its label, with n, mean, sample SD and the t-based 95% confidence interval of
 * the mean (mean &plusmn; t(0.975, n - 1) &middot; SD / &radic;n, as R's {@code t.test}); the
 * interval is empty when n &lt; 2. Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScaleRow.class)
@JsonDeserialize(as = ImmutableScaleRow.class)
public interface ScaleRow {

  /** The grouping column, for example {@code site}; empty over everyone. */
  Optional<String> column();

  /** The group's value in that column; empty over everyone. */
  Optional<String> group();

  /** The scale's (or item's) id. */
  String scaleId();

  /** What a reader sees: the scale's label, or the item's id. */
  String label();

  /** Respondents with a score. */
  long n();

  /** Mean score. */
  OptionalDouble mean();

  /** Sample standard deviation. */
  OptionalDouble sd();

  /** Lower end of the 95% confidence interval of the mean. */
  OptionalDouble lower95();

  /** Upper end of the 95% confidence interval of the mean. */
  OptionalDouble upper95();

  /** The row of a group summary, with the interval computed from its n, mean and SD. */
  static ScaleRow of(GroupSummary summary, String label) {
    Builder row = builder().column(summary.column()).group(summary.group())
        .scaleId(summary.scaleId()).label(label).n(summary.n())
        .mean(summary.mean()).sd(summary.sd());
    if (summary.mean().isPresent() && summary.sd().isPresent()) {
      double mean = summary.mean().getAsDouble();
      double half = MeanIntervals.halfWidth95(summary.n(), summary.sd().getAsDouble());
      if (!Double.isNaN(half)) {
        row.lower95(mean - half).upper95(mean + half);
      }
    }
    return row.build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScaleRow}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScaleRow.Builder {
    Builder() {}
  }
}
