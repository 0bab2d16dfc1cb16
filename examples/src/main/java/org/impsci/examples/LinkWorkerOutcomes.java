package org.impsci.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.outcomes.measures.MeasureOptions;
import org.impsci.outcomes.measures.OutcomeMeasure;
import org.impsci.outcomes.reaim.ReAim;
import org.impsci.outcomes.reaim.ReAimCounts;
import org.impsci.outcomes.reaim.ReAimTable;

/**
 * Example 4's implementation outcomes: practice staff at the seven link-worker sites answer AIM,
 * IAM and FIM at the baseline and at the follow-up, and each practice reports the counts for RE-AIM
 * reach (patients referred over patients eligible) and adoption (staff referring over staff
 * eligible; practices referring over practices in the scheme).
 *
 * <p>All answers and counts are SYNTHETIC, generated from a fixed seed: answers drift up by about
 * half a point at the follow-up, and more patients are referred. {@link #writeAnswers} and {@link
 * #writeCounts} write them as files (a survey export and a JSON array of counts) for notebook 04
 * to read back as a study's own files would be read.
 */
public final class LinkWorkerOutcomes {
  /** The seed of the synthetic answers and counts. */
  public static final long SEED = 4_08;
  /** The measures answered. */
  public static final List<OutcomeMeasure> MEASURES =
      List.of(OutcomeMeasure.AIM, OutcomeMeasure.IAM, OutcomeMeasure.FIM);
  /** The row of the whole scheme in the RE-AIM table (practice adoption). */
  public static final String SCHEME = "all practices";

  /**
   * What the example found.
   *
   * @param responses every response, both waves, with groups {@code site} and {@code wave}
   * @param meanByWave the mean scale score of each measure (by id) at the baseline and the follow-up
   * @param counts the RE-AIM counts, per practice and wave, then the scheme per wave
   * @param reAim the RE-AIM table computed from them
   */
  public record Result(
      List<Response> responses, Map<String, double[]> meanByWave, List<ReAimCounts> counts, ReAimTable reAim) {}

  private LinkWorkerOutcomes() {}

  /** Runs the example and prints the findings to {@code out}. */
  public static Result run(PrintStream out) {
    Random random = new Random(SEED);
    List<Response> responses = responses(random);
    Map<String, double[]> means = new LinkedHashMap<>();
    for (OutcomeMeasure m : MEASURES) {
      Scorer scorer = m.scored(MeasureOptions.defaults()).scorer();
      double[] byWave = new double[2];
      for (int w = 0; w < 2; w++) {
        String wave = wave(w);
        byWave[w] = responses.stream().filter(r -> r.groups().get("wave").equals(wave))
            .mapToDouble(r -> scorer.score(only(r, m)).score(m.scales().get(0)).orElseThrow().score().orElseThrow())
            .average().orElseThrow();
      }
      means.put(m.id(), byWave);
    }
    List<ReAimCounts> counts = counts(random);
    Result result = new Result(responses, means, counts, ReAim.table(counts));
    print(out, result);
    return result;
  }

  /**
   * Writes every synthetic response as a survey export, one row per respondent and wave: {@code
   * respondent_id}, {@code site}, {@code wave}, then AIM1-AIM4, IAM1-IAM4 and FIM1-FIM4. Makes the
   * file's folder if missing and replaces the file.
   *
   * @return {@code file}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path writeAnswers(Path file) {
    List<String> items = MEASURES.stream().flatMap(m -> m.instrument().items().stream()).map(i -> i.id()).toList();
    StringBuilder csv = new StringBuilder("respondent_id,site,wave,").append(String.join(",", items)).append('\n');
    for (Response r : responses(new Random(SEED))) {
      csv.append(r.respondentId()).append(',').append(r.groups().get("site")).append(',').append(r.groups().get("wave"));
      for (String item : items) {
        csv.append(',').append(Math.round(((Answer.Numeric) r.answer(item)).value()));
      }
      csv.append('\n');
    }
    return ExampleFiles.write(file, csv.toString());
  }

  /**
   * Writes the synthetic RE-AIM counts as a JSON array of {@link ReAimCounts}, the form {@code
   * impsci report --reaim} reads. Makes the file's folder if missing and replaces the file.
   *
   * @return {@code file}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path writeCounts(Path file) {
    Random random = new Random(SEED);
    responses(random); // the counts are drawn after the answers
    return ExampleFiles.writeJson(file, counts(random));
  }

  /** The response with only the answers to {@code m}'s items, as its scorer takes them. */
  private static Response only(Response r, OutcomeMeasure m) {
    var answers = new LinkedHashMap<>(r.answers());
    answers.keySet().removeIf(item -> m.instrument().item(item).isEmpty());
    return Response.builder().respondentId(r.respondentId()).putAllGroups(r.groups()).putAllAnswers(answers).build();
  }

