package org.impsci.report.internal;

/**
 * What a chart draws on: filled rectangles, lines and text, in pixels from the top left. One
 * drawing serves both outputs, {@link SvgCanvas} (vector) and {@link ImageCanvas} (PNG).
 */
public interface Canvas {
  /** Where a text's x lies: at its start, middle or end. */
  enum Anchor {
    /** x is the text's left end. */
    START,
    /** x is the text's middle. */
    MIDDLE,
    /** x is the text's right end. */
    END
  }

  /** A filled rectangle; colour as {@code #rrggbb}. */
  void rect(double x, double y, double width, double height, String colour);

  /** A one-pixel line. */
  void line(double x1, double y1, double x2, double y2, String colour);

  /** Text whose baseline is at y, in a sans-serif font of {@code size} pixels. */
  void text(double x, double y, String text, int size, Anchor anchor);
}
