package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * One row of a {@link CrossTab}: a construct's segment counts by group.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCrossTabRow.class)
@JsonDeserialize(as = ImmutableCrossTabRow.class)
public interface CrossTabRow {

  /** The construct. */
  ConstructRef construct();

  /** Segments by group, groups sorted; groups with none are left out. */
  Map<String, Long> counts();

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrossTabRow}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCrossTabRow.Builder {
    Builder() {}
  }
}
