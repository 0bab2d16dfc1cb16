package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * One respondent's answer to one pCAT item at one assessment, classified: a record of a long-form
 * file (one row) or of a wide-form file (one item's two columns of a row).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutablePcatAnswer.class)
@JsonDeserialize(as = ImmutablePcatAnswer.class)
public interface PcatAnswer {

  /** The file row it was read from, counting the header as row 1. */
  long row();

  /** The respondent. */
  String respondentId();

  /** The item's number, 1 to 14. */
  int item();

  /**
   * The assessment's context, by the file's column names ({@code project_id}, {@code site_id},
   * {@code team_id}, {@code role}, {@code timepoint}, {@code assessment_date}, those present), in
   * the file's order; a blank cell is the empty string.
   */
  Map<String, String> context();

  /** The side the direction gives. */
  PcatSide side();

  /** The effect, 0 (weak or none) or 1 (strong); empty when not given or not valid. */
  OptionalInt effect();

  /** The answer's class. */
  PcatClass pcatClass();

  /** For an {@link PcatClass#INVALID} answer, what is wrong with it. */
  Optional<String> problem();

  /** The free-text comment, if any. */
  Optional<String> comment();

  /** The value of a context column, or the empty string. */
  default String contextValue(String column) {
    return context().getOrDefault(column, "");
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PcatAnswer}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutablePcatAnswer.Builder {
    Builder() {}
  }
}