  /** The wave of index 0 (baseline) or 1 (follow-up), as in {@link LinkWorkers}. */
  static String wave(int index) {
    return index == 0 ? LinkWorkers.BASELINE : LinkWorkers.FOLLOW_UP;
  }

  /** Three to five staff per site answer every item at both waves. */
  private static List<Response> responses(Random random) {
    List<Response> out = new ArrayList<>();
    for (int site = 1; site <= LinkWorkers.SITES; site++) {
      String siteId = String.format("LW%02d", site);
      int staff = 3 + random.nextInt(3);
      for (int s = 1; s <= staff; s++) {
        int level = 2 + random.nextInt(3);
        for (int w = 0; w < 2; w++) {
          var response = Response.builder().respondentId(siteId + "-S" + s)
              .putGroups("site", siteId).putGroups("wave", wave(w));
          for (OutcomeMeasure m : MEASURES) {
            for (int i = 1; i <= 4; i++) {
              int answer = level + random.nextInt(2) - random.nextInt(2) + (w == 1 && random.nextBoolean() ? 1 : 0);
              response.putAnswers(m.name() + i, Answer.of(Math.max(1, Math.min(5, answer))));
            }
          }
          out.add(response.build());
        }
      }
    }
    return out;
  }

  /** Each practice's counts at both waves, then the scheme's practice adoption at both waves. */
  private static List<ReAimCounts> counts(Random random) {
    List<ReAimCounts> out = new ArrayList<>();
    int[] referring = new int[2];
    for (int site = 1; site <= LinkWorkers.SITES; site++) {
      String siteId = String.format("LW%02d", site);
      int eligible = 150 + random.nextInt(250);
      int staff = 6 + random.nextInt(7);
      for (int w = 0; w < 2; w++) {
        // One practice refers nobody at the baseline; referrals grow at the follow-up.
        int referred = site == 7 && w == 0 ? 0 : eligible * (5 + 5 * w + random.nextInt(6)) / 100;
        int referringStaff = referred == 0 ? 0 : 1 + random.nextInt(staff);
        referring[w] += referred > 0 ? 1 : 0;
        out.add(ReAimCounts.builder().site(siteId).wave(wave(w))
            .eligibleIndividuals(eligible).participants(referred)
            .eligibleStaff(staff).adoptingStaff(referringStaff).build());
      }
    }
    for (int w = 0; w < 2; w++) {
      out.add(ReAimCounts.builder().site(SCHEME).wave(wave(w))
          .eligibleSettings(LinkWorkers.SITES).adoptingSettings(referring[w]).build());
    }
    return out;
  }

  private static void print(PrintStream out, Result r) {
    out.printf("Link workers: implementation outcomes (SYNTHETIC DATA, seed %d)%n", SEED);
    out.println("mean scale score (1-5), baseline -> follow-up:");
    r.meanByWave().forEach((id, m) -> out.printf("  %-4s %.2f -> %.2f%n", id, m[0], m[1]));
    out.println("RE-AIM reach and adoption by practice and wave (- where a count is missing or zero):");
    out.print(r.reAim().format());
  }
}
