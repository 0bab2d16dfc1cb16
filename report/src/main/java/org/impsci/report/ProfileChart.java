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
 * construct means per site), groups in sorted order, one series per scale, on the scale's range;
 * or grouped bars of any values ({@link #ofValues}). 960 by 440 pixels. Immutable and thread-safe.
 */
public final class ProfileChart extends Chart {
  /** Okabe and Ito's colour-blind-safe palette, in series order. */
  static final List<String> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
  private static final double LEFT = 70;
  private static final double RIGHT = 940;
  private static final double TOP = 50;
  private static final double BOTTOM = 350;

  private final String axisTitle;
  private final List<String> groups;
  private final Map<String, List<Double>> series;
  private final Map<String, String> legend;
  private final double axisMin;
  private final double axisMax;

  private ProfileChart(String title, String axisTitle, List<String> groups,
      Map<String, List<Double>> series, Map<String, String> legend, double axisMin, double axisMax) {
    super(title, 960, 440);
    this.axisTitle = axisTitle;
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
    TreeSet<String> groups = new TreeSet<>();
    summaries.forEach(g -> groups.add(g.group().orElse("")));
    Map<String, List<Double>> means = new LinkedHashMap<>();
    for (String scale : scales) {
      List<Double> perGroup = new ArrayList<>();
      for (String group : groups) {
        perGroup.add(mean(summaries, group, scale));
      }
      means.put(scale, perGroup);
    }
    return ofValues(title, "mean score", List.copyOf(groups), means, labels, axisMin, axisMax);
  }

  /**
   * Grouped bars of given values, for results that are not group means (ratings by theme, net
   * weights by element, counts by construct): one series per entry of {@code values}, in legend
   * order, with one value per group. Bars start at 0 when the axis spans 0 (negative values hang
   * below it), otherwise at {@code axisMin}; values beyond the axis are drawn to its end.
   *
   * @param title the chart title
   * @param axisTitle the text above the y axis
   * @param groups the groups along the x axis, in this order
   * @param values each series' values, one per group in {@code groups} order; {@code null} where
   *     a group has no value (no bar is drawn)
   * @param labels each series' label in the legend; a series without one is named by its key
   * @param axisMin the lowest value on the y axis
   * @param axisMax the highest value on the y axis
   * @throws IllegalArgumentException if {@code axisMax <= axisMin} or a series does not have one
   *     value per group
   */
  public static ProfileChart ofValues(String title, String axisTitle, List<String> groups,
      Map<String, List<Double>> values, Map<String, String> labels, double axisMin, double axisMax) {
    if (!(axisMax > axisMin)) {
      throw new IllegalArgumentException("the axis runs from " + axisMin + " to " + axisMax);
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    Map<String, String> legend = new LinkedHashMap<>();
    values.forEach((key, perGroup) -> {
      if (perGroup.size() != groups.size()) {
        throw new IllegalArgumentException("series '" + key + "' has " + perGroup.size()
            + " values for " + groups.size() + " groups");
      }
      series.put(key, Collections.unmodifiableList(new ArrayList<>(perGroup)));
      legend.put(key, labels.getOrDefault(key, key));
    });
    return new ProfileChart(title, axisTitle, List.copyOf(groups),
        Collections.unmodifiableMap(series), Collections.unmodifiableMap(legend), axisMin, axisMax);
  }

  private static Double mean(List<GroupSummary> summaries, String group, String scale) {
    for (GroupSummary g : summaries) {
      if (g.scaleId().equals(scale) && g.group().orElse("").equals(group) && g.mean().isPresent()) {
        return g.mean().getAsDouble();
      }
    }
    return null;
  }

  /** The text above the y axis ("mean score" for a profile of group means). */
  public String axisTitle() {
    return axisTitle;
  }

  /** The groups along the x axis: sorted for a profile of group means, as given for values. */
  public List<String> groups() {
    return groups;
  }

  /**
   * Each series' values (a scale's means), one per group in {@link #groups()} order, {@code null}
   * where a group has none (no bar is drawn there); series in legend order.
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
    c.text(LEFT, TOP - 8, axisTitle, 12, Anchor.START);
    double step = tickStep(axisMax - axisMin);
    for (int i = 0; axisMin + i * step <= axisMax + 1e-9; i++) {
      double v = axisMin + i * step;
      c.line(LEFT, y(v), RIGHT, y(v), "#dddddd");
      c.text(LEFT - 6, y(v) + 4, String.format(Locale.ROOT, "%.1f", v), 12, Anchor.END);
    }
    double slot = (RIGHT - LEFT) / Math.max(1, groups.size());
    double bar = slot * 0.8 / Math.max(1, series.size());
    double base = axisMin < 0 && axisMax > 0 ? 0 : axisMin;
    int s = 0;
    for (List<Double> values : series.values()) {
      String colour = PALETTE.get(s % PALETTE.size());
      for (int g = 0; g < groups.size(); g++) {
        Double value = values.get(g);
        if (value != null) {
          double end = Math.max(axisMin, Math.min(axisMax, value));
          double top = y(Math.max(base, end));
          c.rect(LEFT + g * slot + slot * 0.1 + s * bar, top, bar, y(Math.min(base, end)) - top, colour);
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
