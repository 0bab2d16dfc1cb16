/**
 * Scoring: {@link org.impsci.assessment.scoring.ScoringRules}, the {@link
 * org.impsci.assessment.scoring.Scorer} that turns one response into scale scores, and group
 * summaries.
 */
package org.impsci.assessment.scoring;
