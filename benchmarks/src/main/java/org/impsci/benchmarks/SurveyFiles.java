package org.impsci.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmarks' synthetic files for whole-process runs: {@code java -cp
 * benchmarks/target/benchmarks.jar org.impsci.benchmarks.SurveyFiles KIND ROWS FILE}, KIND one of
 * {@code nomad}, {@code orca}, {@code wide-100}; for {@code wide-100} also {@code FILE.json}, the
 * instrument for {@code impsci score --instrument}.
 */
public final class SurveyFiles {
  private SurveyFiles() {}

  /** Writes one file. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SurveyFiles nomad|orca|wide-100 ROWS FILE");
    }
    long rows = Long.parseLong(args[1]);
    Path file = Path.of(args[2]);
    if (args[0].equals(SyntheticSurveys.WIDE)) {
      Files.writeString(
          Path.of(args[2] + ".json"),
          WideInstrument.json(SyntheticSurveys.WIDE_ITEMS, SyntheticSurveys.WIDE_SCALE));
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      SyntheticSurveys.write(args[0], w, rows);
    }
  }
}
