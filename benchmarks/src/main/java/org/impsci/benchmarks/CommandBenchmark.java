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
 * (c) The {@code impsci score} command as a whole process, JVM start included, on a generated file:
 * {@code java -jar cli/target/impsci.jar score --instrument nomad --input FILE --group site
 * --lenient --output /dev/null}. The jar's path comes from the system property {@code impsci.jar}
 * (default {@code cli/target/impsci.jar}, relative to the directory JMH runs in).
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

  private Path file;
  private List<String> command;

  /** Writes the file and checks that the jar is there. */
  @Setup
  public void prepare() throws IOException {
    file = Files.createTempFile("impsci-bench-", ".csv");
    SyntheticSurveys.write(file, rows);
    Path jar = Path.of(System.getProperty("impsci.jar", "cli/target/impsci.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no command jar at " + jar.toAbsolutePath()
          + "; build it with mvn -B -q -DskipTests package -pl cli -am, or set -Dimpsci.jar");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    command =
        List.of(java, "-jar", jar.toString(), "score", "--instrument", "nomad", "--input",
            file.toString(), "--group", "site", "--lenient", "--output", "/dev/null");
  }

  /** Runs the command once. */
  @Benchmark
  public int score() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("impsci score exited with " + code);
    }
    return code;
  }

  /** Removes the file. */
  @TearDown
  public void clean() throws IOException {
    Files.deleteIfExists(file);
  }

}
