package org.impsci.benchmarks;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ItemCovarianceAccumulator;
import org.impsci.assessment.reliability.ReliabilityResult;
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
 * The reliability accumulator alone, per row of a k-item scale: answers 1-5 as they come ({@code
 * whole}: the whole-number path) against the same answers plus 0.5 ({@code fractional}: the
 * double path, the same arithmetic on doubles), in the same run; complete rows, or each answer
 * missing with probability 0.05 (most rows of a wide scale then incomplete).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReliabilityBenchmark {
  private static final int ROWS = 20_000;

  /** Items in the scale. */
  @Param({"7", "40", "100"})
  public int k;

  /** {@code whole} for answers 1-5, {@code fractional} for the same plus 0.5. */
  @Param({"whole", "fractional"})
  public String values;

  /** The probability that an answer is missing. */
  @Param({"0", "0.05"})
  public double missing;

  private List<String> ids;
  private double[][] rows;

  /** Generates rows driven by one latent trait (seed 42). */
  @Setup
  public void generate() {
    ids = IntStream.rangeClosed(1, k).mapToObj(i -> "I" + i).collect(Collectors.toList());
    double offset = values.equals("whole") ? 0 : 0.5;
    Random random = new Random(42);
    rows = new double[ROWS][k];
    for (double[] row : rows) {
      double theta = random.nextGaussian();
      for (int i = 0; i < k; i++) {
        row[i] = Math.max(1, Math.min(5, Math.rint(3 + theta + random.nextGaussian()))) + offset;
        if (random.nextDouble() < missing) {
          row[i] = Double.NaN;
        }
      }
    }
  }

  /** Adds every row and asks for the result; JMH reports the time per row. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ReliabilityResult addRows() {
    ItemCovarianceAccumulator accumulator = new ItemCovarianceAccumulator(ids);
    for (double[] row : rows) {
      accumulator.add(row);
    }
    return accumulator.result(CaseHandling.PAIRWISE);
  }
}
