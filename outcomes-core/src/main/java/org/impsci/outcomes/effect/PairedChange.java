package org.impsci.outcomes.effect;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Before/after effectiveness from paired counts: every pair read is either complete (its
 * difference, after minus before, is used) or counted and listed by which side is missing, never
 * dropped silently. Computed by {@link PairedAnalysis}. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePairedChange.class)
@JsonDeserialize(as = ImmutablePairedChange.class)
public interface PairedChange {

  /** Pairs read. */
  int pairsRead();

  /** The ids of the complete pairs, in the order read. */
  List<String> complete();

  /** The differences (after minus before) of the complete pairs, in the same order. */
  List<Double> differences();

  /** Ids of pairs missing the value before (only). */
  List<String> missingBefore();

  /** Ids of pairs missing the value after (only). */
  List<String> missingAfter();

  /** Ids of pairs missing both values. */
  List<String> missingBoth();

  /** The mean change; empty when no pair is complete. */
  OptionalDouble meanChange();

  /** The lower end of the 95% confidence interval of the mean (Student's t); needs 2 pairs. */
  OptionalDouble meanLower95();

  /** The upper end of that interval. */
  OptionalDouble meanUpper95();

  /** The median change; empty when no pair is complete. */
  OptionalDouble medianChange();

  /**
   * The lower end of a distribution-free 95% confidence interval of the median: the k-th smallest
   * difference, k the largest with P(Binomial(n, 1/2) &lt; k) at most 0.025; needs 6 pairs.
   */
  OptionalDouble medianLower95();

  /** The upper end: the k-th largest difference. */
  OptionalDouble medianUpper95();

  /** The signed-rank test; empty, with {@link #reason()}, when no difference is non-zero. */
  Optional<SignedRankTest> signedRank();

  /** Why an estimate or the test is missing, where one is. */
  Optional<String> reason();

  /** Checks that every pair read is accounted for. */
  @Value.Check
  default void check() {
    int accounted = complete().size() + missingBefore().size() + missingAfter().size() + missingBoth().size();
    if (accounted != pairsRead() || complete().size() != differences().size()) {
      throw new IllegalArgumentException(
          "pairs read (" + pairsRead() + ") must equal complete + missing (" + accounted + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedChange}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePairedChange.Builder {
    Builder() {}
  }
}
