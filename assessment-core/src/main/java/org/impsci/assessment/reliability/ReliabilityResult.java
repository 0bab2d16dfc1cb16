package org.impsci.assessment.reliability;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The internal consistency of one scale: Cronbach's alpha, raw and standardized, and each item's
 * figures (Cronbach 1951, doi:10.1007/BF02310555). An alpha that cannot be computed is empty,
 * never NaN, and {@link #reason()} says why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableReliabilityResult.class)
@JsonDeserialize(as = ImmutableReliabilityResult.class)
public interface ReliabilityResult {

  /** The scale's item ids, in the order of the input columns. */
  List<String> itemIds();

  /** The number of items. */
  int k();

  /** Which respondents the covariances come from. */
  CaseHandling handling();

  /**
   * The number of respondents: under {@link CaseHandling#LISTWISE} the complete cases; under
   * {@link CaseHandling#PAIRWISE} the smallest number of respondents behind any one covariance
   * (the smallest pairwise n; for a single item, the number who answered it).
   */
  long n();

  /** Raw alpha, k/(k-1) * (1 - trace(C)/sum(C)) of the item covariance matrix C. */
  OptionalDouble alphaRaw();

  /** Standardized alpha, k/(k-1) * (1 - k/sum(R)) of the item correlation matrix R. */
  OptionalDouble alphaStandardized();

  /** Why either alpha is empty; present exactly when one is. */
  Optional<String> reason();

  /** Each item's figures, in the order of {@link #itemIds()}. */
  List<ItemStatistics> items();


  /** Checks that counts agree, that figures are finite, and that a reason accompanies a gap. */
  @Value.Check
  default void check() {
    if (k() != itemIds().size() || k() != items().size()) {
      throw new IllegalArgumentException(
          "k = " + k() + " but there are " + itemIds().size() + " item ids and "
              + items().size() + " item statistics");
    }
    for (int i = 0; i < k(); i++) {
      if (!itemIds().get(i).equals(items().get(i).itemId())) {
        throw new IllegalArgumentException(
            "item statistics " + i + " are for '" + items().get(i).itemId() + "', expected '"
                + itemIds().get(i) + "'");
      }
    }
    if (n() < 0) {
      throw new IllegalArgumentException("n must not be negative, got " + n());
    }
    Figures.requireFinite("alphaRaw", alphaRaw());
    Figures.requireFinite("alphaStandardized", alphaStandardized());
    Figures.requireReasonExactlyWhen(
        alphaRaw().isEmpty() || alphaStandardized().isEmpty(), reason(), "reliability result");
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReliabilityResult}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableReliabilityResult.Builder {
    Builder() {}
  }
}
