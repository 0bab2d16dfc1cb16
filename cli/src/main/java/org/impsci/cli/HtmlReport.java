package org.impsci.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.ScaleProfile;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.barriers.strategy.ChosenBarrier;
import org.impsci.barriers.strategy.EricFrameworks;
import org.impsci.barriers.strategy.FlaggedStrategy;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyRanking;

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
   * @param groupColumn the grouping column whose profiles are shown; none are when it is "" or no
   *     row was scored
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
    return render(title, note, report, scales, publishedAlpha, groupColumn, scaleMin, scaleMax, List.of());
  }

  /**
   * The page with further sections (already HTML, for example from {@link #coding} and {@link
   * #strategies}) after the survey's.
   */
  static String render(
      String title,
      String note,
      SurveyReport report,
      List<String> scales,
      Map<String, Double> publishedAlpha,
      String groupColumn,
      double scaleMin,
      double scaleMax,
      List<String> sections) {
    HtmlReport page = new HtmlReport();
    page.open(title, note, report);
    page.overall(report, scales, publishedAlpha);
    List<GroupSummary> groups = report.byGroup().getOrDefault(groupColumn, List.of());
    if (!groups.isEmpty()) { // no grouping column, or no row scored: no profiles to show
      page.chart(groups, scales, groupColumn, scaleMin, scaleMax);
      page.profiles(groups, scales, groupColumn);
    }
    page.rejected(report.read().rejected());
    sections.forEach(page.html::append);
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

  /**
   * An "Items reported one by one" section: n, mean and SD of each item in no scale (NoMAD's
   * general items), overall and by the grouping column; empty when the instrument has none.
   */
  static String singleItems(SingleItemSummaries summaries, String column) {
    if (summaries.ids().isEmpty()) {
      return "";
    }
    HtmlReport page = new HtmlReport();
    page.html.append("<h2>Items reported one by one</h2><p>These items belong to no scale: they")
        .append(" are not scored, and their answers are summarised as given.</p>")
        .append("<table id=\"single-items\"><tr><th>item</th><th>group</th><th>n</th>")
        .append("<th>mean</th><th>SD</th></tr>");
    List<GroupSummary> rows = new ArrayList<>(summaries.overall());
    rows.addAll(summaries.byGroup());
    for (GroupSummary g : rows) {
      page.html.append("<tr><td>").append(escape(g.scaleId())).append("</td><td>")
          .append(escape(g.group().map(v -> column + " " + v).orElse("all"))).append("</td><td>")
          .append(g.n()).append("</td>");
      page.cell(g.mean().isPresent() ? g.mean().getAsDouble() : Double.NaN);
      page.cell(g.sd().isPresent() ? g.sd().getAsDouble() : Double.NaN);
      page.html.append("</tr>");
    }
    page.html.append("</table>");
    return page.html.toString();
  }

  /**
   * A "Coding" section: segments, distinct participants and sites per top-level construct of a
   * framework, and how many segments and people there are in all.
   */
  static String coding(CodingAnalysis analysis, String frameworkId, String file) {
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    long people = analysis.segments().stream().map(s -> List.of(s.site(), s.participantId())).distinct().count();
    h.append("<h2>Coding</h2><p>").append(analysis.segments().size()).append(" coded segments from ")
        .append(people).append(" participants, coded with ").append(escape(frameworkId))
        .append(" (sub-constructs rolled up to the top level; a segment counts once per construct)")
        .append("; the segments are in <code>").append(escape(file))
        .append("</code>, a REFI-QDA project.</p>")
        .append("<table id=\"coding\"><tr><th>construct</th><th>segments</th><th>participants</th>")
        .append("<th>sites</th></tr>");
    for (ConstructFrequency f : analysis.frequencies(frameworkId, 0)) {
      h.append("<tr><td>").append(escape(f.label())).append("</td><td>").append(f.segments())
          .append("</td><td>").append(f.participants()).append("</td><td>").append(f.sites())
          .append("</td></tr>");
    }
    h.append("</table>");
    return h.toString();
  }

  /**
   * A "Strategies" section: for each barrier asked for, the CFIR 2009 constructs it went through
   * and how many strategies the table holds for each; the ranking's warnings; then the top
   * strategies with their cumulative percent and the endorsement level for each barrier.
   */
  static String strategies(StrategyRanking ranking, int top) {
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    h.append("<h2>Strategies</h2><p>ERIC strategies for the barriers ")
        .append(list(ranking.chosen().stream().map(ChosenBarrier::barrier).toList()))
        .append(", ranked by cumulative expert endorsement (Waltz et al. 2019) over the CFIR 2009 constructs ")
        .append(list(ranking.barriers()))
        .append("; top ").append(Math.min(top, ranking.strategies().size())).append(" of ")
        .append(ranking.strategies().size()).append(".</p>");
    h.append("<table id=\"barriers\"><tr><th>barrier</th><th style=\"text-align:left\">CFIR 2009</th>")
        .append("<th>mapped with loss</th><th>strategies in the table (of ")
        .append(EricFrameworks.PUBLISHED_STRATEGIES).append(")</th></tr>");
    for (ChosenBarrier c : ranking.chosen()) {
      h.append("<tr><td>").append(escape(c.barrier().toString())).append("</td><td style=\"text-align:left\">")
          .append(list(c.via())).append("</td><td>").append(c.lossy() ? "yes" : "no").append("</td><td>")
          .append(escape(String.join(", ", c.columns().stream().map(MatchCommand::coverage).toList())))
          .append("</td></tr>");
    }
    h.append("</table><p>Mapped to CFIR 2009 with loss: ").append(list(ranking.lossyBarriers()))
        .append(". No endorsements in the table for: ").append(list(noEntries(ranking)))
        .append(".</p>");
    if (!ranking.warnings().isEmpty()) {
      h.append("<ul id=\"warnings\">");
      ranking.warnings().forEach(w -> h.append("<li>Warning: ").append(escape(w)).append("</li>"));
      h.append("</ul>");
    }
    h.append("<table id=\"strategies\"><tr><th>rank</th><th style=\"text-align:left\">strategy</th>")
        .append("<th>cumulative %</th><th style=\"text-align:left\">% (level) per barrier</th></tr>");
    int rank = 0;
    for (RankedStrategy s : ranking.strategies()) {
      if (++rank > top) {
        break;
      }
      h.append("<tr><td>").append(rank).append("</td><td style=\"text-align:left\">")
          .append(escape(s.strategy())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.1f", s.cumulativePercent()))
          .append("</td><td style=\"text-align:left\">").append(escape(MatchCommand.levels(s)))
          .append("</td></tr>");
    }
    h.append("</table>");
    if (!ranking.flagged().isEmpty()) {
      h.append("<p>Flagged Level 1 or 2 without a percent (never summed): ")
          .append(escape(String.join(", ", ranking.flagged().stream().map(FlaggedStrategy::strategy).toList())))
          .append(".</p>");
    }
    return h.toString();
  }

  /**
   * The barriers asked for that add nothing to the ranking: CFIR 2009 constructs without entries,
   * and CFIR 2.0 barriers none of whose CFIR 2009 constructs has an entry.
   */
  static List<ConstructRef> noEntries(StrategyRanking ranking) {
    List<ConstructRef> none = new ArrayList<>(ranking.barriersWithoutEntries());
    for (ChosenBarrier c : ranking.chosen()) {
      if (c.barrier().framework().equals("cfir-2.0")
          && c.columns().stream().allMatch(column -> column.strategies() == 0)) {
        none.add(c.barrier());
      }
    }
    return List.copyOf(none);
  }

  private static String list(List<ConstructRef> refs) {
    return refs.isEmpty() ? "none" : escape(String.join(", ", refs.stream().map(ConstructRef::toString).toList()));
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
