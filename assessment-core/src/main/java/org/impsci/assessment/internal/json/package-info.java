/**
 * JSON reading: the safe parser settings, the streaming value reader that the framework,
 * instrument and code-line readers share, the instrument reader, and Jackson message cleaning; not
 * exported.
 */
package org.impsci.assessment.internal.json;
