/** Input and output: the configured JSON mapper and the streaming CSV survey reader. */
package org.impsci.assessment.io;
