package org.impsci.parihs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.impsci.parihs.FacilitationSuggestion.Emphasis;
import org.impsci.parihs.ParihsOptions.FacilitationRule;

/**
 * Summarises a {@link ParihsAssessment}: evidence and context each get an {@link ElementSummary},
 * both together an {@link EvidenceContextPosition}, and, when the options ask, a {@link
 * FacilitationSuggestion}. Immutable and thread-safe.
 *
 * <p>The summary rule is this project's, since PARIHS gives continua and no scoring:
 *
 * <ul>
 *   <li>A placement is <em>low</em> below the middle of the scale (point &lt; (points + 1) / 2),
 *       <em>high</em> above it, and at the <em>middle</em> when equal (only on a scale with an odd
 *       number of points): on 5 points, 1-2 low, 3 middle, 4-5 high.
 *   <li>An element is {@link ElementStrength#STRONG} when all four of its sub-elements are high,
 *       {@link ElementStrength#WEAK} when all four are low, and {@link ElementStrength#MIXED}
 *       otherwise.
 *   <li>An element with a sub-element not placed gets no strength, and the reason names the
 *       missing ones: a strength from part of the element would be a guess.
 *   <li>Facilitation is judged for appropriateness, not as weak or strong (Stetler et al. 2011,
 *       doi:10.1186/1748-5908-6-99, Table 1), so it has no summary; its placements stay in the
 *       assessment.
 * </ul>
 */
public final class ParihsDiagnostics {
  private static final List<ParihsConstruct> SUMMARISED =
      List.of(ParihsConstruct.EVIDENCE, ParihsConstruct.CONTEXT);

  private final ParihsOptions options;

  private ParihsDiagnostics(ParihsOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Diagnostics with the given options. */
  public static ParihsDiagnostics of(ParihsOptions options) {
    return new ParihsDiagnostics(options);
  }

  /** Diagnostics with the default options: no facilitation suggestion. */
  public static ParihsDiagnostics withDefaults() {
    return new ParihsDiagnostics(ParihsOptions.defaults());
  }

  /** The options. */
  public ParihsOptions options() {
    return options;
  }

  /** Summarises one assessment. */
  public ParihsDiagnosis diagnose(ParihsAssessment assessment) {
    ParihsDiagnosis.Builder result =
        ParihsDiagnosis.builder().site(assessment.site());
    List<ElementSummary> summaries = new ArrayList<>();
    for (ParihsConstruct element : SUMMARISED) {
      summaries.add(summarise(element, assessment));
    }
    result.addAllSummaries(summaries);
    Optional<ElementStrength> evidence = summaries.get(0).strength();
    Optional<ElementStrength> context = summaries.get(1).strength();
    if (evidence.isPresent() && context.isPresent()) {
      result.position(EvidenceContextPosition.of(evidence.get(), context.get()));
      if (options.facilitationRule() == FacilitationRule.IMPSCI_WEAKER_ELEMENTS) {
        result.suggestion(weakerElementsFirst(summaries));
      }
    }
    return result.build();
  }

  private static ElementSummary summarise(ParihsConstruct element, ParihsAssessment assessment) {
    Map<ParihsConstruct, Placement> placed = assessment.bySubElement();
    int twiceMiddle = assessment.points() + 1;
    int low = 0;
    int middle = 0;
    int high = 0;
    List<ParihsConstruct> unplaced = new ArrayList<>();
    for (ParihsConstruct sub : element.children()) {
      Placement p = placed.get(sub);
      if (p == null) {
        unplaced.add(sub);
      } else if (2 * p.point() < twiceMiddle) {
        low++;
      } else if (2 * p.point() > twiceMiddle) {
        high++;
      } else {
        middle++;
      }
    }
    ElementSummary.Builder b =
        ElementSummary.builder()
            .element(element)
            .low(low)
            .middle(middle)
            .high(high)
            .addAllUnplaced(unplaced);
    if (!unplaced.isEmpty()) {
      return b.reason("not every sub-element is placed; missing " + unplaced).build();
    }
    int all = element.children().size();
    ElementStrength strength =
        high == all ? ElementStrength.STRONG : low == all ? ElementStrength.WEAK : ElementStrength.MIXED;
    return b.strength(strength).build();
  }

  private static FacilitationSuggestion weakerElementsFirst(List<ElementSummary> summaries) {
    List<ElementSummary> notStrong = new ArrayList<>();
    for (ElementSummary s : summaries) {
      if (s.strength().orElseThrow() != ElementStrength.STRONG) {
        notStrong.add(s);
      }
    }
    notStrong.sort(Comparator.comparing(s -> s.strength().orElseThrow()));
    return FacilitationSuggestion.builder()
        .emphasis(notStrong.isEmpty() ? Emphasis.TASK_FOCUSED : Emphasis.HOLISTIC_ENABLING)
        .addAllFocus(notStrong.stream().map(ElementSummary::element).toList())
        .basis(
            "impsci option IMPSCI_WEAKER_ELEMENTS: this project's rule, not a published one;"
                + " the position it reads is from Kitson et al. 2008, doi:10.1186/1748-5908-3-1")
        .build();
  }
}
