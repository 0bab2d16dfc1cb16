package org.impsci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.impsci.assessment.scoring.GroupSummary;
import org.junit.jupiter.api.Test;

/** Moved from the command line's ProfileChartTest (which drew with XChart); same assertions. */
class ProfileChartTest {
  private static GroupSummary summary(String group, String scale, Double mean) {
    return GroupSummary.builder()
        .column("site")
        .group(group)
        .scaleId(scale)
        .n(mean == null ? 0 : 3)
        .notScored(mean == null ? 3 : 0)
        .mean(mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean))
        .build();
  }

  private final List<GroupSummary> summaries =
      List.of(
          summary("H02", "coherence", 3.5),
          summary("H02", "reflexive-monitoring", 2.25),
          summary("H01", "coherence", 4.0),
          summary("H01", "reflexive-monitoring", null));

  @Test
  void oneSeriesPerScaleOverTheGroupsInSortedOrder() {
    ProfileChart chart =
        ProfileChart.of("t", summaries, List.of("coherence", "reflexive-monitoring"), 1, 5);
    assertThat(chart.series()).containsOnlyKeys("coherence", "reflexive-monitoring");
    assertThat(chart.groups()).containsExactly("H01", "H02");
    assertThat(chart.series().get("coherence")).containsExactly(4.0, 3.5);
    assertThat(chart.series().get("reflexive-monitoring")).containsExactly(null, 2.25);
    assertThat(chart.axisMin()).isEqualTo(1.0);
    assertThat(chart.axisMax()).isEqualTo(5.0);
    assertThat(chart.legend()).containsExactly(
        Map.entry("coherence", "coherence"), Map.entry("reflexive-monitoring", "reflexive-monitoring"));
  }

  @Test
  void drawsAPngHeadless() throws IOException {
    byte[] png = ProfileChart.of("t", summaries, List.of("coherence"), 1, 5).png();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(960);
    assertThat(image.getHeight()).isEqualTo(440);
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    assertThat(ProfileChart.of("t", summaries, List.of("coherence"), 1, 5).pngDataUrl())
        .startsWith("data:image/png;base64,iVBORw0KGgo");
    // The bars are drawn: the pixel at the middle of H01's coherence bar has the first colour.
    // By hand: slots of (940 - 70) / 2 = 435 px, one series, so H01's bar spans x 113.5..461.5 and
    // y from 350 (score 1) up to 350 - (4 - 1) / 4 * 300 = 125 (score 4).
    assertThat(image.getRGB(287, 300) & 0xffffff).isEqualTo(0x0072B2);
    assertThat(image.getRGB(287, 110) & 0xffffff).isEqualTo(0xffffff);
  }

  @Test
  void drawsTheSameBarsAsSvgUnderTheLabels() {
    String svg = ProfileChart.of("Means by site", summaries, List.of("coherence", "reflexive-monitoring"),
        Map.of("coherence", "Coherence"), 1, 5).svg();
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"440\"")
        .contains("<title>Means by site</title>")
        .contains(">Coherence</text>")
        .contains(">reflexive-monitoring</text>")
        .endsWith("</svg>\n");
    // By hand: the plot is 300 px tall for 1..5, so a mean of 4 is 225 px, 3.5 is 187.5 and 2.25
    // is 93.75 (written 93.8); H01 has no reflexive-monitoring bar. Bars are 435 * 0.8 / 2 = 174 wide.
    assertThat(heights(svg, "#0072B2")).containsExactly(225.0, 187.5);
    assertThat(heights(svg, "#E69F00")).containsExactly(93.8);
    assertThat(svg).contains("width=\"174.0\" height=\"225.0\"");
    // The y axis is marked every 0.5 from 1.0 to 5.0.
    assertThat(svg).contains(">1.0</text>").contains(">4.5</text>").contains(">5.0</text>");
  }

  @Test
  void axesTicksLabelsAndLegendSitWhereTheLayoutPutsThem() {
    ProfileChart chart = ProfileChart.of("Means by site", summaries,
        List.of("coherence", "reflexive-monitoring"), Map.of("coherence", "Coherence"), 1, 5);
    assertThat(chart.title()).isEqualTo("Means by site");
    String svg = chart.svg();
    // By hand, from the layout: plot x 70..940, y 50 (score 5) to 350 (score 1); title centred at
    // 480; ticks every 0.5 (9 grid lines), labels 6 px left of the axis and 4 px below the line;
    // group labels 18 px under the axis in the middle of their 435 px slots; legend at y 395.
    assertThat(svg)
        .contains("<text x=\"480.0\" y=\"28.0\" font-size=\"16\" text-anchor=\"middle\">Means by site</text>")
        .contains("<text x=\"70.0\" y=\"42.0\" font-size=\"12\">mean score</text>")
        .contains("<line x1=\"70.0\" y1=\"200.0\" x2=\"940.0\" y2=\"200.0\" stroke=\"#dddddd\"/>")
        .contains("<text x=\"64.0\" y=\"204.0\" font-size=\"12\" text-anchor=\"end\">3.0</text>")
        .contains("<text x=\"64.0\" y=\"54.0\" font-size=\"12\" text-anchor=\"end\">5.0</text>")
        .contains("<line x1=\"70.0\" y1=\"350.0\" x2=\"940.0\" y2=\"350.0\" stroke=\"#000000\"/>")
        .contains("<line x1=\"70.0\" y1=\"50.0\" x2=\"70.0\" y2=\"350.0\" stroke=\"#000000\"/>")
        .contains("<text x=\"287.5\" y=\"368.0\" font-size=\"12\" text-anchor=\"middle\">H01</text>")
        .contains("<text x=\"722.5\" y=\"368.0\" font-size=\"12\" text-anchor=\"middle\">H02</text>")
        .contains("<rect x=\"70.0\" y=\"385.0\" width=\"12.0\" height=\"12.0\" fill=\"#0072B2\"/>")
        .contains("<text x=\"86.0\" y=\"395.0\" font-size=\"12\">Coherence</text>")
        // 30 px plus 7 per character of "Coherence" (9): the second entry starts at 70 + 93.
        .contains("<rect x=\"163.0\" y=\"385.0\" width=\"12.0\" height=\"12.0\" fill=\"#E69F00\"/>");
    assertThat(svg.split("stroke=\"#dddddd\"", -1)).hasSize(9 + 1);
    // Bars: a slot's 10% margin, then one 174 px bar per series: coherence at H01 from x 113.5,
    // reflexive monitoring at H02 from 70 + 435 + 43.5 + 174 = 722.5, top at 350 - 93.75.
    assertThat(svg)
        .contains("<rect x=\"113.5\" y=\"125.0\" width=\"174.0\" height=\"225.0\" fill=\"#0072B2\"/>")
        .contains("<rect x=\"722.5\" y=\"256.3\" width=\"174.0\" height=\"93.8\" fill=\"#E69F00\"/>");
  }

  @Test
  void meansOutsideTheAxisAreClippedAndALongLegendWraps() {
    List<String> scales = List.of("s1", "s2", "s3", "s4", "s5", "s6");
    List<GroupSummary> rows = new java.util.ArrayList<>();
    rows.add(summary("H01", "s1", 6.0));
    rows.add(summary("H01", "s2", 0.5));
    Map<String, String> labels = new java.util.HashMap<>();
    scales.forEach(id -> labels.put(id, "a label of twenty ch" + id));
    String svg = ProfileChart.of("t", rows, scales, labels, 1, 5).svg();
    // One slot of 870 px, six bars of 870 * 0.8 / 6 = 116 px: 6 is drawn to the top (300 px
    // tall), 0.5 as nothing (0 px).
    assertThat(svg).contains("<rect x=\"157.0\" y=\"50.0\" width=\"116.0\" height=\"300.0\" fill=\"#0072B2\"/>")
        .contains("<rect x=\"273.0\" y=\"350.0\" width=\"116.0\" height=\"0.0\" fill=\"#E69F00\"/>");
    // Legend entries of 30 + 7 * 22 = 184 px: 70, 254, 438, 622 fit before 940 (622 + 184 = 806),
    // 806 + 184 = 990 does not: the fifth starts a second line at y 415.
    assertThat(svg).contains("<rect x=\"622.0\" y=\"385.0\"")
        .contains("<rect x=\"70.0\" y=\"405.0\" width=\"12.0\" height=\"12.0\" fill=\"#56B4E9\"/>")
        .contains("<text x=\"86.0\" y=\"415.0\" font-size=\"12\">a label of twenty chs5</text>");
  }

  @Test
  void valuesAreDrawnInTheGivenGroupOrderFromZeroWhenTheAxisSpansIt() {
    Map<String, List<Double>> values = new java.util.LinkedHashMap<>();
    values.put("a", List.of(1.5, -1.0));
    values.put("b", java.util.Arrays.asList(null, -3.0));
    ProfileChart chart = ProfileChart.ofValues("Net weight", "net weight", List.of("M2", "M1"),
        values, Map.of("a", "Evidence"), -2, 2);
    assertThat(chart.groups()).containsExactly("M2", "M1");
    assertThat(chart.series().get("b")).containsExactly(null, -3.0);
    assertThat(chart.legend()).containsExactly(Map.entry("a", "Evidence"), Map.entry("b", "b"));
    assertThat(chart.axisTitle()).isEqualTo("net weight");
    String svg = chart.svg();
    // By hand: the plot is 300 px for -2..2, 75 px a unit, so 0 is at y 200. Slots of 435 px, bars
    // of 174 px. 1.5 rises from 200 to 87.5; -1 hangs from 200 to 275; -3 is clipped to -2 (350).
    assertThat(svg)
        .contains("<text x=\"70.0\" y=\"42.0\" font-size=\"12\">net weight</text>")
        .contains("<rect x=\"113.5\" y=\"87.5\" width=\"174.0\" height=\"112.5\" fill=\"#0072B2\"/>")
        .contains("<rect x=\"548.5\" y=\"200.0\" width=\"174.0\" height=\"75.0\" fill=\"#0072B2\"/>")
        .contains("<rect x=\"722.5\" y=\"200.0\" width=\"174.0\" height=\"150.0\" fill=\"#E69F00\"/>")
        .contains("<text x=\"287.5\" y=\"368.0\" font-size=\"12\" text-anchor=\"middle\">M2</text>")
        .contains(">-2.0</text>").contains(">2.0</text>");
    assertThat(heights(svg, "#E69F00")).containsExactly(150.0);
  }

  @Test
  void valuesStartAtTheAxisMinimumWhenTheAxisIsAllPositiveAndMustMatchTheGroups() {
    String svg = ProfileChart.ofValues("t", "segments", List.of("W1"),
        Map.of("c", List.of(30.0)), Map.of(), 10, 50).svg();
    // By hand: 300 px for 10..50, 7.5 px a unit: 30 rises from 350 to 350 - 20 * 7.5 = 200.
    // One slot of 870 px, one bar of 696 px from 70 + 87.
    assertThat(svg).contains("<rect x=\"157.0\" y=\"200.0\" width=\"696.0\" height=\"150.0\" fill=\"#0072B2\"/>");
    assertThatThrownBy(() -> ProfileChart.ofValues("t", "n", List.of("W1", "W2"),
        Map.of("c", List.of(1.0)), Map.of(), 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series 'c' has 1 values for 2 groups");
    assertThatThrownBy(() -> ProfileChart.ofValues("t", "n", List.of("W1"),
        Map.of("c", List.of(1.0)), Map.of(), 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the axis runs from 0.0 to -1.0");
  }

  @Test
  void tickStepsAreRoundNumbers() {
    assertThat(ProfileChart.tickStep(4)).isEqualTo(0.5);
    assertThat(ProfileChart.tickStep(10)).isEqualTo(1.0);
    assertThat(ProfileChart.tickStep(100)).isEqualTo(10.0);
    assertThat(ProfileChart.tickStep(3)).isEqualTo(0.5);
    assertThat(ProfileChart.tickStep(6)).isEqualTo(1.0);
    // 60: the power is 1 (under 6); 5 would give 12 intervals, so 10 (6 intervals).
    assertThat(ProfileChart.tickStep(60)).isEqualTo(10.0);
    // 0-100 percent scales: 10 intervals of 10.
    assertThat(ProfileChart.tickStep(25)).isEqualTo(2.5);
  }

  @Test
  void anEmptyAxisIsRefused() {
    assertThatThrownBy(() -> ProfileChart.of("t", summaries, List.of("coherence"), 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the axis runs from 5.0 to 5.0");
  }

  @Test
  void theSvgDataUrlHoldsTheSvg() {
    ProfileChart chart = ProfileChart.of("t", summaries, List.of("coherence"), 1, 5);
    String url = chart.svgDataUrl();
    assertThat(url).startsWith("data:image/svg+xml;base64,");
    assertThat(new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))))
        .isEqualTo(chart.svg());
  }

  /** The heights of the bars (rectangles below the plot's top) of one colour, in drawing order. */
  static List<Double> heights(String svg, String colour) {
    Matcher m = Pattern.compile("<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"([^\"]+)\" fill=\""
        + colour + "\"/>").matcher(svg);
    Double[] found = m.results().map(r -> Double.valueOf(r.group(1))).filter(h -> h > 12)
        .toArray(Double[]::new);
    return Arrays.asList(found);
  }
}
