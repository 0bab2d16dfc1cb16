package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The rule that says which constructs distinguish high- from low-implementation sites, as a
 * configurable policy, since studies set their own thresholds.
 *
 * <p>Damschroder &amp; Lowery 2013 (doi:10.1186/1748-5908-8-51) order sites by implementation
 * outcome and call a construct strongly or weakly distinguishing when its ratings separate high
 * from low sites; the thresholds used there could not be confirmed. The default here is this
 * project's rule, chosen because it reproduces every classification in Table 2 of a later study
 * that applied the method (doi:10.2196/jmir.5091; four high units, one low):
 *
 * <ul>
 *   <li>only ratings -2 to +2 count; mixed (X) counts as 0 when {@link #mixedAsZero()} (the 2013
 *       paper wrote "0 (mixed)"), M, NA, I and E never count;
 *   <li>with fewer than {@link #minimumRatedPerGroup()} usable ratings in either group, {@link
 *       Distinction#INSUFFICIENT_DATA};
 *   <li>{@link Distinction#STRONGLY} if every high site is rated at least {@link #strongGap()}
 *       above every low site (lowest high minus highest low);
 *   <li>{@link Distinction#WEAKLY} if the mean of the high sites is at least {@link
 *       #weakMeanDifference()} above the mean of the low sites;
 *   <li>otherwise {@link Distinction#NOT_DISTINGUISHING}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableDistinguishingPolicy.class)
@JsonDeserialize(as = ImmutableDistinguishingPolicy.class)
public interface DistinguishingPolicy {

  /** The default policy (see the class comment). */
  static DistinguishingPolicy defaults() {
    return DistinguishingPolicy.builder().build();
  }

  /** Least gap between the lowest high and the highest low rating for strongly; default 2. */
  @Value.Default
  default double strongGap() {
    return 2;
  }

  /** Least difference of the group means for weakly; default 1. */
  @Value.Default
  default double weakMeanDifference() {
    return 1;
  }

  /** Fewest usable ratings each group needs; default 1. */
  @Value.Default
  default int minimumRatedPerGroup() {
    return 1;
  }

  /** Whether a mixed rating (X) counts as 0; default true. */
  @Value.Default
  default boolean mixedAsZero() {
    return true;
  }

  /** Checks that the thresholds are positive and the minimum is at least 1. */
  @Value.Check
  default void check() {
    if (!(strongGap() > 0) || !(weakMeanDifference() > 0)) {
      throw new IllegalArgumentException(
          "strongGap (" + strongGap() + ") and weakMeanDifference (" + weakMeanDifference()
              + ") must be above 0");
    }
    if (minimumRatedPerGroup() < 1) {
      throw new IllegalArgumentException(
          "minimumRatedPerGroup is " + minimumRatedPerGroup() + "; allowed: 1 or more");
    }
  }

  /**
   * Classifies every target of the matrix.
   *
   * @param high the high-implementation sites
   * @param low the low-implementation sites
   * @throws IllegalArgumentException if a site is in both groups or has no ratings in the matrix
   */
  default List<DistinguishingResult> classify(
      RatingMatrix matrix, Collection<String> high, Collection<String> low) {
    for (String site : high) {
      if (low.contains(site)) {
        throw new IllegalArgumentException("site '" + site + "' is both high and low");
      }
    }
    List<String> unknown =
        Stream.concat(high.stream(), low.stream())
            .filter(s -> !matrix.sites().contains(s))
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "no ratings for site(s) " + unknown + "; the matrix has " + matrix.sites());
    }
    List<DistinguishingResult> out = new ArrayList<>();
    for (RatingTarget target : matrix.targets()) {
      out.add(classify(target, scores(matrix, target, high), scores(matrix, target, low)));
    }
    return out;
  }

  private int[] scores(RatingMatrix matrix, RatingTarget target, Collection<String> sites) {
    return sites.stream()
        .map(s -> matrix.rating(s, target))
        .flatMap(r -> r.stream())
        .map(r -> r.rating() == RatingValue.MIXED && mixedAsZero()
            ? OptionalInt.of(0) : r.rating().score())
        .filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt)
        .toArray();
  }

  private DistinguishingResult classify(RatingTarget target, int[] high, int[] low) {
    DistinguishingResult.Builder b =
        DistinguishingResult.builder().target(target).highRated(high.length)
            .lowRated(low.length);
    OptionalDouble highMean = IntStream.of(high).average();
    OptionalDouble lowMean = IntStream.of(low).average();
    b.highMean(highMean).lowMean(lowMean);
    if (high.length < minimumRatedPerGroup() || low.length < minimumRatedPerGroup()) {
      return b.distinction(Distinction.INSUFFICIENT_DATA).build();
    }
    double gap = IntStream.of(high).min().getAsInt() - IntStream.of(low).max().getAsInt();
    double meanDifference = highMean.getAsDouble() - lowMean.getAsDouble();
    Distinction d =
        gap >= strongGap()
            ? Distinction.STRONGLY
            : meanDifference >= weakMeanDifference()
                ? Distinction.WEAKLY
                : Distinction.NOT_DISTINGUISHING;
    return b.gap(gap).distinction(d).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistinguishingPolicy}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableDistinguishingPolicy.Builder {
    Builder() {}
  }
}
