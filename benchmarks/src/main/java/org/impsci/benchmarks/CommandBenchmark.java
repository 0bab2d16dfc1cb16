package org.impsci.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) The {@code impsci score} command as a whole process, JVM start included, on a generated file,
 * run as the README runs it, through the {@code impsci} launcher: {@code ./impsci score
 * --instrument nomad --input FILE --group site --lenient --format FORMAT --output /dev/null}. The
 * launcher's path comes from the system property {@code impsci.launcher} (default {@code impsci},
 * relative to the directory JMH runs in); setup runs it once so that the jar is built before
 * timing starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class CommandBenchmark {
  /** Respondents in the file. */
  @Param({"10", "1000000"})
  public int rows;

  /** Output format: csv (id, groups, scores) or json (every respondent's scores with counts). */
  @Param({"csv", "json"})
  public String format;

  private Path file;
  private List<String> command;

  /** Writes the file and checks that the jar is there. */
  @Setup
  public void prepare() throws IOException, InterruptedException {
    file = Files.createTempFile("impsci-bench-", ".csv");
    SyntheticSurveys.write(file, rows);
    Path launcher = Path.of(System.getProperty("impsci.launcher", "impsci")).toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no impsci launcher at " + launcher
          + "; run JMH from the repository root, or set -Dimpsci.launcher");
    }
    command =
        List.of(launcher.toString(), "score", "--instrument", "nomad", "--input", file.toString(),
            "--group", "site", "--lenient", "--format", format, "--output", "/dev/null");
    run(List.of(launcher.toString(), "frameworks"));
  }

  /** Runs the command once. */
  @Benchmark
  public int score() throws IOException, InterruptedException {
    return run(command);
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
    return code;
  }

  /** Removes the file. */
  @TearDown
  public void clean() throws IOException {
    Files.deleteIfExists(file);
  }

}
