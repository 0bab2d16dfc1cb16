/** The charts' canvas (SVG written by hand, PNG through Java2D) and HTML escaping; not exported. */
package org.impsci.report.internal;
