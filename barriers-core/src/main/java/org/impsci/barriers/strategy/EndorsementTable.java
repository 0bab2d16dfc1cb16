package org.impsci.barriers.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A table of {@link Endorsement}s with at most one entry per barrier and strategy. Every
 * strategy is a bundled ERIC strategy id. Read one with {@link EndorsementReader}; {@link
 * EndorsementReader#bundled()} has the entries open-access publications print.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsementTable.class)
@JsonDeserialize(as = ImmutableEndorsementTable.class)
public interface EndorsementTable {

  /** The entries, in the order read. */
  List<Endorsement> entries();

  /** Entries by barrier, then by strategy. */
  @JsonIgnore
  @Value.Lazy
  default Map<ConstructRef, Map<String, Endorsement>> byBarrier() {
    Map<ConstructRef, Map<String, Endorsement>> map = new LinkedHashMap<>();
    entries().forEach(e -> map.computeIfAbsent(e.barrier(), b -> new LinkedHashMap<>()).put(e.strategy(), e));
    return map;
  }

  /** The entry for a barrier and strategy. */
  default Optional<Endorsement> entry(ConstructRef barrier, String strategy) {
    return Optional.ofNullable(byBarrier().getOrDefault(barrier, Map.of()).get(strategy));
  }

  /** Checks for duplicate barrier-strategy pairs and unknown strategies. */
  @Value.Check
  default void check() {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      Endorsement e = entries().get(i);
      EndorsementReader.requireStrategy(e.strategy());
      Integer first = seen.putIfAbsent(e.barrier() + " / " + e.strategy(), i);
      if (first != null) {
        throw new IllegalStateException(
            "entries[" + i + "] repeats " + e.barrier() + " / " + e.strategy()
                + " of entries[" + first + "]");
      }
    }
  }
}
