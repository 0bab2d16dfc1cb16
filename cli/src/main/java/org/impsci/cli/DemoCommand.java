package org.impsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScaleProfile;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import org.impsci.npt.nomad.Nomad;
import org.impsci.npt.nomad.NomadScorer;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.impsci.qda.QdpxWriter;
import org.impsci.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci demo}: the main job on bundled, synthetic data. It writes a synthetic NoMAD survey
 * modelled on a study of 43 professionals in 11 hospitals (with three bad rows of the kinds real
 * exports carry), scores it leniently by hospital and role, and writes the JSON report and an HTML
 * report with the construct profile by hospital as a chart. It then generates synthetic interview
 * segments of the same professionals coded with extended NPT, analyses them ({@link CodingAnalysis})
 * and writes them as a REFI-QDA project ({@code interviews.qdpx}) for a QDA program, and ranks ERIC
 * strategies for example CFIR 2.0 barriers over the bundled endorsement table. The HTML report gets
 * a Coding and a Strategies table, and the summary a line for each. The files are written to
 * temporary files and moved into place only when every one is written ({@link OutputFiles}).
 */
@Command(name = "demo", description = "Run the main job on bundled synthetic data and write a report.")
final class DemoCommand implements Runnable {
  static final long SEED = 2024;
  static final int PROFESSIONALS = 43;
  static final int HOSPITALS = 11;
  /** The framework the synthetic interviews are coded with: extended NPT. */
  static final String CODING_FRAMEWORK = "enpt";
  /**
   * Example barriers, as CFIR 2.0 constructs: funding (a barrier of the social-prescribing study,
   * which maps to CFIR 2009 with loss and which the bundled endorsement table does not cover) and
   * three that it covers through the crosswalk (innovation adaptability and complexity, reflecting
   * and evaluating the implementation).
   */
  static final List<ConstructRef> BARRIERS =
      List.of(
          ConstructRef.of("cfir-2.0", "inner-setting.available-resources.funding"),
          ConstructRef.of("cfir-2.0", "innovation.adaptability"),
          ConstructRef.of("cfir-2.0", "innovation.complexity"),
          ConstructRef.of("cfir-2.0", "implementation-process.reflecting-and-evaluating.implementation"));
  /** How many strategies the report lists. */
  static final int TOP_STRATEGIES = 10;

  @Spec CommandSpec spec;

