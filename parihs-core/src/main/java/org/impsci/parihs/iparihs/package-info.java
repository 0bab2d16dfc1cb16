/**
 * i-PARIHS (Harvey and Kitson 2016): typed handles to its constructs ({@link
 * org.impsci.parihs.iparihs.IParihsConstruct}), a facilitation-planning assessment of ratings per
 * characteristic ({@link org.impsci.parihs.iparihs.IParihsAssessment}) and what it yields: net
 * ratings per construct, the elements to focus on first, a facilitation plan and the comparison of
 * two assessments ({@link org.impsci.parihs.iparihs.IParihsPlanning}). The framework itself is
 * {@link org.impsci.parihs.ParihsFrameworks#iParihs()}.
 */
package org.impsci.parihs.iparihs;
