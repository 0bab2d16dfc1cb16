package org.impsci.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.SurveyAnalysis;

/**
 * Processor time per answer cell of the in-process analysis (read, score, summaries by site,
 * alpha per scale) of {@link InstrumentWidthBenchmark}'s three files, on the calling thread alone
 * ({@code sequential()}), measured as this thread's processor time rather than elapsed time, so
 * that other processes on the machine disturb the comparison less: {@code java -cp
 * benchmarks/target/benchmarks.jar org.impsci.benchmarks.CellCost ROUNDS DIR}, DIR holding {@code
 * nomad.csv}, {@code orca.csv} and {@code wide-100.csv} (+ {@code .json}) written by {@link
 * SurveyFiles} with 770000, 230000 and 177100 rows. Prints one line per round; the first is
 * mostly compilation.
 */
public final class CellCost {
  private static final String[] KINDS = {"nomad", "orca", SyntheticSurveys.WIDE};

  private CellCost() {}

  /** Runs the rounds. */
  public static void main(String[] args) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Path dir = Path.of(args[1]);
    for (int round = 0; round < Integer.parseInt(args[0]); round++) {
      StringBuilder line = new StringBuilder();
      for (String kind : KINDS) {
        Path file = dir.resolve(kind + ".csv");
        ScoredInstrument instrument =
            kind.equals(SyntheticSurveys.WIDE)
                ? Instruments.load(Path.of(file + ".json"))
                : SyntheticSurveys.instrument(kind);
        byte[] bytes = Files.readAllBytes(file);
        SurveyAnalysis analysis =
            Impsci.survey(instrument).groupBy("site").lenient().sequential().analysis();
        long start = threads.getCurrentThreadCpuTime();
        analysis.analyse(new ByteArrayInputStream(bytes), file.toString());
        double ns = threads.getCurrentThreadCpuTime() - start;
        line.append(String.format(Locale.ROOT, "%s %.1f ns/cell  ", kind,
            ns / InstrumentWidthBenchmark.CELLS));
      }
      System.out.println(line.toString().trim());
    }
  }
}
