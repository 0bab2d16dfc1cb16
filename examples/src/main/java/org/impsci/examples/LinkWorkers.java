package org.impsci.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.coding.SegmentCsvLayout;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.npt.CmoConfiguration;
import org.impsci.npt.CodingManualConstruct;

/**
 * Example 4, link workers in primary care at seven sites: interview segments tagged with NPT
 * coding-manual context-mechanism-outcome configurations, counted by CMO domain and by primary
 * construct (segments and distinct participants), at a baseline and at a repeat assessment 9 to 12
 * months later, with the change in each primary construct between the two waves.
 *
 * <p>The segments are SYNTHETIC, generated from a fixed seed: the generator makes outcomes, above
 * all sustainment, and reflexive monitoring more frequent at the follow-up, and some participants
 * are not interviewed again. {@link #writeSegments} writes them as a coded-segment CSV, for notebook
 * 04 to read back as a study's own export would be read.
 */
public final class LinkWorkers {
  /** The seed of the synthetic segments. */
  public static final long SEED = 4_07;
  /** Sites in the study design. */
  public static final int SITES = 7;
  /** The first wave. */
  public static final String BASELINE = "baseline";
  /** The repeat assessment, 9 to 12 months after the baseline. */
  public static final String FOLLOW_UP = "follow-up";
  /** The CMO domains, in order. */
  public static final List<CodingManualConstruct> DOMAINS =
      List.of(CodingManualConstruct.CONTEXT, CodingManualConstruct.MECHANISM, CodingManualConstruct.OUTCOME);

  private static final String[] ROLES = {"link-worker", "gp", "practice-nurse", "practice-manager", "receptionist"};

  /**
   * One synthetic segment and the CMO configuration its codes come from.
   *
   * @param segment the coded segment (its codes are the configuration's filled slots)
   * @param cmo the configuration
   */
  public record TaggedSegment(CodedSegment segment, CmoConfiguration cmo) {}

  /**
   * What the example found.
   *
   * @param segments every segment of both waves
   * @param byWave the coding analysis of each wave, baseline first
   * @param followUpMonths months from baseline to follow-up, by participant (site/id) re-interviewed
   */
  public record Result(List<TaggedSegment> segments, Map<String, CodingAnalysis> byWave, Map<String, Integer> followUpMonths) {}

  private LinkWorkers() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example and prints the findings to {@code out}. */
  public static Result run(PrintStream out) {
    Map<String, Integer> months = new TreeMap<>();
    List<TaggedSegment> segments = segments(SEED, months);
    Map<String, CodingAnalysis> byWave = new LinkedHashMap<>();
    for (String wave : List.of(BASELINE, FOLLOW_UP)) {
      byWave.put(wave, CodingAnalysis.of(Frameworks.bundled(), segments.stream()
          .map(TaggedSegment::segment).filter(s -> s.wave().orElseThrow().equals(wave)).toList()));
    }
    Result result = new Result(segments, byWave, months);
    print(out, result);
    return result;
  }

  /**
   * The synthetic segments of both waves, reproducible from {@code seed}: three to five participants
   * per site, three to five segments each per interview; at the follow-up about one participant in
   * six is not interviewed again. Fills {@code followUpMonths} for those who are.
   */
  public static List<TaggedSegment> segments(long seed, Map<String, Integer> followUpMonths) {
    Random random = new Random(seed);
    List<TaggedSegment> segments = new ArrayList<>();
    for (int site = 1; site <= SITES; site++) {
      String siteId = String.format("LW%02d", site);
      int people = 3 + random.nextInt(3);
      for (int p = 1; p <= people; p++) {
        String id = "P" + p;
        String role = p == 1 ? ROLES[0] : ROLES[1 + random.nextInt(ROLES.length - 1)];
        interview(random, segments, siteId, id, role, BASELINE);
        if (p == 1 || random.nextDouble() >= 1 / 6.0) {
          followUpMonths.put(siteId + "/" + id, 9 + random.nextInt(4));
          interview(random, segments, siteId, id, role, FOLLOW_UP);
        }
      }
    }
    return segments;
  }

