package org.impsci.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.impsci.assessment.Impsci;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.ScaleProfile;
import org.impsci.assessment.survey.SurveyReport;
import org.impsci.npt.nomad.Nomad;
import org.impsci.npt.nomad.NomadScorer;
import org.impsci.npt.nomad.NomadSyntheticData;
import org.impsci.report.ProfileChart;
import org.impsci.report.ScaleTables;

/**
 * Example 1, secondary fracture prevention: a NoMAD survey of 43 professionals in 11 hospitals,
 * scored by hospital, and their interviews coded with extended NPT. It prints each hospital's
 * construct means from strongest to weakest, the reliability of each construct next to the
 * published one, the hospital where collective action (the work of making the service run) is
 * weakest, and how often each extended-NPT component (capability, capacity, potential,
 * contribution) was coded; it draws the construct profile by hospital.
 *
 * <p>The data are SYNTHETIC, generated from a fixed seed; the study design (11 hospitals, 43
 * professionals) is the one the project grew from.
 */
public final class SecondaryFracturePrevention {
  /** The seed of the synthetic survey. */
  public static final long SEED = 11_43;
  /** Hospitals in the study design. */
  public static final int HOSPITALS = 11;
  /** Professionals surveyed. */
  public static final int PROFESSIONALS = 43;

  /**
   * What the example found.
   *
   * @param survey the synthetic survey written
   * @param report the survey analysed by hospital
   * @param profiles each hospital's construct profile, by hospital in sorted order
   * @param chart the construct profile chart (PNG)
   * @param coding the analysis of the coded interview segments
   */
  public record Result(
      Path survey, SurveyReport report, Map<String, ScaleProfile> profiles, Path chart, CodingAnalysis coding) {}

  private SecondaryFracturePrevention() {}

  /** Runs the example, writing into {@code output}; the first argument overrides it. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "examples-output/fracture"), System.out);
  }

  /**
   * Writes the synthetic survey ({@link #PROFESSIONALS} professionals in {@link #HOSPITALS}
   * hospitals, from {@link #SEED}) into {@code dir} as {@code nomad-fracture.csv}.
   *
   * @return the file written
   */
  public static Path writeSurvey(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path survey = dir.resolve("nomad-fracture.csv");
    try (Writer w = Files.newBufferedWriter(survey, StandardCharsets.UTF_8)) {
      NomadSyntheticData.of(SEED, HOSPITALS).write(w, PROFESSIONALS);
    }
    return survey;
  }

  /** The synthetic interview segments coded with extended NPT, from {@link #SEED}. */
  public static List<CodedSegment> interviews() {
    return SyntheticInterviews.segments(SEED, PROFESSIONALS, HOSPITALS);
  }

  /** Writes the survey and the chart into {@code dir} and prints the findings to {@code out}. */
  public static Result run(Path dir, PrintStream out) throws IOException {
    Path survey = writeSurvey(dir);
    SurveyReport report = Impsci.survey(Nomad.ID).groupBy("site").lenient().read(survey);
    List<GroupSummary> bySite = report.byGroup().get("site");
    Map<String, ScaleProfile> profiles = new LinkedHashMap<>();
    bySite.stream()
        .map(g -> g.group().orElseThrow())
        .distinct()
        .sorted()
        .forEach(site -> profiles.put(site, ScaleProfile.ofGroup(
            bySite.stream().filter(g -> g.group().orElseThrow().equals(site)).toList(),
            NomadScorer.CONSTRUCTS)));
    ResponseScale optionA = Nomad.instrument().items().get(0).scale();
    Path chart = dir.resolve("nomad-by-hospital.png");
    Files.write(chart, ProfileChart.of(
        "NoMAD construct means by hospital (synthetic data)", bySite, NomadScorer.CONSTRUCTS,
        ScaleTables.labels(Nomad.instrument()), optionA.min(), optionA.max()).png());
    print(out, report, profiles, chart);
    CodingAnalysis coding = CodingAnalysis.of(Impsci.frameworks(), interviews());
    printCoding(out, coding);
    return new Result(survey, report, profiles, chart, coding);
  }

  private static void print(PrintStream out, SurveyReport report, Map<String, ScaleProfile> profiles, Path chart) {
    out.printf("Secondary fracture prevention: NoMAD by hospital (SYNTHETIC DATA, seed %d)%n", SEED);
    out.printf("%d professionals read, %d scored, %d rejected, %d hospitals%n",
        report.read().rowsRead(), report.read().scored(), report.read().rejected().size(), profiles.size());
    out.println("construct means per hospital, strongest first:");
    profiles.forEach((site, profile) -> out.println("  " + site + ": " + String.join(", ",
        profile.entries().stream()
            .map(e -> e.scaleId() + " " + format(mean(profile, e.scaleId())))
            .toList())));
    out.println("reliability (Cronbach's alpha, this sample / published):");
    for (String construct : NomadScorer.CONSTRUCTS) {
      out.printf("  %s %s / %s%n", construct,
          format(report.reliability().get(construct).alphaRaw().orElse(Double.NaN)),
          format(Nomad.PUBLISHED_ALPHA.get(construct)));
    }
    String weakest = weakestSite(profiles, "collective-action");
    out.printf("collective action is weakest in %s (%s): a first place to look at workload and resources%n",
        weakest, format(mean(profiles.get(weakest), "collective-action")));
    out.println("chart: " + chart);
  }

  private static void printCoding(PrintStream out, CodingAnalysis coding) {
    out.printf("extended NPT coding of %d interview segments (SYNTHETIC):%n", coding.segments().size());
    for (ConstructFrequency f : coding.frequencies("enpt", 0)) {
      out.printf("  %-12s %3d segments, %2d participants, %2d hospitals%n",
          f.construct().construct(), f.segments(), f.participants(), f.sites());
    }
  }

  /** The site with the lowest mean on a construct. */
  static String weakestSite(Map<String, ScaleProfile> profiles, String construct) {
    return profiles.keySet().stream()
        .filter(site -> !Double.isNaN(mean(profiles.get(site), construct)))
        .min(Comparator.comparingDouble(site -> mean(profiles.get(site), construct)))
        .orElseThrow();
  }

  private static double mean(ScaleProfile profile, String construct) {
    return profile.entry(construct).map(e -> e.score().orElse(Double.NaN)).orElse(Double.NaN);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
