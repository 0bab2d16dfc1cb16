package org.impsci.cli;

/**
 * Scores as text for CSV cells and JSON numbers: blank for none (NaN), else as {@link
 * Double#toString(double)} (and so Jackson) writes it.
 * Scores repeat (a mean of a few whole-number answers takes few values), so recent texts are
 * kept in a small direct-mapped cache: formatting a double is the slow part of writing a row.
 * Not thread-safe.
 */
final class ScoreText {
  private static final int SLOTS = 1024;

  private final long[] keys = new long[SLOTS];
  private final String[] texts = new String[SLOTS];

  /** The text of a score. */
  String of(double score) {
    if (Double.isNaN(score)) {
      return "";
    }
    long bits = Double.doubleToLongBits(score);
    int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> 54);
    String text = texts[slot];
    if (text != null && keys[slot] == bits) {
      return text;
    }
    text = Double.toString(score);
    keys[slot] = bits;
    texts[slot] = text;
    return text;
  }
}
