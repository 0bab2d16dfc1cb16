package org.impsci.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.impsci.report.internal.Canvas;
import org.impsci.report.internal.ImageCanvas;
import org.impsci.report.internal.SvgCanvas;

/**
 * A chart of the report, drawn once and written as SVG (vector, fit for a paper) or PNG (drawn
 * headless with Java2D, for pages and notebooks). Immutable and thread-safe: each output is drawn
 * anew.
 */
public abstract sealed class Chart permits ProfileChart, PcatChart {
  private final String title;
  private final int width;
  private final int height;

  Chart(String title, int width, int height) {
    this.title = title;
    this.width = width;
    this.height = height;
  }

  /** The title drawn at the top. */
  public String title() {
    return title;
  }

  /** The width in pixels. */
  public int width() {
    return width;
  }

  /** The height in pixels. */
  public int height() {
    return height;
  }

  /** Draws the chart. */
  abstract void draw(Canvas canvas);

  /** The chart as an SVG document. */
  public String svg() {
    SvgCanvas canvas = new SvgCanvas(width, height, title);
    draw(canvas);
    return canvas.document();
  }

  /** The chart as an image (for example to {@code display} in a notebook). */
  public BufferedImage image() {
    ImageCanvas canvas = new ImageCanvas(width, height);
    draw(canvas);
    return canvas.image();
  }

  /** The chart as PNG bytes. */
  public byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The PNG as a {@code data:} URL, for an {@code <img>} in a self-contained page. */
  public String pngDataUrl() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
  }

  /** The SVG as a {@code data:} URL, for a download link in a self-contained page. */
  public String svgDataUrl() {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg().getBytes(StandardCharsets.UTF_8));
  }
}
