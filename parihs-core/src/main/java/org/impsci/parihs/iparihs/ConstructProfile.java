package org.impsci.parihs.iparihs;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;

/**
 * The ratings of one i-PARIHS construct or context level at a site: counts of enablers, barriers,
 * neutral and unrated characteristics, and the net balance, the sum of the signed weights
 * (enablers +1..+3, barriers -1..-3; this project's measure).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableConstructProfile.class)
@JsonDeserialize(as = ImmutableConstructProfile.class)
public interface ConstructProfile {

  /** Innovation, recipients, or a context level. */
  IParihsConstruct construct();

  /** Characteristics rated as enablers. */
  int enablers();

  /** Characteristics rated as barriers. */
  int barriers();

  /** Characteristics rated neutral. */
  int neutral();

  /** Characteristics not rated. */
  int unrated();

  /** The sum of the signed weights of the rated characteristics. */
  int net();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConstructProfile}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableConstructProfile.Builder {
    Builder() {}
  }
}
