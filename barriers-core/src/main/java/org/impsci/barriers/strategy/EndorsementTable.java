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
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableEndorsementTable.class)
@JsonDeserialize(as = ImmutableEndorsementTable.class)
public interface EndorsementTable {

  /** The entries, in the order read. */
  List<Endorsement> entries();

  /**
   * Barriers whose source lists every strategy endorsed for them: a strategy without an entry
   * there had 0%. Empty for a table that does not say so (a CSV table's column is whole only when
   * it holds all {@value EricFrameworks#PUBLISHED_STRATEGIES} strategies).
   */
  List<CompleteColumn> completeColumns();

  /**
   * Cells known only by their level (Level 1 or 2, no percent printed), kept apart from the
   * percents so that nothing sums them; a flag for a cell that also has a percent is not used.
   */
  List<EndorsementFlag> flags();

  /**
   * The flags that stand alone: those for a barrier and strategy without a percent in the table.
   */
  default List<EndorsementFlag> flagsWithoutPercent(ConstructRef barrier) {
    return flags().stream()
        .filter(f -> f.barrier().equals(barrier) && entry(barrier, f.strategy()).isEmpty())
        .toList();
  }

  /**
   * How much of a barrier's column the table holds: the strategies with a percent for it, those
   * with only a flag, and whether the column is whole (all {@value
   * EricFrameworks#PUBLISHED_STRATEGIES} strategies have a percent, or it is listed in {@link
   * #completeColumns()}).
   */
  default ColumnCoverage coverage(ConstructRef barrier) {
    int strategies = byBarrier().getOrDefault(barrier, Map.of()).size();
    boolean complete = strategies == EricFrameworks.PUBLISHED_STRATEGIES
        || completeColumns().stream().anyMatch(c -> c.barrier().equals(barrier));
    return ColumnCoverage.builder()
        .barrier(barrier).strategies(strategies).flags(flagsWithoutPercent(barrier).size())
        .complete(complete).build();
  }

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

  /**
   * Checks for duplicate barrier-strategy pairs among entries and among flags, unknown strategies
   * and complete columns of another framework.
   */
  @Value.Check
  default void check() {
    for (CompleteColumn c : completeColumns()) {
      if (!c.barrier().framework().equals(Endorsement.BARRIER_FRAMEWORK)) {
        throw new IllegalArgumentException(
            "complete column " + c.barrier() + " is not a " + Endorsement.BARRIER_FRAMEWORK + " construct");
      }
    }
    requireUniquePairs("entries", entries().stream().map(e -> List.of(e.barrier().toString(), e.strategy())).toList());
    requireUniquePairs("flags", flags().stream().map(f -> List.of(f.barrier().toString(), f.strategy())).toList());
  }

  /** Checks each (barrier, strategy) pair's strategy id, and that no pair repeats. */
  private static void requireUniquePairs(String field, List<List<String>> pairs) {
    Map<List<String>, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      List<String> pair = pairs.get(i);
      EndorsementReader.requireStrategy(pair.get(1));
      Integer first = seen.putIfAbsent(pair, i);
      if (first != null) {
        throw new IllegalArgumentException(field + "[" + i + "] repeats " + pair.get(0) + " / "
            + pair.get(1) + " of " + field + "[" + first + "]");
      }
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EndorsementTable}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableEndorsementTable.Builder {
    Builder() {}
  }
}
