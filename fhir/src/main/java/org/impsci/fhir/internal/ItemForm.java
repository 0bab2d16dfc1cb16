package org.impsci.fhir.internal;

import org.impsci.assessment.instrument.ResponseScale;

/**
 * How an item's response scale is asked in a Questionnaire: as a choice among coded answers, a
 * whole number or a decimal number between the scale's ends.
 */
public enum ItemForm {
  /**
   * Coded answers: an ordinal scale with a label on every point, or one with non-substantive
   * answers (which a number field cannot offer). Each point is a code with its number as the
   * ordinalValue; each non-substantive answer is a code without one.
   */
  CHOICE,
  /** A whole number from min to max: an ordinal scale labelled only in part, such as 0-10. */
  INTEGER,
  /**
   * A number from min to max: a numeric range. Its non-substantive answers, if any, have no place
   * in a number field; a response may still carry them as codings.
   */
  DECIMAL;

  /** The form of a scale. */
  public static ItemForm of(ResponseScale scale) {
    if (scale.kind() == ResponseScale.Kind.NUMERIC) {
      return DECIMAL;
    }
    long points = (long) scale.max() - (long) scale.min() + 1;
    boolean fullyLabelled = scale.labels().size() == points;
    return fullyLabelled || !scale.nonSubstantiveOptions().isEmpty() ? CHOICE : INTEGER;
  }
}
