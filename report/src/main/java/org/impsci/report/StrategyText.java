package org.impsci.report;

import java.util.ArrayList;
import java.util.List;
import org.impsci.barriers.strategy.BarrierPercent;
import org.impsci.barriers.strategy.ColumnCoverage;
import org.impsci.barriers.strategy.EricFrameworks;
import org.impsci.barriers.strategy.RankedStrategy;

/**
 * How a strategy ranking's figures read in text, the same in the report and the command line.
 * Thread-safe (static methods, no state).
 */
public final class StrategyText {
  private StrategyText() {}

  /**
   * How much of a barrier's column the endorsement table holds, for example {@code 43 of 73
   * strategies (whole column)} or {@code 5 of 73 strategies (partial column), 2 flagged only}.
   */
  public static String coverage(ColumnCoverage column) {
    String whole =
        column.complete() ? "whole column" : column.strategies() == 0 ? "none" : "partial column";
    return column.strategies() + " of " + EricFrameworks.PUBLISHED_STRATEGIES + " strategies ("
        + whole + ")" + (column.flags() == 0 ? "" : ", " + column.flags() + " flagged only");
  }

  /** A strategy's percent and level per barrier, for example {@code planning 60% (LEVEL_1)}. */
  public static String levels(RankedStrategy s) {
    List<String> levels = new ArrayList<>();
    for (BarrierPercent b : s.barriers()) {
      levels.add(b.barrier().construct() + " " + Math.round(b.percent()) + "%"
          + b.level().map(l -> " (" + l + ")").orElse(""));
    }
    return String.join("; ", levels);
  }
}
