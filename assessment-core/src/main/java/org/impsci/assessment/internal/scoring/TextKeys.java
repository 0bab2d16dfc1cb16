package org.impsci.assessment.internal.scoring;

/**
 * For tables keyed by text that a reader holds as characters: comparing a string with a run of
 * characters, and mixing a hash before it picks a slot.
 */
public final class TextKeys {
  private TextKeys() {}

  /** Whether {@code text} is exactly the characters {@code chars[start, end)}. */
  public static boolean sameText(String text, char[] chars, int start, int end) {
    if (text.length() != end - start) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) != chars[start + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The hash mixed so that keys with similar hashes (R1, R2 or site-1, site-2) spread over an
   * open-addressing table instead of filling neighbouring slots.
   */
  public static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }
}
