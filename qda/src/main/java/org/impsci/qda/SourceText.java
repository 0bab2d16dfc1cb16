package org.impsci.qda;

import java.util.Arrays;

/**
 * A source's text with the places of its characters outside the Basic Multilingual Plane, so that
 * a position converts between code points and UTF-16 code units in logarithmic time, whatever the
 * number of selections.
 */
final class SourceText {
  private final String text;
  /** The UTF-16 index of each supplementary character's high surrogate, ascending. */
  private final int[] pairs;

  SourceText(String text) {
    this.text = text;
    int[] found = new int[16];
    int n = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i++;
      }
    }
    this.pairs = Arrays.copyOf(found, n);
  }

  /** Whether the text holds a character outside the Basic Multilingual Plane. */
  boolean hasSupplementary() {
    return pairs.length > 0;
  }

  /** The text's length in a unit. */
  int length(PositionUnit unit) {
    return unit == PositionUnit.CODE_POINTS ? text.length() - pairs.length : text.length();
  }

  /** Whether a UTF-16 position falls between the two halves of a surrogate pair. */
  boolean splitsPair(int utf16) {
    int k = Arrays.binarySearch(pairs, utf16 - 1);
    return k >= 0;
  }

  /** A position (within the text's length in {@code unit}) as a code point index. */
  int codePoints(int position, PositionUnit unit) {
    if (unit == PositionUnit.CODE_POINTS) {
      return position;
    }
    return position - pairsBefore(position);
  }

  /** The text between two code point indexes (within the text's length in code points). */
  String between(int startCodePoint, int endCodePoint) {
    return text.substring(utf16(startCodePoint), utf16(endCodePoint));
  }

  /** A code point index as a UTF-16 index. */
  private int utf16(int codePoint) {
    // The k-th pair (0-based) starts at code point pairs[k] - k; count the pairs before codePoint.
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] - mid < codePoint) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return codePoint + lo;
  }

  /** The number of pairs that start before a UTF-16 index. */
  private int pairsBefore(int utf16) {
    int k = Arrays.binarySearch(pairs, utf16);
    return k >= 0 ? k : -k - 1;
  }
}
