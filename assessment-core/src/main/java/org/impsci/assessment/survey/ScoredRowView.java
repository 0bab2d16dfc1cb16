package org.impsci.assessment.survey;

import org.impsci.assessment.scoring.ScaleScore;

/**
 * One scored row as {@link SurveyAnalysis#analyseRows} hands it over: a view over the analysis's
 * reused buffers, valid only during the call. It makes no object per respondent; take {@link
 * #toScoredRow()} to keep a row or to see its answers and the counts behind each score.
 *
 * <p>Not thread-safe: use it only on the thread and during the call that hands it over.
 */
public interface ScoredRowView {

  /** The 1-based file row, counting the header as row 1. */
  long row();

  /** The respondent's id. */
  String respondentId();

  /** The value of the layout's grouping column at position {@code column}. */
  String group(int column);

  /**
   * The number answered to the instrument's item at position {@code item} (the instrument's item
   * order), as answered, before any reverse scoring; NaN where the answer is missing or
   * non-substantive. This is how items in no scale ({@link
   * org.impsci.assessment.instrument.Instrument#singleItems()}) are reported.
   */
  double answer(int item);

  /**
   * The score of the instrument's group at position {@code scale} (the instrument's group order),
   * or NaN where the rules give none.
   */
  double score(int scale);

  /**
   * The full score of the instrument's group at position {@code scale}: the score or the reason
   * there is none, and the counts of answered, non-substantive (by code) and missing members.
   */
  ScaleScore scaleScore(int scale);

  /** A lasting copy with the answers and, per scale, the score or the reason and the counts. */
  ScoredRow toScoredRow();
}
