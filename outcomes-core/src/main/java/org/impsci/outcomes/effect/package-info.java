/**
 * Before/after effectiveness from paired counts ({@link
 * org.impsci.outcomes.effect.PairedAnalysis}): per-person differences, mean and median change with
 * 95% intervals, and the Wilcoxon signed-rank test, with every pair that lacks a side counted.
 */
package org.impsci.outcomes.effect;
