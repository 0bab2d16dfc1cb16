package org.impsci.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.impsci.assessment.ImpsciVersion;
import org.impsci.assessment.Source;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.io.RejectedRow;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.ScaleProfile;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.impsci.barriers.strategy.ChosenBarrier;
import org.impsci.barriers.strategy.EricFrameworks;
import org.impsci.barriers.strategy.FlaggedStrategy;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyRanking;
import org.impsci.outcomes.reaim.ReAimMeasure;
import org.impsci.outcomes.reaim.ReAimMetric;
import org.impsci.outcomes.reaim.ReAimTable;
import org.impsci.report.internal.Html;

/**
 * The self-contained HTML report: {@link #page} puts sections together into one file with no
 * outside resources (charts are embedded as {@code data:} URLs or inline SVG). Each other method
 * gives one section's HTML: the scored survey, its methods, the items in no scale, pCAT, RE-AIM,
 * interview coding and ERIC strategies. Numbers show two decimals; a figure that cannot be
 * computed shows {@code -}. Thread-safe.
 */
public final class HtmlReport {
  private final StringBuilder html = new StringBuilder();

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param title the page title
   * @param note a line shown under the title (for example that the data are synthetic)
   * @param sections the sections' HTML, in order
   */
  public static String page(String title, String note, List<String> sections) {
    HtmlReport page = new HtmlReport();
    page.html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;")
        .append("padding:.3em .6em;text-align:right}th:first-child,td:first-child{text-align:left}")
        .append(".note{background:#fff4d6;padding:.5em}figure{margin:1em 0}img,svg{max-width:100%;height:auto}")
        .append("</style></head><body><h1>")
        .append(escape(title))
        .append("</h1><p class=\"note\">")
        .append(escape(note))
        .append("</p>");
    sections.forEach(page.html::append);
    return page.html.append("</body></html>\n").toString();
  }

  /**
   * The scored survey: rows read, scored and rejected; each top-level scale overall (n, mean, SD,
   * 95% interval, alpha and the published alpha); with a grouping column, the profile chart (PNG,
   * with an SVG download) and the site-by-scale table; the rejected rows.
   *
   * @param report the survey report
   * @param scored the instrument it was scored with, for labels, scales, range and published alphas
   * @param groupColumn the grouping column whose profiles are shown; none are when it is "" or no
   *     row was scored
   */
  public static String survey(SurveyReport report, ScoredInstrument scored, String groupColumn) {
    Instrument instrument = scored.instrument();
    List<String> scales = ScaleTables.topLevelScales(instrument);
    HtmlReport page = new HtmlReport();
    page.html.append("<p>").append(escape(report.read().source())).append(": ")
        .append(report.read().rowsRead()).append(" rows read, ").append(report.read().scored())
        .append(" scored, ").append(report.read().rejected().size()).append(" rejected.</p>");
    page.overall(report, instrument, scales, scored.publishedAlphaByScale());
    List<GroupSummary> groups = report.byGroup().getOrDefault(groupColumn, List.of());
    if (!groups.isEmpty()) { // no grouping column, or no row scored: no profiles to show
      ResponseScale range = instrument.items().get(0).scale();
      page.chart(ProfileChart.of("Mean scores by " + groupColumn, groups, scales,
          ScaleTables.labels(instrument), range.min(), range.max()), groupColumn);
      page.profiles(ScaleTables.of(instrument, groups, scales), groups, scales, groupColumn);
    }
    page.rejected(report.read().rejected());
    return page.html.toString();
  }

