/**
 * Surveys: the layout of a wide survey export ({@link org.impsci.assessment.survey.CsvLayout}), the
 * streaming reader that scores it row by row, and whole-survey analysis: read a file, score every
 * respondent, and summarise by group with reliability per scale, in one streaming pass.
 */
package org.impsci.assessment.survey;
