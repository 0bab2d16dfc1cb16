package org.impsci.cli;

/**
 * Scores as text for CSV cells and JSON numbers: blank for none (NaN), else as {@link
 * Double#toString(double)} (and so Jackson) writes it.
 *
 * <p>A mean of a few whole-number answers mostly has a short exact decimal form (3.25, 4.4, 62.5):
 * {@link #addTo} writes such a score's digits straight into the row, with no general
 * double-to-text conversion. Other scores repeat too (a mean of a few whole numbers takes few
 * values), so recent texts are kept in a small direct-mapped cache: formatting a double is the
 * slow part of writing a row. Not thread-safe.
 */
final class ScoreText {
  private static final int SLOTS = 1024;
  /** Powers of ten up to the most decimal places written from digits. */
  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

  private final long[] keys = new long[SLOTS];
  private final String[] texts = new String[SLOTS];
  private final char[] digits = new char[24];

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

  /**
   * Adds a score to a row as a cell of the text {@link #of} gives. A score of at most six decimal
   * places, at least 0.001 and below 10^7 in size (where Double.toString writes no exponent), is
   * written from the digits of {@code score * 10^places} for the fewest places for which that
   * quotient is the score exactly (the shortest decimal that reads back as the score); others
   * through {@link #of}.
   */
  void addTo(CsvRowBuffer rows, double score) {
    double size = Math.abs(score);
    if (size >= 1e-3 && size < 1e7) {
      for (int places = 0; places < POWERS.length; places++) {
        double unscaled = Math.rint(score * POWERS[places]);
        if (unscaled / POWERS[places] == score) {
          int from = decimal((long) unscaled, places);
          rows.plainCell(digits, from, digits.length - from);
          return;
        }
      }
    }
    rows.plainCell(of(score));
  }

  /**
   * Writes {@code unscaled / 10^places} at the end of {@link #digits}, with at least one decimal
   * place as Double.toString has; returns where the text starts.
   */
  private int decimal(long unscaled, int places) {
    long rest = Math.abs(unscaled);
    int at = digits.length;
    if (places == 0) {
      digits[--at] = '0';
    }
    for (int p = 0; p < places; p++) {
      digits[--at] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    digits[--at] = '.';
    do {
      digits[--at] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest > 0);
    if (unscaled < 0) {
      digits[--at] = '-';
    }
    return at;
  }
}
