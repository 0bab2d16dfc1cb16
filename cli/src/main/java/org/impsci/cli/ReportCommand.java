package org.impsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.SurveyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci report}: scores a survey export and writes one self-contained HTML report (scales
 * overall with reliability and the published alphas, a chart and profiles by the first grouping
 * column, rejected rows, the items in no scale) and the survey's figures as JSON. Both files are
 * written to temporary files and moved into place only when the run succeeds ({@link
 * OutputFiles}).
 */
@Command(
    name = "report",
    description = "Score a survey export and write an HTML report.",
    footer = {
      "%nreport.json and report.html are written to temporary files in DIR and moved into place"
          + " only when the run succeeds; a failed run (with --strict, at the first bad row) leaves"
          + " DIR as it was and writes nothing to standard output."
    })
final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin SurveyOptions survey;

  @Option(names = "--output", defaultValue = "impsci-report", paramLabel = "DIR", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public void run() {
    ScoredInstrument scored = survey.scored();
    Scorer scorer = scored.scorer();
    String column = survey.groups.isEmpty() ? "" : survey.groups.get(0);
    SingleItemSummaries singles =
        new SingleItemSummaries(SingleItems.of(scorer.instrument()), column);
    try (InputStream in = survey.open();
        OutputFiles files = new OutputFiles()) {
      // Staged before the analysis, so that an output that cannot be written fails at once.
      Path json = files.folder(output).resolve("report.json");
      Path html = output.resolve("report.html");
      files.stage(json);
      files.stage(html);
      SurveyReport report =
          survey.analysis(scorer).analyseRows(in, survey.sourceName(), survey.withProgress(singles));
      files.writeString(json, ImpsciJson.write(report) + "\n");
      Instrument instrument = scorer.instrument();
      ResponseScale scale = instrument.items().get(0).scale();
      files.writeString(
          html,
          HtmlReport.render(
              "impsci report: " + instrument.name(),
              "Scored by impsci from " + survey.sourceName() + ".",
              report,
              topLevelScales(instrument),
              scored.publishedAlphaByScale(),
              column,
              scale.min(),
              scale.max(),
              List.of(HtmlReport.singleItems(singles, column))));
      files.commit();
      PrintWriter out = spec.commandLine().getOut();
      Summary.print(report, out);
      out.println("report: " + html.toAbsolutePath().normalize());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scales that are no other scale's subscale (NoMAD's constructs, ORCA's three scales). */
  static List<String> topLevelScales(Instrument instrument) {
    Set<String> subscales = new HashSet<>();
    instrument.groups().forEach(g -> subscales.addAll(g.groupIds()));
    return instrument.groups().stream()
        .map(ItemGroup::id)
        .filter(id -> !subscales.contains(id))
        .toList();
  }
}
