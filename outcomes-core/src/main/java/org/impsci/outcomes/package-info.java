/**
 * Implementation outcomes as a framework: Proctor et al. 2011's eight outcomes ({@link
 * org.impsci.outcomes.OutcomeFrameworks#proctor()}, handles {@link
 * org.impsci.outcomes.ProctorOutcome}) and how the CFIR Outcomes Addendum places them ({@link
 * org.impsci.outcomes.CfirOutcomeLink}).
 */
package org.impsci.outcomes;
