package org.impsci.parihs.iparihs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * Turns i-PARIHS assessments into facilitation plans and compares two occasions at a site. Pure
 * functions; thread-safe.
 *
 * <p>The rules are this project's, since i-PARIHS prescribes no scoring:
 *
 * <ul>
 *   <li><b>Profiles</b>: one per construct and context level in the framework's order (innovation,
 *       recipients, local, organisational, external), counting enablers, barriers, neutral and
 *       unrated characteristics, with the net of the signed weights ({@link
 *       CharacteristicRating#signedWeight()}).
 *   <li><b>Focus</b>: every barrier, ranked by strength (strong first), then by the framework's
 *       order of Table 3 (innovation, recipients, then context from the local level outwards), so
 *       that among equally strong barriers those nearest the people doing the work come first.
 *       Ties cannot remain: each characteristic has its own place in that order.
 *   <li><b>Comparison</b>: both assessments must be of the same site; every characteristic rated
 *       on either occasion gets a {@link RatingChange}.
 * </ul>
 */
public final class IParihsPlanning {
  private static final List<IParihsConstruct> PROFILED =
      List.of(
          IParihsConstruct.INNOVATION,
          IParihsConstruct.RECIPIENTS,
          IParihsConstruct.CONTEXT_LOCAL,
          IParihsConstruct.CONTEXT_ORGANISATIONAL,
          IParihsConstruct.CONTEXT_EXTERNAL);

  private IParihsPlanning() {}

  /** The profiles and the ranked barriers of one assessment. */
  public static FacilitationPlan plan(IParihsAssessment assessment) {
    Map<IParihsConstruct, CharacteristicRating> rated = assessment.byCharacteristic();
    FacilitationPlan.Builder plan =
        FacilitationPlan.builder().site(assessment.site()).occasion(assessment.occasion());
    for (IParihsConstruct construct : PROFILED) {
      plan.addProfiles(profile(construct, rated));
    }
    List<CharacteristicRating> barriers =
        new ArrayList<>(
            assessment.ratings().stream().filter(r -> r.influence() == Influence.BARRIER).toList());
    barriers.sort(
        Comparator.comparing((CharacteristicRating r) -> -r.strength().orElseThrow().weight())
            .thenComparing(CharacteristicRating::characteristic));
    for (int i = 0; i < barriers.size(); i++) {
      CharacteristicRating r = barriers.get(i);
      plan.addFocus(
          FocusItem.builder()
              .rank(i + 1)
              .characteristic(r.characteristic())
              .strength(r.strength().orElseThrow())
              .rationale(r.rationale())
              .build());
    }
    return plan.build();
  }

  /**
   * The change from an earlier to a later assessment of the same site.
   *
   * @throws InvalidInputException if the two assessments are of different sites
   */
  public static AssessmentComparison compare(IParihsAssessment earlier, IParihsAssessment later) {
    if (!earlier.site().equals(later.site())) {
      throw new InvalidInputException(
          InputLocation.in("i-PARIHS comparison").withPath("site"),
          "the two assessments are of different sites ('" + earlier.site() + "' and '"
              + later.site() + "')",
          later.site(),
          earlier.site());
    }
    Map<IParihsConstruct, CharacteristicRating> before = earlier.byCharacteristic();
    Map<IParihsConstruct, CharacteristicRating> after = later.byCharacteristic();
    AssessmentComparison.Builder out =
        AssessmentComparison.builder()
            .site(earlier.site())
            .from(earlier.occasion())
            .to(later.occasion());
    for (IParihsConstruct c : IParihsConstruct.values()) {
      Optional<CharacteristicRating> b = Optional.ofNullable(before.get(c));
      Optional<CharacteristicRating> a = Optional.ofNullable(after.get(c));
      if (b.isPresent() || a.isPresent()) {
        out.addChanges(
            RatingChange.builder()
                .characteristic(c)
                .before(b.map(CharacteristicRating::influence))
                .after(a.map(CharacteristicRating::influence))
                .weightBefore(weight(b))
                .weightAfter(weight(a))
                .build());
      }
    }
    return out.build();
  }

  private static OptionalInt weight(Optional<CharacteristicRating> r) {
    return r.isPresent() ? OptionalInt.of(r.get().signedWeight()) : OptionalInt.empty();
  }

  private static ConstructProfile profile(
      IParihsConstruct construct, Map<IParihsConstruct, CharacteristicRating> rated) {
    int[] counts = new int[Influence.values().length];
    int unrated = 0;
    int net = 0;
    for (IParihsConstruct c : construct.children()) {
      CharacteristicRating r = rated.get(c);
      if (r == null) {
        unrated++;
      } else {
        counts[r.influence().ordinal()]++;
        net += r.signedWeight();
      }
    }
    return ConstructProfile.builder()
        .construct(construct)
        .enablers(counts[Influence.ENABLER.ordinal()])
        .barriers(counts[Influence.BARRIER.ordinal()])
        .neutral(counts[Influence.NEUTRAL.ordinal()])
        .unrated(unrated)
        .net(net)
        .build();
  }
}
