package org.impsci.qda;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * Who a source document (or a selection in it) comes from: participant, role, site and wave.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSourceAttribution.class)
@JsonDeserialize(as = ImmutableSourceAttribution.class)
public interface SourceAttribution {

  /** The participant id. */
  String participantId();

  /** The participant's role. */
  String role();

  /** The site. */
  String site();

  /** The wave, if the study has several. */
  Optional<String> wave();

  /** An attribution without a wave. */
  static SourceAttribution of(String participantId, String role, String site) {
    return SourceAttribution.builder()
        .participantId(participantId)
        .role(role)
        .site(site)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceAttribution}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSourceAttribution.Builder {
    Builder() {}
  }
}
