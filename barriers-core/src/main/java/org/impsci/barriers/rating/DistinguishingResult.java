package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * How one target's ratings separate the high- from the low-implementation sites, with the figures
 * the {@link DistinguishingPolicy} used (empty when a group had no usable rating).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableDistinguishingResult.class)
@JsonDeserialize(as = ImmutableDistinguishingResult.class)
public interface DistinguishingResult {

  /** The construct or role and characteristic. */
  RatingTarget target();

  /** The classification. */
  Distinction distinction();

  /** High-implementation sites with a usable rating. */
  int highRated();

  /** Low-implementation sites with a usable rating. */
  int lowRated();

  /** Mean rating of the high sites. */
  OptionalDouble highMean();

  /** Mean rating of the low sites. */
  OptionalDouble lowMean();

  /** The lowest high-site rating minus the highest low-site rating. */
  OptionalDouble gap();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistinguishingResult}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableDistinguishingResult.Builder {
    Builder() {}
  }
}
