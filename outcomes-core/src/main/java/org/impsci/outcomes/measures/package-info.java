/**
 * Implementation-outcome measures: AIM, IAM, FIM and ORIC ({@link
 * org.impsci.outcomes.measures.OutcomeMeasure}) and how they are scored ({@link
 * org.impsci.outcomes.measures.MeasureOptions}).
 */
package org.impsci.outcomes.measures;
