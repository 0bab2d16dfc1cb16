package org.impsci.parihs.orca;

import java.util.Objects;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.PublishedAlpha;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.impsci.assessment.survey.SurveyAnalysis;

/**
 * Scores ORCA as its developers publish (scoring page, and Helfrich et al. 2009,
 * doi:10.1186/1748-5908-4-38): a subscale is the mean of its answered items when at least half are
 * answered (2 of 3 or 4, 3 of 5 or 6), otherwise it has no score and the reason; a scale is the
 * mean of its scored subscales, under the same half rule applied to subscales; there is no grand
 * total across the three scales. Reverse-scored items count as 6 - x. Immutable and thread-safe.
 *
 * <p>For sites, score each respondent and summarise by the site column: {@link #analysis} does it
 * in one pass with Cronbach's alpha per subscale and scale.
 */
public final class OrcaScorer {
  /** The published rules: means, at least half answered, reverse scoring applied. */
  public static final ScoringRules RULES = ScoringRules.meanOf(MinimumAnswered.fraction(0.5));

  private final Scorer scorer;

  private OrcaScorer(Instrument instrument) {
    this.scorer = Scorer.of(Objects.requireNonNull(instrument, "instrument"), RULES);
  }

  /** A scorer of the full 77-item ORCA. */
  public static OrcaScorer full() {
    return new OrcaScorer(Orca.instrument());
  }

  /** A scorer of the reduced ORCA ({@link Orca#reduced()}). */
  public static OrcaScorer reduced() {
    return new OrcaScorer(Orca.reduced());
  }

  /**
   * A scorer of a variant of ORCA, for example one with the official wording laid over it or a
   * study's own subset.
   */
  public static OrcaScorer of(Instrument instrument) {
    return new OrcaScorer(instrument);
  }

  /**
   * The instrument with the published rules and their sources, and, for the full ORCA as
   * published, the scale alphas of Helfrich et al. 2009 ({@link Orca#PUBLISHED_ALPHA}); a variant
   * of the instrument gets none, since its scales are not those the paper measured.
   */
  public ScoredInstrument scoredInstrument() {
    var scored =
        ScoredInstrument.builder()
            .instrument(instrument())
            .rules(RULES)
            .addOptions(
                ScoringOption.of(
                    "minimumAnswered",
                    RULES.minimumAnswered().describe()
                        + " of a subscale's items, and of a scale's scored subscales",
                    "the ORCA developers' half rule (scoring page; Helfrich et al. 2009,"
                        + " doi:10.1186/1748-5908-4-38)"),
                ScoringOption.of(
                    "reverseScoring",
                    "items marked reverse-scored count as 6 - x",
                    "the ORCA developers' scoring page"),
                ScoringOption.of(
                    "total",
                    "none",
                    "the developers publish no grand total across the three scales"));
    if (instrument().equals(Orca.instrument())) {
      scored.addAllPublishedAlpha(
          PublishedAlpha.forScales(instrument(), Orca.PUBLISHED_ALPHA, ALPHA_SOURCE));
    }
    return scored.build();
  }

  /** Where {@link Orca#PUBLISHED_ALPHA} is published. */
  static final Source ALPHA_SOURCE =
      Source.of(
          "Helfrich et al. 2009",
          "10.1186/1748-5908-4-38",
          "Results, internal consistency of the three scales (n = 80)");

  /** The instrument scored. */
  public Instrument instrument() {
    return scorer.instrument();
  }

  /** The kernel scorer, for file analysis and reliability. */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * Scores one response: one score per subscale, then per scale.
   *
   * @throws org.impsci.assessment.InvalidInputException if an answer is not 1-5 or names an item
   *     the instrument lacks
   */
  public RespondentScores score(Response response) {
    return scorer.score(response);
  }

  /**
   * A one-pass analysis of survey files laid out as {@code layout}: scores per respondent,
   * summaries overall and per grouping column (such as the site), and alpha per subscale and
   * scale.
   */
  public SurveyAnalysis analysis(CsvLayout layout, ReadMode mode, CaseHandling handling) {
    return SurveyAnalysis.of(scorer, layout, mode, handling);
  }
}
