package org.impsci.assessment.reliability;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One item's figures within a scale: its mean, standard deviation, the scale's alpha without it and
 * its corrected item-total correlation. A figure that cannot be computed is empty, and {@link
 * #reason()} says why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableItemStatistics.class)
@JsonDeserialize(as = ImmutableItemStatistics.class)
public interface ItemStatistics {

  /** The item's id. */
  String itemId();

  /**
   * The number of respondents the mean and SD are computed from: the complete cases under {@link
   * CaseHandling#LISTWISE}, everyone who answered the item under {@link CaseHandling#PAIRWISE}.
   */
  long n();

  /** The item's mean; empty when nobody answered it. */
  OptionalDouble mean();

  /** The item's sample standard deviation (denominator n - 1); empty when n &lt; 2. */
  OptionalDouble sd();

  /**
   * Raw alpha of the scale without this item; empty for scales of fewer than 3 items and wherever
   * that alpha cannot be computed.
   */
  OptionalDouble alphaIfDeleted();

  /**
   * The correlation of the item with the sum of the other items (corrected item-total
   * correlation); empty for a single item, an item with zero variance, or when the rest of the
   * scale has no positive variance.
   */
  OptionalDouble correctedItemTotalCorrelation();

  /** Why any of the figures above is empty; present exactly when one is. */
  Optional<String> reason();


  /** Checks that figures are finite and that a reason is given exactly when one is missing. */
  @Value.Check
  default void check() {
    if (n() < 0) {
      throw new IllegalArgumentException("n must not be negative, got " + n());
    }
    Figures.requireFinite("mean", mean());
    Figures.requireFinite("sd", sd());
    Figures.requireFinite("alphaIfDeleted", alphaIfDeleted());
    Figures.requireFinite("correctedItemTotalCorrelation", correctedItemTotalCorrelation());
    boolean missing =
        mean().isEmpty()
            || sd().isEmpty()
            || alphaIfDeleted().isEmpty()
            || correctedItemTotalCorrelation().isEmpty();
    Figures.requireReasonExactlyWhen(missing, reason(), "item " + itemId());
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ItemStatistics}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableItemStatistics.Builder {
    Builder() {}
  }
}
