/**
 * The framework-neutral kernel of impsci: shared value style, sources, and the exceptions that say
 * where input went wrong.
 */
package org.impsci.assessment;
