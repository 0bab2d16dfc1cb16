package org.impsci.assessment.survey;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.impsci.assessment.internal.HandOff;
import org.impsci.assessment.io.CsvLayout;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.ScoredRow;
import org.impsci.assessment.io.SurveyCsvReader;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.InstrumentReliability;
import org.impsci.assessment.scoring.GroupSummaries;
import org.impsci.assessment.scoring.Scorer;

/**
 * Reads a wide survey file, scores every respondent, and summarises the scores overall and by each
 * grouping column of the layout, with Cronbach's alpha per scale, in one streaming pass: memory
 * does not grow with the number of respondents (apart from the layout's optional duplicate-id
 * check).
 */
public final class SurveyAnalysis {
  private final Scorer scorer;
  private final CsvLayout layout;
  private final SurveyCsvReader.Mode mode;
  private final CaseHandling handling;
  private final boolean parallel;

  private SurveyAnalysis(
      Scorer scorer,
      CsvLayout layout,
      SurveyCsvReader.Mode mode,
      CaseHandling handling,
      boolean parallel) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.handling = Objects.requireNonNull(handling, "handling");
    this.parallel = parallel;
  }

  /**
   * An analysis that scores with {@code scorer} files laid out as {@code layout}, summarising by
   * each of the layout's grouping columns.
   */
  public static SurveyAnalysis of(
      Scorer scorer, CsvLayout layout, SurveyCsvReader.Mode mode, CaseHandling handling) {
    return new SurveyAnalysis(
        scorer, layout, mode, handling, Runtime.getRuntime().availableProcessors() > 1);
  }

  /**
   * The same analysis on the calling thread alone. By default, where there is more than one
   * processor, reading and scoring run on the calling thread while summaries, reliability and the
   * {@code perRow} consumer run on a second thread, in file order; the results are the same.
   */
  public SurveyAnalysis sequential() {
    return new SurveyAnalysis(scorer, layout, mode, handling, false);
  }

  /** Analyses a file, dropping the per-respondent scores. */
  public SurveyReport analyse(InputStream in, String sourceName) {
    return analyse(in, sourceName, row -> {});
  }

  /**
   * Analyses a file, handing each scored row to {@code perRow} as well (to print or store
   * per-respondent scores), in file order; see {@link #sequential()} for the thread it runs on.
   */
  public SurveyReport analyse(InputStream in, String sourceName, Consumer<ScoredRow> perRow) {
    GroupSummaries overall = GroupSummaries.overall();
    Map<String, GroupSummaries> byGroup = new LinkedHashMap<>();
    layout.groupColumns().forEach(column -> byGroup.put(column, GroupSummaries.by(column)));
    InstrumentReliability reliability = InstrumentReliability.of(scorer);
    Consumer<ScoredRow> aggregate =
        row -> {
          overall.add(row.scores());
          byGroup.values().forEach(g -> g.add(row.scores()));
          reliability.add(row.answers());
          perRow.accept(row);
        };
    SurveyCsvReader reader = SurveyCsvReader.of(scorer, layout, mode);
    ReadReport read;
    if (parallel) {
      try (HandOff<ScoredRow> handOff = new HandOff<>(aggregate, "impsci-survey-aggregation")) {
        read = reader.read(in, sourceName, handOff);
      }
    } else {
      read = reader.read(in, sourceName, aggregate);
    }
    ImmutableSurveyReport.Builder report =
        ImmutableSurveyReport.builder()
            .instrumentId(scorer.instrument().id())
            .read(read)
            .addAllOverall(overall.summaries())
            .caseHandling(handling)
            .putAllReliability(reliability.results(handling));
    byGroup.forEach((column, summaries) -> report.putByGroup(column, summaries.summaries()));
    return report.build();
  }
}
