package org.impsci.barriers.pcat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.barriers.rating.RatingTarget;

/**
 * The CFIR construct a pCAT item stands for, as a source publishes it: the construct in impsci's
 * ids (for a CFIR 2.0 role, the role and its characteristic), the source's own label and whether
 * it is the item's primary construct.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCfirMapping.class)
@JsonDeserialize(as = ImmutableCfirMapping.class)
public interface CfirMapping {

  /** The construct, for example {@code cfir-2.0:individuals.roles.high-level-leaders+motivation}. */
  RatingTarget target();

  /** The construct's name as the source prints it, for example {@code Mission Alignment}. */
  String publishedLabel();

  /** Whether this is the item's primary construct (item 10 also has a secondary one). */
  boolean primary();

  /** Where the mapping is published. */
  Source source();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CfirMapping}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCfirMapping.Builder {
    Builder() {}
  }
}
