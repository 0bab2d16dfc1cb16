/**
 * Statistics shared by the modules: the t-based interval of a mean ({@link
 * org.impsci.assessment.statistics.MeanIntervals}) and the distribution functions behind it and
 * behind the outcomes module's paired analysis ({@link
 * org.impsci.assessment.statistics.Distributions}).
 */
package org.impsci.assessment.statistics;
