package org.impsci.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.ScaleProfile;
import org.impsci.assessment.survey.SurveyReport;

/**
 * A self-contained HTML page of a scored survey: reliability, profiles by group (a chart embedded as
 * a PNG data URL, and a table), rejected rows.
 */
final class HtmlReport {
  private final StringBuilder html = new StringBuilder();

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param title the page title
   * @param note a line shown under the title (for example that the data are synthetic)
   * @param report the survey report
   * @param scales the scales to show, in reporting order
   * @param publishedAlpha published alphas to compare with, by scale
   * @param groupColumn the grouping column whose profiles are shown
   * @param scaleMin the lowest possible scale score, where the chart's bars start
   * @param scaleMax the highest possible scale score
   */
  static String render(
      String title,
      String note,
      SurveyReport report,
      List<String> scales,
      Map<String, Double> publishedAlpha,
      String groupColumn,
      double scaleMin,
      double scaleMax) {
    HtmlReport page = new HtmlReport();
    page.open(title, note, report);
    page.overall(report, scales, publishedAlpha);
    List<GroupSummary> groups = report.byGroup().getOrDefault(groupColumn, List.of());
    page.chart(groups, scales, groupColumn, scaleMin, scaleMax);
    page.profiles(groups, scales, groupColumn);
    page.rejected(report.read().rejected());
    page.html.append("</body></html>\n");
    return page.html.toString();
  }

  private void open(String title, String note, SurveyReport report) {
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;")
        .append("padding:.3em .6em;text-align:right}th:first-child,td:first-child{text-align:left}")
        .append(".note{background:#fff4d6;padding:.5em}figure{margin:1em 0}img{max-width:100%;height:auto}")
        .append("</style></head><body><h1>")
        .append(escape(title))
        .append("</h1><p class=\"note\">")
        .append(escape(note))
        .append("</p><p>")
        .append(escape(report.read().source()))
        .append(": ")
        .append(report.read().rowsRead())
        .append(" rows read, ")
        .append(report.read().scored())
        .append(" scored, ")
        .append(report.read().rejected().size())
        .append(" rejected.</p>");
  }

  private void overall(SurveyReport report, List<String> scales, Map<String, Double> published) {
    html.append("<h2>Scales overall</h2><table><tr><th>scale</th><th>mean</th><th>SD</th>")
        .append("<th>n</th><th>alpha (")
        .append(escape(report.caseHandling().name().toLowerCase()))
        .append(")</th><th>published alpha</th></tr>");
    for (GroupSummary g : report.overall()) {
      if (!scales.contains(g.scaleId())) {
        continue;
      }
      ReliabilityResult r = report.reliability().get(g.scaleId());
      html.append("<tr><td>").append(escape(g.scaleId())).append("</td>");
      cell(g.mean().isPresent() ? g.mean().getAsDouble() : Double.NaN);
      cell(g.sd().isPresent() ? g.sd().getAsDouble() : Double.NaN);
      html.append("<td>").append(g.n()).append("</td>");
      cell(r != null && r.alphaRaw().isPresent() ? r.alphaRaw().getAsDouble() : Double.NaN);
      cell(published.getOrDefault(g.scaleId(), Double.NaN));
      html.append("</tr>");
    }
    html.append("</table>");
  }

  private void chart(List<GroupSummary> groups, List<String> scales, String column, double min, double max) {
    String title = "Mean scores by " + column;
    html.append("<h2>Profiles by ").append(escape(column)).append("</h2><figure><img id=\"profile-chart\" src=\"")
        .append(ProfileChart.dataUrl(ProfileChart.of(title, groups, scales, min, max)))
        .append("\" width=\"960\" height=\"440\" alt=\"")
        .append(escape(title + ": grouped bars of " + String.join(", ", scales) + "; the table below has the values"))
        .append("\"><figcaption>").append(escape(title)).append(" (scale ").append(Summary.format(min))
        .append(" to ").append(Summary.format(max)).append(").</figcaption></figure>");
  }

  private void profiles(List<GroupSummary> summaries, List<String> scales, String column) {
    Map<String, List<GroupSummary>> byGroup = new TreeMap<>();
    for (GroupSummary g : summaries) {
      byGroup.computeIfAbsent(g.group().orElse(""), k -> new java.util.ArrayList<>()).add(g);
    }
    html.append("<table><tr><th>")
        .append(escape(column)).append("</th>");
    scales.forEach(s -> html.append("<th>").append(escape(s)).append("</th>"));
    html.append("<th>strongest to weakest</th></tr>");
    byGroup.forEach(
        (group, rows) -> {
          html.append("<tr><td>").append(escape(group)).append("</td>");
          for (String scale : scales) {
            cell(Summary.mean(rows, group, scale));
          }
          ScaleProfile profile = ScaleProfile.ofGroup(rows, scales);
          html.append("<td>").append(escape(String.join(" > ", profile.order()))).append("</td></tr>");
        });
    html.append("</table>");
  }

  private void rejected(List<RejectedRow> rejected) {
    html.append("<h2>Rejected rows</h2>");
    if (rejected.isEmpty()) {
      html.append("<p>None.</p>");
      return;
    }
    html.append("<table><tr><th>row</th><th>problem</th></tr>");
    for (RejectedRow r : rejected) {
      html.append("<tr><td>").append(r.row()).append("</td><td style=\"text-align:left\">")
          .append(escape(r.message())).append("</td></tr>");
    }
    html.append("</table>");
  }

  private void cell(double value) {
    html.append("<td>").append(Summary.format(value)).append("</td>");
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
