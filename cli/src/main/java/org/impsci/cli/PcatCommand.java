package org.impsci.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.barriers.pcat.PcatActionPlan;
import org.impsci.barriers.pcat.PcatAgreement;
import org.impsci.barriers.pcat.PcatAgreementRules;
import org.impsci.barriers.pcat.PcatChange;
import org.impsci.barriers.pcat.PcatChanges;
import org.impsci.barriers.pcat.PcatCsvReader;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.impsci.barriers.pcat.PcatPlanRules;
import org.impsci.barriers.pcat.PcatReadReport;
import org.impsci.barriers.pcat.PcatSummaries;
import org.impsci.barriers.pcat.PcatTables;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.report.HtmlReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code impsci pcat --input FILE.csv [--group site_id,timepoint] [--format csv|json]}: the
 * per-item summaries of pCAT answers (long or wide form), overall or by context columns, with
 * pcatR's column names. pCAT has no total score, so none is printed. {@code --agreement} prints
 * the team agreement of each summary instead; {@code --change --from A --to B} the transition of
 * each respondent's answer to each item between two timepoints, or with {@code --group} (project,
 * site or team columns) the count and share of each transition per group and item; {@code --plan}
 * the items found to be barriers with their CFIR 2009 and 2.0 constructs and ERIC strategies,
 * those ranked by endorsement percent apart from the Level 1/2 candidates of the pCAT paper, and
 * each incomplete column a {@code warning:} line on standard error.
 *
 * <p>{@code --report FILE.html} also writes the report module's pCAT section (a diverging bar
 * chart and the shares of each item, per group of {@code --group}) as one HTML page.
 *
 * <p>The whole file is read and summarised before anything is written: a failed run writes
 * nothing. In JSON a figure that pcatR gives as {@code NA} is left out of its row. Standard error says how many records were read, classified and rejected, and lists each
 * rejected one (with {@code --lenient}; {@code --strict}, the default, stops at the first).
 */
@Command(
    name = "pcat",
    description = "Summarise pCAT answers per item, overall or by group (pcatR's columns).",
    footerHeading = "%n",
    footer = {
      "Input: pcatR's long form (respondent_id,item_id,direction,effect,...) or wide form",
      "(respondent_id,item01_direction,item01_effect,...). Direction 1 barrier, 2 neutral,",
      "3 facilitator; effect 0 weak or none, 1 strong. pCAT has no total score.",
      "--agreement: pcatR's agreement share, dominant side, polarisation, entropy over the three",
      "sides and consensus label, plus impsci's own entropy over the five classes.",
      "--change --from A --to B: each respondent's transition per item (pcatR's); with --group",
      "(project_id, site_id, team_id) the count and share of each transition (impsci's own).",
      "--plan: items with a barrier share >= 0.50 or a strong-barrier share >= 0.20 (pcatR's",
      "rule), their CFIR 2009 and 2.0 ids, ERIC strategies by endorsement percent and, apart,",
      "the Level 1/2 candidates of Robinson and Damschroder 2023 Table 3 (never summed).",
      "--report FILE.html: also an HTML page with a diverging bar chart per group (barriers left,",
      "facilitators right) and each item's shares."
    })
final class PcatCommand implements Runnable {
  /** Output formats. */
  enum Format {
    csv,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The answers, CSV.")
  Path input;

  @Option(
      names = "--group",
      split = ",",
      paramLabel = "COLUMN",
      description = "Context columns to group by, e.g. site_id,timepoint (default: all answers).")
  List<String> group = new ArrayList<>();

  @ArgGroup(exclusive = true)
  SurveyOptions.ModeChoice mode = new SurveyOptions.ModeChoice();

  @Option(names = "--agreement", description = "Print team agreement per group and item.")
  boolean agreement;

  @Option(names = "--agreement-threshold", defaultValue = "0.60", paramLabel = "SHARE",
      description = "The share that makes a consensus (default: ${DEFAULT-VALUE}, pcatR's).")
  double agreementThreshold;