  @Option(names = "--output", defaultValue = "impsci-demo", paramLabel = "DIR", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (OutputFiles files = new OutputFiles()) {
      Path survey = files.folder(output).resolve("nomad-survey.csv");
      StringBuilder csv = new StringBuilder();
      NomadSyntheticData.of(SEED, HOSPITALS).withBadRows().write(csv, PROFESSIONALS);
      files.writeString(survey, csv.toString());
      ScoredInstrument nomad = Instruments.bundled().get(Nomad.ID);
      SurveyReport report = analyse(files.stage(survey), survey.getFileName().toString(), nomad);
      files.writeString(output.resolve("nomad-report.json"), ImpsciJson.write(report) + "\n");
      SyntheticCoding.Interviews interviews = SyntheticCoding.generate(SEED, PROFESSIONALS, HOSPITALS);
      Path qdpx = output.resolve("interviews.qdpx");
      try (OutputStream project = files.open(qdpx)) {
        QdpxWriter.write(
            Frameworks.bundled(), interviews.segments(), interviews.sources(),
            "impsci demo: SYNTHETIC interviews coded with extended NPT", project);
      }
      CodingAnalysis coding = CodingAnalysis.of(Frameworks.bundled(), interviews.segments());
      EndorsementTable endorsements = EndorsementReader.bundled();
      StrategyRanking ranking = StrategyMatcher.rankCfir2(endorsements, BARRIERS);
      Path html = output.resolve("report.html");
      files.writeString(
          html,
          HtmlReport.page(
              "impsci demo: NoMAD survey by hospital, interview coding and strategies",
              "SYNTHETIC DATA generated by impsci (seed " + SEED + "), modelled on a study of "
                  + PROFESSIONALS + " professionals in " + HOSPITALS + " hospitals; not real responses."
                  + " The interview segments are synthetic too (placeholder text, random"
                  + " extended-NPT codes); the barriers are examples.",
              List.of(
                  HtmlReport.survey(report, nomad, "site"),
                  HtmlReport.methods(nomad, report),
                  HtmlReport.coding(coding, CODING_FRAMEWORK, qdpx.getFileName().toString()),
                  HtmlReport.strategies(ranking, TOP_STRATEGIES))));
      files.commit();
      printSummary(out, report, html, coding, ranking);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lenient analysis of the survey in {@code file}, named {@code name} in messages, scored by
   * the registered NoMAD's default rules.
   */
  private static SurveyReport analyse(Path file, String name, ScoredInstrument nomad)
      throws IOException {
    SurveyAnalysis analysis =
        SurveyAnalysis.of(
            nomad.scorer(),
            Nomad.csvLayout("respondent_id", "site", "role"),
            ReadMode.LENIENT,
            CaseHandling.PAIRWISE);
    try (InputStream in = Files.newInputStream(file)) {
      return analysis.analyse(in, name);
    }
  }

  /** The summary's coding line, for example {@code coding: 120 segments from 43 participants; ...}. */
  static String codingLine(CodingAnalysis coding) {
    long people =
        coding.segments().stream().map(s -> List.of(s.site(), s.participantId())).distinct().count();
    ConstructFrequency most =
        coding.frequencies(CODING_FRAMEWORK, 0).stream()
            .max(Comparator.comparingLong(ConstructFrequency::segments))
            .orElseThrow();
    return "coding: " + coding.segments().size() + " segments from " + people
        + " participants; most segments: " + most.construct().construct() + " (" + most.segments() + ")";
  }

  /** The summary's strategies line, for example {@code strategies for 4 barriers: 1. ... 73%}. */
  static String strategiesLine(StrategyRanking ranking, int barriers) {
    return "strategies for " + barriers + " barriers: "
        + (ranking.strategies().isEmpty()
            ? "none endorsed"
            : "1. " + ranking.strategies().get(0).strategy() + ", cumulative "
                + Math.round(ranking.strategies().get(0).cumulativePercent()) + "%");
  }

  private static void printSummary(
      PrintWriter out, SurveyReport report, Path html, CodingAnalysis coding, StrategyRanking ranking) {
    out.println("impsci demo (synthetic data, seed " + SEED + ")");
    out.println(
        "frameworks bundled: "
            + String.join(", ", Frameworks.bundled().all().stream().map(Framework::id).toList()));
    Summary.print(report, out);
    out.println("  published alpha (Finch et al. 2018, n = 831): "
        + String.join(", ", NomadScorer.CONSTRUCTS.stream()
            .map(c -> c + " " + String.format(Locale.ROOT, "%.2f", Nomad.PUBLISHED_ALPHA.get(c)))
            .toList()));
    List<GroupSummary> bySite = report.byGroup().get("site");
    long hospitals = bySite.stream().map(g -> g.group().orElse("")).distinct().count();
    out.println("  strongest and weakest construct in each of " + hospitals + " hospitals:");
    bySite.stream()
        .map(g -> g.group().orElse(""))
        .distinct()
        .forEach(
            site -> {
              List<GroupSummary> rows =
                  bySite.stream().filter(g -> g.group().orElse("").equals(site)).toList();
              List<String> order = ScaleProfile.ofGroup(rows, NomadScorer.CONSTRUCTS).order();
              out.printf("    %s: %s / %s%n", site, order.get(0), order.get(order.size() - 1));
            });
    out.println(codingLine(coding));
    out.println(strategiesLine(ranking, BARRIERS.size()));
    out.println("report: " + html.toAbsolutePath().normalize());
    out.flush();
  }
}
