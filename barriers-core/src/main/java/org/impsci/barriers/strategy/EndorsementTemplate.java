package org.impsci.barriers.strategy;

import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.framework.Construct;
import org.impsci.barriers.cfir.CfirFrameworks;

/**
 * The full CFIR-ERIC endorsement table as rows to fill in: one row for each of the 39 CFIR 2009
 * constructs and sub-constructs times each of the {@value EricFrameworks#PUBLISHED_STRATEGIES}
 * ERIC strategies (2,847 rows, as Waltz et al. 2019, doi:10.1186/s13012-019-0892-4, count them),
 * with ids and labels, the percent left blank and the source pre-filled. Copy each percent from
 * the official CFIR-ERIC matching tool; {@link EndorsementReader} reads the file as filled so far
 * (blank percents are skipped and counted), and a barrier becomes a complete column once all its
 * strategies have a percent (0 included).
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class EndorsementTemplate {
  /** The template's columns, in order: {@link EndorsementReader}'s columns and the two labels. */
  public static final List<String> COLUMNS =
      List.of("barrier", "barrier_label", "strategy", "strategy_label", "percent", "citation", "doi",
          "locator");

  /** The source each row is pre-filled with. */
  static final List<String> SOURCE =
      List.of("Waltz et al. 2019, Implementation Science", "10.1186/s13012-019-0892-4",
          "CFIR-ERIC matching tool (full table)");

  private EndorsementTemplate() {}

  /** The data rows, cells in {@link #COLUMNS} order: barriers and strategies in framework order. */
  public static List<List<String>> rows() {
    List<Construct> strategies = EricFrameworks.eric().constructs().stream()
        .filter(c -> c.kind().equals("strategy")).toList();
    List<Construct> barriers = CfirFrameworks.cfir2009().constructs().stream()
        .filter(c -> !c.kind().equals("domain")).toList();
    List<List<String>> rows = new ArrayList<>(barriers.size() * strategies.size());
    for (Construct b : barriers) {
      for (Construct s : strategies) {
        List<String> row = new ArrayList<>(List.of(
            Endorsement.BARRIER_FRAMEWORK + ":" + b.id(), b.label(), s.id(), s.label(), ""));
        row.addAll(SOURCE);
        rows.add(List.copyOf(row));
      }
    }
    return rows;
  }
}
