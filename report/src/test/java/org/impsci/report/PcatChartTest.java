package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.junit.jupiter.api.Test;

class PcatChartTest {
  private final List<PcatItemSummary> summaries = PcatFixture.summaries();

  @Test
  void segmentsAreSignedSharesOfTheCompleteAnswers() {
    // Hand-worked in PcatFixture.
    assertThat(PcatChart.segments(summaries.get(0)))
        .containsExactly(new double[] {-0.25, -0.25, 0, 0.25}, within(1e-12));
    assertThat(PcatChart.segments(summaries.get(1)))
        .containsExactly(new double[] {0, 0, 2.0 / 3, 1.0 / 3}, within(1e-12));
  }

  @Test
  void barriersLeftFacilitatorsRightInTheSvg() {
    PcatChart chart = PcatChart.of("pCAT: site S1", summaries);
    assertThat(chart.items()).hasSize(2);
    assertThat(chart.height()).isEqualTo(50 + 2 * 26 + 70);
    String svg = chart.svg();
    // By hand: 100% is 290 px either side of the centre line at x = 640. Item 1 (row at y 50):
    // weak barrier 72.5 px left of the centre (x 567.5), strong barrier outside it (x 495), strong
    // facilitator from 640 + 0 (no weak facilitator) to 712.5.
    assertThat(svg)
        .contains("<rect x=\"567.5\" y=\"54.0\" width=\"72.5\" height=\"18.0\" fill=\"#F4A582\"/>")
        .contains("<rect x=\"495.0\" y=\"54.0\" width=\"72.5\" height=\"18.0\" fill=\"#B2182B\"/>")
        .contains("<rect x=\"640.0\" y=\"54.0\" width=\"72.5\" height=\"18.0\" fill=\"#2166AC\"/>");
    // Item 2 (row at y 76): weak facilitator 2/3 * 290 = 193.3 px, strong 96.7 px after it.
    assertThat(svg)
        .contains("<rect x=\"640.0\" y=\"80.0\" width=\"193.3\" height=\"18.0\" fill=\"#92C5DE\"/>")
        .contains("<rect x=\"833.3\" y=\"80.0\" width=\"96.7\" height=\"18.0\" fill=\"#2166AC\"/>");
    assertThat(svg).contains(">1. Patient Needs &amp; Resources</text>").contains(">100%</text>");
  }

  @Test
  void drawsAPng() {
    BufferedImage image = PcatChart.of("t", summaries).image();
    assertThat(image.getWidth()).isEqualTo(960);
    assertThat(image.getHeight()).isEqualTo(172);
    // Inside item 1's strong barrier (x 495..567.5, y 54..72) and its strong facilitator.
    assertThat(image.getRGB(530, 63) & 0xffffff).isEqualTo(0xB2182B);
    assertThat(image.getRGB(680, 63) & 0xffffff).isEqualTo(0x2166AC);
  }
}