  private void overall(
      SurveyReport report, Instrument instrument, List<String> scales, Map<String, Double> published) {
    html.append("<h2>Scales overall</h2><table id=\"scales\"><tr><th>scale</th>");
    scaleHeader();
    html.append("<th>alpha (").append(escape(report.caseHandling().name().toLowerCase(Locale.ROOT)))
        .append(")</th><th>published alpha</th></tr>");
    for (ScaleRow row : ScaleTables.of(instrument, report.overall(), scales)) {
      html.append("<tr><td>").append(escape(row.label())).append("</td>");
      scaleCells(row);
      cell(report.findReliability(row.scaleId()).map(ReliabilityResult::alphaRaw)
          .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).orElse(Double.NaN));
      cell(published.getOrDefault(row.scaleId(), Double.NaN));
      html.append("</tr>");
    }
    html.append("</table>");
  }

  private void chart(ProfileChart chart, String column) {
    html.append("<h2>Profiles by ").append(escape(column))
        .append("</h2><figure><img id=\"profile-chart\" src=\"").append(chart.pngDataUrl())
        .append("\" width=\"").append(chart.width()).append("\" height=\"").append(chart.height())
        .append("\" alt=\"").append(escape(chart.title() + ": grouped bars of "
            + String.join(", ", chart.legend().values()) + "; the table below has the values"))
        .append("\"><figcaption>").append(escape(chart.title())).append(" (scale ")
        .append(Html.format(chart.axisMin())).append(" to ").append(Html.format(chart.axisMax()))
        .append("). <a download=\"profile.svg\" href=\"").append(chart.svgDataUrl())
        .append("\">SVG</a></figcaption></figure>");
  }

  private void profiles(
      List<ScaleRow> rows, List<GroupSummary> summaries, List<String> scales, String column) {
    html.append("<table id=\"profiles\"><tr><th>").append(escape(column)).append("</th><th>scale</th>");
    scaleHeader();
    html.append("</tr>");
    for (ScaleRow row : rows) {
      html.append("<tr><td>").append(escape(row.group().orElse(""))).append("</td><td>")
          .append(escape(row.label())).append("</td>");
      scaleCells(row);
      html.append("</tr>");
    }
    html.append("</table><table id=\"order\"><tr><th>").append(escape(column))
        .append("</th><th>strongest to weakest</th></tr>");
    Map<String, List<GroupSummary>> byGroup = new TreeMap<>();
    summaries.forEach(g -> byGroup.computeIfAbsent(g.group().orElse(""), k -> new ArrayList<>()).add(g));
    byGroup.forEach((group, list) -> html.append("<tr><td>").append(escape(group))
        .append("</td><td style=\"text-align:left\">")
        .append(escape(String.join(" > ", ScaleProfile.ofGroup(list, scales).order())))
        .append("</td></tr>"));
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
   * A "Methods" section: the instrument and its sources, the version of impsci, the scoring rules
   * and documented options, the missing-data rule, how reliability was computed and which
   * interval the tables show.
   */
  public static String methods(ScoredInstrument scored, SurveyReport report) {
    Instrument instrument = scored.instrument();
    ScoringRules rules = scored.rules();
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    h.append("<h2>Methods</h2><dl id=\"methods\"><dt>Instrument</dt><dd>")
        .append(escape(instrument.name() + " (" + instrument.id() + ", version "
            + instrument.version() + ")"));
    for (Source s : instrument.sources()) {
      h.append("<br>").append(escape(s.citation() + s.doi().map(d -> ", doi:" + d).orElse("")));
    }
    h.append("</dd><dt>Software</dt><dd>impsci ").append(escape(ImpsciVersion.get()))
        .append("</dd><dt>Scoring</dt><dd>each scale is the ")
        .append(rules.aggregation() == ScoringRules.Aggregation.MEAN
            ? "mean" : "sum (prorated for unanswered items)")
        .append(" of its answered items")
        .append(rules.applyReverseScoring() ? ", reverse-scored items reversed" : ", no item reversed")
        .append(rules.transform() == ScoringRules.Transform.PERCENT ? ", placed on 0-100" : "")
        .append(".");
    if (!scored.options().isEmpty()) {
      h.append("<ul>");
      for (ScoringOption o : scored.options()) {
        h.append("<li>").append(escape(o.id() + " = " + o.value() + ": " + o.rationale())).append("</li>");
      }
      h.append("</ul>");
    }
    h.append("</dd><dt>Missing data</dt><dd>Non-substantive answers (such as \"not relevant\") and")
        .append(" missing answers never count as numbers. A scale is scored when ")
        .append(escape(rules.minimumAnswered().describe()))
        .append(" of its items is answered; otherwise the respondent has no score on it and is")
        .append(" counted as not scored. ").append(report.read().rejected().size())
        .append(" rows were rejected and ").append(report.read().skipped().size())
        .append(" skipped, each with its reason.</dd><dt>Reliability</dt><dd>Cronbach's alpha")
        .append(" (raw) per scale, ")
        .append(report.caseHandling() == CaseHandling.PAIRWISE
            ? "pairwise: each covariance from the respondents who answered both items, each"
                + " variance from those who answered the item"
            : "listwise: from the respondents who answered every item of the scale")
        .append(".</dd><dt>Intervals</dt><dd>95% confidence intervals of means are t-based:")
        .append(" mean &plusmn; t(0.975, n &minus; 1) &middot; SD / &radic;n, none when n &lt; 2.")
        .append("</dd></dl>");
    return h.toString();
  }

  /**
   * An "Items reported one by one" section: n, mean, SD and 95% interval of each item in no scale
   * (NoMAD's general items), overall and by the grouping column; empty when there are none.
   */
  public static String singleItems(SingleItemSummaries summaries) {
    if (summaries.ids().isEmpty()) {
      return "";
    }
    HtmlReport page = new HtmlReport();
    page.html.append("<h2>Items reported one by one</h2><p>These items belong to no scale: they")
        .append(" are not scored, and their answers are summarised as given.</p>")
        .append("<table id=\"single-items\"><tr><th>item</th><th>group</th>");
    page.scaleHeader();
    page.html.append("</tr>");
    List<GroupSummary> rows = new ArrayList<>(summaries.overall());
    rows.addAll(summaries.byGroup());
    for (GroupSummary g : rows) {
      ScaleRow row = ScaleRow.of(g, g.scaleId());
      page.html.append("<tr><td>").append(escape(row.label())).append("</td><td>")
          .append(escape(g.group().map(v -> summaries.column() + " " + v).orElse("all")))
          .append("</td>");
      page.scaleCells(row);
      page.html.append("</tr>");
    }
    page.html.append("</table>");
    return page.html.toString();
  }

  /**
   * A "pCAT" section: for each group of the summaries, the diverging bar chart of its items (inline
   * SVG) and a table of the item's answers, barrier, neutral and facilitator shares and mean
   * display code, with pcatR's figures.
   *
   * @param summaries pCAT item summaries (from {@code PcatSummaries.summarise}), of any grouping
   */
  public static String pcat(List<PcatItemSummary> summaries) {
    Map<Map<String, String>, List<PcatItemSummary>> byGroup = new LinkedHashMap<>();
    summaries.forEach(s -> byGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s));
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    h.append("<h2>pCAT</h2><p>Each item's answers as shares of its complete answers: barriers to")
        .append(" the left, facilitators to the right, strong outside and weak inside; neutral")
        .append(" answers are the rest. pCAT has no total score.</p>");
    int k = 0;
    for (Map.Entry<Map<String, String>, List<PcatItemSummary>> group : byGroup.entrySet()) {
      String name = group.getKey().isEmpty() ? "all answers" : group.getKey().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElseThrow();
      PcatChart chart = PcatChart.of("pCAT: " + name, group.getValue());
      h.append("<h3>").append(escape(name)).append("</h3><figure id=\"pcat-chart-").append(++k)
          .append("\">").append(chart.svg().strip()).append("</figure><table class=\"pcat\"><tr>")
          .append("<th>item</th><th>answers</th><th>complete</th><th>strong barrier</th>")
          .append("<th>weak barrier</th><th>neutral</th><th>weak facilitator</th>")
          .append("<th>strong facilitator</th><th>mean display code</th></tr>");
      for (PcatItemSummary s : group.getValue()) {
        h.append("<tr><td>").append(escape(PcatChart.label(s.item()))).append("</td><td>")
            .append(s.nAnswers()).append("</td><td>").append(s.nCompleteClass()).append("</td>");
        page.percent(s.pctStrongBarrier().orElse(Double.NaN));
        page.percent(s.pctWeakBarrier().orElse(Double.NaN));
        page.percent(s.pctNeutralComplete().orElse(Double.NaN));
        page.percent(s.pctWeakFacilitator().orElse(Double.NaN));
        page.percent(s.pctStrongFacilitator().orElse(Double.NaN));
        page.cell(s.meanDisplayCode().orElse(Double.NaN));
        h.append("</tr>");
      }
      h.append("</table>");
    }
    return h.toString();
  }

  /**
   * A "RE-AIM" section: one row per site and wave, each metric's value (proportions as percents,
   * adaptations as a count, cost per participant to two decimals) or, when it has none, its
   * reason.
   */
  public static String reAim(ReAimTable table) {
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    h.append("<h2>RE-AIM</h2><p>Each metric is computed from the counts given; where a count is")
        .append(" missing or a denominator is zero the cell gives the reason.</p>")
        .append("<table id=\"reaim\"><tr><th>site</th><th>wave</th>");
    for (ReAimMeasure m : ReAimMeasure.values()) {
      h.append("<th>").append(escape(m.id())).append("</th>");
    }
    h.append("</tr>");
    for (ReAimTable.Row row : table.rows()) {
      h.append("<tr><td>").append(escape(row.site())).append("</td><td>").append(escape(row.wave()))
          .append("</td>");
      for (ReAimMetric metric : row.metrics()) {
        h.append("<td>").append(escape(reAimValue(metric))).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</table>");
    return h.toString();
  }

  /** A metric as the RE-AIM table shows it, for example {@code 33.3%} or {@code none: ...}. */
  static String reAimValue(ReAimMetric metric) {
    if (metric.value().isEmpty()) {
      return "none: " + metric.reason().orElseThrow();
    }
    double v = metric.value().getAsDouble();
    return switch (metric.measure()) {
      case ADAPTATIONS -> String.format(Locale.ROOT, "%.0f", v);
      case COST_PER_PARTICIPANT -> Html.format(v);
      default -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
    };
  }

  /**
   * A "Coding" section: segments, distinct participants and sites per top-level construct of a
   * framework, and how many segments and people there are in all.
   *
   * @param analysis the coded segments
   * @param frameworkId the framework whose top-level constructs are counted
   * @param file the name of the file the segments came from (a REFI-QDA project, a segment CSV)
   */
  public static String coding(CodingAnalysis analysis, String frameworkId, String file) {
    HtmlReport page = new HtmlReport();
    StringBuilder h = page.html;
    long people = analysis.segments().stream().map(s -> List.of(s.site(), s.participantId())).distinct().count();
    h.append("<h2>Coding</h2><p>").append(analysis.segments().size()).append(" coded segments from ")
        .append(people).append(" participants, coded with ").append(escape(frameworkId))
        .append(" (sub-constructs rolled up to the top level; a segment counts once per construct)")
        .append("; the segments are in <code>").append(escape(file))
        .append("</code>.</p>")
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
  public static String strategies(StrategyRanking ranking, int top) {
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
          .append(escape(String.join(", ", c.columns().stream().map(StrategyText::coverage).toList())))
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
          .append("</td><td style=\"text-align:left\">").append(escape(StrategyText.levels(s)))
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

  private void scaleHeader() {
    html.append("<th>n</th><th>mean</th><th>SD</th><th>95% CI</th>");
  }

  private void scaleCells(ScaleRow row) {
    html.append("<td>").append(row.n()).append("</td>");
    cell(row.mean().orElse(Double.NaN));
    cell(row.sd().orElse(Double.NaN));
    html.append("<td>").append(row.lower95().isPresent()
        ? Html.format(row.lower95().getAsDouble()) + " to " + Html.format(row.upper95().getAsDouble())
        : "-").append("</td>");
  }

  private void cell(double value) {
    html.append("<td>").append(Html.format(value)).append("</td>");
  }

  private void percent(double share) {
    html.append("<td>").append(Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share))
        .append("</td>");
  }

  private static String escape(String text) {
    return Html.escape(text);
  }
}
