package org.impsci.assessment.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for framework and construct ids, and for construct kinds, checked in linear time
 * without regular expressions (a repeated group in a pattern recurses once per segment, which
 * overflowed the stack on an id of a few thousand segments).
 *
 * <p>An id is one or more segments joined by single {@code -} or {@code .}; a segment is one or
 * more id characters: letters of any script that are not upper or title case (so lower-case
 * letters, and letters of scripts without case such as Chinese, Arabic or Devanagari), combining
 * marks (the vowel signs and viramas such scripts need) and decimal digits of any script. The
 * whole id is in Unicode normalisation form NFC, so that a letter with an accent has one spelling.
 * ASCII ids are as they always were: {@code npt}, {@code inner-setting.culture}. A kind is the
 * same with {@code -} only, of ASCII lower-case letters and digits: {@code sub-construct}.
 */
public final class Ids {
  /** The id rule in words, for messages. */
  public static final String ID_RULE =
      "letters (lower case where the script has case), combining marks and digits of any script,"
          + " in Unicode NFC, joined by '-' or '.'";
  /** The kind rule in words, for messages. */
  public static final String KIND_RULE = "lower-case letters and digits, joined by '-'";

  private Ids() {}

  /** Whether a text is a valid framework or construct id. */
  public static boolean isId(String s) {
    return segmented(s, false) && Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  /** Whether a text is a valid construct kind. */
  public static boolean isKind(String s) {
    return segmented(s, true);
  }

  /**
   * A readable id made from a name, such as a QDA program's code name: the name in normalisation
   * form NFKC (so that compatibility forms such as full-width letters or ligatures become plain
   * letters), lower-cased, every run of other characters replaced by one {@code -}, with none at
   * either end; empty if the name has no id character. {@code 1. Oltás típusa} becomes {@code
   * 1-oltás-típusa}; an ASCII name becomes what it always did ({@code Lack of time} gives
   * {@code lack-of-time}).
   */
  public static String slug(String name) {
    String folded = Normalizer.normalize(
        Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
        Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (idChar(cp, false)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static boolean segmented(String s, boolean kind) {
    boolean inSegment = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (idChar(cp, kind)) {
        inSegment = true;
      } else if ((cp == '-' || (cp == '.' && !kind)) && inSegment) {
        inSegment = false;
      } else {
        return false;
      }
    }
    return inSegment;
  }

  private static boolean idChar(int cp, boolean kind) {
    if (kind || cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
    switch (Character.getType(cp)) {
      case Character.LOWERCASE_LETTER:
      case Character.OTHER_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
