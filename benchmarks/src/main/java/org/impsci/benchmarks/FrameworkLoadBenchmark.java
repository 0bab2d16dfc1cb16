package org.impsci.benchmarks;

import java.util.concurrent.TimeUnit;
import org.impsci.assessment.framework.Frameworks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) Loading and validating every bundled framework in a fresh JVM: each fork is a new JVM and
 * measures one cold call of {@link Frameworks#bundled()} (the registry caches what it loaded, so
 * only the first call in a JVM does the work).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class FrameworkLoadBenchmark {
  /** The bundled frameworks of npt-core, parihs-core and barriers-core. */
  static final int BUNDLED = 12;

  /**
   * Finds, loads and validates every bundled framework.
   *
   * @throws IllegalStateException if fewer are found, so that a missing module cannot pass as fast
   */
  @Benchmark
  public int loadEveryFramework() {
    int found = Frameworks.bundled().all().size();
    if (found < BUNDLED) {
      throw new IllegalStateException(
          "found " + found + " bundled frameworks, expected " + BUNDLED + ": a module is missing");
    }
    return found;
  }
}
