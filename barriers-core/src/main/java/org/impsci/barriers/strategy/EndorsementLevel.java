package org.impsci.barriers.strategy;

import java.util.Optional;

/**
 * The endorsement levels of Waltz et al. 2019 (doi:10.1186/s13012-019-0892-4): Level 1 when at
 * least 50% of respondents for a barrier endorsed a strategy, Level 2 from 20% to 49%. Percents
 * are compared as given; 49.5 is Level 2.
 *
 * <p>Immutable and thread-safe.
 */
public enum EndorsementLevel {
  /** Endorsed by at least 50%. */
  LEVEL_1,
  /** Endorsed by 20% up to (not including) 50%. */
  LEVEL_2;

  /** The level of a percent; empty below 20. */
  public static Optional<EndorsementLevel> of(double percent) {
    if (percent >= 50) {
      return Optional.of(LEVEL_1);
    }
    return percent >= 20 ? Optional.of(LEVEL_2) : Optional.empty();
  }
}
