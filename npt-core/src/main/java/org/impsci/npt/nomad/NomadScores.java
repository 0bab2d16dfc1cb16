package org.impsci.npt.nomad;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleProfile;

/**
 * One respondent's NoMAD result: a score per construct (with the items it rests on, the count of
 * each Option B answer, or the reason it has none) and, apart from them, the general items.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableNomadScores.class)
@JsonDeserialize(as = ImmutableNomadScores.class)
public interface NomadScores {

  /** The construct scores (and {@code total} when asked for). */
  RespondentScores constructs();

  /** The general items G1-G3 that were answered, by item id; they enter no construct score. */
  Map<String, Double> general();

  /** The four constructs ordered from the strongest score to the weakest. */
  default ScaleProfile profile() {
    return ScaleProfile.of(constructs(), Set.copyOf(NomadScorer.CONSTRUCTS));
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NomadScores}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableNomadScores.Builder {
    Builder() {}
  }
}
