package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A construct-by-group matrix (groups being sites or roles): for each construct, the segments
 * coded with it or below it in each group. Rows in registry and tree order, columns sorted.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCrossTab.class)
@JsonDeserialize(as = ImmutableCrossTab.class)
public interface CrossTab {

  /** What the columns are, for example {@code site}. */
  String groupedBy();

  /** The groups, sorted. */
  List<String> columns();

  /** One row per construct with at least one segment. */
  List<CrossTabRow> rows();

  /** The count in a cell; 0 where the construct was not coded in that group. */
  default long count(ConstructRef construct, String column) {
    return rows().stream()
        .filter(r -> r.construct().equals(construct))
        .findFirst()
        .map(r -> r.counts().getOrDefault(column, 0L))
        .orElse(0L);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrossTab}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCrossTab.Builder {
    Builder() {}
  }
}