  @Option(names = "--polarization-min", defaultValue = "0.20", paramLabel = "SHARE",
      description = "The share barriers and facilitators must both reach to be polarised"
          + " (default: ${DEFAULT-VALUE}, pcatR's).")
  double polarizationMin;

  @Option(names = "--minimum-n", defaultValue = "2", paramLabel = "N",
      description = "The fewest valid directions for a label (default: ${DEFAULT-VALUE}, pcatR's).")
  int minimumN;

  @Option(names = "--plan", description = "Print the action plan: barrier items and ERIC strategies.")
  boolean plan;

  @Option(names = "--barrier-threshold", defaultValue = "0.50", paramLabel = "SHARE",
      description = "The barrier share that puts an item in the plan (default: ${DEFAULT-VALUE}, pcatR's).")
  double barrierThreshold;

  @Option(names = "--strong-barrier-threshold", defaultValue = "0.20", paramLabel = "SHARE",
      description = "The strong-barrier share that does (default: ${DEFAULT-VALUE}, pcatR's).")
  double strongBarrierThreshold;

  @Option(names = "--change", description = "Print the change between --from and --to.")
  boolean change;

  @Option(names = "--from", paramLabel = "TIMEPOINT", description = "The earlier timepoint, with --change.")
  String from;

  @Option(names = "--to", paramLabel = "TIMEPOINT", description = "The later timepoint, with --change.")
  String to;

  @Option(names = "--timepoint-column", defaultValue = "timepoint", paramLabel = "COLUMN",
      description = "The column holding the timepoint (default: ${DEFAULT-VALUE}).")
  String timepointColumn;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write an HTML report: per group, a diverging bar chart of the items and"
          + " their shares.")
  Path report;

  @Mixin CsvGuardOption csvGuard;

  /** The action-plan rules, set by the option check. */
  private PcatPlanRules planRules;

  /** The plan's coverage warnings, printed to standard error. */
  private final List<String> warnings = new ArrayList<>();

