package org.impsci.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
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
 * The cost per answer cell of instruments of different widths, in one run: files of the same
 * number of answer cells (17,710,000: NoMAD 770,000 rows x 23 items, ORCA 230,000 x 77, the
 * synthetic 100-item instrument 177,100 x 100) read, scored, summarised by site with alpha per
 * scale in process, as {@link SurveyFileBenchmark} does for NoMAD. JMH reports nanoseconds per
 * cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class InstrumentWidthBenchmark {
  /** Answer cells in every file. */
  public static final int CELLS = 17_710_000;

  /** {@code nomad}, {@code orca} or {@code wide-100}. */
  @Param({"nomad", "orca", "wide-100"})
  public String instrument;

  private byte[] file;
  private SurveyAnalysis analysis;

  /** Generates the file once. */
  @Setup
  public void generate() {
    ScoredInstrument scored = SyntheticSurveys.instrument(instrument);
    int rows = CELLS / scored.instrument().items().size();
    file = SyntheticSurveys.bytes(instrument, rows);
    System.out.printf("%n%s: %d rows, %.1f MB%n", instrument, rows, file.length / 1e6);
    analysis = Impsci.survey(scored).groupBy("site").lenient().analysis();
  }

  /** Reads, scores and summarises the whole file; JMH reports the time per answer cell. */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public SurveyReport analyseFile() {
    return analysis.analyse(new ByteArrayInputStream(file), instrument + ".csv");
  }
}
