/**
 * Frameworks as data: a {@link org.impsci.assessment.framework.Framework} is a tree of {@link
 * org.impsci.assessment.framework.Construct}s loaded from JSON and validated on load; {@link
 * org.impsci.assessment.framework.Frameworks} finds every bundled framework.
 */
package org.impsci.assessment.framework;
