/**
 * Scoring and summarising: the scoring plan of an instrument's scales, value numbering, per-group
 * score tables and value counts; not exported.
 */
package org.impsci.assessment.internal.scoring;
