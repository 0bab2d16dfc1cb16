package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * How often a construct was coded, with sub-constructs rolled up (see {@link CodingAnalysis}), and
 * how many distinct participants and sites that rests on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableConstructFrequency.class)
@JsonDeserialize(as = ImmutableConstructFrequency.class)
public interface ConstructFrequency {

  /** The construct. */
  ConstructRef construct();

  /** Its label. */
  String label();

  /** Its depth in the tree: 0 at the top. */
  int depth();

  /** Segments coded with it or with any construct below it, each segment counted once. */
  long segments();

  /** Segments coded with exactly this construct. */
  long directSegments();

  /** Distinct participants (site and participant id) behind {@link #segments()}. */
  long participants();

  /** Distinct sites behind {@link #segments()}. */
  long sites();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConstructFrequency}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableConstructFrequency.Builder {
    Builder() {}
  }
}
