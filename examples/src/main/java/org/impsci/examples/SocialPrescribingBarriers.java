package org.impsci.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.barriers.cfir.Cfir20Construct;
import org.impsci.barriers.cfir.TaxonomyMapping;
import org.impsci.barriers.rating.ConstructRating;
import org.impsci.barriers.rating.Distinction;
import org.impsci.barriers.rating.DistinguishingPolicy;
import org.impsci.barriers.rating.DistinguishingResult;
import org.impsci.barriers.rating.RatingMatrix;
import org.impsci.barriers.rating.RatingTarget;
import org.impsci.barriers.rating.RatingValue;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EricFrameworks;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;

/**
 * Example 2, barriers to social prescribing: eight barrier themes that a study defined for itself
 * (funding and sustainability, workforce, partnership working, inconsistent implementation,
 * information systems, referral pathways, training gaps, access and privacy) are a user taxonomy,
 * mapped onto CFIR 2.0 by this example's own mapping (not a published one). Each of eight general
 * practices rates every theme from -2 to +2 (M when it did not come up); the themes that
 * distinguish the four high- from the four low-implementation practices (default {@link
 * DistinguishingPolicy}) are taken as the barriers to address, reach CFIR 2.0 through the mapping
 * and CFIR 2009 through the bundled crosswalk, and ERIC strategies are ranked for them from the
 * bundled endorsement table (the open-access figures of Waltz et al. 2019 and a later study, so
 * only some CFIR 2009 barriers have entries).
 *
 * <p>The ratings are SYNTHETIC, generated from a fixed seed: the generator makes partnership
 * working, inconsistent implementation, referral pathways and training gaps tend to separate the
 * groups, and funding tend to be negative everywhere.
 */
public final class SocialPrescribingBarriers {
  /** The seed of the synthetic ratings. */
  public static final long SEED = 2_08;
  /** High-implementation practices. */
  public static final List<String> HIGH = List.of("SP01", "SP02", "SP03", "SP04");
  /** Low-implementation practices. */
  public static final List<String> LOW = List.of("SP05", "SP06", "SP07", "SP08");
  /** The id of the study's taxonomy. */
  public static final String TAXONOMY = "sp-themes";
  /** How far a theme's ratings move up at high and down at low practices, by theme. */
  static final Map<String, Double> EFFECT = Map.of(
      "partnership-working", 1.0, "inconsistent-implementation", 1.0,
      "referral-pathways", 1.2, "training-gaps", 0.9);
  /** A theme's typical rating before that effect, by theme; 0 if not listed. */
  static final Map<String, Double> BASE = Map.of(
      "funding-and-sustainability", -1.2, "workforce", -0.5, "information-systems", -0.3);

  /**
   * What the example found.
   *
   * @param themes the study's taxonomy of barrier themes
   * @param mapping the themes mapped onto CFIR 2.0
   * @param matrix the synthetic ratings, theme by practice
   * @param distinctions how each theme separates high from low practices
   * @param barriers the CFIR 2.0 constructs of the distinguishing themes, without repeats
   * @param ranking the ERIC strategies ranked for those barriers
   */
  public record Result(
      Framework themes, TaxonomyMapping mapping, RatingMatrix matrix,
      List<DistinguishingResult> distinctions, List<ConstructRef> barriers, StrategyRanking ranking) {}

  private SocialPrescribingBarriers() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The study's taxonomy, loaded through the kernel's framework loader. */
  public static Framework themes() {
    return FrameworkLoader.loadResource(SocialPrescribingBarriers.class, "social-prescribing-themes.json");
  }