  /**
   * Writes segments as a coded-segment CSV in the kernel's default layout ({@link
   * SegmentCsvLayout#defaults()}): source, participant, role, site, wave, start, end, the text
   * (quoted) and the codes as {@code framework:construct} references separated by {@code ;}. Makes
   * the file's folder if missing and replaces the file.
   *
   * @return {@code file}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path writeSegments(List<TaggedSegment> segments, Path file) {
    SegmentCsvLayout layout = SegmentCsvLayout.defaults();
    StringBuilder csv = new StringBuilder(String.join(",", layout.sourceColumn(), layout.participantColumn(),
        layout.roleColumn(), layout.siteColumn(), layout.waveColumn(), layout.startColumn(), layout.endColumn(),
        layout.textColumn(), layout.codesColumn())).append('\n');
    for (TaggedSegment t : segments) {
      CodedSegment s = t.segment();
      csv.append(String.join(",", s.source(), s.participantId(), s.participantRole(), s.site(), s.wave().orElse(""),
              String.valueOf(s.start()), String.valueOf(s.end()), '"' + s.text().replace("\"", "\"\"") + '"',
              s.codes().stream().map(ConstructRef::toString).collect(Collectors.joining(";"))))
          .append('\n');
    }
    return ExampleFiles.write(file, csv.toString());
  }

  private static void interview(
      Random random, List<TaggedSegment> out, String site, String id, String role, String wave) {
    boolean later = wave.equals(FOLLOW_UP);
    int count = 3 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      CodingManualConstruct context = random.nextDouble() < 0.6 ? pick(random, CodingManualConstruct.CONTEXT) : null;
      CodingManualConstruct mechanism = random.nextDouble() < 0.8 ? mechanism(random, later) : null;
      CodingManualConstruct outcome = random.nextDouble() < (later ? 0.7 : 0.4) ? outcome(random, later) : null;
      if (context == null && mechanism == null && outcome == null) {
        mechanism = mechanism(random, later);
      }
      CmoConfiguration cmo = CmoConfiguration.of(context, mechanism, outcome);
      List<ConstructRef> codes = Stream.of(cmo.context(), cmo.mechanism(), cmo.outcome())
          .flatMap(Optional::stream).map(CodingManualConstruct::ref).toList();
      out.add(new TaggedSegment(CodedSegment.builder()
          .source("interview-" + site + "-" + id + "-" + wave + ".txt")
          .participantId(id)
          .participantRole(role)
          .site(site)
          .wave(wave)
          .start(s * 100)
          .end(s * 100 + 99)
          .text("Synthetic segment " + (s + 1) + " of " + site + "/" + id + " at " + wave + " (not a real quote).")
          .addAllCodes(codes)
          .build(), cmo));
    }
  }

  /** A mechanism: at the follow-up, reflexive monitoring is twice as likely as each other one. */
  private static CodingManualConstruct mechanism(Random random, boolean later) {
    if (later && random.nextDouble() < 0.2) {
      return random.nextBoolean() ? CodingManualConstruct.REFLEXIVE_MONITORING
          : pickBelow(random, CodingManualConstruct.REFLEXIVE_MONITORING);
    }
    CodingManualConstruct primary = pick(random, CodingManualConstruct.MECHANISM);
    return random.nextBoolean() ? primary : pickBelow(random, primary);
  }

  /** An outcome: at the follow-up, sustainment is favoured. */
  private static CodingManualConstruct outcome(Random random, boolean later) {
    return later && random.nextDouble() < 0.35 ? CodingManualConstruct.SUSTAINMENT
        : pick(random, CodingManualConstruct.OUTCOME);
  }

  private static CodingManualConstruct pick(Random random, CodingManualConstruct domain) {
    List<CodingManualConstruct> primaries = Arrays.stream(CodingManualConstruct.values())
        .filter(c -> c.isPrimaryConstruct() && c.domain() == domain).toList();
    return primaries.get(random.nextInt(primaries.size()));
  }

  private static CodingManualConstruct pickBelow(Random random, CodingManualConstruct primary) {
    List<CodingManualConstruct> subs = Arrays.stream(CodingManualConstruct.values())
        .filter(c -> c.parent().equals(Optional.of(primary))).toList();
    return subs.get(random.nextInt(subs.size()));
  }

  private static void print(PrintStream out, Result r) {
    CodingAnalysis first = r.byWave().get(BASELINE);
    CodingAnalysis second = r.byWave().get(FOLLOW_UP);
    out.printf("Link workers in primary care: NPT coding manual, CMO (SYNTHETIC DATA, seed %d)%n", SEED);
    out.printf("%d sites; baseline: %d segments from %d participants; follow-up %d-%d months later: "
            + "%d segments from %d participants%n",
        SITES, first.segments().size(), participants(first), r.followUpMonths().values().stream().mapToInt(i -> i).min().orElse(0),
        r.followUpMonths().values().stream().mapToInt(i -> i).max().orElse(0), second.segments().size(), participants(second));
    out.println("by CMO domain (segments / participants), baseline -> follow-up:");
    for (CodingManualConstruct domain : DOMAINS) {
      ConstructFrequency a = first.frequency(domain.ref());
      ConstructFrequency b = second.frequency(domain.ref());
      out.printf("  %-9s %3d / %2d -> %3d / %2d%n", domain.id(), a.segments(), a.participants(), b.segments(), b.participants());
    }
    out.println("by primary construct (segments, participants), baseline -> follow-up, change in segments:");
    for (CodingManualConstruct c : CodingManualConstruct.values()) {
      if (c.isPrimaryConstruct()) {
        ConstructFrequency a = first.frequency(c.ref());
        ConstructFrequency b = second.frequency(c.ref());
        out.printf("  %-45s %3d, %2d -> %3d, %2d  %+d%n", c.id(), a.segments(), a.participants(),
            b.segments(), b.participants(), b.segments() - a.segments());
      }
    }
    out.printf("complete context-mechanism-outcome configurations: %d -> %d%n",
        complete(r, BASELINE), complete(r, FOLLOW_UP));
  }

  /** Distinct (site, participant) pairs behind an analysis. */
  private static long participants(CodingAnalysis analysis) {
    return analysis.segments().stream().map(s -> s.site() + "/" + s.participantId()).distinct().count();
  }

  /** Segments of a wave whose configuration fills all three slots. */
  static long complete(Result r, String wave) {
    return r.segments().stream()
        .filter(t -> t.segment().wave().orElseThrow().equals(wave))
        .filter(t -> t.cmo().context().isPresent() && t.cmo().mechanism().isPresent() && t.cmo().outcome().isPresent())
        .count();
  }
}
