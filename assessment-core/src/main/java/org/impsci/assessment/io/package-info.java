/**
 * Input and output shared by every reader: the configured JSON mapper and Jackson module, the
 * read mode (strict or lenient) and the read report with its rejected and skipped rows, and REDCap
 * data dictionaries.
 */
package org.impsci.assessment.io;