  /** This example's own mapping of the themes onto CFIR 2.0. */
  public static TaxonomyMapping mapping(Framework themes) {
    try (InputStream in = SocialPrescribingBarriers.class.getResourceAsStream("social-prescribing-cfir.json")) {
      return TaxonomyMapping.load(in, "social-prescribing-cfir.json", themes);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The synthetic ratings: every theme at every practice, reproducible from {@code seed}. */
  public static RatingMatrix ratings(Framework themes, long seed) {
    Random random = new Random(seed);
    List<ConstructRating> ratings = new ArrayList<>();
    for (String site : sites()) {
      boolean high = HIGH.contains(site);
      for (String theme : themes.constructsById().keySet()) {
        double effect = EFFECT.getOrDefault(theme, 0.0);
        double value = BASE.getOrDefault(theme, 0.0) + (high ? effect : -effect) + 0.7 * random.nextGaussian();
        boolean missing = random.nextDouble() < 0.08;
        RatingValue rating = missing ? RatingValue.MISSING : score((int) Math.round(Math.max(-2, Math.min(2, value))));
        ratings.add(ConstructRating.builder()
            .site(site)
            .target(RatingTarget.of(ConstructRef.of(TAXONOMY, theme)))
            .rating(rating)
            .rationale("synthetic rating, not from real interviews")
            .coder("synthetic")
            .build());
      }
    }
    return RatingMatrix.of(ratings);
  }

  /** Runs the example and prints the findings to {@code out}. */
  public static Result run(PrintStream out) {
    Framework themes = themes();
    TaxonomyMapping mapping = mapping(themes);
    RatingMatrix matrix = ratings(themes, SEED);
    matrix.requireKnown(Frameworks.bundled().with(themes));
    List<DistinguishingResult> distinctions = DistinguishingPolicy.defaults().classify(matrix, HIGH, LOW);
    Set<ConstructRef> barriers = new LinkedHashSet<>();
    distinctions.stream()
        .filter(d -> d.distinction() == Distinction.STRONGLY || d.distinction() == Distinction.WEAKLY)
        .forEach(d -> mapping.cfir20(d.target().construct().construct()).stream()
            .map(Cfir20Construct::ref).forEach(barriers::add));
    StrategyRanking ranking = StrategyMatcher.rankCfir2(EndorsementReader.bundled(), barriers);
    Result result = new Result(themes, mapping, matrix, distinctions, List.copyOf(barriers), ranking);
    print(out, result);
    return result;
  }

  private static void print(PrintStream out, Result r) {
    out.printf("Social prescribing barriers: CFIR 2.0 and ERIC (SYNTHETIC DATA, seed %d)%n", SEED);
    out.printf("%d barrier themes of the study's own taxonomy, mapped onto CFIR 2.0 (%s)%n",
        r.themes().constructs().size(), r.mapping().source().citation());
    out.printf("ratings of %d practices (high: %s; low: %s), -2 to +2, M = did not come up:%n",
        r.matrix().sites().size(), String.join(" ", HIGH), String.join(" ", LOW));
    out.printf("  %-28s %s%n", "theme", String.join(" ", r.matrix().sites().stream()
        .map(s -> String.format(Locale.ROOT, "%4s", s)).toList()));
    for (RatingTarget target : r.matrix().targets()) {
      out.printf("  %-28s %s%n", target.construct().construct(), String.join(" ", r.matrix().sites().stream()
          .map(s -> String.format(Locale.ROOT, "%4s", r.matrix().rating(s, target).orElseThrow().rating().code()))
          .toList()));
    }
    out.println("distinguishing themes (high vs low mean; default policy):");
    for (DistinguishingResult d : r.distinctions()) {
      out.printf("  %-28s %-18s high %5s, low %5s%n", d.target().construct().construct(), d.distinction(),
          format(d.highMean().orElse(Double.NaN)), format(d.lowMean().orElse(Double.NaN)));
    }
    out.println("their CFIR 2.0 constructs: " + String.join(", ", r.barriers().stream().map(ConstructRef::construct).toList()));
    out.println("reached in CFIR 2009: " + String.join(", ", r.ranking().barriers().stream().map(ConstructRef::construct).toList()));
    out.println("  lossy crosswalk: " + String.join(", ", r.ranking().lossyBarriers().stream().map(ConstructRef::construct).toList()));
    out.println("  no entries in the bundled endorsement table: "
        + String.join(", ", r.ranking().barriersWithoutEntries().stream().map(ConstructRef::construct).toList()));
    out.println("  warnings (the ranking is incomplete, see StrategyRanking.warnings()): "
        + r.ranking().warnings().size());
    out.println("ERIC strategies, top 5 by cumulative percent of experts endorsing:");
    Map<String, String> labels = new LinkedHashMap<>();
    EricFrameworks.eric().constructs().forEach(c -> labels.put(c.id(), c.label()));
    for (RankedStrategy s : r.ranking().strategies().subList(0, Math.min(5, r.ranking().strategies().size()))) {
      out.printf("  %5.0f%%  %s (%s)%n", s.cumulativePercent(), s.strategy(), labels.getOrDefault(s.strategy(), "?"));
    }
  }

  /** The practices, high ones first. */
  public static List<String> sites() {
    List<String> sites = new ArrayList<>(HIGH);
    sites.addAll(LOW);
    return sites;
  }

  private static RatingValue score(int value) {
    return RatingValue.find(value > 0 ? "+" + value : Integer.toString(value)).orElseThrow();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
