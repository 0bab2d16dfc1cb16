package org.impsci.assessment.scoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One respondent's scale scores, in the instrument's reporting order, with the grouping values.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableRespondentScores.class)
@JsonDeserialize(as = ImmutableRespondentScores.class)
public interface RespondentScores {

  /** The respondent's id. */
  String respondentId();

  /** Grouping values by column name (site, role, wave). */
  Map<String, String> groups();

  /** One score per scale of the instrument. */
  List<ScaleScore> scores();

  /** The score of one scale. */
  default Optional<ScaleScore> score(String scaleId) {
    return scores().stream().filter(s -> s.scaleId().equals(scaleId)).findFirst();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RespondentScores}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableRespondentScores.Builder {
    Builder() {}
  }
}
