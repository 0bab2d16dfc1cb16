package org.impsci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.barriers.strategy.BarrierPercent;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci match --barriers ID,ID,...}: ERIC strategies ranked for CFIR barriers by their
 * cumulative expert endorsement (Waltz et al. 2019), from the bundled entries or a full table of
 * the user's.
 */
@Command(name = "match", description = "Rank ERIC strategies for CFIR barriers.")
final class MatchCommand implements Runnable {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--barriers",
      required = true,
      split = ",",
      paramLabel = "ID",
      description = "CFIR constructs by id or short name, e.g. planning,reflecting-and-evaluating.")
  List<String> barriers;

  @Option(
      names = "--cfir",
      defaultValue = "cfir-2009",
      description = "Which CFIR the barriers name: cfir-2009 or cfir-2.0 (default: ${DEFAULT-VALUE}).")
  String cfir;

  @Option(names = "--table", paramLabel = "FILE", description = "An endorsement table (CSV or JSON) instead of the bundled entries.")
  Path table;

  @Option(names = "--top", defaultValue = "10", description = "How many strategies to print (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public void run() {
    if (!cfir.equals("cfir-2009") && !cfir.equals("cfir-2.0")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--cfir must be cfir-2009 or cfir-2.0, got '" + cfir + "'");
    }
    Framework framework = Registry.framework(spec, cfir);
    List<ConstructRef> refs = new ArrayList<>();
    for (String barrier : barriers) {
      refs.add(ConstructRef.of(cfir, framework.require(barrier.trim()).id()));
    }
    EndorsementTable endorsements =
        table == null
            ? EndorsementReader.bundled()
            : EndorsementReader.read(table, ReadMode.STRICT).table();
    StrategyRanking ranking =
        cfir.equals("cfir-2009")
            ? StrategyMatcher.rank(endorsements, refs)
            : StrategyMatcher.rankCfir2(endorsements, refs);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(ImpsciJson.write(ranking));
    } else {
      print(out, ranking);
    }
    out.flush();
  }

  private void print(PrintWriter out, StrategyRanking ranking) {
    out.println("barriers: " + ranking.barriers());
    if (!ranking.lossyBarriers().isEmpty()) {
      out.println("mapped to CFIR 2009 with loss: " + ranking.lossyBarriers());
    }
    if (!ranking.barriersWithoutEntries().isEmpty()) {
      out.println("no endorsements in the table for: " + ranking.barriersWithoutEntries());
    }
    int rank = 0;
    for (RankedStrategy s : ranking.strategies()) {
      if (++rank > top) {
        break;
      }
      List<String> levels = new ArrayList<>();
      for (BarrierPercent b : s.barriers()) {
        levels.add(b.barrier().construct() + " " + Math.round(b.percent()) + "%"
            + b.level().map(l -> " (" + l + ")").orElse(""));
      }
      out.printf(Locale.ROOT, "%3d. %-55s %6.1f%%  %s%n", rank, s.strategy(), s.cumulativePercent(),
          String.join("; ", levels));
    }
  }
}
