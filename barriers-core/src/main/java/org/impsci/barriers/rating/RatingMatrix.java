package org.impsci.barriers.rating;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;

/**
 * The ratings of a study: at most one per site and target, read as a construct-by-site matrix.
 * Sites and targets keep the order in which they first appear.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRatingMatrix.class)
@JsonDeserialize(as = ImmutableRatingMatrix.class)
public interface RatingMatrix {

  /** Every rating. */
  List<ConstructRating> ratings();

  /** A matrix of these ratings. */
  static RatingMatrix of(Iterable<? extends ConstructRating> ratings) {
    return RatingMatrix.builder().addAllRatings(ratings).build();
  }

  /** The ratings by site, then by target. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, Map<RatingTarget, ConstructRating>> bySite() {
    Map<String, Map<RatingTarget, ConstructRating>> map = new LinkedHashMap<>();
    ratings().forEach(r -> map.computeIfAbsent(r.site(), s -> new LinkedHashMap<>())
        .put(r.target(), r));
    return map;
  }

  /** The sites, in order of first appearance. */
  @JsonIgnore
  @Value.Lazy
  default Set<String> sites() {
    return bySite().keySet();
  }

  /** The targets (the matrix's rows), in order of first appearance. */
  @JsonIgnore
  @Value.Lazy
  default Set<RatingTarget> targets() {
    Set<RatingTarget> set = new LinkedHashSet<>();
    ratings().forEach(r -> set.add(r.target()));
    return set;
  }

  /** The rating of a target at a site, if there is one. */
  default Optional<ConstructRating> rating(String site, RatingTarget target) {
    return Optional.ofNullable(bySite().getOrDefault(site, Map.of()).get(target));
  }

  /**
   * Checks that every construct and characteristic rated exists in the registry (which may hold a
   * study's own taxonomy besides the bundled frameworks).
   *
   * @throws InvalidInputException naming the first unknown construct and the rating's position
   */
  default void requireKnown(Frameworks registry) {
    for (int i = 0; i < ratings().size(); i++) {
      RatingTargets.requireKnown(
          ratings().get(i).target(), registry, InputLocation.in("ratings[" + i + "]"));
    }
  }

  /** Checks that no site rates a target twice. */
  @Value.Check
  default void check() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ratings().size(); i++) {
      ConstructRating r = ratings().get(i);
      Integer first = seen.putIfAbsent(r.site() + "\u0000" + r.target(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            "site '" + r.site() + "' rates '" + r.target() + "' twice, at ratings[" + first
                + "] and ratings[" + i + "]");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingMatrix}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRatingMatrix.Builder {
    Builder() {}
  }
}
