/**
 * The survey pipeline behind {@code survey}: reading a wide export into blocks of checked
 * answers, its columns and row selection, answer texts, duplicate ids, REDCap dictionaries and the
 * hand-off between the reading and the aggregating thread; not exported.
 */
package org.impsci.assessment.internal.survey;
