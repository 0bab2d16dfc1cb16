package org.impsci.report.internal;

import java.util.Locale;

/** Escaping and number text shared by the report's HTML and SVG. */
public final class Html {
  private Html() {}

  /** The text with {@code < > & "} escaped, for element content and attribute values. */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** The value to two decimals, or {@code -} for NaN. */
  public static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }
}
