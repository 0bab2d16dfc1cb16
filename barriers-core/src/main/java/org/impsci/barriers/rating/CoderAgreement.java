package org.impsci.barriers.rating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Agreement between two coders over their paired ratings.
 *
 * <ul>
 *   <li>Percent agreement and Cohen's kappa treat every code (-2 to +2, X, M, NA, I, E) as a
 *       category of its own.
 *   <li>The weighted kappas use only the pairs in which both ratings are -2 to +2, on that fixed
 *       five-point scale, with disagreement weights |i - j| / 4 (linear) and ((i - j) / 4)^2
 *       (quadratic).
 * </ul>
 *
 * <p>Every kappa is 1 - (sum of w * observed) / (sum of w * expected) over the confusion table,
 * expected from the two coders' marginal proportions; it is empty when the expected disagreement
 * is 0 (for example when both coders use a single category).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCoderAgreement.class)
@JsonDeserialize(as = ImmutableCoderAgreement.class)
public interface CoderAgreement {

  /** Pairs compared. */
  int pairs();

  /** Pairs with the same code. */
  int agreements();

  /** Share of pairs with the same code, 0 to 1. */
  OptionalDouble percentAgreement();

  /** Cohen's kappa over all codes. */
  OptionalDouble kappa();

  /** Pairs in which both ratings are -2 to +2. */
  int ordinalPairs();

  /** Linearly weighted kappa over the ordinal pairs. */
  OptionalDouble linearWeightedKappa();

  /** Quadratically weighted kappa over the ordinal pairs. */
  OptionalDouble quadraticWeightedKappa();

  /** The agreement over these pairs. */
  static CoderAgreement of(List<RatingPair> pairs) {
    RatingValue[] all = RatingValue.values();
    List<RatingPair> ordinal =
        pairs.stream()
            .filter(p -> p.first().rating().isOrdinal() && p.second().rating().isOrdinal())
            .collect(Collectors.toList());
    int agreements =
        (int) pairs.stream().filter(p -> p.first().rating() == p.second().rating()).count();
    return CoderAgreement.builder()
        .pairs(pairs.size())
        .agreements(agreements)
        .percentAgreement(
            pairs.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of((double) agreements / pairs.size()))
        .kappa(kappa(pairs, all.length, (i, j) -> i == j ? 0 : 1))
        .ordinalPairs(ordinal.size())
        .linearWeightedKappa(kappa(ordinal, all.length, (i, j) -> Math.abs(i - j) / 4.0))
        .quadraticWeightedKappa(
            kappa(ordinal, all.length, (i, j) -> Math.pow((i - j) / 4.0, 2)))
        .build();
  }

  /** Kappa with disagreement weights w, categories numbered by {@link Enum#ordinal()}. */
  private static OptionalDouble kappa(
      List<RatingPair> pairs, int k, ToDoubleBiFunction<Integer, Integer> w) {
    if (pairs.isEmpty()) {
      return OptionalDouble.empty();
    }
    double n = pairs.size();
    double[][] observed = new double[k][k];
    double[] rows = new double[k];
    double[] cols = new double[k];
    for (RatingPair p : pairs) {
      int i = p.first().rating().ordinal();
      int j = p.second().rating().ordinal();
      observed[i][j] += 1 / n;
      rows[i] += 1 / n;
      cols[j] += 1 / n;
    }
    double disagreement = 0;
    double chance = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        disagreement += w.applyAsDouble(i, j) * observed[i][j];
        chance += w.applyAsDouble(i, j) * rows[i] * cols[j];
      }
    }
    return chance < 1e-12 ? OptionalDouble.empty() : OptionalDouble.of(1 - disagreement / chance);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoderAgreement}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCoderAgreement.Builder {
    Builder() {}
  }
}
