package org.impsci.assessment.io;

/**
 * Why a row read was skipped rather than accepted or rejected.
 *
 * <p>Immutable and thread-safe.
 */
public enum SkipReason {
  /** A header row after the header, such as Qualtrics' question texts and import ids. */
  HEADER_ROW,
  /** The row answers no item of the instrument: it holds another instrument or event. */
  OTHER_INSTRUMENT,
  /** The row's completion status is not complete, and only complete rows are scored. */
  INCOMPLETE,
  /** The row belongs to a wave that is not scored. */
  OTHER_WAVE,
  /** A row of a template whose value was left blank: not filled in yet. */
  UNFILLED
}
