package org.impsci.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.ScoredRow;
import org.impsci.assessment.survey.SurveyCsvReader;
import org.impsci.npt.nomad.NomadScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a) Scoring pre-parsed NoMAD respondents in process: the time to score one respondent, as a host
 * application scoring one response at a time sees it (answers already parsed and in item order).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {
  private static final int RESPONDENTS = 100_000;

  private Scorer scorer;
  private List<ScoredRow> rows;
  private Answer[][] answers;

  /** Parses the respondents once. */
  @Setup
  public void parse() {
    scorer = NomadScorer.withDefaults().scorer();
    rows = new ArrayList<>(RESPONDENTS);
    SurveyCsvReader.of(scorer, SyntheticSurveys.layout(), ReadMode.STRICT)
        .read(new ByteArrayInputStream(SyntheticSurveys.bytes(RESPONDENTS)), "bench", rows::add);
    answers = rows.stream().map(r -> r.answers().toArray(new Answer[0])).toArray(Answer[][]::new);
  }

  /** Scores every respondent; JMH reports the time per respondent. */
  @Benchmark
  @OperationsPerInvocation(RESPONDENTS)
  public void scoreOneRespondent(Blackhole bh) {
    for (int i = 0; i < answers.length; i++) {
      RespondentScores s = rows.get(i).scores();
      bh.consume(scorer.score(s.respondentId(), s.groups(), answers[i]));
    }
  }
}
