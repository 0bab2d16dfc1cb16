package org.impsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.outcomes.reaim.ReAim;
import org.impsci.outcomes.reaim.ReAimCounts;
import org.impsci.outcomes.reaim.ReAimTable;
import org.impsci.report.HtmlReport;
import org.impsci.report.SingleItemSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci report}: scores a survey export and writes one self-contained HTML report (the
 * report module's {@link HtmlReport}: scales overall with n, mean, SD, 95% interval, reliability
 * and the published alphas, a chart and the site-by-scale table by the first grouping column,
 * rejected rows, the items in no scale, the methods; with {@code --reaim COUNTS.json} the RE-AIM
 * table per site and wave) and the survey's figures as JSON. Both files are
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

  @Option(names = "--reaim", paramLabel = "COUNTS.json",
      description = "RE-AIM counts per site and wave (a JSON array of ReAimCounts objects); adds"
          + " the RE-AIM table to the report.")
  Path reAim;

  @Option(names = "--output", defaultValue = "impsci-report", paramLabel = "DIR", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public void run() {
    ScoredInstrument scored = survey.scored();
    Scorer scorer = scored.scorer();
    String column = survey.groups.isEmpty() ? "" : survey.groups.get(0);
    SingleItemSummaries singles = SingleItemSummaries.of(scorer.instrument(), column);
    // Read before the survey, so that bad counts fail before any work.
    String reAimSection = reAim == null ? "" : HtmlReport.reAim(reAimTable(reAim));
    Path in = survey.inputFile();
    try (OutputFiles files = new OutputFiles()) {
      // Staged before the analysis, so that an output that cannot be written fails at once.
      Path json = files.folder(output).resolve("report.json");
      Path html = output.resolve("report.html");
      files.stage(json);
      files.stage(html);
      SurveyReport report =
          survey.analysis(scorer).analyseRows(in, survey.withProgress(singles));
      files.writeString(json, ImpsciJson.write(report) + "\n");
      files.writeString(
          html,
          HtmlReport.page(
              "impsci report: " + scorer.instrument().name(),
              "Scored by impsci from " + survey.sourceName() + ".",
              List.of(
                  HtmlReport.survey(report, scored, column),
                  HtmlReport.singleItems(singles),
                  reAimSection,
                  HtmlReport.methods(scored, report))));
      files.commit();
      PrintWriter out = spec.commandLine().getOut();
      Summary.print(report, out);
      out.println("report: " + html.toAbsolutePath().normalize());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The RE-AIM table of the counts in {@code file}.
   *
   * @throws InvalidInputException if a site and wave come twice (or, from the reader, a count is
   *     not valid)
   */
  private ReAimTable reAimTable(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = InputFiles.open(spec, file)) {
      List<ReAimCounts> counts = List.of(ImpsciJson.read(in, ReAimCounts[].class, name));
      try {
        return ReAim.table(counts);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(InputLocation.in(name), e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
