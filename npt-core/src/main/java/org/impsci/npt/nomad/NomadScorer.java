package org.impsci.npt.nomad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.scoring.PublishedAlpha;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;

/**
 * Scores NoMAD responses under {@link NomadOptions}. Immutable and thread-safe. For whole files use
 * {@link #scorer()} with the kernel's {@link org.impsci.assessment.survey.SurveyAnalysis} and
 * {@link Nomad#csvLayout(String, String...)}.
 */
public final class NomadScorer {
  /** The scale ids of the four NPT constructs, in NoMAD's order. */
  public static final List<String> CONSTRUCTS =
      List.of("coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");

  /** The ids of the general items. */
  public static final List<String> GENERAL_ITEMS = List.of("G1", "G2", "G3");

  private final NomadOptions options;
  private final Instrument instrument;
  private final Scorer scorer;

  private NomadScorer(NomadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.instrument = options.includeTotal() ? withTotal(Nomad.instrument()) : Nomad.instrument();
    this.scorer = Scorer.of(instrument, options.rules());
  }

  /** A scorer with the given options. */
  public static NomadScorer of(NomadOptions options) {
    return new NomadScorer(options);
  }

  /** A scorer with the documented defaults of {@link NomadOptions}. */
  public static NomadScorer withDefaults() {
    return new NomadScorer(NomadOptions.defaults());
  }

  /** The options. */
  public NomadOptions options() {
    return options;
  }

  /** The instrument scored: NoMAD, with a {@code total} scale when the options ask for one. */
  public Instrument instrument() {
    return instrument;
  }

  /** The kernel scorer, for file analysis and reliability. */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The instrument with these options' rules, the options with their rationale, and the alphas
   * Finch et al. 2018 publish for the scales it has ({@link Nomad#PUBLISHED_ALPHA}).
   */
  public ScoredInstrument scoredInstrument() {
    return ScoredInstrument.builder()
        .instrument(instrument)
        .rules(scorer.rules())
        .addAllOptions(options.describe())
        .addAllPublishedAlpha(
            PublishedAlpha.forScales(instrument, Nomad.PUBLISHED_ALPHA, ALPHA_SOURCE))
        .build();
  }

  /** Where {@link Nomad#PUBLISHED_ALPHA} is published. */
  static final Source ALPHA_SOURCE =
      Source.of(
          "Finch et al. 2018",
          "10.1186/s12874-018-0591-x",
          "Results, internal consistency of the construct scales (n = 831 questionnaires, 6 sites)");

  /**
   * Scores one response.
   *
   * @throws org.impsci.assessment.InvalidInputException if an answer is off its item's scale or
   *     names an item NoMAD lacks
   */
  public NomadScores score(Response response) {
    NomadScores.Builder result =
        NomadScores.builder().constructs(scorer.score(response));
    for (String id : GENERAL_ITEMS) {
      if (response.answer(id) instanceof Answer.Numeric n) {
        result.putGeneral(id, n.value());
      }
    }
    return result.build();
  }

  /**
   * The source of the {@code total} scale: the validation study, whose Table 3 the construct items
   * come from and which reports alpha for the 20 items together ({@link Nomad#PUBLISHED_ALPHA}).
   */
  static final Source TOTAL_SOURCE =
      Source.of(
          "Finch et al. 2018",
          "10.1186/s12874-018-0591-x",
          "Table 3, the 20 construct items taken together as one scale (the paper reports"
              + " Cronbach's alpha for them together)");

  /** NoMAD with a scale {@code total} over the 20 construct items added after the constructs. */
  private static Instrument withTotal(Instrument nomad) {
    List<ItemGroup> groups = new ArrayList<>(nomad.groups());
    groups.add(
        ItemGroup.builder()
            .id("total")
            .label("All construct items")
            .addAllItemIds(
                nomad.items().stream().map(Item::id).filter(id -> !GENERAL_ITEMS.contains(id)).toList())
            .addSources(TOTAL_SOURCE)
            // CA2 also cites this project's option to reverse it: the scale over it cites that too.
            .addAllSources(nomad.item("CA2").orElseThrow().sources().stream()
                .filter(source -> source.doi().isEmpty()).toList())
            .build());
    return Instrument.builder().from(nomad).groups(groups).build();
  }
}
