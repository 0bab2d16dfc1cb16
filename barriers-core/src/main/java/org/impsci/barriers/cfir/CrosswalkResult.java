package org.impsci.barriers.cfir;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * Where one construct lands in the other CFIR version: the constructs it maps to (none if it was
 * removed or is new), the crosswalk rows used, and whether the mapping loses information.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCrosswalkResult.class)
@JsonDeserialize(as = ImmutableCrosswalkResult.class)
public interface CrosswalkResult {

  /** The construct looked up, for example {@code cfir-2009:process.executing}. */
  ConstructRef from();

  /** The constructs of the other version it maps to, in framework order. */
  List<ConstructRef> to();

  /** The rows that mention the construct. */
  List<CrosswalkRow> rows();

  /**
   * False only for an exact, reversible mapping: a single {@link CrosswalkKind#EQUIVALENT} row
   * whose target maps back to this construct alone. True for a split, a merge, a construct with no
   * counterpart, or a target that other constructs share.
   */
  boolean lossy();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrosswalkResult}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCrosswalkResult.Builder {
    Builder() {}
  }
}
