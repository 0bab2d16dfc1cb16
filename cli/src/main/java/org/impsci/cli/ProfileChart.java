package org.impsci.cli;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impsci.assessment.scoring.GroupSummary;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A construct profile by group drawn with XChart: grouped bars of each scale's mean per group (for
 * NoMAD, the four construct means per site). Drawn headless, so it works on servers, in CI and in
 * notebooks.
 */
public final class ProfileChart {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ProfileChart() {}

  /**
   * The chart of mean scores by group, groups in sorted order, one series per scale; a group
   * without a mean for a scale has no bar there.
   *
   * @param title the chart title
   * @param summaries group summaries (from {@code SurveyReport.byGroup().get(column)})
   * @param scales the scales to draw, in legend order
   * @param axisMin the lowest value of the scale's range, where bars start
   * @param axisMax the highest value of the scale's range
   */
  public static CategoryChart of(
      String title, List<GroupSummary> summaries, List<String> scales, double axisMin, double axisMax) {
    Map<String, List<GroupSummary>> byGroup = new TreeMap<>();
    for (GroupSummary g : summaries) {
      byGroup.computeIfAbsent(g.group().orElse(""), k -> new ArrayList<>()).add(g);
    }
    List<String> groups = List.copyOf(byGroup.keySet());
    CategoryChart chart =
        new CategoryChartBuilder().width(960).height(440).title(title).yAxisTitle("mean score").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setYAxisMin(axisMin);
    chart.getStyler().setYAxisMax(axisMax);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setYAxisDecimalPattern("0.0");
    for (String scale : scales) {
      List<Double> means = new ArrayList<>();
      for (String group : groups) {
        double mean = Summary.mean(byGroup.get(group), group, scale);
        means.add(Double.isNaN(mean) ? null : mean);
      }
      chart.addSeries(scale, groups, means);
    }
    return chart;
  }

  /** The chart as PNG bytes. */
  public static byte[] png(CategoryChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chart as a {@code data:} URL, for an {@code <img>} in a self-contained page. */
  public static String dataUrl(CategoryChart chart) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart));
  }
}
