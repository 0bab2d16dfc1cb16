package org.impsci.assessment.survey;

import java.util.List;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.scoring.RespondentScores;

/**
 * One data row of a survey file that was read and scored: its row number (the header is row 1),
 * the answers in the instrument's item order, and the scores.
 *
 * @param row the 1-based row number, counting the header as row 1
 * @param answers the answers, one per item in the instrument's order
 * @param scores the respondent's scale scores
 *
 * <p>Thread-safe to read once built; its answer list is not to be changed.
 */
public record ScoredRow(long row, List<Answer> answers, RespondentScores scores) {}
