/**
 * RE-AIM metrics computed from counts ({@link org.impsci.outcomes.reaim.ReAim}): reach,
 * effectiveness, adoption, implementation and maintenance per site and wave, each naming the
 * counts it came from, absent with the reason where a count is missing or a denominator is zero.
 */
package org.impsci.outcomes.reaim;
