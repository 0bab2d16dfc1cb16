package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Scales ordered from the strongest score to the weakest, each with what it rests on: for one
 * respondent the items answered, for a group the respondents with a score. Scales without a score
 * come last, in their reporting order. Ties keep reporting order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableScaleProfile.class)
@JsonDeserialize(as = ImmutableScaleProfile.class)
public interface ScaleProfile {

  /** The scales, strongest first. */
  List<ScaleProfileEntry> entries();

  /** The profile of one respondent over the given scales (all when {@code scaleIds} is empty). */
  static ScaleProfile of(RespondentScores scores, Collection<String> scaleIds) {
    List<ScaleProfileEntry> entries = new ArrayList<>();
    for (ScaleScore s : scores.scores()) {
      if (scaleIds.isEmpty() || scaleIds.contains(s.scaleId())) {
        entries.add(entry(s.scaleId(), s.score(), s.answered(), s.members()));
      }
    }
    return ordered(entries);
  }

  /**
   * The profile of one group from its summaries, over the given scales (all when {@code scaleIds}
   * is empty).
   */
  static ScaleProfile ofGroup(Collection<GroupSummary> groupSummaries, Collection<String> scaleIds) {
    List<ScaleProfileEntry> entries = new ArrayList<>();
    for (GroupSummary g : groupSummaries) {
      if (scaleIds.isEmpty() || scaleIds.contains(g.scaleId())) {
        entries.add(entry(g.scaleId(), g.mean(), g.n(), g.n() + g.notScored()));
      }
    }
    return ordered(entries);
  }

  /** The scale ids, strongest first. */
  default List<String> order() {
    return entries().stream().map(ScaleProfileEntry::scaleId).toList();
  }

  /** The entry of one scale. */
  default Optional<ScaleProfileEntry> entry(String scaleId) {
    return entries().stream().filter(e -> e.scaleId().equals(scaleId)).findFirst();
  }

  private static ScaleProfileEntry entry(String id, OptionalDouble score, long basis, long of) {
    return ScaleProfileEntry.builder().scaleId(id).score(score).basis(basis).of(of).build();
  }

  private static ScaleProfile ordered(List<ScaleProfileEntry> entries) {
    Comparator<ScaleProfileEntry> strongestFirst =
        Comparator.comparing((ScaleProfileEntry e) -> e.score().isEmpty())
            .thenComparing(e -> -e.score().orElse(0));
    List<ScaleProfileEntry> sorted = new ArrayList<>(entries);
    sorted.sort(strongestFirst);
    return ScaleProfile.builder().addAllEntries(sorted).build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScaleProfile}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableScaleProfile.Builder {
    Builder() {}
  }
}
