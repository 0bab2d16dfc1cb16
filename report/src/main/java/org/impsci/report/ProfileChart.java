package org.impsci.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.report.internal.Canvas;
import org.impsci.report.internal.Canvas.Anchor;

/**
 * A construct profile by group: grouped bars of each scale's mean per group (for NoMAD, the four
 * construct means per site), groups in sorted order, one series per scale, on the scale's range.
 * 960 by 440 pixels. Immutable and thread-safe.
 */
public final class ProfileChart extends Chart {
  /** Okabe and Ito's colour-blind-safe palette, in series order. */
  static final List<String> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
  private static final double LEFT = 70;
  private static final double RIGHT = 940;
  private static final double TOP = 50;
  private static final double BOTTOM = 350;

  private final List<String> groups;
  private final Map<String, List<Double>> series;
  private final Map<String, String> legend;
  private final double axisMin;
  private final double axisMax;

  private ProfileChart(String title, List<String> groups, Map<String, List<Double>> series,
      Map<String, String> legend, double axisMin, double axisMax) {
    super(title, 960, 440);
    this.groups = groups;
    this.series = series;
    this.legend = legend;
    this.axisMin = axisMin;
    this.axisMax = axisMax;
  }

  /**
   * The chart of mean scores by group, its legend naming the scales by id.
   *
   * @param title the chart title
   * @param summaries group summaries (from {@code SurveyReport.byGroup()} of one column)
   * @param scales the scales to draw, in legend order
   * @param axisMin the lowest value of the scale's range, where bars start
   * @param axisMax the highest value of the scale's range
   */
  public static ProfileChart of(
      String title, List<GroupSummary> summaries, List<String> scales, double axisMin, double axisMax) {
    return of(title, summaries, scales, Map.of(), axisMin, axisMax);
  }

  /**
   * The chart of mean scores by group, its legend naming each scale by its label.
   *
   * @param labels each scale's label (for example from {@link ScaleTables#labels}); a scale
   *     without one is named by its id
   * @throws IllegalArgumentException if {@code axisMax <= axisMin}
   */
  public static ProfileChart of(String title, List<GroupSummary> summaries, List<String> scales,
      Map<String, String> labels, double axisMin, double axisMax) {
    if (!(axisMax > axisMin)) {
      throw new IllegalArgumentException("the axis runs from " + axisMin + " to " + axisMax);
    }
    TreeSet<String> groups = new TreeSet<>();
    summaries.forEach(g -> groups.add(g.group().orElse("")));
    Map<String, List<Double>> series = new LinkedHashMap<>();
    Map<String, String> legend = new LinkedHashMap<>();
    for (String scale : scales) {
      List<Double> means = new ArrayList<>();
      for (String group : groups) {
        means.add(mean(summaries, group, scale));
      }
      series.put(scale, Collections.unmodifiableList(means));
      legend.put(scale, labels.getOrDefault(scale, scale));
    }
    return new ProfileChart(title, List.copyOf(groups), Collections.unmodifiableMap(series),
        Collections.unmodifiableMap(legend), axisMin, axisMax);
  }

  private static Double mean(List<GroupSummary> summaries, String group, String scale) {
    for (GroupSummary g : summaries) {
      if (g.scaleId().equals(scale) && g.group().orElse("").equals(group) && g.mean().isPresent()) {
        return g.mean().getAsDouble();
      }
    }
    return null;
  }

  /** The groups along the x axis, sorted. */
  public List<String> groups() {
    return groups;
  }

  /**
   * Each scale's means, one per group in {@link #groups()} order, {@code null} where a group has
   * no mean (no bar is drawn there); scales in legend order.
   */
  public Map<String, List<Double>> series() {
    return series;
  }

  /** Where the y axis starts. */
  public double axisMin() {
    return axisMin;
  }

  /** Where the y axis ends. */
  public double axisMax() {
    return axisMax;
  }

  @Override
  void draw(Canvas c) {
    c.text(width() / 2.0, 28, title(), 16, Anchor.MIDDLE);
    c.text(LEFT, TOP - 8, "mean score", 12, Anchor.START);
    double step = tickStep(axisMax - axisMin);
    for (int i = 0; axisMin + i * step <= axisMax + 1e-9; i++) {
      double v = axisMin + i * step;
      c.line(LEFT, y(v), RIGHT, y(v), "#dddddd");
      c.text(LEFT - 6, y(v) + 4, String.format(Locale.ROOT, "%.1f", v), 12, Anchor.END);
    }
    double slot = (RIGHT - LEFT) / Math.max(1, groups.size());
    double bar = slot * 0.8 / Math.max(1, series.size());
    int s = 0;
    for (List<Double> means : series.values()) {
      String colour = PALETTE.get(s % PALETTE.size());
      for (int g = 0; g < groups.size(); g++) {
        Double mean = means.get(g);
        if (mean != null) {
          double top = y(Math.max(axisMin, Math.min(axisMax, mean)));
          c.rect(LEFT + g * slot + slot * 0.1 + s * bar, top, bar, BOTTOM - top, colour);
        }
      }
      s++;
    }
    c.line(LEFT, BOTTOM, RIGHT, BOTTOM, "#000000");
    c.line(LEFT, TOP, LEFT, BOTTOM, "#000000");
    for (int g = 0; g < groups.size(); g++) {
      c.text(LEFT + (g + 0.5) * slot, BOTTOM + 18, groups.get(g), 12, Anchor.MIDDLE);
    }
    drawLegend(c);
  }

  private void drawLegend(Canvas c) {
    double x = LEFT;
    double y = 395;
    int s = 0;
    for (String label : legend.values()) {
      double step = 30 + label.length() * 7.0;
      if (x + step > RIGHT && x > LEFT) {
        x = LEFT;
        y += 20;
      }
      c.rect(x, y - 10, 12, 12, PALETTE.get(s++ % PALETTE.size()));
      c.text(x + 16, y, label, 12, Anchor.START);
      x += step;
    }
  }

  private double y(double value) {
    return BOTTOM - (value - axisMin) / (axisMax - axisMin) * (BOTTOM - TOP);
  }

  /**
   * The smallest of 1, 2, 2.5, 5 and 10 times a power of ten (the power at or under a tenth of the
   * range) that gives at most ten intervals.
   */
  static double tickStep(double range) {
    double power = Math.pow(10, Math.floor(Math.log10(range / 10)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (range / (m * power) <= 10 + 1e-9) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** The legend's label of each scale, by scale id, in legend order. */
  public Map<String, String> legend() {
    return legend;
  }
}
