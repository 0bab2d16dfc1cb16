package org.impsci.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The framework-loading benchmark sees every bundled framework. */
class FrameworkLoadBenchmarkTest {

  @Test
  void findsEveryBundledFramework() {
    assertThat(new FrameworkLoadBenchmark().loadEveryFramework())
        .isEqualTo(FrameworkLoadBenchmark.BUNDLED);
  }
}
