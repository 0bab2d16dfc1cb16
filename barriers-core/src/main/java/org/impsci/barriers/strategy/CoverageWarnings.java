package org.impsci.barriers.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.ConstructRef;

/** The warnings of a {@link StrategyRanking}: every chosen barrier the table cannot rank in full. */
final class CoverageWarnings {
  private static final int ALL = EricFrameworks.PUBLISHED_STRATEGIES;

  private CoverageWarnings() {}

  /** One warning per barrier without a CFIR 2009 counterpart, lossy step and incomplete column. */
  static List<String> of(List<ChosenBarrier> chosen) {
    List<String> warnings = new ArrayList<>();
    for (ChosenBarrier c : chosen) {
      if (c.via().isEmpty()) {
        warnings.add(c.barrier() + ": no CFIR 2009 construct corresponds to it, so the table"
            + " ranks no strategy for it");
      } else if (c.lossy()) {
        warnings.add(c.barrier() + ": reaches CFIR 2009 only approximately, through "
            + c.via().stream().map(ConstructRef::toString).collect(Collectors.joining(", ")));
      }
      for (ColumnCoverage column : c.columns()) {
        String where = column.barrier().equals(c.barrier())
            ? c.barrier().toString()
            : c.barrier() + " (through " + column.barrier() + ")";
        String flags = column.flags() == 0 ? ""
            : "; " + column.flags() + " more carry only a Level 1 or 2 flag, listed apart and"
                + " never summed";
        if (column.strategies() == 0) {
          warnings.add(where + ": the table holds no strategy for it (0 of " + ALL
              + "), so it adds nothing to any sum" + flags);
        } else if (!column.complete()) {
          warnings.add(where + ": the table holds " + column.strategies() + " of " + ALL
              + " strategies for it; the others' percents are unknown, not zero" + flags);
        }
      }
    }
    return warnings;
  }
}
