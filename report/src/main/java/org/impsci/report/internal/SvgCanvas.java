package org.impsci.report.internal;

import java.util.Locale;

/** A {@link Canvas} that writes an SVG 1.1 document by hand. Not thread-safe. */
public final class SvgCanvas implements Canvas {
  private final StringBuilder svg = new StringBuilder();

  /** An empty white drawing of this size, with its title for screen readers. */
  public SvgCanvas(int width, int height, String title) {
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" font-family=\"sans-serif\" role=\"img\"><title>")
        .append(Html.escape(title)).append("</title>");
    rect(0, 0, width, height, "#ffffff");
  }

  @Override
  public void rect(double x, double y, double width, double height, String colour) {
    svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(width)).append("\" height=\"").append(n(height)).append("\" fill=\"")
        .append(colour).append("\"/>");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String colour) {
    svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"")
        .append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour)
        .append("\"/>");
  }

  @Override
  public void text(double x, double y, String text, int size, Anchor anchor) {
    svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
        .append(size).append('"');
    if (anchor != Anchor.START) {
      svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    svg.append('>').append(Html.escape(text)).append("</text>");
  }

  /** The document. */
  public String document() {
    return svg + "</svg>\n";
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
