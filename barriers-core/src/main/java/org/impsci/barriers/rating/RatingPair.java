package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Two coders' ratings of the same site and target, and the consensus rating they agreed on, once
 * there is one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRatingPair.class)
@JsonDeserialize(as = ImmutableRatingPair.class)
public interface RatingPair {

  /** The first coder's rating. */
  ConstructRating first();

  /** The second coder's rating. */
  ConstructRating second();

  /** The consensus rating, once reached. */
  Optional<ConstructRating> consensus();

  /** A pair without a consensus yet. */
  static RatingPair of(ConstructRating first, ConstructRating second) {
    return RatingPair.builder().first(first).second(second).build();
  }

  /** This pair with the consensus recorded. */
  default RatingPair withConsensus(ConstructRating consensus) {
    return RatingPair.builder().from(this).consensus(consensus).build();
  }

  /**
   * The pairs of two coders' matrices: every site and target both rated, in the first matrix's
   * order. Targets only one coder rated are left out (count them with {@link
   * RatingMatrix#ratings()}).
   */
  static List<RatingPair> pair(RatingMatrix first, RatingMatrix second) {
    return first.ratings().stream()
        .flatMap(a -> second.rating(a.site(), a.target()).map(b -> of(a, b)).stream())
        .collect(Collectors.toList());
  }

  /** Checks that all ratings are of one site and target. */
  @Value.Check
  default void check() {
    checkSame(second(), "second");
    consensus().ifPresent(c -> checkSame(c, "consensus"));
  }

  private void checkSame(ConstructRating other, String which) {
    if (!other.site().equals(first().site()) || !other.target().equals(first().target())) {
      throw new IllegalArgumentException(
          "the " + which + " rating is of site '" + other.site() + "' and '" + other.target()
              + "', the first of site '" + first().site() + "' and '" + first().target() + "'");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingPair}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRatingPair.Builder {
    Builder() {}
  }
}
