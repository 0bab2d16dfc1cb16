/**
 * Qualitative coding against any framework: {@link org.impsci.assessment.coding.CodedSegment}s,
 * the {@link org.impsci.assessment.coding.CodingFrame} of a framework, the counts of {@link
 * org.impsci.assessment.coding.CodingAnalysis} (roll-up, distinct participants and sites,
 * construct-by-site and construct-by-role matrices, co-occurrence), and the CSV reader of
 * coded-segment exports.
 */
package org.impsci.assessment.coding;