  @Override
  public void run() {
    ReadMode readMode = mode.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    List<String> columns = group.stream().map(String::trim).toList();
    PcatAgreementRules rules = checkOptions(columns);
    Path file = InputFiles.check(spec, input);
    PcatReadReport read;
    // The output is staged first, so that one that cannot be written fails before any work.
    try (OutputFiles files = new OutputFiles();
        ResultOutput target = ResultOutput.of(output, spec.commandLine().getOut())) {
      if (report != null) {
        files.stage(report);
      }
      read = PcatCsvReader.of(readMode).read(file);
      List<Map<String, Object>> rows = rows(read, columns, rules);
      if (report != null) {
        files.writeString(report, page(read, columns));
      }
      if (format == Format.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", read.read().source());
        json.put("form", read.form());
        json.put("groupBy", columns);
        json.put("recordsRead", read.read().recordsRead());
        json.put("answers", read.answers().size());
        json.put("rejected", read.read().rejected());
        json.put(agreement ? "agreement" : change ? "change" : plan ? "plan" : "summaries", rows);
        if (plan) {
          json.put("warnings", warnings);
        }
        target.writer().write(ImpsciJson.write(json));
        target.writer().write('\n');
      } else {
        writeCsv(target.writer(), header(columns, read), rows);
      }
      target.succeeded();
      files.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var err = spec.commandLine().getErr();
    err.println("report: " + read.read().recordsRead() + " records read (" + read.form().name()
        .toLowerCase(java.util.Locale.ROOT) + " form), " + read.answers().size() + " classified, "
        + read.read().rejected().size() + " rejected");
    read.read().rejected().forEach(r -> err.println("rejected: " + r.message()));
    warnings.forEach(w -> err.println("warning: " + w));
    err.flush();
  }

  /** The HTML report: the read's counts and the pCAT section of the summaries by the columns. */
  private static String page(PcatReadReport read, List<String> columns) {
    return HtmlReport.page("impsci pcat: " + read.read().source(),
        "Summarised by impsci from " + read.read().source() + ": " + read.read().recordsRead()
            + " records read, " + read.answers().size() + " classified, "
            + read.read().rejected().size() + " rejected"
            + (columns.isEmpty() ? "" : "; grouped by " + String.join(", ", columns)) + ".",
        List.of(HtmlReport.pcat(PcatSummaries.summarise(read, columns))));
  }

  /** Checks the combination of options; returns the agreement rules. */
  private PcatAgreementRules checkOptions(List<String> columns) {
    if ((agreement ? 1 : 0) + (change ? 1 : 0) + (plan ? 1 : 0) > 1) {
      throw new ParameterException(
          spec.commandLine(), "give one of --agreement, --change and --plan");
    }
    if (change != (from != null && to != null) || (!change && (from != null || to != null))) {
      throw new ParameterException(spec.commandLine(), "--change needs --from and --to, and they"
          + " go with --change only");
    }
    if (change) {
      for (String column : columns) {
        if (!PcatChanges.PAIRING.contains(column)) {
          throw new ParameterException(spec.commandLine(), "with --change, --group takes "
              + PcatChanges.PAIRING + " only, not '" + column + "'");
        }
      }
    }
    try {
      planRules = new PcatPlanRules(barrierThreshold, strongBarrierThreshold);
      return new PcatAgreementRules(agreementThreshold, polarizationMin, minimumN);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private List<Map<String, Object>> rows(
      PcatReadReport read, List<String> columns, PcatAgreementRules rules) {
    if (change) {
      List<PcatChange> changes = PcatChanges.between(read, timepointColumn, from, to);
      return columns.isEmpty()
          ? changes.stream().map(c -> PcatTables.row(c, from, to)).toList()
          : PcatChanges.tally(changes, columns);
    }
    List<PcatItemSummary> summaries = PcatSummaries.summarise(read, columns);
    if (plan) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PcatActionPlan p : PcatActionPlan.of(summaries, planRules, EndorsementReader.bundled())) {
        rows.addAll(PcatTables.rows(p));
        String where = p.summary().group().isEmpty() ? "" : " " + p.summary().group();
        p.strategies().warnings().forEach(w -> warnings.add("item " + p.summary().item() + where
            + ": " + w));
      }
      return rows;
    }
    return agreement
        ? summaries.stream().map(s -> PcatTables.row(PcatAgreement.of(s, rules))).toList()
        : summaries.stream().map(PcatTables::row).toList();
  }

  private List<String> header(List<String> columns, PcatReadReport read) {
    List<String> header = new ArrayList<>();
    if (change && columns.isEmpty()) {
      PcatChanges.PAIRING.stream().filter(read.contextColumns()::contains).forEach(header::add);
      header.addAll(PcatTables.CHANGE_FIGURES);
      return header;
    }
    header.addAll(columns);
    header.add("item_id");
    if (change) {
      header.addAll(List.of("transition", "n", "share"));
    } else if (agreement) {
      header.addAll(PcatTables.AGREEMENT_FIGURES);
    } else if (plan) {
      header.addAll(PcatTables.PLAN_FIGURES);
    } else {
      header.addAll(PcatTables.SUMMARY_FIGURES);
      header.addAll(PcatTables.CONSTRUCTS);
    }
    return header;
  }

  private void writeCsv(Writer out, List<String> header, List<Map<String, Object>> rows)
      throws IOException {
    CsvRowBuffer buffer = new CsvRowBuffer(out, csvGuard.on);
    buffer.row(header);
    for (Map<String, Object> row : rows) {
      for (Object value : row.values()) {
        if (value instanceof String text) {
          buffer.cell(text);
        } else {
          buffer.plainCell(number(value));
        }
      }
      buffer.endRow();
    }
    buffer.flush();
  }

  /**
   * A figure as pcatR's CSV shows it: empty for NA, whole numbers without a decimal point, TRUE
   * and FALSE.
   */
  static String number(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }
}
