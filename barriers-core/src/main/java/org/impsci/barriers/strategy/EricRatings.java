package org.impsci.barriers.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * Mean importance and feasibility (1-5) of ERIC clusters and strategies, with the go-zone
 * quadrant of each strategy, as Waltz et al. 2015 (doi:10.1186/s13012-015-0295-0), Table 1 prints
 * them. Only rows read from the table are present: a strategy without a rating has none here (it
 * is absent, never zero).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEricRatings.class)
@JsonDeserialize(as = ImmutableEricRatings.class)
public interface EricRatings {

  /** Where the figures come from. */
  Source source();

  /** Cluster means, in cluster order. */
  List<ClusterRating> clusters();

  /** Strategy means, in the table's order. */
  List<StrategyRating> strategies();

  /** The rating of a strategy, by id. */
  default Optional<StrategyRating> strategy(String strategyId) {
    return Optional.ofNullable(strategiesById().get(strategyId));
  }

  /** The rating of a cluster. */
  default Optional<ClusterRating> cluster(EricCluster cluster) {
    return clusters().stream().filter(c -> c.cluster() == cluster).findFirst();
  }

  /** Strategy ratings by strategy id. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, StrategyRating> strategiesById() {
    return strategies().stream()
        .collect(Collectors.toUnmodifiableMap(StrategyRating::strategy, Function.identity()));
  }

  /** Checks that every rated strategy is a bundled ERIC strategy. */
  @Value.Check
  default void check() {
    for (StrategyRating r : strategies()) {
      if (EricFrameworks.eric().construct(r.strategy()).filter(c -> c.kind().equals("strategy")).isEmpty()) {
        throw new IllegalArgumentException("rating for unknown ERIC strategy '" + r.strategy() + "'");
      }
    }
  }

  /** A cluster's mean importance and feasibility. */
  @Value.Immutable
  @ImpsciStyle
  @JsonSerialize(as = ImmutableClusterRating.class)
  @JsonDeserialize(as = ImmutableClusterRating.class)
  interface ClusterRating {
    /** The cluster. */
    EricCluster cluster();

    /** Mean importance, 1-5. */
    double importance();

    /** Mean feasibility, 1-5. */
    double feasibility();

    /** A new, empty builder. */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ClusterRating}; its setters chain and {@code build()} checks the value. */
    final class Builder extends ImmutableClusterRating.Builder {
      Builder() {}
    }
  }

  /** A strategy's ERIC number, mean importance and feasibility, and go-zone quadrant. */
  @Value.Immutable
  @ImpsciStyle
  @JsonSerialize(as = ImmutableStrategyRating.class)
  @JsonDeserialize(as = ImmutableStrategyRating.class)
  interface StrategyRating {
    /** The strategy id within {@code eric}. */
    String strategy();

    /** The strategy's number in Waltz 2015 (the alphabetical order of the 73). */
    int ericNumber();

    /** Mean importance, 1-5. */
    double importance();

    /** Mean feasibility, 1-5. */
    double feasibility();

    /** The go-zone quadrant, {@code I} to {@code IV}. */
    String quadrant();

    /** A new, empty builder. */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StrategyRating}; its setters chain and {@code build()} checks the value. */
    final class Builder extends ImmutableStrategyRating.Builder {
      Builder() {}
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EricRatings}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEricRatings.Builder {
    Builder() {}
  }
}
