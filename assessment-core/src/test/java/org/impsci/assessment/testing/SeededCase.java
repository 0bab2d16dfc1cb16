package org.impsci.assessment.testing;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One generated case of a seeded property or fuzz test: its index and the seed of the {@link
 * Random} that generates it. A case's seed follows from its index and a fixed base seed, so every
 * run checks the same cases, and a failing case, named by index and seed in the test's report,
 * fails again when run alone: {@code -Dimpsci.case=INDEX} (with {@code -Dtest=Class#method}) runs
 * only that case.
 *
 * @param index the case's number, from 0
 * @param seed the seed of the case's generator
 */
public record SeededCase(int index, long seed) {
  /** The fixed base from which every case's seed follows. */
  static final long BASE_SEED = 0x5EED_1A5CL;
  /** The system property that narrows a seeded test to one case, by index. */
  static final String REPLAY_PROPERTY = "impsci.case";

  /** The case with this index. */
  public static SeededCase of(int index) {
    return new SeededCase(index, new SplittableRandom(BASE_SEED + index).nextLong());
  }

  /**
   * Cases 0 to {@code count - 1}, or only the case that {@code -Dimpsci.case=INDEX} names.
   */
  public static Stream<SeededCase> cases(int count) {
    String replay = System.getProperty(REPLAY_PROPERTY);
    if (replay != null) {
      return Stream.of(of(Integer.parseInt(replay.trim())));
    }
    return IntStream.range(0, count).mapToObj(SeededCase::of);
  }

  /** A new generator for this case, the same for every call. */
  public Random random() {
    return new Random(seed);
  }

  @Override
  public String toString() {
    return "case " + index + " (seed " + seed + ", -D" + REPLAY_PROPERTY + "=" + index + ")";
  }
}
