package org.impsci.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.internal.scoring.ScoreGrid;
import org.impsci.assessment.internal.scoring.ScoreTable;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.scoring.GroupSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The score table alone (exact mean, SD and median per site), per respondent: one scale's mean
 * scores of k items answered 1-5, each missing with probability 0.05, at least half answered,
 * over 11 sites; counted by grid cell ({@code grid}) against counted by hash ({@code hash}, every
 * score in {@code DoubleCounts}), in the same run. The summaries are the same either way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SummaryBenchmark {
  private static final int ROWS = 100_000;
  private static final int SITES = 11;

  /** Items in the scale. */
  @Param({"4", "8", "39"})
  public int k;

  /** {@code grid} or {@code hash}. */
  @Param({"grid", "hash"})
  public String counting;

  private ScoreGrid grid;
  private int[] sites;
  private double[] scores;
  private int[] counted;

  /** Generates the scores (seed 42). */
  @Setup
  public void generate() {
    int required = (k + 1) / 2;
    grid = counting.equals("grid") ? ScoreGrid.of(1, 5, required, k, (s, c) -> s / c) : null;
    Random random = new Random(42);
    sites = new int[ROWS];
    scores = new double[ROWS];
    counted = new int[ROWS];
    for (int r = 0; r < ROWS; r++) {
      sites[r] = random.nextInt(SITES);
      double theta = random.nextGaussian();
      double sum = 0;
      int c = 0;
      for (int i = 0; i < k; i++) {
        if (random.nextDouble() >= 0.05) {
          sum += Math.max(1, Math.min(5, Math.rint(3 + theta + random.nextGaussian())));
          c++;
        }
      }
      counted[r] = c;
      scores[r] = c < required ? Double.NaN : sum / c;
    }
  }

  /** Adds every score and asks for the summaries; JMH reports the time per respondent. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public List<GroupSummary> addScores() {
    ValueIndex siteValues = new ValueIndex();
    for (int s = 0; s < SITES; s++) {
      siteValues.of("site" + s);
    }
    ScoreTable table = new ScoreTable("site", List.of("scale"), siteValues, new ScoreGrid[] {grid});
    int[] count = new int[1];
    for (int r = 0; r < ROWS; r++) {
      count[0] = counted[r];
      table.add(sites[r], scores, r, count);
    }
    return table.summaries();
  }
}
