/**
 * The pragmatic context assessment tool (pCAT; Robinson and Damschroder 2023,
 * doi:10.1186/s43058-022-00380-5): its 14 items with their CFIR 2009 and CFIR 2.0 constructs, the
 * reader of long- and wide-form answer files, the classification of each answer and the per-item
 * summaries by group, with the column names of the R package pcatR.
 *
 * <p>pCAT has no total or scale score: its authors present it as a reflection tool for teams, not
 * a psychometric scale, so nothing here adds answers up ({@link Pcat#NO_TOTAL_SCORE}).
 */
package org.impsci.barriers.pcat;
