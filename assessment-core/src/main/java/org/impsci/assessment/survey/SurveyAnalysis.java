package org.impsci.assessment.survey;

import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.survey.HandOff;
import org.impsci.assessment.internal.survey.SurveyBlockReader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.Scorer;

/**
 * Reads a wide survey file, scores every respondent, and summarises the scores overall and by each
 * grouping column of the layout, with Cronbach's alpha per scale, in one streaming pass: memory
 * does not grow with the number of respondents (apart from the layout's optional duplicate-id
 * check). Immutable and thread-safe: one analysis may read several files at once, each read with
 * state of its own. {@link SurveyReading} builds one with documented defaults.
 */
public final class SurveyAnalysis {
  private final Scorer scorer;
  private final CsvLayout layout;
  private final ReadMode mode;
  private final CaseHandling handling;
  /** Where aggregation runs beside reading; null to run everything on the calling thread. */
  private final Executor executor;

  private SurveyAnalysis(
      Scorer scorer, CsvLayout layout, ReadMode mode, CaseHandling handling, Executor executor) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.handling = Objects.requireNonNull(handling, "handling");
    this.executor = executor;
  }

  /**
   * An analysis that scores with {@code scorer} files laid out as {@code layout}, summarising by
   * each of the layout's grouping columns.
   */
  public static SurveyAnalysis of(
      Scorer scorer, CsvLayout layout, ReadMode mode, CaseHandling handling) {
    return new SurveyAnalysis(
        scorer,
        layout,
        mode,
        handling,
        Runtime.getRuntime().availableProcessors() > 1
            ? HandOff.newThread("impsci-survey-aggregation")
            : null);
  }

  /**
   * The same analysis on the calling thread alone. By default, where there is more than one
   * processor, reading and scoring run on the calling thread while summaries, reliability and the
   * {@code perRow} consumer run on a second thread, in file order; the results are the same.
   */
  public SurveyAnalysis sequential() {
    return new SurveyAnalysis(scorer, layout, mode, handling, null);
  }

  /**
   * The same analysis with summaries, reliability and the {@code perRow} consumer run as one task
   * of the host's {@code executor} for each file, while reading and scoring stay on the calling
   * thread. The task lasts as long as the file: the executor must start it promptly (a pool with a
   * free thread), or the reader waits. An executor that runs tasks on the calling thread gives the
   * sequential analysis.
   */
  public SurveyAnalysis withExecutor(Executor executor) {
    return new SurveyAnalysis(
        scorer, layout, mode, handling, Objects.requireNonNull(executor, "executor"));
  }

  /** Analyses a file, dropping the per-respondent scores. */
  public SurveyReport analyse(InputStream in, String sourceName) {
    return analyse(in, sourceName, row -> {}, false);
  }

  /**
   * Analyses a file, handing each scored row to {@code perRow} as well (to print or store
   * per-respondent scores), in file order; see {@link #sequential()} for the thread it runs on.
   */
  public SurveyReport analyse(InputStream in, String sourceName, Consumer<ScoredRow> perRow) {
    Objects.requireNonNull(perRow, "perRow");
    return analyse(in, sourceName, row -> perRow.accept(row.toScoredRow()), true);
  }

  /**
   * Analyses a file, handing each scored row to {@code perRow} as a {@link ScoredRowView}: the
   * fast way to print or store per-respondent scores, since a view makes no objects. In file
   * order, on the thread described at {@link #sequential()}.
   */
  public SurveyReport analyseRows(
      InputStream in, String sourceName, Consumer<ScoredRowView> perRow) {
    return analyse(in, sourceName, Objects.requireNonNull(perRow, "perRow"), true);
  }

  private SurveyReport analyse(
      InputStream in, String sourceName, Consumer<ScoredRowView> perRow, boolean rowsWanted) {
    SurveyBlockReader reader = new SurveyBlockReader(scorer, layout, mode);
    ValueIndex[] groupValues = ValueIndex.forColumns(layout.groupNames().size());
    BlockAggregation aggregation =
        new BlockAggregation(
            reader, scorer, layout.groupNames(), groupValues, rowsWanted ? perRow : null);
    ReadReport read;
    if (executor != null) {
      try (HandOff<AnswerBlock> handOff = new HandOff<>(aggregation, executor)) {
        read = reader.read(in, sourceName, groupValues, handOff);
      }
    } else {
      read = reader.read(in, sourceName, groupValues, aggregation);
    }
    aggregation.finish();
    SurveyReport.Builder report =
        SurveyReport.builder()
            .instrumentId(scorer.instrument().id())
            .read(read)
            .addAllOverall(aggregation.overall().summaries())
            .caseHandling(handling)
            .putAllReliability(aggregation.reliability.results(handling));
    for (int g = 0; g < aggregation.byGroup.length; g++) {
      report.putByGroup(layout.groupNames().get(g), aggregation.byGroup[g].summaries());
    }
    return report.build();
  }
}
