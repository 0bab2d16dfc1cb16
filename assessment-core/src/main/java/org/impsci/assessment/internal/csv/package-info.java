/** CSV tokenising and header lookup; exported only to the framework modules' own file readers. */
package org.impsci.assessment.internal.csv;
