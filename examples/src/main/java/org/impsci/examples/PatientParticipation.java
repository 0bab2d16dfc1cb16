package org.impsci.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impsci.parihs.iparihs.CharacteristicRating;
import org.impsci.parihs.iparihs.ConstructProfile;
import org.impsci.parihs.iparihs.FacilitationPlan;
import org.impsci.parihs.iparihs.FocusItem;
import org.impsci.parihs.iparihs.IParihsAssessment;
import org.impsci.parihs.iparihs.IParihsConstruct;
import org.impsci.parihs.iparihs.IParihsPlanning;
import org.impsci.parihs.iparihs.Influence;
import org.impsci.parihs.iparihs.RatingStrength;

/**
 * Example 3, patient participation in primary care: six facilitators in four municipalities rate
 * i-PARIHS characteristics (innovation, recipients, and context at three levels) as enablers or
 * barriers of their strength; the facilitation plan of each municipality sums them per element and
 * ranks the barriers that facilitation should address first.
 *
 * <p>The ratings are SYNTHETIC, drawn from a fixed seed. {@link #assessments()} makes them and
 * {@link #writeAssessments(Path)} writes them as JSON files, one per municipality, for notebook 03
 * to read back as a study's own files would be read.
 */
public final class PatientParticipation {
  /** The seed of the synthetic ratings. */
  public static final long SEED = 6_4;
  /** Which facilitators work in which municipality. */
  public static final Map<String, List<String>> FACILITATORS =
      Map.of("M1", List.of("F1", "F2"), "M2", List.of("F3", "F4"), "M3", List.of("F5"), "M4", List.of("F6"));
  /** The municipalities, in order. */
  public static final List<String> MUNICIPALITIES = List.of("M1", "M2", "M3", "M4");
  private static final int RATINGS_PER_FACILITATOR = 5;
  private static final List<IParihsConstruct> CHARACTERISTICS =
      List.of(IParihsConstruct.values()).stream().filter(c -> c.kind().equals("characteristic")).toList();

  /**
   * What the example found.
   *
   * @param assessments the synthetic assessment of each municipality, by municipality
   * @param plans the facilitation plan of each municipality, by municipality
   */
  public record Result(Map<String, IParihsAssessment> assessments, Map<String, FacilitationPlan> plans) {}

  private PatientParticipation() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Rates, plans and prints each municipality. */
  public static Result run(PrintStream out) {
    Map<String, IParihsAssessment> assessments = assessments();
    Map<String, FacilitationPlan> plans = new LinkedHashMap<>();
    out.printf("Patient participation: i-PARIHS facilitation planning (SYNTHETIC DATA, seed %d)%n", SEED);
    assessments.forEach((municipality, assessment) -> {
      FacilitationPlan plan = IParihsPlanning.plan(assessment);
      plans.put(municipality, plan);
      print(out, municipality, assessment, plan);
    });
    return new Result(assessments, plans);
  }

  /** The synthetic assessment of each municipality, M1 to M4 in order, the same from every call. */
  public static Map<String, IParihsAssessment> assessments() {
    Random random = new Random(SEED);
    Map<String, IParihsAssessment> assessments = new LinkedHashMap<>();
    for (String municipality : MUNICIPALITIES) {
      assessments.put(municipality, assess(municipality, FACILITATORS.get(municipality), random));
    }
    return Collections.unmodifiableMap(assessments);
  }

  /**
   * Writes each municipality's synthetic assessment as JSON, {@code M1.json} to {@code M4.json},
   * into {@code folder} (made if missing), replacing files of those names.
   *
   * @return the files written, M1 first
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> writeAssessments(Path folder) {
    return assessments().values().stream()
        .map(a -> ExampleFiles.writeJson(folder.resolve(a.site() + ".json"), a))
        .toList();
  }

  private static IParihsAssessment assess(String municipality, List<String> facilitators, Random random) {
    List<IParihsConstruct> pool = new ArrayList<>(CHARACTERISTICS);
    Collections.shuffle(pool, random);
    var assessment = IParihsAssessment.builder().site(municipality).occasion("baseline");
    int next = 0;
    for (String facilitator : facilitators) {
      for (int i = 0; i < RATINGS_PER_FACILITATOR; i++) {
        IParihsConstruct characteristic = pool.get(next++);
        Influence influence = Influence.values()[random.nextInt(Influence.values().length)];
        RatingStrength strength = influence == Influence.NEUTRAL
            ? null : RatingStrength.values()[random.nextInt(RatingStrength.values().length)];
        assessment.addRatings(CharacteristicRating.of(characteristic, influence, strength,
            "synthetic rating by facilitator " + facilitator,
            "facilitator " + facilitator + " field notes (synthetic)"));
      }
    }
    return assessment.build();
  }

  private static void print(PrintStream out, String municipality, IParihsAssessment assessment, FacilitationPlan plan) {
    out.printf("%s (facilitators %s, %d characteristics rated)%n", municipality,
        String.join(", ", FACILITATORS.get(municipality)), assessment.ratings().size());
    for (ConstructProfile p : plan.profiles()) {
      out.printf("  %-22s net %+d (%d enablers, %d barriers)%n", p.construct().id(), p.net(), p.enablers(), p.barriers());
    }
    List<FocusItem> focus = plan.focus();
    out.println("  focus first on: " + (focus.isEmpty() ? "no barriers rated" : String.join(", ",
        focus.subList(0, Math.min(3, focus.size())).stream()
            .map(f -> f.characteristic().id() + " (" + f.strength().name().toLowerCase() + ")")
            .toList())));
  }
}
