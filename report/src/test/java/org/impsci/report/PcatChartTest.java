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
  void axisLabelsAndLegendSitWhereTheLayoutPutsThem() {
    PcatChart chart = PcatChart.of("pCAT: site S1", summaries);
    assertThat(chart.title()).isEqualTo("pCAT: site S1");
    String svg = chart.svg();
    // By hand: rows from y 50, 26 px each, so the grid ends at 102; grid lines at 0, 50 and 100%
    // either side of x 640 (290 px per 100%), the centre black; their labels 16 px below the grid;
    // item labels end at x 330, 17 px into their row; the legend 34 px below the grid, 150 px apart.
    assertThat(svg)
        .contains("<text x=\"480.0\" y=\"28.0\" font-size=\"16\" text-anchor=\"middle\">pCAT: site S1</text>")
        .contains("<line x1=\"350.0\" y1=\"50.0\" x2=\"350.0\" y2=\"102.0\" stroke=\"#dddddd\"/>")
        .contains("<line x1=\"495.0\" y1=\"50.0\" x2=\"495.0\" y2=\"102.0\" stroke=\"#dddddd\"/>")
        .contains("<line x1=\"640.0\" y1=\"50.0\" x2=\"640.0\" y2=\"102.0\" stroke=\"#000000\"/>")
        .contains("<line x1=\"930.0\" y1=\"50.0\" x2=\"930.0\" y2=\"102.0\" stroke=\"#dddddd\"/>")
        .contains("<text x=\"350.0\" y=\"118.0\" font-size=\"12\" text-anchor=\"middle\">100%</text>")
        .contains("<text x=\"785.0\" y=\"118.0\" font-size=\"12\" text-anchor=\"middle\">50%</text>")
        .contains("<text x=\"330.0\" y=\"67.0\" font-size=\"12\" text-anchor=\"end\">1. ")
        .contains("<text x=\"330.0\" y=\"93.0\" font-size=\"12\" text-anchor=\"end\">2. ")
        .contains("<rect x=\"350.0\" y=\"136.0\" width=\"12.0\" height=\"12.0\" fill=\"#B2182B\"/>")
        .contains("<text x=\"366.0\" y=\"146.0\" font-size=\"12\">strong barrier</text>")
        .contains("<rect x=\"800.0\" y=\"136.0\" width=\"12.0\" height=\"12.0\" fill=\"#2166AC\"/>")
        .contains(">strong facilitator</text>");
    assertThat(svg.split("<line ", -1)).hasSize(5 + 1);
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
