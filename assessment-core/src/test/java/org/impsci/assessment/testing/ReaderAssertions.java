package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.impsci.assessment.ImpsciException;

/** What every reader of impsci promises on any input, checked by the fuzz tests. */
public final class ReaderAssertions {
  /** How long a read of a fuzzed input of a few kilobytes may take. */
  public static final Duration BOUND = Duration.ofSeconds(5);

  private ReaderAssertions() {}

  /**
   * Runs a read within {@link #BOUND}: it passes when the read returns, or throws the library's
   * own exception ({@link ImpsciException}, or {@link UncheckedIOException} for real I/O) with a
   * message; any other exception, or running out of time, fails.
   */
  public static void parses(Runnable read) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            read.run();
          } catch (ImpsciException | UncheckedIOException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
        });
  }
}
