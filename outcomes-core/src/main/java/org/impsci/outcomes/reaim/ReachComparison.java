package org.impsci.outcomes.reaim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * How participants differ from eligible non-participants in one characteristic, for RE-AIM's
 * reach (its representativeness part), from counts the user gives for both groups: how many have
 * the characteristic (women, over 65, a deprived postcode) of how many in each group.
 *
 * <p>Two figures, each absent with its {@link #reason()} when it cannot be computed: the
 * difference in proportions, participants minus non-participants (this project's plain measure,
 * in proportion units, so 0.2 is 20 percentage points), and the standardized difference for a
 * binary characteristic, that difference over the square root of the mean of the two groups'
 * variances p(1 - p) ({@link #SOURCES}; 0.1 is the threshold often used for a meaningful
 * imbalance).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableReachComparison.class)
@JsonDeserialize(as = ImmutableReachComparison.class)
public interface ReachComparison {

  /** Where the two measures come from. */
  List<Source> SOURCES =
      List.of(
          Source.of(
              "Glasgow, Vogt & Boles 1999, Am J Public Health 89(9):1322-1327",
              "10.2105/AJPH.89.9.1322",
              "reach as participation and the representativeness of participants"),
          Source.of(
              "Austin 2009, Commun Stat Simul Comput 38(6):1228-1234",
              "10.1080/03610910902859574",
              "the standardized difference for comparing the prevalence of a binary variable"
                  + " between two groups (the paper's subject, per its abstract; the formula is"
                  + " the usual one, not checked against the paper's equation here)"));

  /** The characteristic compared, for example {@code female}. */
  String characteristic();

  /** Participants who have the characteristic. */
  long participantsWith();

  /** Participants whose characteristic is known. */
  long participants();

  /** Eligible non-participants who have the characteristic. */
  long nonParticipantsWith();

  /** Eligible non-participants whose characteristic is known. */
  long nonParticipants();

  /** The share of participants with the characteristic; empty when there are none. */
  default OptionalDouble participantProportion() {
    return share(participantsWith(), participants());
  }

  /** The share of non-participants with the characteristic; empty when there are none. */
  default OptionalDouble nonParticipantProportion() {
    return share(nonParticipantsWith(), nonParticipants());
  }

  /** Participants' proportion minus non-participants'; empty when either group is empty. */
  default OptionalDouble difference() {
    OptionalDouble p = participantProportion();
    OptionalDouble q = nonParticipantProportion();
    return p.isPresent() && q.isPresent()
        ? OptionalDouble.of(p.getAsDouble() - q.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * The difference over the square root of the mean of p(1 - p) of the two groups; empty when
   * either group is empty or neither group varies (every proportion 0 or 1).
   */
  default OptionalDouble standardizedDifference() {
    OptionalDouble d = difference();
    if (d.isEmpty()) {
      return d;
    }
    double p = participantProportion().getAsDouble();
    double q = nonParticipantProportion().getAsDouble();
    double pooled = (p * (1 - p) + q * (1 - q)) / 2;
    return pooled > 0
        ? OptionalDouble.of(d.getAsDouble() / Math.sqrt(pooled))
        : OptionalDouble.empty();
  }

  /** Why a figure is absent; empty when both are present. */
  default Optional<String> reason() {
    if (participants() == 0) {
      return Optional.of("no participants are counted, so their proportion is undefined");
    }
    if (nonParticipants() == 0) {
      return Optional.of("no non-participants are counted, so their proportion is undefined");
    }
    if (standardizedDifference().isEmpty()) {
      return Optional.of(
          "neither group varies (every proportion is 0 or 1), so the standardized difference is"
              + " undefined");
    }
    return Optional.empty();
  }

  private static OptionalDouble share(long with, long of) {
    return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) with / of);
  }

  /** Checks that counts are 0 or more and that no group has more with than counted. */
  @Value.Check
  default void check() {
    String where = "reach comparison '" + characteristic() + "': ";
    if (characteristic().isBlank()) {
      throw new IllegalArgumentException("reach comparison: the characteristic must not be blank");
    }
    if (participantsWith() < 0 || participants() < 0
        || nonParticipantsWith() < 0 || nonParticipants() < 0) {
      throw new IllegalArgumentException(where + "counts must be 0 or more");
    }
    if (participantsWith() > participants()) {
      throw new IllegalArgumentException(
          where + "participantsWith (" + participantsWith() + ") cannot exceed participants ("
              + participants() + ")");
    }
    if (nonParticipantsWith() > nonParticipants()) {
      throw new IllegalArgumentException(
          where + "nonParticipantsWith (" + nonParticipantsWith()
              + ") cannot exceed nonParticipants (" + nonParticipants() + ")");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReachComparison}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableReachComparison.Builder {
    Builder() {}
  }
}
