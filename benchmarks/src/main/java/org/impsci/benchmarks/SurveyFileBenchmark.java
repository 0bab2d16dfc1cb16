package org.impsci.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.npt.nomad.NomadScorer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) A NoMAD CSV file to scores, group summaries by site and per-construct alpha, end to end in
 * process: bytes in memory, through the streaming reader, the scorer and the one-pass analysis.
 * Throughput in MB/s is the file size (printed at setup) divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class SurveyFileBenchmark {
  /** Respondents in the file. */
  @Param({"1000000"})
  public int rows;

  private byte[] file;
  private SurveyAnalysis analysis;

  /** Generates the file once. */
  @Setup
  public void generate() {
    file = SyntheticSurveys.bytes(rows);
    System.out.printf("%n%d rows, %.1f MB%n", rows, file.length / 1e6);
    analysis =
        SurveyAnalysis.of(
            NomadScorer.withDefaults().scorer(),
            SyntheticSurveys.layout(),
            ReadMode.LENIENT,
            CaseHandling.PAIRWISE);
  }

  /** Reads, scores and summarises the whole file. */
  @Benchmark
  public SurveyReport analyseFile() {
    return analysis.analyse(new ByteArrayInputStream(file), "bench.csv");
  }
}
