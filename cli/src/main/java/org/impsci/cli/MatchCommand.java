package org.impsci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.SkipReason;
import org.impsci.barriers.strategy.ChosenBarrier;
import org.impsci.barriers.strategy.ColumnCoverage;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EndorsementReport;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.EndorsementTemplate;
import org.impsci.barriers.strategy.FlaggedStrategy;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import org.impsci.report.StrategyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code impsci match --barriers ID,ID,...}: ERIC strategies ranked for CFIR barriers by their
 * cumulative expert endorsement (Waltz et al. 2019), from the bundled entries or a full table of
 * the user's; {@code impsci match --template} writes the full table as CSV to fill in.
 *
 * <p>For every chosen barrier the output says which CFIR 2009 constructs it went through and how
 * many of the 73 strategies the table holds for each (and how many more it only flags Level 1 or
 * 2: those are listed after the ranking, never summed). A ranking that is not complete (a barrier
 * with no CFIR 2009 counterpart, a lossy CFIR 2.0 step, a column with no or only some strategies)
 * still exits 0, but each reason is printed to standard error as a {@code warning:} line, in
 * text and JSON alike, and the JSON's {@code warnings} array lists them: an empty array is the
 * only sign of a complete ranking.
 */
@Command(
    name = "match",
    description = "Rank ERIC strategies for CFIR barriers, or write the full table to fill in.",
    footerHeading = "%n",
    footer = {
      "Exit 0 when ranked, even when incomplete: every barrier the table cannot rank in full is a",
      "'warning:' line on standard error and an item of the JSON 'warnings' array.",
      "--template writes 39 CFIR 2009 constructs x 73 ERIC strategies as CSV, percents blank;",
      "fill them from the CFIR-ERIC matching tool and pass the file to --table."
    })
final class MatchCommand implements Runnable {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--barriers",
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

  @Option(
      names = "--template",
      description = "Write the full CFIR 2009 x ERIC table as CSV, percents blank, for --table.")
  boolean template;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (template == (barriers != null)) {
      throw new ParameterException(spec.commandLine(), "give either --barriers or --template");
    }
    if (template) {
      writeTemplate(out);
      return;
    }
    if (!cfir.equals("cfir-2009") && !cfir.equals("cfir-2.0")) {
      throw new ParameterException(
          spec.commandLine(), "--cfir must be cfir-2009 or cfir-2.0, got '" + cfir + "'");
    }
    Framework framework = Registry.framework(spec, cfir);
    List<ConstructRef> refs = new ArrayList<>();
    for (String barrier : barriers) {
      refs.add(ConstructRef.of(cfir, framework.require(barrier.trim()).id()));
    }
    StrategyRanking ranking =
        cfir.equals("cfir-2009")
            ? StrategyMatcher.rank(endorsements(), refs)
            : StrategyMatcher.rankCfir2(endorsements(), refs);
    if (format == Format.json) {
      out.println(ImpsciJson.write(ranking));
    } else {
      print(out, ranking);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    ranking.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
  }

  private EndorsementTable endorsements() {
    if (table == null) {
      return EndorsementReader.bundled();
    }
    EndorsementReport report = EndorsementReader.read(InputFiles.check(spec, table), ReadMode.STRICT);
    PrintWriter err = spec.commandLine().getErr();
    err.println(report.read().source() + ": " + report.read().rowsRead() + " rows read, "
        + report.table().entries().size() + " entries, "
        + report.read().skippedByReason().getOrDefault(SkipReason.UNFILLED, 0L)
        + " not filled in (percent blank)");
    return report.table();
  }

  private void writeTemplate(PrintWriter out) {
    CsvRowBuffer rows = new CsvRowBuffer(out, csvGuard.on);
    try {
      rows.row(EndorsementTemplate.COLUMNS);
      for (List<String> row : EndorsementTemplate.rows()) {
        rows.row(row);
      }
      rows.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private void print(PrintWriter out, StrategyRanking ranking) {
    out.println("barriers: " + ranking.chosen().stream().map(ChosenBarrier::barrier).toList());
    for (ChosenBarrier c : ranking.chosen()) {
      out.println("  " + barrierLine(c));
    }
    int rank = 0;
    for (RankedStrategy s : ranking.strategies()) {
      if (++rank > top) {
        break;
      }
      out.printf(Locale.ROOT, "%3d. %-55s %6.1f%%  %s%n", rank, s.strategy(), s.cumulativePercent(),
          StrategyText.levels(s));
    }
    if (!ranking.flagged().isEmpty()) {
      out.println("flagged Level 1 or 2 without a percent (never summed):");
    }
    for (FlaggedStrategy f : ranking.flagged()) {
      out.println("  " + f.strategy() + ": " + String.join("; ", f.flags().stream()
          .map(flag -> flag.barrier().construct() + " " + flag.level()).toList()));
    }
  }

  /** A chosen barrier, the CFIR 2009 constructs it went through and the table's columns for them. */
  static String barrierLine(ChosenBarrier c) {
    if (c.via().isEmpty()) {
      return c.barrier() + ": no CFIR 2009 counterpart";
    }
    if (c.via().equals(List.of(c.barrier()))) {
      return c.barrier() + ": " + StrategyText.coverage(c.columns().get(0));
    }
    List<String> columns = new ArrayList<>();
    for (ColumnCoverage column : c.columns()) {
      columns.add(column.barrier() + " " + StrategyText.coverage(column));
    }
    return c.barrier() + " through " + String.join(", ", columns)
        + (c.lossy() ? " (lossy step)" : " (exact step)");
  }
}
