/**
 * Implementation details shared by several packages: id rules, rule violations, did-you-mean
 * suggestions, graph walks, provider lookups, and the code-line reader of the REFI-QDA module;
 * exported only to the modules that need them.
 */
package org.impsci.assessment.internal;
