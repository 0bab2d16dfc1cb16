package org.impsci.barriers.strategy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;

/**
 * One cell of the CFIR-ERIC endorsement table: the percent of experts who chose an ERIC strategy
 * as one of the best to address a CFIR 2009 barrier (Waltz et al. 2019,
 * doi:10.1186/s13012-019-0892-4), with the publication that prints it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsement.class)
@JsonDeserialize(as = ImmutableEndorsement.class)
public interface Endorsement {
  /** The framework barriers are keyed to. */
  String BARRIER_FRAMEWORK = "cfir-2009";

  /** The barrier, a {@code cfir-2009} construct. */
  ConstructRef barrier();

  /** The ERIC strategy id. */
  String strategy();

  /** Percent of respondents for this barrier who endorsed the strategy, 0 to 100. */
  double percent();

  /** Where the figure is printed. */
  Source source();

  /** The level this endorsement reaches, if any. */
  default java.util.Optional<EndorsementLevel> level() {
    return EndorsementLevel.of(percent());
  }

  /** Checks the percent range and that the barrier is a CFIR 2009 construct. */
  @Value.Check
  default void check() {
    if (!(percent() >= 0 && percent() <= 100)) {
      throw new IllegalArgumentException(
          "percent " + percent() + " for " + barrier() + " / " + strategy()
              + " is out of range; allowed: 0 to 100");
    }
    if (!barrier().framework().equals(BARRIER_FRAMEWORK)) {
      throw new IllegalArgumentException(
          "barrier " + barrier() + " is not a " + BARRIER_FRAMEWORK + " construct");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Endorsement}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
