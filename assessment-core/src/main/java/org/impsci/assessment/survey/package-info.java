/**
 * Whole-survey analysis: read a file, score every respondent, and summarise by group with
 * reliability per scale, in one streaming pass.
 */
package org.impsci.assessment.survey;
