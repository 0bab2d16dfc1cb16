package org.impsci.assessment.internal;

/**
 * The one rule by which an answer given as text is a number, in a CSV cell and in a JSON string
 * alike: an optional sign, digits, and an optional decimal point with digits; no exponents, no
 * {@code NaN}, no grouping.
 */
public final class NumberText {
  private NumberText() {}

  /** Whether {@code s} (non-empty, already trimmed) is a number by this rule. */
  public static boolean looksNumeric(String s) {
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    boolean digits = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits;
  }
}
