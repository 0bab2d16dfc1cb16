package org.impsci.assessment.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for an unknown id: the known id or alias closest to what was written, by edit
 * distance (insertions, deletions and substitutions, ignoring case), when it is close enough.
 *
 * <p>Bounded: texts and names longer than {@link #MAX_LENGTH} are not compared, names whose length
 * differs by more than {@link #MAX_DISTANCE} are skipped, and a comparison stops at the first row
 * that exceeds the best distance so far: at most {@code MAX_LENGTH * MAX_LENGTH} steps per name.
 */
public final class Suggestions {
  /** The longest text compared. */
  public static final int MAX_LENGTH = 100;
  /** The largest edit distance suggested. */
  public static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /**
   * The first of {@code known} at the smallest edit distance from {@code text}, if that distance
   * is at most {@link #MAX_DISTANCE} and less than half the text's length.
   */
  public static Optional<String> closest(String text, Iterable<String> known) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Math.min(MAX_DISTANCE, (t.length() - 1) / 2) + 1;
    for (String k : known) {
      String candidate = k.toLowerCase(Locale.ROOT);
      int d = distance(t, candidate, bestDistance - 1);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The edit distance of a and b, or {@code limit + 1} if it exceeds {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (limit < 0 || Math.abs(a.length() - b.length()) > limit || b.length() > MAX_LENGTH) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
