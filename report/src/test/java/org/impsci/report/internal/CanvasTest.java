package org.impsci.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.impsci.report.internal.Canvas.Anchor;
import org.junit.jupiter.api.Test;

class CanvasTest {
  /** The leftmost and rightmost columns holding a dark pixel, or {-1, -1}. */
  private static int[] inkColumns(BufferedImage image) {
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          first = first < 0 ? x : first;
          last = x;
        }
      }
    }
    return new int[] {first, last};
  }

  private static int[] ink(Anchor anchor) {
    ImageCanvas canvas = new ImageCanvas(300, 40);
    canvas.text(150, 30, "WWWWWW", 20, anchor);
    return inkColumns(canvas.image());
  }

  @Test
  void textIsPlacedByItsAnchorInThePng() {
    int[] start = ink(Anchor.START);
    int[] middle = ink(Anchor.MIDDLE);
    int[] end = ink(Anchor.END);
    int width = start[1] - start[0];
    assertThat(width).isGreaterThan(40);
    assertThat(start[0]).isBetween(148, 153);
    assertThat(end[1]).isBetween(146, 151);
    assertThat(middle[0] + middle[1]).isBetween(296, 304);
  }

  @Test
  void linesAndRectanglesTakeTheirColour() {
    ImageCanvas canvas = new ImageCanvas(20, 20);
    canvas.line(0, 5.5, 19, 5.5, "#ff0000");
    canvas.rect(10, 10, 5, 5, "#00ff00");
    BufferedImage image = canvas.image();
    assertThat(image.getRGB(3, 5) & 0xffffff).isEqualTo(0xff0000);
    assertThat(image.getRGB(12, 12) & 0xffffff).isEqualTo(0x00ff00);
    assertThat(image.getRGB(3, 15) & 0xffffff).isEqualTo(0xffffff);
  }

  @Test
  void svgTextCarriesItsAnchorAndEscapes() {
    SvgCanvas svg = new SvgCanvas(10, 10, "a<b");
    svg.text(1, 2, "x & y", 9, Anchor.START);
    svg.text(1, 2, "m", 9, Anchor.MIDDLE);
    svg.text(1, 2, "e", 9, Anchor.END);
    assertThat(svg.document())
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\"")
        .contains("<title>a&lt;b</title><rect x=\"0.0\" y=\"0.0\" width=\"10.0\" height=\"10.0\" fill=\"#ffffff\"/>")
        .contains("<text x=\"1.0\" y=\"2.0\" font-size=\"9\">x &amp; y</text>")
        .contains("<text x=\"1.0\" y=\"2.0\" font-size=\"9\" text-anchor=\"middle\">m</text>")
        .contains("<text x=\"1.0\" y=\"2.0\" font-size=\"9\" text-anchor=\"end\">e</text>");
  }

  @Test
  void numbersShowTwoDecimalsOrADash() {
    assertThat(Html.format(Double.NaN)).isEqualTo("-");
    assertThat(Html.format(3.14159)).isEqualTo("3.14");
    assertThat(Html.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  }
}
