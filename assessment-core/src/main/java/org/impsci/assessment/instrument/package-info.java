/**
 * Survey instruments: {@link org.impsci.assessment.instrument.Instrument}s made of {@link
 * org.impsci.assessment.instrument.Item}s on {@link org.impsci.assessment.instrument.ResponseScale}s,
 * grouped into scales and subscales, and the {@link org.impsci.assessment.instrument.Response}s
 * that respondents give.
 */
package org.impsci.assessment.instrument;
