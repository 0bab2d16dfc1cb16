package org.impsci.outcomes.effect;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The Wilcoxon signed-rank test of the paired differences, two-sided, as R's {@code wilcox.test(x,
 * paired = TRUE)} documents it: zero differences are dropped; V is the sum of the ranks of the
 * positive differences (average ranks for ties); the p-value is exact when fewer than 50
 * differences remain with no ties and no zeros, and otherwise from the normal approximation with
 * the tie correction of the variance and a continuity correction of 0.5. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSignedRankTest.class)
@JsonDeserialize(as = ImmutableSignedRankTest.class)
public interface SignedRankTest {

  /** How the p-value was computed. */
  enum Method {
    /** From the exact null distribution of V. */
    EXACT,
    /** From the normal approximation, with tie and continuity corrections. */
    NORMAL_APPROXIMATION
  }

  /** V, the sum of the ranks of the positive differences (after minus before). */
  double statistic();

  /** The number of non-zero differences ranked. */
  int ranked();

  /** The number of zero differences dropped. */
  int zeros();

  /** Whether the absolute differences had ties. */
  boolean ties();

  /** How the p-value was computed. */
  Method method();

  /** The standardised statistic, for the normal approximation. */
  OptionalDouble z();

  /** The two-sided p-value. */
  double pValue();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedRankTest}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSignedRankTest.Builder {
    Builder() {}
  }
}
